import type { ErrorHandler, RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { interfaces, SessionEndedRequest } from 'ask-sdk-model';
import { newSpeech, requestContext } from '../request-context.ts';
import { ask } from '../respond.ts';
import { readSession } from '../session-state.ts';
import { log } from '../log.ts';

/** The session ended (the user said nothing, or left): Alexa accepts no speech here. */
export const sessionEnded: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle(input) {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    if (request.reason === 'ERROR')
      log('session ended with an error', { type: request.error?.type ?? 'unknown' });
    return input.responseBuilder.getResponse();
  },
};

/** Alexa reports that a response of ours failed; it wants no speech back. */
export const exceptionEncountered: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'System.ExceptionEncountered',
  handle(input) {
    const request = input.requestEnvelope.request as interfaces.system.ExceptionEncounteredRequest;
    log('Alexa reported an exception', { type: request.error.type, message: request.error.message ?? '' });
    return input.responseBuilder.getResponse();
  },
};

/** Skill events, APL user events and anything else not spoken: acknowledged silently. */
export const silentAcknowledgement: RequestHandler = {
  canHandle: () => true,
  handle(input) {
    log('request with no handler', { type: getRequestType(input.requestEnvelope) });
    return input.responseBuilder.getResponse();
  },
};

/** Anything that throws: an apology, and the session stays usable where it was. */
export const apologise: ErrorHandler = {
  canHandle: () => true,
  handle(input, error) {
    const type = safeRequestType(input);
    log('handler failed', { message: error.message, type });
    if (type !== 'IntentRequest' && type !== 'LaunchRequest') {
      return input.responseBuilder.getResponse();
    }
    const { phrases } = requestContext(input);
    const session = readSession(input);
    return ask(
      input,
      session,
      newSpeech(input).coach(phrases.line('skill.error')),
      phrases.line('skill.errorReprompt'),
    );
  },
};

function safeRequestType(input: Parameters<RequestHandler['handle']>[0]): string {
  try {
    return getRequestType(input.requestEnvelope);
  } catch {
    return 'unknown';
  }
}
