import { newSpeech, requestContext } from '../request-context.ts';
import { tell } from '../respond.ts';
import type { Action } from './turn.ts';

/** Stop, cancel, home: a warm goodbye with the thank-you note in it, and the session ends at once. */
export const goodbye: Action = ({ input }) =>
  tell(input, newSpeech(input).coach(requestContext(input).phrases.pick('skill.goodbye')));
