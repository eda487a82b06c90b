import { INTERVIEWER_VOICES as VOICE_BY_LOCALE } from '../../lambda/src/speech/voices.ts';

/** The Polly voices the skill gives its interviewer; the only `voice` names it may ever write. */
export const INTERVIEWER_VOICES: ReadonlySet<string> = new Set(Object.values(VOICE_BY_LOCALE));

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/y;

/** XML 1.0's Char production: what may appear in a document at all. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Parses the SSML as strict XML and returns what is wrong with it, or undefined when it is fine.
 * Beyond well-formedness it holds the skill to its own vocabulary: exactly one `speak` root and,
 * inside it only, `voice` elements naming one of the interviewer voices. Any other element is
 * markup the skill never writes, so it could only have come from user words.
 */
export function markupProblem(ssml: string): string | undefined {
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < ssml.length) {
    const char = ssml[i];
    if (char === '<') {
      TAG.lastIndex = i;
      const tag = TAG.exec(ssml);
      if (!tag) return `a "<" that starts no tag at ${String(i)}: ${excerpt(ssml, i)}`;
      const [whole, closing, name = '', attributes = '', selfClosing] = tag;
      const problem = elementProblem(name, attributes, closing === '/', selfClosing === '/', open, roots);
      if (problem) return `${problem} at ${String(i)}: ${excerpt(ssml, i)}`;
      if (closing === '/') open.pop();
      else if (selfClosing !== '/') {
        if (open.length === 0) roots += 1;
        open.push(name);
      }
      i += whole.length;
      continue;
    }
    if (open.length === 0 && !/\s/.test(char ?? '')) return `text outside the speak element at ${String(i)}`;
    if (char === '&') {
      REFERENCE.lastIndex = i;
      const reference = REFERENCE.exec(ssml);
      if (!reference) return `an "&" that starts no entity at ${String(i)}: ${excerpt(ssml, i)}`;
      const code = reference[2] ? Number(reference[2]) : reference[3] ? parseInt(reference[3], 16) : 0x20;
      if (!isXmlChar(code)) return `a reference to a character XML forbids at ${String(i)}`;
      i += reference[0].length;
      continue;
    }
    const code = ssml.codePointAt(i) ?? 0;
    if (!isXmlChar(code)) return `character U+${code.toString(16).toUpperCase()} XML forbids at ${String(i)}`;
    i += code > 0xffff ? 2 : 1;
  }
  if (open.length > 0) return `unclosed <${open.join('>, <')}>`;
  if (roots !== 1) return `${String(roots)} root elements`;
  return undefined;
}

function elementProblem(
  name: string,
  attributes: string,
  closing: boolean,
  selfClosing: boolean,
  open: readonly string[],
  roots: number,
): string | undefined {
  if (closing) return open.at(-1) === name ? undefined : `</${name}> closes <${open.at(-1) ?? 'nothing'}>`;
  if (selfClosing) return `self-closing <${name}/>, which the skill never writes`;
  const attrs = [...attributes.matchAll(ATTRIBUTE)].map((m) => [m[1] ?? '', m[2] ?? m[3] ?? ''] as const);
  if (name === 'speak') {
    if (open.length > 0 || roots > 0) return 'a second <speak>';
    return attrs.length === 0 ? undefined : '<speak> with attributes';
  }
  if (name === 'voice') {
    if (open.length !== 1) return `<voice> inside <${open.join('><')}>`;
    const [only, ...rest] = attrs;
    const named = only?.[0] === 'name' && INTERVIEWER_VOICES.has(only[1]) && rest.length === 0;
    return named ? undefined : `<voice${attributes}>, not an interviewer voice`;
  }
  return `<${name}>, an element the skill never writes`;
}

function excerpt(text: string, at: number): string {
  return JSON.stringify(text.slice(Math.max(0, at - 30), at + 50));
}

const WINDOW = 6;
const DISCRIMINATING = 3;

/** Characters the skill drops from user words before escaping them, as `ssml.ts` does. */
function dropForbidden(text: string): string {
  let out = '';
  for (const char of text) out += isXmlChar(char.codePointAt(0) ?? 0) && char !== '\u007f' ? char : ' ';
  return out;
}

/**
 * A true escape, unlike ask-sdk-core's `escapeXmlCharacters`, which first decodes `&amp;`, `&lt;`,
 * `&gt;` and `&quot;` already in the text and so lets a user's own "&amp;" through raw.
 */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${ENTITY_NAMES[c] ?? 'amp'};`);
}

const ENTITY_NAMES: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };
/** What an escape of some other "&", "<", ">" or quote leaves right after its "&". */
const ENTITY_BODY = /^(?:amp|lt|gt|quot|apos);/;

/** How many characters `text` from `at` has in common with the start of `prefix`. */
function sharedPrefix(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && text[at + n] === prefix[n]) n++;
  return n;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Finds user words that reached the SSML with a "<" or "&" unescaped: for every "<" and "&" in the
 * user's text, a window of the text around it must not occur in the SSML, except where that window is
 * the start of the same words properly escaped. A window is only searched when it carries enough of
 * the user's own characters to tell it from the skill's markup (a bare "<speak>" is the skill's
 * root too); the strict parse in `markupProblem` covers those.
 */
export function unescapedUserText(ssml: string, userText: string): string | undefined {
  const haystack = collapse(ssml);
  const text = collapse(dropForbidden(userText));
  for (let i = 0; i < text.length; i++) {
    const meta = text[i];
    if (meta !== '<' && meta !== '&') continue;
    const left = text.slice(Math.max(0, i - WINDOW), i);
    let right: string;
    let discriminating: boolean;
    if (meta === '<') {
      const close = text.indexOf('>', i);
      const tagEnd = close === -1 ? text.length : close + 1;
      right = text.slice(i + 1, Math.min(text.length, tagEnd + WINDOW, i + 1 + 80));
      discriminating = left.length >= DISCRIMINATING || right.length - (tagEnd - i - 1) >= DISCRIMINATING;
    } else {
      // "&amp;" in the user's text could be any escaped "&" of the skill's: only what follows tells.
      const body = ENTITY_BODY.exec(text.slice(i + 1))?.[0].length ?? 0;
      right = text.slice(i + 1, i + 1 + body + WINDOW);
      discriminating = left.length >= DISCRIMINATING || right.length - body >= DISCRIMINATING;
    }
    if (!discriminating) continue;
    const window = left + meta + right;
    const escaped = escapeXml(meta + right);
    for (let at = haystack.indexOf(window); at !== -1; at = haystack.indexOf(window, at + 1)) {
      // The same words escaped (and perhaps cut short by a quote) also begin with "&amp;…": not a leak.
      if (sharedPrefix(haystack, at + left.length, escaped) >= meta.length + right.length) continue;
      return `user text ${JSON.stringify(window)} unescaped in the SSML: ${excerpt(haystack, at)}`;
    }
  }
  return undefined;
}
