import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Line, Speech } from '../speech/speech.ts';
import { type SessionState, writeSession } from './session-state.ts';

/** Keeps the session open: says the speech, reprompts with a question, and remembers both for "repeat". */
export function ask(input: HandlerInput, session: SessionState, speech: Speech, reprompt: Line): Response {
  const spoken = speech.ssml();
  session.lastSpeech = { speech: spoken, reprompt: reprompt.ssml };
  writeSession(input, session);
  return input.responseBuilder.speak(spoken).reprompt(reprompt.ssml).getResponse();
}

/** Says the speech and ends the session. */
export function tell(input: HandlerInput, speech: Speech): Response {
  return input.responseBuilder.speak(speech.ssml()).withShouldEndSession(true).getResponse();
}
