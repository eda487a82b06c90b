/** The analyzer CLI's report headings and messages. */
export const cli = {
  usage:
    'Usage: npm run analyze -- "your closing words" [--role ROLE] [--company COMPANY] [--locale en-US]\n       npm run --silent analyze -- --jsonl < closes.jsonl',
  heading: 'Closing Coach: analysis of your close',
  youSaid: 'You said',
  verdict: 'Verdict',
  score: 'Score',
  length: 'Length',
  lengthValue_one: '{{count}} word, about {{seconds}} seconds',
  lengthValue_other: '{{count}} words, about {{seconds}} seconds',
  tooLong: 'too long for a close',
  moves: 'What it does',
  noMoves: 'no clear move',
  why: 'Why',
  more: 'More',
  /** What follows the close, in the advice: the CLI knows no scene, so it names both. */
  ritual: 'a handshake or a warm goodbye, a smile, and a thank-you note within a day',
  rewrite: 'Your close, tightened',
  example: 'An example close',
  badJson: 'not valid JSON',
  badText: 'needs a "text" string',
  textTooLong: 'the text is over {{max}} characters',
  unsupportedLocale: 'no analyzer for the language of "{{locale}}" (supported: {{supported}})',
  noText: 'Give the close as an argument, or use --jsonl with JSON lines on standard input.',
} as const;
