/**
 * Characters XML 1.0 forbids (most control characters, U+FFFE, U+FFFF) and
 * lone surrogate halves would make Alexa reject the whole response.
 */
function dropForbidden(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    const loneSurrogate = code >= 0xd800 && code <= 0xdfff;
    out += control || code === 0x7f || code === 0xfffe || code === 0xffff || loneSurrogate ? ' ' : char;
  }
  return out;
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
