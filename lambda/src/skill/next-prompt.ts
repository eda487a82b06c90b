import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { newSpeech, requestContext } from './request-context.ts';
import { ask } from './respond.ts';
import { settleAfterAside } from './session-state.ts';
import type { TextKey } from '../locales/index.ts';
import type { Line } from '../speech/speech.ts';
import type { Phrases } from './phrases.ts';
import { formatOf } from './round.ts';
import type { SessionState } from './session-state.ts';

/**
 * How a side turn ends: back to the waiting interviewer when a close is
 * awaited (offering a round then would confuse), otherwise the given offer.
 */
export function nextPrompt(session: SessionState, phrases: Phrases, offerKey: TextKey): Line {
  return session.state === 'AWAITING_CLOSE'
    ? phrases.pick(`skill.awaitReprompt.${formatOf(session)}`)
    : phrases.line(offerKey);
}

/** A side turn answered: the pending question dropped, the lines said, and the prompt that fits the state. */
export function answerAside(
  input: HandlerInput,
  session: SessionState,
  lines: Line[],
  offerKey: TextKey,
): Response {
  const { phrases } = requestContext(input);
  settleAfterAside(session);
  return ask(input, session, newSpeech(input).coach(...lines), nextPrompt(session, phrases, offerKey));
}
