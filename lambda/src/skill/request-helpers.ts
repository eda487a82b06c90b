import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot } from 'ask-sdk-model';

/**
 * A slot's words, whichever way Alexa sent them: `value`, or the newer
 * `slotValue` object; undefined when the slot, its value or the slots are missing.
 */
export function slotText(input: HandlerInput, name: string): string | undefined {
  const request = input.requestEnvelope.request as Partial<IntentRequest>;
  const slot: Partial<Slot> | undefined = request.intent?.slots?.[name];
  if (!slot) return undefined;
  const direct = typeof slot.value === 'string' ? slot.value : undefined;
  const simple = slot.slotValue?.type === 'Simple' ? slot.slotValue.value : undefined;
  const text = (direct ?? simple ?? '').trim();
  return text === '' ? undefined : text;
}

/** The value entity resolution matched for a slot (its id and its name as the model writes it), if any. */
export function slotMatch(input: HandlerInput, name: string): { id: string; name: string } | undefined {
  const request = input.requestEnvelope.request as Partial<IntentRequest>;
  const authorities = request.intent?.slots?.[name]?.resolutions?.resolutionsPerAuthority ?? [];
  for (const authority of authorities) {
    if (authority.status.code !== 'ER_SUCCESS_MATCH') continue;
    const value = authority.values[0]?.value;
    if (value?.id) return { id: value.id, name: value.name };
  }
  return undefined;
}
