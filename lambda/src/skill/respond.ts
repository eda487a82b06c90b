import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { CLOSE_SLOT, Intents } from './intents.ts';
import type { Response } from 'ask-sdk-model';
import type { Line, Speech } from '../speech/speech.ts';
import { type SessionState, writeSession } from './session-state.ts';

/**
 * Keeps the session open: says the speech, reprompts with a question, and
 * remembers both for "repeat". While a close is awaited, every turn asks
 * Alexa again to hear the next words as the close.
 */
export function ask(input: HandlerInput, session: SessionState, speech: Speech, reprompt: Line): Response {
  // The microphone opens after this: a turn that does not end on a question ends on the reprompt's.
  if (!speech.text().trimEnd().endsWith('?')) speech.coach(reprompt);
  const spoken = speech.ssml();
  session.lastSpeech = { speech: spoken, reprompt: reprompt.ssml };
  writeSession(input, session);
  return speakAndListen(input, session, spoken, reprompt.ssml);
}

/** Says SSML already built (a repeat) with its reprompt, listening for a close when one is awaited. */
export function speakAndListen(
  input: HandlerInput,
  session: SessionState,
  speech: string,
  reprompt: string,
): Response {
  if (session.state === 'AWAITING_CLOSE') listenForClose(input);
  return input.responseBuilder.speak(speech).reprompt(reprompt).getResponse();
}

/**
 * Asks Alexa to put the user's next words into the close slot, which the
 * dialog model says sharpens recognition. Alexa refuses Dialog directives in
 * reply to a launch, so only an intent request gets one.
 */
function listenForClose(input: HandlerInput): void {
  if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return;
  input.responseBuilder.addElicitSlotDirective(CLOSE_SLOT, {
    name: Intents.captureClose,
    confirmationStatus: 'NONE',
    slots: { [CLOSE_SLOT]: { name: CLOSE_SLOT, value: '', confirmationStatus: 'NONE' } },
  });
}

/** Says the speech and ends the session. */
export function tell(input: HandlerInput, speech: Speech): Response {
  return input.responseBuilder.speak(speech.ssml()).withShouldEndSession(true).getResponse();
}
