import { newSpeech, requestContext } from '../request-context.ts';
import { ask } from '../respond.ts';
import { formatOf } from '../round.ts';
import type { Action } from './turn.ts';

/**
 * Words that need no coaching while the interviewer waits ("yes", "sounds
 * good", "why?" at the start): a short answer, then the interviewer's cue again.
 */
export function answerWhileWaiting(key: 'skill.waiting.yes' | 'skill.waiting.why'): Action {
  return ({ input, session }) => {
    const { phrases } = requestContext(input);
    const prompt = phrases.pick(`skill.awaitReprompt.${formatOf(session)}`);
    return ask(input, session, newSpeech(input).coach(phrases.line(key), prompt), prompt);
  };
}
