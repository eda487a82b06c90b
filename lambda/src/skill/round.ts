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
  session.round += 1;
  return playScene(input, session, lead);
}

/**
 * The interviewer wraps up (again) in the round's format: after the format
 * changes mid-round the same round is replayed in the new scene.
 */
export function playScene(input: HandlerInput, session: SessionState, lead: Line[] = []): Response {
  const { phrases, random } = requestContext(input);
  const format = formatOf(session, random);
  const previous = session.scenario?.format === format ? session.scenario.line : undefined;
  const wrapUp = phrases.pick(`skill.interviewer.${format}`, {}, previous);
  const company = session.profile.company;
  const aside = company ? phrases.pick('skill.interviewer.withCompany', { company }) : undefined;
  const question = phrases.pick('skill.interviewer.question');

  session.state = 'AWAITING_CLOSE';
  session.scenario = { format, line: wrapUp.index };
  delete session.lastAnalysis;

  const speech = newSpeech(input)
    .coach(...lead)
    .interviewer(wrapUp, aside, question);
  if (supportsApl(input.requestEnvelope)) {
    input.responseBuilder.addDirective(
      sceneDirective({
        title: phrases.text('skill.card.title'),
        line: [wrapUp.text, aside?.text, question.text].filter(Boolean).join(' '),
        hint: phrases.text('skill.card.welcome'),
      }),
    );
  }
  return ask(input, session, speech, phrases.pick(`skill.awaitReprompt.${format}`));
}

/**
 * The scene's format: the one the user set, else the one this session has
 * been playing. A first scene with neither picks one with `random`, and the
 * session keeps it, so the scene and the reprompts agree from round to round;
 * without `random` (tips before any scene) it is in person.
 */
export function formatOf(session: SessionState, random?: () => number): InterviewFormat {
  const picked = random ? INTERVIEW_FORMATS[Math.floor(random() * INTERVIEW_FORMATS.length)] : undefined;
  return session.profile.format ?? session.scenario?.format ?? picked ?? 'in_person';
}
