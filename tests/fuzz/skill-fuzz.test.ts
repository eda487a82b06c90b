import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SUPPORTED_LOCALES,
  loadInteractionModel,
} from '../../lambda/src/skill/model/load-interaction-model.ts';
import { emptyStats, FuzzRun } from './drive.ts';
import { scenario, storedScenario } from './scenario.ts';

/**
 * Property-based fuzzing of the whole skill: realistic and forged starting states, then up to six
 * requests of every kind Alexa sends (and some it should not), each response held to what Alexa and
 * certification demand. Reproduce a failure with the seed printed at the start: FUZZ_SEED=<seed>.
 */
process.env.CLOSING_COACH_QUIET = '1';

const DEFAULT_SEED = 424242;
const SEED = seedFrom(process.env.FUZZ_SEED);
/** Half the runs without a store, half with one; about 3.4 fuzzed requests a run, so some 11 500 turns. */
const RUNS_PER_PROPERTY = 1_700;
const MIN_TURNS = 10_000;
const TIMEOUT_MS = 120_000;

function seedFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_SEED;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed))
    throw new Error(`FUZZ_SEED must be an integer, not ${JSON.stringify(value)}`);
  return seed | 0;
}

const stats = emptyStats();
let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => {
  unhandled.push(reason);
};

beforeAll(() => {
  console.log(`skill fuzz: seed ${String(SEED)} (FUZZ_SEED=${String(SEED)} reproduces this run)`);
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  const requests = [...stats.requests].sort(([a], [b]) => a.localeCompare(b));
  console.log(
    `skill fuzz: ${String(stats.runs)} runs, ${String(stats.turns)} fuzzed turns (+${String(stats.setupTurns)} setup turns)\n` +
      `  requests: ${requests.map(([name, n]) => `${name}=${String(n)}`).join(', ')}\n` +
      `  states before a turn: ${[...stats.states].map(([state, n]) => `${state}=${String(n)}`).join(', ')}`,
  );
});

/** Long strings clipped, so a counterexample with a 10 000-character slot still reads on one screen. */
function clipped(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' && v.length > 120 ? `${v.slice(0, 120)}… (${String(v.length)} chars)` : v,
  );
}

/** Fast-check's own report prints every character of the counterexample; this one stays readable. */
function reporter<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const cause = details.errorInstance;
  throw new Error(
    `fuzzing failed after ${String(details.numRuns)} runs, shrunk ${String(details.numShrinks)} times ` +
      `(FUZZ_SEED=${String(SEED)}; fast-check seed ${String(details.seed)}, path ${JSON.stringify(details.counterexamplePath)})\n` +
      `${cause instanceof Error ? cause.message : String(cause)}\n` +
      `counterexample: ${clipped(details.counterexample)}`,
  );
}

/** Each property gets its own seed, derived from the one printed, so the two explore different conversations. */
const options = (offset: number) => ({ seed: (SEED + offset) | 0, numRuns: RUNS_PER_PROPERTY, reporter });

describe('the skill, fuzzed', () => {
  it(
    'answers every request properly without a store',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async (generated) => {
          stats.runs += 1;
          await new FuzzRun(generated, undefined, stats).play();
        }),
        options(0),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'answers every request properly with a MemoryPersistenceAdapter, slow or failing',
    async () => {
      await fc.assert(
        fc.asyncProperty(storedScenario, async (generated) => {
          stats.runs += 1;
          await new FuzzRun(generated, generated.store, stats).play();
        }),
        options(1),
      );
    },
    TIMEOUT_MS,
  );

  it('fuzzed at least 10 000 turns, every intent of every model among them, and nothing rejected unhandled', () => {
    // A property that failed above stopped early, so this fails too: fix that one first.
    expect(stats.turns, 'fuzzed turns').toBeGreaterThanOrEqual(MIN_TURNS);
    const names = new Set(
      SUPPORTED_LOCALES.flatMap((locale) =>
        loadInteractionModel(locale).languageModel.intents.map((intent) => intent.name),
      ),
    );
    for (const name of names)
      expect(stats.requests.get(`IntentRequest ${name}`) ?? 0, name).toBeGreaterThan(50);
    for (const type of ['LaunchRequest', 'SessionEndedRequest', 'System.ExceptionEncountered'])
      expect(stats.requests.get(type) ?? 0, type).toBeGreaterThan(50);
    expect(unhandled).toEqual([]);
  });
});
