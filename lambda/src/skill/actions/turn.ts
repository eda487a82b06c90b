import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Heard } from '../conversation/heard.ts';
import type { SessionState } from '../session-state.ts';

/** One turn as an action sees it: the request, the session read from it, and what the user did. */
export interface Turn {
  input: HandlerInput;
  session: SessionState;
  heard: Heard;
}

/** A cell of the conversation's table: answers the turn and leaves the session in its next state. */
export type Action = (turn: Turn) => Response | Promise<Response>;
