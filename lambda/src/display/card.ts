import { blankControlCharacters } from '../common/control-characters.ts';

/** Alexa rejects a Simple card whose content runs past this many characters. */
export const CARD_CONTENT_LIMIT = 8000;

export interface CardInput {
  title: string;
  lines: { label: string; text: string }[];
}

// Line breaks, tabs and the Unicode line separators would break a card's paragraphs: all become one space.
function clean(value: string): string {
  return blankControlCharacters(value).replace(/\s+/g, ' ').trim();
}

function cap(content: string, limit: number): string {
  if (content.length <= limit) return content;
  let cut = limit - 1;
  // Cutting between the halves of a surrogate pair would leave an invalid character before the ellipsis.
  const last = content.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${content.slice(0, cut).trimEnd()}…`;
}

/** A Simple card: one "label: text" paragraph per line, blank lines between, empty lines left out. */
export function feedbackCard(c: CardInput): { title: string; content: string } {
  const paragraphs: string[] = [];
  for (const line of c.lines) {
    const text = clean(line.text);
    if (text === '') continue;
    const label = clean(line.label);
    paragraphs.push(label === '' ? text : `${label}: ${text}`);
  }
  return { title: clean(c.title), content: cap(paragraphs.join('\n\n'), CARD_CONTENT_LIMIT) };
}
