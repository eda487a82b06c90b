import type { HandlerInput } from 'ask-sdk-core';
import { getLocale } from 'ask-sdk-core';
import { interviewerVoice } from '../speech/voices.ts';
import { Speech } from '../speech/speech.ts';
import type { Phrases } from './phrases.ts';

/** What the localise interceptor hands every handler. */
export interface RequestContext {
  phrases: Phrases;
  locale: string;
  random: () => number;
}

const KEY = 'closingCoach';

export function setRequestContext(input: HandlerInput, context: RequestContext): void {
  input.attributesManager.setRequestAttributes({ [KEY]: context });
}

export function requestContext(input: HandlerInput): RequestContext {
  const context = input.attributesManager.getRequestAttributes()[KEY] as RequestContext | undefined;
  if (!context) throw new Error('The localise interceptor did not run for this request');
  return context;
}

/** A new speech for this request, with the interviewer's voice for its locale. */
export function newSpeech(input: HandlerInput): Speech {
  return new Speech(interviewerVoice(requestContext(input).locale));
}

/** The request's locale, or English when Alexa sent none (skill events, exception reports). */
export function localeOf(input: HandlerInput): string {
  try {
    return getLocale(input.requestEnvelope) || 'en-US';
  } catch {
    return 'en-US';
  }
}
