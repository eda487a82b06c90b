import { escapeXmlCharacters } from 'ask-sdk-core';

// Characters XML 1.0 forbids, and lone surrogate halves, would make Alexa reject the whole response.
// eslint-disable-next-line no-control-regex
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** User words made safe to speak: invalid characters dropped, XML metacharacters escaped, once. */
export function escapeForSpeech(text: string): string {
  return escapeXmlCharacters(text.replace(NOT_XML, ' '));
}

/** The same words for display: only the invalid characters go. */
export function cleanForDisplay(text: string): string {
  return text.replace(NOT_XML, ' ');
}

/** A passage spoken in another voice. */
export function inVoice(voiceName: string, ssml: string): string {
  return `<voice name="${voiceName}">${ssml}</voice>`;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/** What the listener hears, as text: tags removed, entities decoded. */
export function ssmlToText(ssml: string): string {
  return ssml
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}
