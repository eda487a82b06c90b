import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../lambda/src/skill/model/load-interaction-model.ts';
import { interviewerVoice } from '../../lambda/src/speech/voices.ts';

/** Amazon's list of Polly voices available to Alexa, by the language and region they speak. */
const ALEXA_POLLY_VOICES: Readonly<Record<string, readonly string[]>> = {
  'en-US': ['Ivy', 'Joanna', 'Joey', 'Justin', 'Kendra', 'Kimberly', 'Matthew', 'Salli'],
  'en-AU': ['Nicole', 'Russell'],
  'en-GB': ['Amy', 'Brian', 'Emma'],
  'en-IN': ['Aditi', 'Raveena'],
  'es-ES': ['Conchita', 'Enrique', 'Lucia'],
  'es-MX': ['Mia'],
  'es-US': ['Lupe', 'Miguel', 'Penelope'],
};

describe('the interviewer’s voice', () => {
  it.each(SUPPORTED_LOCALES)('in %s is a Polly voice Alexa offers for that language', (locale) => {
    // Canada has no voice of its own on the list; a US English one speaks for it.
    const listed = ALEXA_POLLY_VOICES[locale === 'en-CA' ? 'en-US' : locale] ?? [];
    expect(listed).toContain(interviewerVoice(locale));
  });

  it('differs between Spain, Mexico and the US, so each hears its own Spanish', () => {
    const spanish = ['es-ES', 'es-MX', 'es-US'].map(interviewerVoice);
    expect(new Set(spanish).size).toBe(3);
  });
});
