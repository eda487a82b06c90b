import type { HandlerInput } from 'ask-sdk-core';
import { getLocale } from 'ask-sdk-core';
import { interviewerVoice } from '../speech/voices.ts';
import { Speech } from '../speech/speech.ts';
import { createTranslator } from '../locales/index.ts';
import { Phrases } from './phrases.ts';

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

/** The request's context; built on the spot if the interceptor never ran (an error before it, say). */
export function requestContext(input: HandlerInput): RequestContext {
  const existing = input.attributesManager.getRequestAttributes()[KEY] as RequestContext | undefined;
  if (existing) return existing;
  const context = createRequestContext(input, Math.random);
  setRequestContext(input, context);
  return context;
}

export function createRequestContext(input: HandlerInput, random: () => number): RequestContext {
  const locale = localeOf(input);
  return { phrases: new Phrases(createTranslator(locale), random), locale, random };
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
