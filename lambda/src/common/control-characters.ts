// C0 and C1 controls and DEL, except tab, line feed and carriage return, which are whitespace to every reader.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Each control character becomes a space, keeping the text's length and every
 * word's position: they carry no words, render as boxes, break SSML and would
 * be obeyed by a terminal. Where whitespace matters, callers collapse it after.
 */
export function blankControlCharacters(text: string): string {
  return text.replace(CONTROL, ' ');
}
