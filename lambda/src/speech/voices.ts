/**
 * The interviewer speaks in a Polly voice of its own, one per locale, so the
 * role-play is never confused with the coach (Alexa's own voice).
 */
const INTERVIEWER_VOICES: Record<string, string> = {
  'en-US': 'Matthew',
  'en-CA': 'Joanna',
  'en-GB': 'Brian',
  'en-AU': 'Russell',
  'en-IN': 'Raveena',
};

export function interviewerVoice(locale: string): string {
  return INTERVIEWER_VOICES[locale] ?? 'Matthew';
}
