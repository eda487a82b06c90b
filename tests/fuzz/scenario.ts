import type { DialogState, SessionEndedReason } from 'ask-sdk-model';
import fc from 'fast-check';
import { analyzeClose, MOVE_LABELS } from '../../lambda/src/analyzer/index.ts';
import type { MemoryOperation } from '../../lambda/src/persistence/memory-adapter.ts';
import {
  loadInteractionModel,
  SUPPORTED_LOCALES,
  isSupportedLocale,
} from '../../lambda/src/skill/model/load-interaction-model.ts';
import { hostileText } from './hostile-text.ts';

/** What the fuzzer knows of one locale's interaction model. */
export interface ModelFacts {
  intents: { name: string; slots: { name: string; type: string }[] }[];
  /** Per slot type: entity resolution ids, and every value and synonym a user could say. */
  types: Map<string, { ids: string[]; phrases: string[] }>;
}

export function modelFacts(locale: string): ModelFacts {
  const { languageModel } = loadInteractionModel(isSupportedLocale(locale) ? locale : 'en-US');
  const types = new Map<string, { ids: string[]; phrases: string[] }>();
  for (const type of languageModel.types ?? []) {
    const values = type.values ?? [];
    types.set(type.name, {
      ids: values.map((v) => v.id).filter((id): id is string => typeof id === 'string'),
      phrases: values.flatMap((v) => [v.name.value, ...v.name.synonyms]).filter(Boolean),
    });
  }
  return {
    intents: languageModel.intents.map((intent) => ({
      name: intent.name,
      slots: (intent.slots ?? []).map((slot) => ({ name: slot.name, type: slot.type ?? '' })),
    })),
    types,
  };
}

export const UNSUPPORTED_LOCALES = ['fr-FR', 'en-NZ', 'de-DE'] as const;
/** Names Alexa could send that the model does not declare: built-ins added later, typos, nothing. */
export const UNKNOWN_INTENTS = [
  'AMAZON.PauseIntent',
  'AMAZON.ResumeIntent',
  'AMAZON.ScrollDownIntent',
  'MadeUpIntent',
  'capturecloseintent',
  '',
];
export const UNKNOWN_REQUEST_TYPES = [
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'Alexa.Presentation.APL.UserEvent',
  'Connections.Response',
  'CanFulfillIntentRequest',
  'Messaging.MessageReceived',
];
const SESSION_ENDED_REASONS: SessionEndedReason[] = ['USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'];
const EXCEPTION_TYPES = ['INVALID_RESPONSE', 'DEVICE_COMMUNICATION_ERROR', 'INTERNAL_SERVICE_ERROR'];

export type DeviceKind = 'voice' | 'screen' | 'viewportWithoutApl';
export interface DeviceSpec {
  kind: DeviceKind;
  apiAccessToken: boolean;
}

export interface StoreSpec {
  delayMs: number;
  /** Operations that may fail, and the pattern (used in turn, cyclically) of which calls do. */
  failing?: { operations: MemoryOperation[]; pattern: boolean[] };
  /** What the store already holds for this user before the run. */
  stored?: Record<string, unknown>;
}

/** How the conversation stood before the fuzzed requests: reached by real turns, or forged. */
export type Start =
  | { kind: 'fresh' }
  | { kind: 'launched' }
  | { kind: 'captured'; close: string }
  | { kind: 'deleting' }
  | { kind: 'strong'; close: string }
  | { kind: 'hostile'; attributes: Record<string, unknown> };

export type SlotSpec =
  | { shape: 'noValue' }
  /** As Alexa sends it today: value, slotValue and source. */
  | { shape: 'value'; value: string }
  | { shape: 'valueOnly'; value: string }
  | { shape: 'slotValueOnly'; value: string }
  | { shape: 'resolved'; value: string; status: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH'; ids: string[] }
  | { shape: 'list'; values: string[] };

export interface IntentStep {
  kind: 'intent';
  name: string;
  /** 'missing' sends no slots object at all. */
  slots: 'missing' | Record<string, SlotSpec>;
  dialogState?: DialogState;
}

export type Step =
  | { kind: 'launch'; inSession: boolean }
  | IntentStep
  | { kind: 'sessionEnded'; reason: SessionEndedReason; message: string }
  | { kind: 'exception'; errorType: string; message: string }
  | { kind: 'event'; type: string; withSession: boolean; withContext: boolean; argument: string };

export interface Scenario {
  locale: string;
  device: DeviceSpec;
  start: Start;
  steps: Step[];
  /** Seeds the skill's phrasing choices and the envelope ids. */
  seed: number;
}

export interface StoredScenario extends Scenario {
  store: StoreSpec;
}

const SUPPORTED = fc.constantFrom(...SUPPORTED_LOCALES);
const locale: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: SUPPORTED },
  { weight: 1, arbitrary: fc.constantFrom(...UNSUPPORTED_LOCALES) },
);

const device: fc.Arbitrary<DeviceSpec> = fc.record({
  kind: fc.constantFrom<DeviceKind>('voice', 'screen', 'viewportWithoutApl'),
  apiAccessToken: fc.boolean(),
});

const US = modelFacts('en-US');
const CLOSES = US.types.get('CloseWords')?.phrases ?? [];
const STRONG = CLOSES.filter((close) => analyzeClose(close).verdict === 'strong');
const NOT_STRONG = CLOSES.filter((close) => !['strong', 'empty'].includes(analyzeClose(close).verdict));
if (STRONG.length === 0 || NOT_STRONG.length === 0) throw new Error('the model needs strong and weak closes');

const anyJson = fc.jsonValue({ maxDepth: 3 });
const numberish: fc.Arbitrary<unknown> = fc.oneof(
  fc.nat({ max: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0.5, 1e308, 2 ** 53, Number.MAX_SAFE_INTEGER),
  anyJson,
);
const FORMATS = ['in_person', 'phone', 'video'];
const formatish = fc.oneof(fc.constantFrom(...FORMATS, 'zoom', 'IN_PERSON', ''), anyJson);
const VERDICTS = ['strong', 'needs_work', 'risky', 'empty'];
const LABELS = [...MOVE_LABELS, 'other', 'empty'];

const adviceKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...LABELS).map((label) => `advice.${label}.detail`),
  fc.constantFrom(
    'advice',
    'skill',
    'labels',
    'nonexistent.key',
    'advice.needy',
    'skill.coach.verdict.strong',
  ),
  hostileText,
);

const move = fc.record(
  {
    label: fc.oneof(fc.constantFrom(...LABELS), anyJson),
    evidence: fc.oneof(hostileText, anyJson),
    start: numberish,
    end: numberish,
  },
  { requiredKeys: [] },
);

/** Shaped enough to pass the session reader's check, and wrong in every other field. */
const analysisShaped = fc.record(
  {
    transcript: hostileText,
    moves: fc.array(fc.oneof(move, anyJson), { maxLength: 4 }),
    verdict: fc.constantFrom(...VERDICTS, 'bogus'),
    primary: fc.constantFrom(...LABELS, 'bogus'),
    advice: fc.oneof(fc.record({ reason: adviceKey, detail: adviceKey }, { requiredKeys: [] }), anyJson),
    score: numberish,
    example: fc.oneof(hostileText, anyJson),
    rewrite: fc.oneof(hostileText, anyJson),
    rewriteKeepsUserWords: fc.oneof(fc.boolean(), anyJson),
  },
  { requiredKeys: ['transcript', 'moves', 'verdict', 'primary'] },
);

const ANALYSIS_FIELDS = [
  'transcript',
  'moves',
  'advice',
  'verdict',
  'primary',
  'example',
  'rewrite',
  'score',
];
/** A real analysis of a real close, with one field replaced. */
const analysisMutated = fc
  .tuple(
    fc.constantFrom(...CLOSES),
    fc.constantFrom(...ANALYSIS_FIELDS),
    fc.oneof(hostileText, anyJson),
    fc.boolean(),
  )
  .map(([close, field, value, mutate]) => {
    const analysis: Record<string, unknown> = { ...analyzeClose(close) };
    if (mutate) analysis[field] = value;
    return analysis;
  });

const profileShaped = fc.record(
  { role: fc.oneof(hostileText, anyJson), company: fc.oneof(hostileText, anyJson), format: formatish },
  { requiredKeys: [] },
);

/** Session attributes as a hostile or broken Alexa could send them back: JSON, but any JSON. */
export const hostileAttributes: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      state: fc.oneof(
        fc.constantFrom(
          'AWAITING_CLOSE',
          'FEEDBACK',
          'CONFIRM_DELETE',
          'ASK_INTERVIEW_DATE',
          'OFFER_REMINDER',
          'NONSENSE',
          '',
        ),
        anyJson,
      ),
      round: numberish,
      profile: fc.oneof(profileShaped, anyJson),
      lastAnalysis: fc.oneof(analysisShaped, analysisMutated, anyJson),
      scenario: fc.oneof(fc.record({ format: formatish, line: numberish }, { requiredKeys: [] }), anyJson),
      exampleVariant: numberish,
      reminder: fc.oneof(fc.constantFrom('offered', 'created', 'bogus'), anyJson),
      endAfterReminder: fc.oneof(fc.boolean(), anyJson),
    },
    { requiredKeys: [] },
  )
  // On the wire they are JSON: -0, undefined and the like do not survive.
  .map((attributes) => JSON.parse(JSON.stringify(attributes)) as Record<string, unknown>);

const start: fc.Arbitrary<Start> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<Start>({ kind: 'fresh' }) },
  { weight: 3, arbitrary: fc.constant<Start>({ kind: 'launched' }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(...NOT_STRONG).map((close): Start => ({ kind: 'captured', close })),
  },
  { weight: 2, arbitrary: fc.constant<Start>({ kind: 'deleting' }) },
  { weight: 2, arbitrary: fc.constantFrom(...STRONG).map((close): Start => ({ kind: 'strong', close })) },
  { weight: 3, arbitrary: hostileAttributes.map((attributes): Start => ({ kind: 'hostile', attributes })) },
);

/** A slot value as a user might say it (from the model) or as nobody would. */
function slotValue(facts: ModelFacts, type: string | undefined): fc.Arbitrary<string> {
  const known = type === undefined ? undefined : facts.types.get(type)?.phrases;
  const phrases = known && known.length > 0 ? known : CLOSES;
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...phrases) },
    { weight: 3, arbitrary: hostileText },
  );
}

function slotSpec(facts: ModelFacts, type: string | undefined): fc.Arbitrary<SlotSpec> {
  const value = slotValue(facts, type);
  const ids = type === undefined ? [] : (facts.types.get(type)?.ids ?? []);
  const id = ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), hostileText) : hostileText;
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<SlotSpec>({ shape: 'noValue' }) },
    { weight: 6, arbitrary: value.map((v): SlotSpec => ({ shape: 'value', value: v })) },
    { weight: 1, arbitrary: value.map((v): SlotSpec => ({ shape: 'valueOnly', value: v })) },
    { weight: 1, arbitrary: value.map((v): SlotSpec => ({ shape: 'slotValueOnly', value: v })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          value,
          fc.constantFrom('ER_SUCCESS_MATCH' as const, 'ER_SUCCESS_NO_MATCH' as const),
          fc.array(id, { maxLength: 2 }),
        )
        .map(([v, status, matched]): SlotSpec => ({ shape: 'resolved', value: v, status, ids: matched })),
    },
    {
      weight: 1,
      arbitrary: fc.array(value, { maxLength: 3 }).map((values): SlotSpec => ({ shape: 'list', values })),
    },
  );
}

function intentStep(facts: ModelFacts): fc.Arbitrary<IntentStep> {
  const allSlots = facts.intents.flatMap((intent) => intent.slots);
  const names = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...facts.intents.map((intent) => intent.name)) },
    // The close is what the skill exists for: more of it, with every slot shape.
    { weight: 4, arbitrary: fc.constant('CaptureCloseIntent') },
    { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_INTENTS) },
  );
  return names.chain((name) => {
    const declared = facts.intents.find((intent) => intent.name === name)?.slots ?? [];
    const slotEntries = declared.map((slot) =>
      fc.option(slotSpec(facts, slot.type), { freq: 5 }).map((spec) => [slot.name, spec] as const),
    );
    // Now and then a slot the intent does not declare: another intent's, or one nobody declared.
    const stray = fc.option(
      fc.tuple(
        fc.oneof(fc.constantFrom(...allSlots.map((slot) => slot.name)), fc.constant('unexpected')),
        slotSpec(facts, undefined),
      ),
      { freq: 6 },
    );
    return fc.record({
      kind: fc.constant('intent' as const),
      name: fc.constant(name),
      slots: fc.oneof(
        { weight: 1, arbitrary: fc.constant('missing' as const) },
        {
          weight: 6,
          arbitrary: fc.tuple(fc.tuple(...slotEntries), stray).map(([entries, extra]) => {
            const slots: Record<string, SlotSpec> = {};
            for (const [slotName, spec] of entries) if (spec) slots[slotName] = spec;
            if (extra) slots[extra[0]] = extra[1];
            return slots;
          }),
        },
      ),
      dialogState: fc.option(fc.constantFrom<DialogState>('STARTED', 'IN_PROGRESS', 'COMPLETED'), {
        nil: undefined,
        freq: 2,
      }),
    });
  });
}

function step(facts: ModelFacts): fc.Arbitrary<Step> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('launch' as const), inSession: fc.boolean() }) },
    { weight: 20, arbitrary: intentStep(facts) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('sessionEnded' as const),
        reason: fc.constantFrom(...SESSION_ENDED_REASONS),
        message: hostileText,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('exception' as const),
        errorType: fc.constantFrom(...EXCEPTION_TYPES),
        message: hostileText,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('event' as const),
        type: fc.constantFrom(...UNKNOWN_REQUEST_TYPES),
        withSession: fc.boolean(),
        withContext: fc.boolean(),
        argument: hostileText,
      }),
    },
  );
}

export const MAX_STEPS = 6;

export const scenario: fc.Arbitrary<Scenario> = locale.chain((chosen) =>
  fc.record({
    locale: fc.constant(chosen),
    device,
    start,
    steps: fc.array(step(modelFacts(chosen)), { minLength: 1, maxLength: MAX_STEPS }),
    seed: fc.nat(),
  }),
);

const OPERATIONS: MemoryOperation[] = ['get', 'save', 'delete', 'update'];

const record = fc.record({
  date: fc.constantFrom('2025-01-01', '2025-01-05', 'not a date'),
  verdict: fc.constantFrom(...VERDICTS),
  primary: fc.constantFrom(...LABELS),
  score: fc.integer({ min: 0, max: 100 }),
});

/** Progress a user could have from earlier sessions, with the odd hostile field; or any JSON at all. */
const stored: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        rounds: fc.nat({ max: 200 }),
        history: fc.array(record, { maxLength: 35 }),
        strongStreak: fc.nat({ max: 10 }),
        bestStreak: fc.nat({ max: 10 }),
        profile: fc.record(
          {
            role: fc.oneof(fc.constantFrom(...(US.types.get('JobRole')?.phrases ?? [])), hostileText),
            company: fc.oneof(fc.constantFrom(...(US.types.get('CompanyName')?.phrases ?? [])), hostileText),
            format: formatish,
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.dictionary(fc.string(), anyJson, { maxKeys: 5 }) },
);

export const store: fc.Arbitrary<StoreSpec> = fc
  .record({
    // Most runs use a fast store; a few a slow one (each delayed operation costs real time).
    delayMs: fc.oneof(
      { weight: 12, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 50 }) },
    ),
    failing: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: fc.record({
          operations: fc.subarray(OPERATIONS, { minLength: 1 }),
          pattern: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        }),
      },
    ),
    stored: fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: stored }),
  })
  .map(({ delayMs, failing, stored: held }): StoreSpec => ({
    delayMs,
    ...(failing && { failing }),
    ...(held && { stored: held }),
  }));

export const storedScenario: fc.Arbitrary<StoredScenario> = fc
  .tuple(scenario, store)
  .map(([base, chosen]) => ({ ...base, store: chosen }));
