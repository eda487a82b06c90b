import type { HandlerInput } from 'ask-sdk-core';
import { getIntentName, getRequestType } from 'ask-sdk-core';
import { CLOSE_SLOT, Intents } from '../intents.ts';
import { slotMatch, slotText } from '../request-helpers.ts';

/** What the user can do in a turn, whatever intent Alexa put it in. */
export const HEARD_KINDS = [
  'launch',
  'close',
  'silence',
  'why',
  'example',
  'tips',
  'progress',
  'setJob',
  'setFormat',
  'interviewDate',
  'newRound',
  'startOver',
  'deleteData',
  'repeat',
  'help',
  'yes',
  'no',
  'stop',
  'unclear',
] as const;

export type HeardKind = (typeof HEARD_KINDS)[number];

export interface Heard {
  kind: HeardKind;
  /** The close's words, for `close`. */
  words?: string;
  role?: string;
  company?: string;
  /** The format's resolved id, or the words said for it. */
  formatId?: string;
  formatWords?: string;
  /** An AMAZON.DATE value as Alexa sends it: `2026-12-04`, `2026-W49`, … */
  date?: string;
}

const BY_INTENT: Readonly<Record<string, HeardKind>> = {
  [Intents.why]: 'why',
  [Intents.anotherExample]: 'example',
  [Intents.tips]: 'tips',
  [Intents.progress]: 'progress',
  [Intents.setJob]: 'setJob',
  [Intents.setFormat]: 'setFormat',
  [Intents.interviewDate]: 'interviewDate',
  [Intents.newRound]: 'newRound',
  [Intents.startOver]: 'startOver',
  [Intents.deleteData]: 'deleteData',
  [Intents.repeat]: 'repeat',
  [Intents.help]: 'help',
  [Intents.yes]: 'yes',
  [Intents.no]: 'no',
  [Intents.stop]: 'stop',
  [Intents.cancel]: 'stop',
  [Intents.navigateHome]: 'stop',
};

/** Reads the request as one of the things a user can do; an intent the skill does not know is `unclear`. */
export function hear(input: HandlerInput): Heard {
  if (getRequestType(input.requestEnvelope) === 'LaunchRequest') return { kind: 'launch' };
  const intent = getIntentName(input.requestEnvelope);
  if (intent === Intents.captureClose) {
    const words = slotText(input, CLOSE_SLOT);
    return words === undefined ? { kind: 'silence' } : { kind: 'close', words };
  }
  const kind = Object.hasOwn(BY_INTENT, intent) ? BY_INTENT[intent] : undefined;
  if (kind === undefined) return { kind: 'unclear' };
  const heard: Heard = { kind };
  const slots = {
    role: slotText(input, 'role'),
    // A company the model knows keeps the capitals the model writes it with.
    company: slotMatch(input, 'company')?.name ?? slotText(input, 'company'),
    formatId: slotMatch(input, 'format')?.id,
    formatWords: slotText(input, 'format'),
    date: slotText(input, 'date'),
  };
  for (const [name, value] of Object.entries(slots))
    if (value !== undefined) heard[name as keyof typeof slots] = value;
  return heard;
}
