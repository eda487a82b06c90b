import { Agent, request } from 'node:http';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  createDevice,
  intent,
  intentRequest,
  newSession,
  seededStamper,
} from '../lambda/src/hosts/console/request-envelopes.ts';
import { en } from '../lambda/src/locales/en/index.ts';
import { fmt, quantile } from './measure.ts';

/**
 * The many-users run of `npm run bench:load`: USERS distinct Alexa users at once, each practising rounds
 * one after another against the server with the real local store, until ROUNDS rounds in all. Every answer
 * is sorted by what the skill told the user (saved, or "I couldn't save this round"), and afterwards the
 * store is read back per user, so a round told "saved" that is missing, or one told "not saved" that was
 * stored after all, shows up as reported wrongly. `/health` is polled throughout.
 */
export interface ManyUsersOptions {
  url: string;
  users: number;
  rounds: number;
  /** Stops the run early, so that a stuck server cannot hold the bench forever. */
  maxSeconds: number;
}

export interface ManyUsersResult {
  users: number;
  rounds: number;
  acknowledged: number;
  toldNotSaved: number;
  /** Told "I'm not sure this round was saved": right either way. */
  toldUncertain: number;
  failed: number;
  latenciesMs: number[];
  healthLatenciesMs: number[];
  healthFailures: number;
  acknowledgedPerUser: Map<string, number>;
  /** Rounds with no answer (an error, or nothing within 8 s) or told "not sure": either outcome is right. */
  unsurePerUser: Map<string, number>;
  seconds: number;
}

const HEALTH_EVERY_MS = 250;
const SAVE_FAILED = en.skill.progress.saveFailed;
const SAVE_UNCERTAIN = en.skill.progress.saveUncertain;

function userId(index: number): string {
  return `amzn1.ask.account.MANY-USERS-${String(index).padStart(5, '0')}`;
}

export function manyUserIds(users: number): string[] {
  return Array.from({ length: users }, (_, index) => userId(index));
}

function captureFor(id: string, round: number): string {
  const stamper = seededStamper(`${id}-${String(round)}`, new Date());
  const device = createDevice({ screen: false, locale: 'en-US', userId: id }, stamper);
  const envelope: RequestEnvelope = intentRequest(
    device,
    {
      ...newSession(stamper),
      attributes: { state: 'AWAITING_CLOSE', round: 1, scenario: { format: 'phone', line: 0 }, profile: {} },
    },
    intent('CaptureCloseIntent', {
      closingWords: 'thank you for your time today i really enjoyed it and i am very interested in the role',
    }),
    { stamper, dialogState: 'IN_PROGRESS' },
  );
  return JSON.stringify(envelope);
}

function send(
  agent: Agent,
  url: string,
  method: string,
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { agent, method, headers: body === undefined ? {} : { 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
        response.on('error', reject);
      },
    );
    // Alexa gives up after about eight seconds; so does the bench.
    outgoing.setTimeout(8_000, () => outgoing.destroy(new Error('no answer within 8 s')));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function speechOf(text: string): string {
  const answer = JSON.parse(text) as ResponseEnvelope;
  const speech = answer.response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : (speech?.text ?? '');
}

export async function runManyUsers(options: ManyUsersOptions): Promise<ManyUsersResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.users });
  const healthAgent = new Agent({ keepAlive: false });
  const result: ManyUsersResult = {
    users: options.users,
    rounds: 0,
    acknowledged: 0,
    toldNotSaved: 0,
    toldUncertain: 0,
    failed: 0,
    latenciesMs: [],
    healthLatenciesMs: [],
    healthFailures: 0,
    acknowledgedPerUser: new Map(),
    unsurePerUser: new Map(),
    seconds: 0,
  };
  const started = performance.now();
  const stopAt = started + options.maxSeconds * 1000;
  let next = 0;
  const finished = new AbortController();

  const health = (async () => {
    while (!finished.signal.aborted) {
      const at = performance.now();
      try {
        const answer = await send(healthAgent, new URL('/health', options.url).href, 'GET');
        if (answer.status === 200) result.healthLatenciesMs.push(performance.now() - at);
        else result.healthFailures += 1;
      } catch {
        result.healthFailures += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, HEALTH_EVERY_MS));
    }
  })();

  const unsure = (id: string): void => {
    result.unsurePerUser.set(id, (result.unsurePerUser.get(id) ?? 0) + 1);
  };
  const failed = (id: string): void => {
    result.failed += 1;
    unsure(id);
  };
  const user = async (id: string): Promise<void> => {
    for (let round = 0; next < options.rounds && performance.now() < stopAt; round += 1) {
      next += 1;
      const body = captureFor(id, round);
      const at = performance.now();
      try {
        const answer = await send(agent, options.url, 'POST', body);
        result.latenciesMs.push(performance.now() - at);
        result.rounds += 1;
        const speech = answer.status === 200 ? speechOf(answer.text) : '';
        if (answer.status !== 200) {
          failed(id);
        } else if (speech.includes(SAVE_FAILED)) {
          result.toldNotSaved += 1;
        } else if (speech.includes(SAVE_UNCERTAIN)) {
          result.toldUncertain += 1;
          unsure(id);
        } else {
          result.acknowledged += 1;
          result.acknowledgedPerUser.set(id, (result.acknowledgedPerUser.get(id) ?? 0) + 1);
        }
      } catch {
        result.rounds += 1;
        failed(id);
      }
    }
  };

  await Promise.all(manyUserIds(options.users).map(user));
  finished.abort();
  await health;
  result.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  healthAgent.destroy();
  return result;
}

export interface StoredCheck {
  stored: number;
  /** Told "saved" but missing from the store. */
  lost: number;
  /** Told "not saved" yet stored all the same. */
  storedAnyway: number;
}

/** Compares what each user was told with the rounds their item holds. */
export function checkStored(
  result: ManyUsersResult,
  storedPerUser: ReadonlyMap<string, number>,
): StoredCheck {
  const check: StoredCheck = { stored: 0, lost: 0, storedAnyway: 0 };
  for (const [id, stored] of storedPerUser) {
    const acknowledged = result.acknowledgedPerUser.get(id) ?? 0;
    // A round told "not sure", or given no answer, is right stored or not: only rounds beyond those were
    // stored although the user heard "not saved".
    const mayBeStored = acknowledged + (result.unsurePerUser.get(id) ?? 0);
    check.stored += stored;
    if (stored > mayBeStored) check.storedAnyway += stored - mayBeStored;
    else if (stored < acknowledged) check.lost += acknowledged - stored;
  }
  return check;
}

export function describeManyUsers(result: ManyUsersResult, check: StoredCheck): string[] {
  const savedShare = result.rounds === 0 ? 0 : (100 * check.stored) / result.rounds;
  const latencies = [...result.latenciesMs].sort((a, b) => a - b);
  const health = [...result.healthLatenciesMs].sort((a, b) => a - b);
  return [
    `  ${String(result.rounds)} rounds by ${String(result.users)} distinct users in ${fmt(result.seconds, 1)} s (${fmt(result.rounds / result.seconds, 0)} rounds/s): acknowledged ${String(result.acknowledged)}, stored ${String(check.stored)} (${fmt(savedShare, 2)}%), told "not saved" ${String(result.toldNotSaved)}, told "not sure" ${String(result.toldUncertain)}, no answer ${String(result.failed)}`,
    `  reported wrongly: ${String(check.lost)} acknowledged but not stored, ${String(check.storedAnyway)} told "not saved" but stored (rounds told "not sure" or given no answer may go either way)`,
    `  round latency p50 ${fmt(quantile(latencies, 0.5), 0)} ms, p99 ${fmt(quantile(latencies, 0.99), 0)} ms, max ${fmt(quantile(latencies, 1), 0)} ms`,
    `  /health every ${String(HEALTH_EVERY_MS)} ms: ${String(result.healthLatenciesMs.length)} answered 200 (p50 ${fmt(quantile(health, 0.5), 0)} ms, max ${fmt(quantile(health, 1), 0)} ms), ${String(result.healthFailures)} not`,
  ];
}
