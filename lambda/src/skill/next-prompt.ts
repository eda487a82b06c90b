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
