// C0 and C1 controls and DEL, except tab and line feed, which every reader takes as whitespace. A carriage
// return is blanked too: a terminal would return to the line's start and print over what it had shown.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Each control character becomes a space, keeping the text's length and every
 * word's position: they carry no words, render as boxes, break SSML and would
 * be obeyed by a terminal. Where whitespace matters, callers collapse it after.
 */
export function blankControlCharacters(text: string): string {
  return text.replace(CONTROL, ' ');
}
