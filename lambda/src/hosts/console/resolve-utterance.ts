import { CLOSE_SLOT, Intents } from '../../skill/intents.ts';
import { createHash } from 'node:crypto';
import type { Intent, Slot, slu } from 'ask-sdk-model';
import { DEFAULT_APPLICATION_ID, slot } from './request-envelopes.ts';
import { requireLanguage } from '../../languages/supported.ts';
import { spokenDate } from './spoken-date.ts';
import { CONSOLE_WORDS, type ConsoleWords } from './words/index.ts';

/**
 * The part of an ASK `interactionModel.languageModel` the resolver reads. Looser than ask-smapi-model's
 * `LanguageModel` (which it accepts) because hand-written model files often leave out `synonyms` or `id`.
 */
export interface LanguageModelJson {
  intents: readonly {
    name: string;
    slots?: readonly { name: string; type?: string }[];
    samples?: readonly string[];
  }[];
  types?: readonly {
    name: string;
    values?: readonly { id?: string; name: { value: string; synonyms?: readonly string[] } }[];
  }[];
}

export interface ResolveOptions {
  /** Names the entity-resolution authority, as Alexa does with the skill's own id. */
  skillId?: string;
  /** The day "tomorrow" and "friday" count from; today when not given. */
  today?: Date;
  /** Whose built-in phrases and date words apply; en-US when not given. */
  locale?: string;
}

const CAPTURE_INTENT = Intents.captureClose;
const CAPTURE_SLOT = CLOSE_SLOT;
const FALLBACK_INTENT = Intents.fallback;
const DATE_TYPE = 'AMAZON.DATE';

/** Alexa keeps these in every model, sampled or not. */
const ALWAYS_PRESENT = new Set([
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.NavigateHomeIntent',
]);

/** Lower case, punctuation gone except apostrophes inside words, single spaces: how Alexa writes a transcript. */
export function normaliseUtterance(text: string): string {
  return tokens(text).join(' ');
}

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replaceAll('\u2019', "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '');
}

/** "im" and "i'm" are one word to Alexa: speech recognition often drops the apostrophe. */
function bare(word: string): string {
  return word.replaceAll("'", '');
}

/** A sample's literal words are kept bare, to compare with the line's bare words. */
type Element = { literal: string } | { slot: string };

interface Sample {
  intent: string;
  elements: Element[];
  literals: number;
  slots: number;
}

interface CompiledModel {
  samples: Sample[];
  intentSlots: Map<string, Map<string, string | undefined>>;
  types: Map<string, Map<string, { name: string; id: string }[]>>;
  words: ConsoleWords;
}

const compiled = new Map<ConsoleWords, WeakMap<LanguageModelJson, CompiledModel>>();

function compileSample(intent: string, sample: string, declared: Set<string>): Sample | undefined {
  const elements: Element[] = [];
  for (const [index, part] of sample.split(/\{([^{}]*)\}/).entries()) {
    // split() with one capture group alternates literal text (even) and slot names (odd).
    if (index % 2 === 1) {
      if (!declared.has(part)) return undefined;
      elements.push({ slot: part });
    } else {
      elements.push(...tokens(part).map((literal) => ({ literal: bare(literal) })));
    }
  }
  const literals = elements.filter((element) => 'literal' in element).length;
  return { intent, elements, literals, slots: elements.length - literals };
}

function compile(model: LanguageModelJson, words: ConsoleWords): CompiledModel {
  let forWords = compiled.get(words);
  if (!forWords) {
    forWords = new WeakMap();
    compiled.set(words, forWords);
  }
  const cached = forWords.get(model);
  if (cached) return cached;
  const samples: Sample[] = [];
  const intentSlots = new Map<string, Map<string, string | undefined>>();
  for (const declaredIntent of model.intents) {
    const slots = new Map((declaredIntent.slots ?? []).map((s) => [s.name, s.type]));
    intentSlots.set(declaredIntent.name, slots);
    const declared = new Set(slots.keys());
    for (const sample of declaredIntent.samples ?? []) {
      const compiledSample = compileSample(declaredIntent.name, sample, declared);
      if (compiledSample && compiledSample.elements.length > 0) samples.push(compiledSample);
    }
  }
  // After the model's own samples, so that on equal rank the skill author's wording wins.
  for (const [name, phrases] of Object.entries(words.builtInPhrases)) {
    if (!intentSlots.has(name) && !ALWAYS_PRESENT.has(name)) continue;
    if (!intentSlots.has(name)) intentSlots.set(name, new Map());
    for (const phrase of phrases) {
      const compiledSample = compileSample(name, phrase, new Set());
      if (compiledSample) samples.push(compiledSample);
    }
  }
  const types = new Map<string, Map<string, { name: string; id: string }[]>>();
  for (const type of model.types ?? []) {
    const bySpokenForm = new Map<string, { name: string; id: string }[]>();
    for (const { id, name } of type.values ?? []) {
      // Alexa makes up an opaque id for values the author left without one.
      const value = { name: name.value, id: id ?? createHash('md5').update(name.value).digest('hex') };
      for (const spoken of new Set([name.value, ...(name.synonyms ?? [])].map(normaliseUtterance))) {
        bySpokenForm.set(spoken, [...(bySpokenForm.get(spoken) ?? []), value]);
      }
    }
    types.set(type.name, bySpokenForm);
  }
  const result = { samples, intentSlots, types, words };
  forWords.set(model, result);
  return result;
}

/**
 * Slot captures for a whole-line match, each slot taking one or more words, or undefined. A table over
 * (element, word) positions keeps this O(elements × words) whatever the sample; slots take the fewest
 * words that still let the rest of the sample match. Literals are compared with `bareWords`, the line's
 * words without apostrophes; captures keep the words as heard.
 */
function match(
  elements: readonly Element[],
  words: readonly string[],
  bareWords: readonly string[],
): Map<string, string> | undefined {
  const width = words.length + 1;
  // fits[e * width + w]: elements from e on match exactly the words from w on.
  const fits = new Uint8Array((elements.length + 1) * width);
  fits[elements.length * width + words.length] = 1;
  for (const [e, element] of [...elements.entries()].reverse()) {
    for (let w = words.length - 1; w >= 0; w--) {
      const thisWordThenRest = fits[(e + 1) * width + w + 1] === 1;
      const ok =
        'literal' in element
          ? bareWords[w] === element.literal && thisWordThenRest
          : thisWordThenRest || fits[e * width + w + 1] === 1;
      fits[e * width + w] = ok ? 1 : 0;
    }
  }
  if (fits[0] !== 1) return undefined;
  const captures = new Map<string, string>();
  let w = 0;
  for (const [e, element] of elements.entries()) {
    if ('literal' in element) {
      w++;
      continue;
    }
    let end = w + 1;
    while (fits[(e + 1) * width + end] !== 1) end++;
    captures.set(element.slot, words.slice(w, end).join(' '));
    w = end;
  }
  return captures;
}

function resolution(
  model: CompiledModel,
  type: string | undefined,
  value: string,
  skillId: string,
): slu.entityresolution.Resolutions | undefined {
  if (type === undefined || type.startsWith('AMAZON.')) return undefined;
  const authority = `amzn1.er-authority.echo-sdk.${skillId}.${type}`;
  const values = model.types.get(type)?.get(value);
  if (values === undefined) {
    // ask-sdk-model marks `values` required, but Alexa leaves it out when nothing matched.
    const noMatch = { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } } as slu.entityresolution.Resolution;
    return { resolutionsPerAuthority: [noMatch] };
  }
  return {
    resolutionsPerAuthority: [
      { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: values.map((v) => ({ value: v })) },
    ],
  };
}

function buildIntent(
  model: CompiledModel,
  name: string,
  captures: ReadonlyMap<string, string>,
  skillId: string,
): Intent {
  const declared = model.intentSlots.get(name) ?? new Map<string, string | undefined>();
  if (declared.size === 0) return { name, confirmationStatus: 'NONE' };
  // Alexa lists every slot of the intent, filled or not.
  const slots: Record<string, Slot> = {};
  for (const [slotName, type] of declared) {
    const value = captures.get(slotName);
    slots[slotName] =
      value === undefined ? slot(slotName) : slot(slotName, value, resolution(model, type, value, skillId));
  }
  return { name, confirmationStatus: 'NONE', slots };
}

/** A sample of bare slots stands for "anything at all" unless its slots are custom values the user said. */
function bareSampleApplies(
  model: CompiledModel,
  sample: Sample,
  captures: ReadonlyMap<string, string>,
): boolean {
  if (sample.literals > 0) return true;
  if (sample.intent === CAPTURE_INTENT) return false;
  const types = model.intentSlots.get(sample.intent);
  return [...captures].every(([slotName, value]) => {
    const type = types?.get(slotName);
    // A built-in type's capture was already checked against the type (builtInValues).
    if (type === DATE_TYPE) return true;
    return type !== undefined && model.types.get(type)?.has(value) === true;
  });
}

/**
 * Every whole-line match has (line length − literal words) slot words, so more literal words already means
 * fewer slot words; the slot count only separates samples with equally many literals. On a tie the sample
 * whose captures are more surely of their types wins (typedCaptures), then the earlier.
 */
function outranks(candidate: Sample, incumbent: Sample): boolean {
  if (candidate.literals !== incumbent.literals) return candidate.literals > incumbent.literals;
  return candidate.slots < incumbent.slots;
}

/** Captures that are surely of their slot's type: a built-in type's, or a value the custom type lists. */
function typedCaptures(model: CompiledModel, intent: string, captures: ReadonlyMap<string, string>): number {
  const types = model.intentSlots.get(intent);
  return [...captures].filter(([slotName, value]) => {
    const type = types?.get(slotName);
    return type === DATE_TYPE || (type !== undefined && model.types.get(type)?.has(value) === true);
  }).length;
}

/**
 * Built-in slot types take only what they understand, as Alexa's do: an AMAZON.DATE capture must name a day,
 * and is sent as that day (YYYY-MM-DD). Undefined when a capture is not of its type.
 */
function builtInValues(
  model: CompiledModel,
  intent: string,
  captures: Map<string, string>,
  today: Date,
): Map<string, string> | undefined {
  const types = model.intentSlots.get(intent);
  const values = new Map<string, string>();
  for (const [slotName, words] of captures) {
    if (types?.get(slotName) !== DATE_TYPE) {
      values.set(slotName, words);
      continue;
    }
    const day = spokenDate(words.split(' '), today, model.words.dates);
    if (day === undefined) return undefined;
    values.set(slotName, day);
  }
  return values;
}

/**
 * The intent Alexa would most likely send for a typed line, judged against the skill's own model: whole-line
 * sample matches only, ranked by literal words. Whatever matches nothing else goes to the capture intent's
 * catch-all sample (the skill decides what it means in the moment); a model without one gets
 * AMAZON.FallbackIntent.
 */
export function resolveUtterance(model: LanguageModelJson, text: string, options: ResolveOptions): Intent {
  const compiledModel = compile(model, CONSOLE_WORDS[requireLanguage(options.locale ?? 'en-US')]);
  const skillId = options.skillId ?? DEFAULT_APPLICATION_ID;
  const words = tokens(text);
  const bareWords = words.map(bare);
  const today = options.today ?? new Date();
  // The capture intent's bare free-form sample catches whatever no other sample takes, as on Alexa.
  const catchAll = compiledModel.intentSlots.has(CAPTURE_INTENT);

  let best: { sample: Sample; captures: Map<string, string>; typed: number } | undefined;
  if (words.length > 0) {
    for (const sample of compiledModel.samples) {
      if (best && outranks(best.sample, sample)) continue;
      const matched = match(sample.elements, words, bareWords);
      const captures = matched && builtInValues(compiledModel, sample.intent, matched, today);
      if (!captures || !bareSampleApplies(compiledModel, sample, captures)) continue;
      const typed = typedCaptures(compiledModel, sample.intent, captures);
      if (!best || outranks(sample, best.sample) || typed > best.typed) best = { sample, captures, typed };
    }
  }
  if (best) return buildIntent(compiledModel, best.sample.intent, best.captures, skillId);
  if (!catchAll) return { name: FALLBACK_INTENT, confirmationStatus: 'NONE' };
  const close = words.length > 0 ? new Map([[CAPTURE_SLOT, words.join(' ')]]) : new Map<string, string>();
  return buildIntent(compiledModel, CAPTURE_INTENT, close, skillId);
}
