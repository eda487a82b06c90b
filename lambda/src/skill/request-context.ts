import type { HandlerInput } from 'ask-sdk-core';
import { getLocale } from 'ask-sdk-core';
import { interviewerVoice } from '../speech/voices.ts';
import { Speech } from '../speech/speech.ts';
import { translatorFor } from '../locales/index.ts';
import { Phrases } from './phrases.ts';
import { ProgressStore } from './progress-store.ts';

/** What the localise interceptor hands every handler. */
export interface RequestContext {
  phrases: Phrases;
  locale: string;
  random: () => number;
  progress: ProgressStore;
  now: () => Date;
}

/** What the skill factory decides once for every request. */
export interface ContextSettings {
  random: () => number;
  progress: ProgressStore;
  now: () => Date;
}

const DEFAULT_SETTINGS: ContextSettings = {
  random: Math.random,
  progress: new ProgressStore(undefined),
  now: () => new Date(),
};

const KEY = 'closingCoach';

export function setRequestContext(input: HandlerInput, context: RequestContext): void {
  input.attributesManager.setRequestAttributes({ [KEY]: context });
}

/** The request's context; built on the spot if the interceptor never ran (an error before it, say). */
export function requestContext(input: HandlerInput): RequestContext {
  const existing = input.attributesManager.getRequestAttributes()[KEY] as RequestContext | undefined;
  if (existing) return existing;
  const context = createRequestContext(input, DEFAULT_SETTINGS);
  setRequestContext(input, context);
  return context;
}

export function createRequestContext(input: HandlerInput, settings: ContextSettings): RequestContext {
  const locale = localeOf(input);
  return { ...settings, phrases: new Phrases(translatorFor(locale), settings.random), locale };
}

/** A new speech for this request, with the interviewer's voice for its locale. */
export function newSpeech(input: HandlerInput): Speech {
  return new Speech(interviewerVoice(requestContext(input).locale));
}

/** The request's locale, or English when Alexa sent none (skill events, exception reports). */
function localeOf(input: HandlerInput): string {
  try {
    return getLocale(input.requestEnvelope) || 'en-US';
  } catch {
    return 'en-US';
  }
}
