import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { sceneDirective, supportsApl } from '../display/apl.ts';
import type { Line } from '../speech/speech.ts';
import { newSpeech, requestContext } from './request-context.ts';
import { ask } from './respond.ts';
import { INTERVIEW_FORMATS, type InterviewFormat, type SessionState } from './session-state.ts';

export const CAPTURE_INTENT = 'CaptureCloseIntent';
export const CLOSE_SLOT = 'closingWords';

/**
 * Starts a round: the interviewer wraps up in their own voice and the session
 * waits for the close. A new round uses a different line from the last one.
 */
export function beginRound(input: HandlerInput, session: SessionState, lead: Line[] = []): Response {
  const { phrases } = requestContext(input);
  const format =
    session.profile.format ?? INTERVIEW_FORMATS[session.round % INTERVIEW_FORMATS.length] ?? 'in_person';
  const previous = session.scenario?.format === format ? session.scenario.line : undefined;
  const wrapUp = phrases.pick(`skill.interviewer.${format}`, {}, previous);
  const company = session.profile.company;
  const aside = company ? phrases.pick('skill.interviewer.withCompany', { company }) : undefined;

  session.round += 1;
  session.state = 'AWAITING_CLOSE';
  session.scenario = { format, line: wrapUp.index };
  delete session.lastAnalysis;

  const speech = newSpeech(input)
    .coach(...lead)
    .interviewer(wrapUp, aside);
  const reprompt = phrases.pick('skill.awaitReprompt');
  if (supportsApl(input.requestEnvelope)) {
    input.responseBuilder.addDirective(
      sceneDirective({
        title: phrases.text('skill.card.title'),
        line: [wrapUp.text, aside?.text].filter(Boolean).join(' '),
        hint: phrases.text('skill.card.welcome'),
      }),
    );
  }
  elicitClose(input);
  return ask(input, session, speech, reprompt);
}

/**
 * Asks Alexa to put the user's next words into the close slot, which the
 * dialog model says sharpens recognition. Alexa refuses Dialog directives in
 * reply to a launch, so only an intent request gets one.
 */
function elicitClose(input: HandlerInput): void {
  if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return;
  input.responseBuilder.addElicitSlotDirective(CLOSE_SLOT, {
    name: CAPTURE_INTENT,
    confirmationStatus: 'NONE',
    slots: { [CLOSE_SLOT]: { name: CLOSE_SLOT, value: '', confirmationStatus: 'NONE' } },
  });
}

export function formatOf(session: SessionState): InterviewFormat {
  return session.scenario?.format ?? session.profile.format ?? 'in_person';
}
