import type { SupportedLocale } from '../skill/model/load-interaction-model.ts';

/**
 * The interviewer speaks in a Polly voice of its own, one per locale, so the
 * role-play is never confused with the coach (Alexa's own voice). Each name is
 * on Amazon's list of Polly voices available to Alexa for that locale's
 * language; typed by the supported locales, so a new locale needs its voice.
 */
export const INTERVIEWER_VOICES: Readonly<Record<SupportedLocale, string>> = {
  'en-US': 'Matthew',
  'en-CA': 'Joanna',
  'en-GB': 'Brian',
  'en-AU': 'Russell',
  'en-IN': 'Raveena',
  'es-ES': 'Enrique',
  'es-MX': 'Mia',
  'es-US': 'Miguel',
};

export function interviewerVoice(locale: string): string {
  return Object.hasOwn(INTERVIEWER_VOICES, locale)
    ? INTERVIEWER_VOICES[locale as SupportedLocale]
    : INTERVIEWER_VOICES['en-US'];
}
