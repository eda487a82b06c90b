import { check } from 'ssml-check-core';

/**
 * Polly voices Amazon lists as available to Alexa for a Spanish locale that
 * ssml-check-core's voice list (older than Spanish for Mexico and the US)
 * does not know: Spanish (ES) Lucia; Spanish (MX) Mia; Spanish (US) Lupe,
 * Miguel and Penelope. Accepted only in their own locale.
 */
const NEWER_ALEXA_VOICES: Readonly<Record<string, readonly string[]>> = {
  'es-ES': ['Lucia'],
  'es-MX': ['Mia'],
  'es-US': ['Lupe', 'Miguel', 'Penelope'],
};

interface SsmlError {
  type?: string;
  tag?: string;
  attribute?: string;
  value?: unknown;
}

/** ssml-check-core's verdict for Alexa in `locale`: undefined when valid, else its errors. */
export async function ssmlErrors(ssml: string, locale: string): Promise<SsmlError[] | undefined> {
  const errors = (await check(ssml, { platform: 'amazon' })) as SsmlError[] | undefined;
  const known = NEWER_ALEXA_VOICES[locale] ?? [];
  const left = (errors ?? []).filter(
    (error) =>
      !(
        error.tag === 'voice' &&
        error.attribute === 'name' &&
        typeof error.value === 'string' &&
        known.includes(error.value)
      ),
  );
  return left.length > 0 ? left : undefined;
}
