/**
 * Pure checks for Alexa interaction models and the skill manifest. Each returns a list of
 * human-readable problems (empty when the rule holds), so the lint can show every offender at
 * once and so a deliberately broken model can prove that each rule actually fires.
 */
import type { v1 } from 'ask-smapi-model';
import { languageOf, type Language } from '../../lambda/src/languages/supported.ts';
import type { InteractionModel, SkillManifest } from '../../lambda/src/skill/model/load-interaction-model.ts';

type Intent = v1.skill.interactionModel.Intent;
type SlotType = v1.skill.interactionModel.SlotType;
type FallbackLevel = v1.skill.interactionModel.FallbackIntentSensitivityLevel;

export const SAMPLE_MAX_LENGTH = 200;
export const SLOT_VALUE_MAX_LENGTH = 140;
export const SUMMARY_MAX_LENGTH = 160;

/** What Alexa's rules say about one language: the words it reserves, launches with and strips. */
export interface ModelLanguageRules {
  /** Words Alexa reserves for waking the device or naming skills; they cannot be in an invocation name. */
  reservedWords: readonly string[];
  /** Launch phrases: a user says "open <name>", so the name itself must not contain one. */
  launchWords: readonly string[];
  /** "ask closing coach for tips" only parses if the name does not start or end with a connector. */
  connectingWords: readonly string[];
  /** Verbs that launch without a request ("Alexa, open closing coach"); the first is the plain open. */
  openingVerbs: readonly string[];
  /** Verbs that need a request after the name ("ask", "tell"). */
  requestVerbs: readonly string[];
  /** Connecting words Alexa strips between the invocation name and the request. */
  exampleConnectors: readonly string[];
  /**
   * Core phrases Amazon's built-in intents already own. A custom sample that repeats one of them
   * (say "start again" in a new-round intent) fights the built-in even though the built-in lists
   * no samples in the model file, so the uniqueness rules count them as that built-in's samples.
   */
  builtInPhrases: Readonly<Record<string, readonly string[]>>;
}

export const MODEL_LANGUAGE_RULES: Readonly<Record<Language, ModelLanguageRules>> = {
  en: {
    reservedWords: ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app'],
    launchWords: ['open', 'ask', 'tell', 'launch', 'start', 'begin', 'load', 'play', 'run', 'resume', 'use'],
    connectingWords: ['to', 'for', 'from', 'by', 'if', 'and', 'whether', 'about', 'with', 'of', 'or'],
    openingVerbs: ['open', 'launch', 'start', 'begin', 'load', 'use', 'run', 'play', 'resume'],
    requestVerbs: ['ask', 'tell'],
    exampleConnectors: ['to', 'for', 'about', 'if', 'whether', 'and', 'that'],
    builtInPhrases: {
      'AMAZON.HelpIntent': ['help', 'help me', 'can you help me'],
      'AMAZON.StopIntent': ['stop', 'off', 'shut up'],
      'AMAZON.CancelIntent': ['cancel', 'never mind', 'forget it'],
      'AMAZON.RepeatIntent': ['repeat', 'say that again', 'repeat that'],
      'AMAZON.StartOverIntent': ['start over', 'restart', 'start again'],
      'AMAZON.YesIntent': ['yes', 'yeah', 'sure', 'yes please'],
      'AMAZON.NoIntent': ['no', 'nope', 'no thanks'],
      'AMAZON.NavigateHomeIntent': ['go home'],
    },
  },
  es: {
    reservedWords: ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app', 'aplicación', 'habilidad'],
    launchWords: [
      'abre',
      'abrir',
      'pide',
      'pregunta',
      'dile',
      'inicia',
      'iniciar',
      'empieza',
      'comienza',
      'lanza',
      'juega',
      'usa',
      'pon',
      'carga',
      'ejecuta',
      'reanuda',
    ],
    connectingWords: ['a', 'al', 'de', 'del', 'para', 'por', 'sobre', 'si', 'y', 'o', 'con', 'que'],
    openingVerbs: ['abre', 'inicia', 'empieza', 'comienza', 'lanza', 'usa', 'ejecuta'],
    requestVerbs: ['pide a', 'pregunta a', 'dile a'],
    exampleConnectors: ['que', 'para', 'por', 'sobre', 'si'],
    builtInPhrases: {
      'AMAZON.HelpIntent': ['ayuda', 'ayúdame', 'necesito ayuda'],
      'AMAZON.StopIntent': ['para', 'detente', 'basta'],
      'AMAZON.CancelIntent': ['cancela', 'cancelar', 'olvídalo'],
      'AMAZON.RepeatIntent': ['repite', 'repítelo', 'dilo otra vez'],
      'AMAZON.StartOverIntent': ['empieza de nuevo', 'vuelve a empezar', 'reinicia'],
      'AMAZON.YesIntent': ['sí', 'claro', 'vale', 'de acuerdo'],
      'AMAZON.NoIntent': ['no', 'no gracias'],
      'AMAZON.NavigateHomeIntent': ['ve al inicio'],
    },
  },
};

/** English, kept under its old name for the rules written before Spanish. */
export const BUILT_IN_PHRASES = MODEL_LANGUAGE_RULES.en.builtInPhrases;

/** Amazon's skill category enumeration (skill manifest reference). */
const SKILL_CATEGORIES = new Set([
  'ALARMS_AND_CLOCKS',
  'ASTROLOGY',
  'BUSINESS_AND_FINANCE',
  'CALCULATORS',
  'CALENDARS_AND_REMINDERS',
  'CHILDRENS_EDUCATION_AND_REFERENCE',
  'CHILDRENS_GAMES',
  'CHILDRENS_MUSIC_AND_AUDIO',
  'CHILDRENS_NOVELTY_AND_HUMOR',
  'COMMUNICATION',
  'CONNECTED_CAR',
  'COOKING_AND_RECIPE',
  'CURRENCY_GUIDES_AND_CONVERTERS',
  'DATING',
  'DELIVERY_AND_TAKEOUT',
  'DEVICE_TRACKING',
  'EDUCATION_AND_REFERENCE',
  'EVENT_FINDERS',
  'EXERCISE_AND_WORKOUT',
  'FASHION_AND_STYLE',
  'FLIGHT_FINDERS',
  'FRIENDS_AND_FAMILY',
  'GAME_INFO_AND_ACCESSORY',
  'GAMES',
  'HEALTH_AND_FITNESS',
  'HOTEL_FINDERS',
  'KNOWLEDGE_AND_TRIVIA',
  'MOVIE_AND_TV_KNOWLEDGE_AND_TRIVIA',
  'MOVIE_INFO_AND_REVIEWS',
  'MOVIE_SHOWTIMES',
  'MUSIC_AND_AUDIO_ACCESSORIES',
  'MUSIC_AND_AUDIO_KNOWLEDGE_AND_TRIVIA',
  'MUSIC_INFO_REVIEWS_AND_RECOGNITION_SERVICE',
  'NAVIGATION_AND_TRIP_PLANNER',
  'NEWS',
  'NOVELTY',
  'ORGANIZERS_AND_ASSISTANTS',
  'PETS_AND_ANIMAL',
  'PODCAST',
  'PUBLIC_TRANSPORTATION',
  'RELIGION_AND_SPIRITUALITY',
  'RESTAURANT_BOOKING_INFO_AND_REVIEW',
  'SCHOOLS',
  'SCORE_KEEPING',
  'SELF_IMPROVEMENT',
  'SHOPPING',
  'SMART_HOME',
  'SOCIAL_NETWORKING',
  'SPORTS_GAMES',
  'SPORTS_NEWS',
  'STREAMING_SERVICE',
  'TAXI_AND_RIDESHARING',
  'TO_DO_LISTS_AND_NOTES',
  'TRANSLATORS',
  'TV_GUIDES',
  'UNIT_CONVERTERS',
  'WEATHER',
  'WINE_AND_BEVERAGE',
  'ZIP_CODE_LOOKUP',
]);

const SLOT_REFERENCE = /\{([^{}]*)\}/g;
const SLOT_NAME = /^[A-Za-z][A-Za-z_]*$/;

/** How Alexa compares utterances: case and runs of whitespace do not matter. */
export function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function slotReferences(sample: string): string[] {
  return [...sample.matchAll(SLOT_REFERENCE)].map((match) => match[1] ?? '');
}

function intentsOf(model: InteractionModel): Intent[] {
  return model.languageModel.intents;
}

function typesOf(model: InteractionModel): SlotType[] {
  return model.languageModel.types ?? [];
}

function samplesOf(intent: Intent): string[] {
  return intent.samples ?? [];
}

/** Intent samples plus slot-elicitation samples, since Alexa validates both alike. */
function allSamples(model: InteractionModel): { where: string; sample: string }[] {
  return intentsOf(model).flatMap((intent) => [
    ...samplesOf(intent).map((sample) => ({ where: intent.name, sample })),
    ...(intent.slots ?? []).flatMap((slot) =>
      (slot.samples ?? []).map((sample) => ({ where: `${intent.name}.${slot.name}`, sample })),
    ),
  ]);
}

function typeValueTexts(type: SlotType): string[] {
  return (type.values ?? []).flatMap((value) => [value.name.value, ...value.name.synonyms]);
}

function isBuiltInType(typeName: string): boolean {
  return typeName.startsWith('AMAZON.');
}

export function checkInvocationName(name: string, language: Language = 'en'): string[] {
  const rules = MODEL_LANGUAGE_RULES[language];
  const problems: string[] = [];
  if (!/^\p{Ll}+( \p{Ll}+)*$/u.test(name)) {
    problems.push(`invocation name "${name}" must be lower-case letters separated by single spaces`);
  }
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) {
    problems.push(`invocation name "${name}" must have at least two words`);
  }
  for (const word of words) {
    if (rules.reservedWords.includes(word))
      problems.push(`invocation name "${name}" contains reserved "${word}"`);
    if (rules.launchWords.includes(word))
      problems.push(`invocation name "${name}" contains launch word "${word}"`);
  }
  for (const edge of [words[0], words[words.length - 1]]) {
    if (edge !== undefined && rules.connectingWords.includes(edge)) {
      problems.push(`invocation name "${name}" starts or ends with connecting word "${edge}"`);
    }
  }
  return [...new Set(problems)];
}

/** Maps each normalised utterance to the intents that own it, built-in phrases included. */
function utteranceOwners(model: InteractionModel, language: Language): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const own = (utterance: string, intentName: string): void => {
    const key = normalise(utterance);
    const set = owners.get(key) ?? new Set<string>();
    set.add(intentName);
    owners.set(key, set);
  };
  for (const intent of intentsOf(model)) {
    for (const sample of samplesOf(intent)) own(sample, intent.name);
    for (const phrase of MODEL_LANGUAGE_RULES[language].builtInPhrases[intent.name] ?? [])
      own(phrase, intent.name);
  }
  return owners;
}

export function findSamplesInSeveralIntents(model: InteractionModel, language: Language = 'en'): string[] {
  return [...utteranceOwners(model, language)]
    .filter(([, intents]) => intents.size > 1)
    .map(([utterance, intents]) => `"${utterance}" is a sample of ${[...intents].sort().join(' and ')}`);
}

export function findUndeclaredSlotReferences(model: InteractionModel): string[] {
  const problems: string[] = [];
  for (const intent of intentsOf(model)) {
    const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
    const samples = [...samplesOf(intent), ...(intent.slots ?? []).flatMap((slot) => slot.samples ?? [])];
    for (const sample of samples) {
      for (const reference of slotReferences(sample)) {
        if (!declared.has(reference)) {
          problems.push(`${intent.name}: "${sample}" uses {${reference}}, which the intent does not declare`);
        }
      }
    }
  }
  return problems;
}

export function findUnknownSlotTypes(model: InteractionModel): string[] {
  const defined = new Set(typesOf(model).map((type) => type.name));
  return intentsOf(model).flatMap((intent) =>
    (intent.slots ?? [])
      .filter((slot) => slot.type === undefined || !(isBuiltInType(slot.type) || defined.has(slot.type)))
      .map((slot) => `${intent.name}.${slot.name} has type "${slot.type ?? '(none)'}", which is not defined`),
  );
}

export function findUnusedSlotTypes(model: InteractionModel): string[] {
  const used = new Set(intentsOf(model).flatMap((intent) => (intent.slots ?? []).map((slot) => slot.type)));
  return typesOf(model)
    .filter((type) => !used.has(type.name))
    .map((type) => `slot type ${type.name} is defined but no slot uses it`);
}

/** Alexa rejects a model where a SearchQuery slot is the whole utterance: it needs a carrier phrase. */
export function findBareSearchQuerySamples(model: InteractionModel): string[] {
  const problems: string[] = [];
  for (const intent of intentsOf(model)) {
    const searchSlots = new Set(
      (intent.slots ?? []).filter((slot) => slot.type === 'AMAZON.SearchQuery').map((slot) => slot.name),
    );
    if (searchSlots.size === 0) continue;
    for (const sample of samplesOf(intent)) {
      const usesSearch = slotReferences(sample).some((reference) => searchSlots.has(reference));
      const carrierWords = sample.replace(SLOT_REFERENCE, ' ').trim();
      if (usesSearch && carrierWords === '') {
        problems.push(
          `${intent.name}: "${sample}" is a bare AMAZON.SearchQuery slot without a carrier phrase`,
        );
      }
    }
  }
  return problems;
}

export function findMissingIntents(model: InteractionModel, required: readonly string[]): string[] {
  const present = new Set(intentsOf(model).map((intent) => intent.name));
  return required.filter((name) => !present.has(name)).map((name) => `intent ${name} is missing`);
}

export function findCustomIntentsWithoutSamples(model: InteractionModel): string[] {
  return intentsOf(model)
    .filter((intent) => !intent.name.startsWith('AMAZON.') && samplesOf(intent).length === 0)
    .map((intent) => `custom intent ${intent.name} has no sample utterances`);
}

/**
 * Alexa accepts letters, spaces, possessive or contracting apostrophes and the periods of spoken
 * abbreviations ("u. s."), plus well-formed {slot} references. Digits must be spelled out
 * because speech recognition delivers words, so a digit sample would never match.
 */
export function findBadSampleCharacters(model: InteractionModel): string[] {
  const problems: string[] = [];
  for (const { where, sample } of allSamples(model)) {
    const reject = (why: string): void => {
      problems.push(`${where}: "${sample}" ${why}`);
    };
    for (const reference of slotReferences(sample)) {
      if (!SLOT_NAME.test(reference)) reject(`has a malformed slot reference {${reference}}`);
    }
    const words = sample.replace(SLOT_REFERENCE, ' slot ');
    if (/[{}]/.test(words)) reject('has an unmatched brace');
    if (/\d/.test(words)) reject('contains a digit; spell numbers out');
    const other = words.match(/[^\p{L}\s'.{}\d]/gu);
    if (other) reject(`contains punctuation ${[...new Set(other)].map((c) => `"${c}"`).join(', ')}`);
    for (const token of words.split(/\s+/).filter(Boolean)) {
      if (token.includes('.') && !/^(\p{L}\.)+$/u.test(token)) {
        reject(`has a period outside a spoken abbreviation ("${token}")`);
      }
      if (token.includes("'") && !/^\p{L}+'\p{L}*$/u.test(token)) {
        reject(`has an apostrophe outside a word ("${token}")`);
      }
    }
  }
  return problems;
}

/** Alexa cannot tell where one slot value ends and the next begins without words between them. */
export function findAdjacentSlots(model: InteractionModel): string[] {
  return allSamples(model)
    .filter(({ sample }) => /\}\s*\{/.test(sample))
    .map(({ where, sample }) => `${where}: "${sample}" has two slots with no words between them`);
}

export function findOverlongSamples(model: InteractionModel, maxLength = SAMPLE_MAX_LENGTH): string[] {
  return allSamples(model)
    .filter(({ sample }) => sample.length > maxLength)
    .map(({ where, sample }) => `${where}: a sample is ${sample.length} characters, over ${maxLength}`);
}

export function findDuplicateSlotValues(model: InteractionModel): string[] {
  const problems: string[] = [];
  for (const type of typesOf(model)) {
    const seen = new Set<string>();
    for (const text of typeValueTexts(type)) {
      const key = normalise(text);
      if (seen.has(key)) problems.push(`${type.name}: "${text}" appears more than once`);
      seen.add(key);
    }
    const ids = (type.values ?? []).flatMap((value) => (value.id === undefined ? [] : [value.id]));
    for (const id of ids.filter((id, index) => ids.indexOf(id) !== index)) {
      problems.push(`${type.name}: id "${id}" appears more than once`);
    }
  }
  return problems;
}

export function findBadSlotValues(model: InteractionModel, maxLength = SLOT_VALUE_MAX_LENGTH): string[] {
  const problems: string[] = [];
  for (const type of typesOf(model)) {
    for (const text of typeValueTexts(type)) {
      if (text.trim() === '') problems.push(`${type.name}: a value or synonym is empty`);
      if (text.length > maxLength) problems.push(`${type.name}: "${text}" is over ${maxLength} characters`);
      if (/[^\p{L}\s'.]/u.test(text)) {
        problems.push(
          `${type.name}: "${text}" has characters other than letters, spaces, apostrophes, periods`,
        );
      }
    }
  }
  return problems;
}

/**
 * A slot value that completes a one-slot sample into another intent's exact utterance makes the
 * two intents ambiguous (e.g. a close value "how am i doing" would steal the progress question).
 */
export function findSlotValuesThatShadowSamples(
  model: InteractionModel,
  language: Language = 'en',
): string[] {
  const owners = utteranceOwners(model, language);
  const types = new Map(typesOf(model).map((type) => [type.name, type]));
  const problems: string[] = [];
  for (const intent of intentsOf(model)) {
    for (const sample of samplesOf(intent)) {
      const references = slotReferences(sample);
      const only = references[0];
      if (references.length !== 1 || only === undefined) continue;
      const slotType = intent.slots?.find((slot) => slot.name === only)?.type;
      const type = slotType === undefined ? undefined : types.get(slotType);
      if (type === undefined) continue;
      for (const value of typeValueTexts(type)) {
        const filled = normalise(sample.replace(`{${only}}`, value));
        const others = [...(owners.get(filled) ?? [])].filter((name) => name !== intent.name);
        if (others.length > 0) {
          problems.push(
            `${intent.name}: "${sample}" with ${type.name} "${value}" is a sample of ${others.join(', ')}`,
          );
        }
      }
    }
  }
  return problems;
}

export function checkSlot(
  model: InteractionModel,
  intentName: string,
  slotName: string,
  typeName: string,
): string[] {
  const intent = intentsOf(model).find((candidate) => candidate.name === intentName);
  if (!intent) return [`intent ${intentName} is missing`];
  const slot = intent.slots?.find((candidate) => candidate.name === slotName);
  if (!slot) return [`${intentName} has no slot ${slotName}`];
  return slot.type === typeName
    ? []
    : [`${intentName}.${slotName} has type ${slot.type ?? '(none)'}, not ${typeName}`];
}

export interface SlotValueShape {
  minValues: number;
  minWords: number;
  maxWords: number;
}

/** Values meant to mirror raw speech recognition output: lower case, words and apostrophes only. */
export function checkSpokenSlotValues(
  model: InteractionModel,
  typeName: string,
  shape: SlotValueShape,
): string[] {
  const type = typesOf(model).find((candidate) => candidate.name === typeName);
  if (!type) return [`slot type ${typeName} is missing`];
  const values = type.values ?? [];
  const problems: string[] = [];
  if (values.length < shape.minValues) {
    problems.push(`${typeName} has ${values.length} values, fewer than ${shape.minValues}`);
  }
  for (const text of typeValueTexts(type)) {
    const words = text.split(' ').filter(Boolean).length;
    if (words < shape.minWords || words > shape.maxWords) {
      problems.push(
        `${typeName}: "${text}" has ${words} words, outside ${shape.minWords} to ${shape.maxWords}`,
      );
    }
    if (!/^[\p{Ll}']+( [\p{Ll}']+)*$/u.test(text)) {
      problems.push(`${typeName}: "${text}" is not lower-case words as speech recognition delivers them`);
    }
  }
  return problems;
}

export function checkTypeIds(
  model: InteractionModel,
  typeName: string,
  expectedIds: readonly string[],
): string[] {
  const type = typesOf(model).find((candidate) => candidate.name === typeName);
  if (!type) return [`slot type ${typeName} is missing`];
  const ids = (type.values ?? []).map((value) => value.id ?? `(no id for "${value.name.value}")`);
  const actual = [...ids].sort().join(', ');
  const expected = [...expectedIds].sort().join(', ');
  return actual === expected ? [] : [`${typeName} ids are [${actual}], expected [${expected}]`];
}

export function checkFallbackSensitivity(model: InteractionModel, level: FallbackLevel): string[] {
  const actual = model.languageModel.modelConfiguration?.fallbackIntentSensitivity?.level;
  return actual === level ? [] : [`fallbackIntentSensitivity is ${actual ?? '(unset)'}, expected ${level}`];
}

/** A comparable fingerprint of what handlers depend on: invocation, intents, their slots, types. */
function modelShape(model: InteractionModel, locale: string): Map<string, string> {
  const shape = new Map<string, string>();
  // Each language names the skill in its own words; locales of one language share the name.
  shape.set(`invocation name in ${languageOf(locale) ?? locale}`, model.languageModel.invocationName);
  for (const intent of intentsOf(model)) {
    const slots = (intent.slots ?? []).map((slot) => `${slot.name}:${slot.type ?? ''}`).sort();
    shape.set(`intent ${intent.name}`, slots.join(', '));
  }
  for (const type of typesOf(model)) shape.set(`type ${type.name}`, 'defined');
  return shape;
}

export function findLocaleDifferences(models: ReadonlyMap<string, InteractionModel>): string[] {
  const entries = [...models];
  const first = entries[0];
  if (!first) return [];
  const [referenceLocale, referenceModel] = first;
  const reference = modelShape(referenceModel, referenceLocale);
  const firstOfLanguage = new Map<string, Map<string, string>>();
  const problems: string[] = [];
  for (const [locale, model] of entries.slice(1)) {
    const shape = modelShape(model, locale);
    const invocationKey = [...shape.keys()][0] ?? '';
    const sameLanguage = reference.has(invocationKey) ? reference : firstOfLanguage.get(invocationKey);
    if (!sameLanguage) firstOfLanguage.set(invocationKey, shape);
    for (const key of new Set([...reference.keys(), ...shape.keys()])) {
      if (key.startsWith('invocation name')) continue;
      const expected = reference.get(key);
      const actual = shape.get(key);
      if (expected !== actual) {
        problems.push(
          `${locale} differs from ${referenceLocale} in ${key}: ${actual ?? '(absent)'} vs ${expected ?? '(absent)'}`,
        );
      }
    }
    const expectedName = sameLanguage?.get(invocationKey);
    if (expectedName !== undefined && expectedName !== shape.get(invocationKey)) {
      problems.push(
        `${locale} differs in ${invocationKey}: ${shape.get(invocationKey) ?? ''} vs ${expectedName}`,
      );
    }
  }
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What each sample can be heard as: a {slot} of a custom type stands for one of its values or
 * synonyms, so a bare "{closingWords}" does not swallow every phrase; other slots take any words.
 */
export function sampleExpressions(model: InteractionModel): RegExp[] {
  const types = new Map(typesOf(model).map((type) => [type.name, type]));
  return intentsOf(model).flatMap((intent) =>
    samplesOf(intent).map((sample) => {
      const pattern = sample
        .trim()
        .replace(/\s+/g, ' ')
        .split(SLOT_REFERENCE)
        .map((part, index) => {
          if (index % 2 === 0) return escapeRegExp(part.toLowerCase());
          const typeName = intent.slots?.find((slot) => slot.name === part)?.type;
          const type = typeName === undefined ? undefined : types.get(typeName);
          const values = type ? typeValueTexts(type).map((value) => escapeRegExp(normalise(value))) : [];
          return values.length > 0 ? `(?:${values.join('|')})` : '\\S+(?: \\S+)*';
        })
        .join('');
      return new RegExp(`^${pattern}$`);
    }),
  );
}

/**
 * Certification requires each example phrase to come from the sample utterances. A phrase is the
 * wake word, a launch verb and the invocation name, then either nothing (a plain open) or a
 * request matching some sample, optionally behind one of Alexa's connecting words.
 */
export function checkExamplePhrases(
  phrases: readonly string[] | undefined,
  model: InteractionModel,
  language: Language = 'en',
): string[] {
  const rules = MODEL_LANGUAGE_RULES[language];
  const open = rules.openingVerbs[0] ?? '';
  const verbs = [...rules.openingVerbs, ...rules.requestVerbs];
  if (!phrases || phrases.length !== 3) {
    return [`expected exactly three example phrases, found ${phrases?.length ?? 0}`];
  }
  const invocation = model.languageModel.invocationName;
  const problems: string[] = [];
  const first = phrases[0] ?? '';
  if (!normalise(first).startsWith(`alexa, ${open} ${invocation}`)) {
    problems.push(`the first example phrase "${first}" must start "Alexa, ${open} ${invocation}"`);
  }
  const shape = new RegExp(`^alexa, (${verbs.join('|')}) ${escapeRegExp(invocation)}(?: (.+))?$`);
  const expressions = sampleExpressions(model);
  for (const phrase of phrases) {
    const match = shape.exec(normalise(phrase).replace(/[.?!]+$/, ''));
    if (!match) {
      problems.push(`"${phrase}" is not "Alexa, <launch verb> ${invocation} …"`);
      continue;
    }
    const verb = match[1] ?? '';
    const request = match[2];
    if (request === undefined) {
      if (!rules.openingVerbs.includes(verb)) problems.push(`"${phrase}" asks for nothing after "${verb}"`);
      continue;
    }
    const connector = rules.exampleConnectors.find((word) => request.startsWith(`${word} `));
    const candidates = connector ? [request, request.slice(connector.length + 1)] : [request];
    if (!candidates.some((candidate) => expressions.some((expression) => expression.test(candidate)))) {
      problems.push(`"${phrase}": "${request}" matches no sample utterance`);
    }
  }
  return problems;
}

export interface ManifestExpectations {
  locales: readonly string[];
  /** The skill's name in each language's store. */
  name: Readonly<Record<Language, string>>;
  permissions: readonly v1.skill.Manifest.PermissionName[];
  interfaces: readonly v1.skill.Manifest.InterfaceType[];
}

export function checkManifest(manifest: SkillManifest, expected: ManifestExpectations): string[] {
  const problems: string[] = [];
  if (manifest.manifestVersion !== '1.0') problems.push('manifestVersion must be "1.0"');

  const publishing = manifest.publishingInformation;
  const locales = publishing?.locales ?? {};
  const published = Object.keys(locales).sort().join(', ');
  if (published !== [...expected.locales].sort().join(', ')) {
    problems.push(
      `published locales are [${published}], expected [${[...expected.locales].sort().join(', ')}]`,
    );
  }
  for (const [locale, info] of Object.entries(locales)) {
    const name = expected.name[languageOf(locale) ?? 'en'];
    if (info.name !== name) problems.push(`${locale}: name is "${info.name}", expected "${name}"`);
    const summary = info.summary ?? '';
    if (summary.trim() === '' || summary.length > SUMMARY_MAX_LENGTH) {
      problems.push(`${locale}: summary must be 1 to ${SUMMARY_MAX_LENGTH} characters`);
    }
    if ((info.description ?? '').trim() === '') problems.push(`${locale}: description is empty`);
    if ((info.keywords ?? []).length === 0) problems.push(`${locale}: no keywords`);
  }
  if (!SKILL_CATEGORIES.has(publishing?.category ?? '')) {
    problems.push(`category "${publishing?.category ?? '(unset)'}" is not an Alexa skill category`);
  }
  if (publishing?.isAvailableWorldwide !== true && (publishing?.distributionCountries ?? []).length === 0) {
    problems.push('not available worldwide, yet no distributionCountries');
  }
  if ((publishing?.testingInstructions ?? '').trim() === '') problems.push('testingInstructions are empty');

  const privacy = manifest.privacyAndCompliance;
  const flags = [
    'allowsPurchases',
    'usesPersonalInfo',
    'isChildDirected',
    'isExportCompliant',
    'containsAds',
  ] as const;
  for (const flag of flags) {
    if (typeof privacy?.[flag] !== 'boolean') problems.push(`privacyAndCompliance.${flag} is not answered`);
  }
  if (privacy?.usesPersonalInfo === true) {
    for (const locale of expected.locales) {
      if (!privacy.locales?.[locale]?.privacyPolicyUrl) {
        problems.push(`${locale}: a skill that uses personal information needs a privacyPolicyUrl`);
      }
    }
  }

  const custom = manifest.apis?.custom;
  if (!custom) problems.push('apis.custom is missing');
  // ASK CLI v2 deploys the Lambda and then sets the endpoint itself; a checked-in URI is stale.
  if (custom?.endpoint) problems.push(`apis.custom.endpoint is set to "${custom.endpoint.uri}"`);
  const interfaces = new Set<string>((custom?.interfaces ?? []).map((item) => item.type));
  for (const type of expected.interfaces) {
    if (!interfaces.has(type)) problems.push(`interface ${type} is not declared`);
  }
  const permissions = new Set((manifest.permissions ?? []).map((item) => item.name));
  for (const name of expected.permissions) {
    if (!permissions.has(name)) problems.push(`permission ${name} is missing`);
  }
  return problems;
}

/**
 * The dialog model that lets the skill elicit the close: every dialog intent
 * and slot exists in the language model with the same type, and every prompt
 * it names exists with at least one variation.
 */
export function findDialogModelProblems(model: InteractionModel): string[] {
  const problems: string[] = [];
  const promptIds = new Set(
    (model.prompts ?? []).filter((prompt) => prompt.variations.length > 0).map((prompt) => prompt.id),
  );
  for (const dialogIntent of model.dialog?.intents ?? []) {
    const intent = intentsOf(model).find((candidate) => candidate.name === dialogIntent.name);
    if (!intent) {
      problems.push(`dialog intent ${dialogIntent.name} is not in the language model`);
      continue;
    }
    for (const dialogSlot of dialogIntent.slots ?? []) {
      const slot = (intent.slots ?? []).find((candidate) => candidate.name === dialogSlot.name);
      if (!slot) problems.push(`dialog slot ${intent.name}.${dialogSlot.name} is not declared on the intent`);
      else if (slot.type !== dialogSlot.type) {
        problems.push(
          `dialog slot ${intent.name}.${slot.name} has type ${dialogSlot.type}, not ${slot.type}`,
        );
      }
      const elicitation = dialogSlot.prompts.elicitation;
      if (dialogSlot.elicitationRequired && !elicitation) {
        problems.push(
          `dialog slot ${intent.name}.${dialogSlot.name} is required but has no elicitation prompt`,
        );
      }
      if (elicitation && !promptIds.has(elicitation)) {
        problems.push(`prompt ${elicitation} is missing or has no variations`);
      }
    }
  }
  return problems;
}
