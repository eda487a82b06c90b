import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { canfulfill, Response, Slot } from 'ask-sdk-model';
import { CLOSE_SLOT, Intents } from '../intents.ts';
import { slotText } from '../request-helpers.ts';

type Answer = canfulfill.CanFulfillIntentValues;

interface SlotRule {
  /** Whether words entity resolution did not match are still of use (a role, a close), or only a listed value. */
  anyWords: boolean;
}

interface IntentRule {
  /** The answer when every slot said is understood; MAYBE where the answer depends on the session. */
  answer: Exclude<Answer, 'NO'>;
  slots: Record<string, SlotRule>;
  /** Slots of which at least one must be filled for the request to be fulfilled rather than asked about. */
  needsOneOf?: readonly string[];
}

/**
 * The skill's own intents, as Alexa may route them without the skill's name
 * (name-free and Alexa+). Why and another example speak of a close already
 * heard, a capture is free-form speech that may not be a close, and deleting
 * data is rarely meant for this skill unnamed: those are MAYBE.
 */
const RULES = new Map<string, IntentRule>(
  Object.entries<IntentRule>({
    [Intents.tips]: { answer: 'YES', slots: {} },
    [Intents.newRound]: { answer: 'YES', slots: {} },
    [Intents.progress]: { answer: 'YES', slots: {} },
    [Intents.setJob]: {
      answer: 'YES',
      slots: { role: { anyWords: true }, company: { anyWords: true } },
      needsOneOf: ['role', 'company'],
    },
    [Intents.setFormat]: { answer: 'YES', slots: { format: { anyWords: false } }, needsOneOf: ['format'] },
    [Intents.captureClose]: {
      answer: 'MAYBE',
      slots: { [CLOSE_SLOT]: { anyWords: true } },
      needsOneOf: [CLOSE_SLOT],
    },
    [Intents.why]: { answer: 'MAYBE', slots: {} },
    [Intents.anotherExample]: { answer: 'MAYBE', slots: {} },
    [Intents.deleteData]: { answer: 'MAYBE', slots: {} },
  }),
);

/** Whether entity resolution matched the words to a value of the slot's type in the model. */
function resolvedByModel(slot: Partial<Slot> | undefined): boolean {
  const resolutions =
    slot?.resolutions ?? (slot?.slotValue?.type === 'Simple' ? slot.slotValue.resolutions : undefined);
  return (resolutions?.resolutionsPerAuthority ?? []).some(
    (authority) => authority.status.code === 'ER_SUCCESS_MATCH',
  );
}

/** YES and MAYBE for the skill's own intents with slots it understands; NO for anything else. */
export function canFulfill(input: HandlerInput): canfulfill.CanFulfillIntent {
  const request = input.requestEnvelope.request as Partial<canfulfill.CanFulfillIntentRequest>;
  const rule = request.intent ? RULES.get(request.intent.name) : undefined;
  if (!rule) return { canFulfill: 'NO' };
  // A Map, so a slot Alexa calls "__proto__" is just a name.
  const slots = new Map<string, canfulfill.CanFulfillSlot>();
  let answer: Answer = rule.answer;
  for (const name of Object.keys(request.intent?.slots ?? {})) {
    if (slotText(input, name) === undefined) continue;
    // Own names only: a slot called "constructor" is not one of ours.
    const slotRule = Object.hasOwn(rule.slots, name) ? rule.slots[name] : undefined;
    if (!slotRule) {
      slots.set(name, { canUnderstand: 'NO', canFulfill: 'NO' });
      answer = 'NO';
      continue;
    }
    const matched = resolvedByModel(request.intent?.slots?.[name]);
    const usable = matched || slotRule.anyWords;
    slots.set(name, { canUnderstand: matched ? 'YES' : 'MAYBE', canFulfill: usable ? 'YES' : 'NO' });
    if (answer === 'YES' && (!matched || !usable)) answer = 'MAYBE';
  }
  const filled = rule.needsOneOf?.some((name) => slots.has(name)) ?? true;
  if (answer === 'YES' && !filled) answer = 'MAYBE';
  return slots.size > 0 ? { canFulfill: answer, slots: Object.fromEntries(slots) } : { canFulfill: answer };
}

/**
 * Alexa asks, before routing a request spoken without the skill's name, whether
 * the skill can take it. The answer says nothing aloud, opens no session and
 * touches neither the session nor the store: Amazon's interface forbids any
 * effect beyond the answer. See docs/ARCHITECTURE.md, "Reachable without its name".
 */
export const canFulfillIntent: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'CanFulfillIntentRequest',
  handle(input): Response {
    return input.responseBuilder.withCanFulfillIntent(canFulfill(input)).getResponse();
  },
};
