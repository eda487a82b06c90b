import { blankControlCharacters } from '../common/control-characters.ts';

/** Besides control characters, the code points XML 1.0 forbids: U+FFFE, U+FFFF and lone surrogate halves. */
const NOT_XML = /[\uFFFE\uFFFF]|\p{Cs}/gu;

/** Any of these would make Alexa reject the whole response. */
function dropForbidden(text: string): string {
  return blankControlCharacters(text).replace(NOT_XML, ' ');
}

/** User words made safe to speak: invalid characters dropped, XML metacharacters escaped, once. */
export function escapeForSpeech(text: string): string {
  // Not ask-sdk-core's escapeXmlCharacters: it first decodes "&amp;" and friends, so a user's own
  // "&lt;" would reach Alexa as a raw "<".
  return dropForbidden(text).replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** The same words for display: only the invalid characters go. */
export function cleanForDisplay(text: string): string {
  return dropForbidden(text);
}

/** A passage spoken in another voice. */
export function inVoice(voiceName: string, ssml: string): string {
  return `<voice name="${voiceName}">${ssml}</voice>`;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

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
