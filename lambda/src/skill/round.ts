import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { sceneDirective, supportsApl } from '../display/apl.ts';
import type { Line } from '../speech/speech.ts';
import { newSpeech, requestContext } from './request-context.ts';
import { ask } from './respond.ts';
import { INTERVIEW_FORMATS, type InterviewFormat, type SessionState } from './session-state.ts';

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
  return ask(input, session, speech, reprompt);
}

export function formatOf(session: SessionState): InterviewFormat {
  return session.scenario?.format ?? session.profile.format ?? 'in_person';
}
