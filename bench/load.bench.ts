import autocannon, { type Result } from 'autocannon';
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  createDevice,
  intent,
  intentRequest,
  launchRequest,
  newSession,
  seededStamper,
} from '../lambda/src/hosts/console/request-envelopes.ts';
import { createServer } from '../lambda/src/hosts/server/create-server.ts';
import { createSelfHosted } from '../lambda/src/hosts/server/self-hosted.ts';
import { readProgress } from '../lambda/src/skill/progress.ts';
import { buildSkill } from '../lambda/src/skill/build-skill.ts';
import { buildHelloSkill } from './hello-skill.ts';
import { checkStored, describeManyUsers, manyUserIds, runManyUsers } from './many-users.ts';
import { fmt } from './measure.ts';

/**
 * `npm run bench:load`: the real HTTP server (createServer, as `npm run serve` builds it, with signature
 * verification OFF and no persistence) in a child process on 127.0.0.1, driven by autocannon from this
 * one: 50 connections for 20 s, every request a full capture turn (a new session already awaiting the
 * close). The baseline, in the same run: the hello-world skill behind the same server, 5 s. Loopback only;
 * stops by itself; exits non-zero on any error, timeout or non-2xx answer.
 */
const CONNECTIONS = 50;
const SECONDS = Math.min(60, Math.max(1, Number(process.env.BENCH_LOAD_SECONDS ?? 20)));
const BASELINE_SECONDS = Math.min(SECONDS, 5);
const HOST = '127.0.0.1';

const MANY_USERS = Math.max(1, Number(process.env.BENCH_LOAD_USERS ?? 500));
const MANY_USERS_ROUNDS = Math.max(MANY_USERS, Number(process.env.BENCH_LOAD_ROUNDS ?? 10_000));

/** `store`: the coach with the real local store in a fresh temporary folder, as `npm run serve` runs it. */
type SkillKind = 'coach' | 'hello' | 'store';

/**
 * Parent to child: read your CPU time, count these users' stored rounds, or stop. Child to parent: the
 * port, then CPU readings and stored counts.
 */
type ToChild = 'cpu' | 'stop' | { storedRoundsOf: string[] };
interface FromChild {
  port?: number;
  cpuUs?: number;
  storedRounds?: [string, number][];
}

/** The child: one server, its port sent to the parent, gone when the parent says so or goes away. */
async function serve(kind: SkillKind): Promise<void> {
  // One log line per failed save would bury the figures.
  process.env.CLOSING_COACH_QUIET = '1';
  const dataDir = kind === 'store' ? await mkdtemp(join(tmpdir(), 'closing-coach-load-')) : undefined;
  // The store run is `npm run serve`'s own composition: store, admission gate, overload answers.
  const selfHosted =
    dataDir === undefined
      ? undefined
      : await createSelfHosted({ dataDir: join(dataDir, 'store'), verify: false });
  const store = selfHosted?.store;
  const server =
    selfHosted?.server ??
    createServer({ skill: kind === 'hello' ? buildHelloSkill() : buildSkill(), verify: false });
  const stop = async () => {
    server.close();
    server.closeAllConnections();
    await store?.close();
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  const storedRounds = async (ids: readonly string[]): Promise<[string, number][]> => {
    if (!store) return [];
    const device = { screen: false, locale: 'en-US' } as const;
    const counts: [string, number][] = [];
    // One at a time: the read-back must not itself overload the store it checks.
    for (const userId of ids) {
      const envelope = launchRequest(createDevice({ ...device, userId }), newSession());
      counts.push([userId, readProgress(await store.adapter.getAttributes(envelope)).rounds]);
    }
    return counts;
  };
  process.on('disconnect', () => void stop());
  process.on('message', (message: ToChild) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuUs: user + system } satisfies FromChild);
    } else if (message === 'stop') {
      void stop();
    } else {
      void storedRounds(message.storedRoundsOf).then((counts) =>
        process.send?.({ storedRounds: counts } satisfies FromChild),
      );
    }
  });
  server.listen(0, HOST, () =>
    process.send?.({ port: (server.address() as AddressInfo).port } satisfies FromChild),
  );
}

interface RunningServer {
  url: string;
  child: ChildProcess;
  /** The server process's CPU time so far (all its threads, GC included), in microseconds. */
  cpuUs(): Promise<number>;
  /** Rounds each user's stored progress holds (the `store` server only). */
  storedRounds(ids: readonly string[]): Promise<Map<string, number>>;
}

async function startServer(kind: SkillKind): Promise<RunningServer> {
  // BENCH_SERVER_EXEC_ARGV="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server (node refuses it in NODE_OPTIONS).
  const execArgv = (process.env.BENCH_SERVER_EXEC_ARGV ?? '').split(' ').filter(Boolean);
  const child = fork(fileURLToPath(import.meta.url), ['--serve', kind], { stdio: 'inherit', execArgv });
  const next = <K extends keyof FromChild>(key: K) =>
    new Promise<NonNullable<FromChild[K]>>((resolve, reject) => {
      const onMessage = (message: FromChild) => {
        const value = message[key];
        if (value === undefined) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(value);
      };
      const onExit = (code: number | null) => {
        reject(new Error(`the ${kind} server exited ${String(code)}`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const port = await next('port');
  return {
    url: `http://${HOST}:${port}/`,
    child,
    cpuUs: () => {
      const reading = next('cpuUs');
      child.send('cpu' satisfies ToChild);
      return reading;
    },
    storedRounds: async (ids) => {
      const reading = next('storedRounds');
      child.send({ storedRoundsOf: [...ids] } satisfies ToChild);
      return new Map(await reading);
    },
  };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('stop' satisfies ToChild);
  const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(force);
}

async function post(url: string, body: string): Promise<ResponseEnvelope> {
  const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (answer.status !== 200) throw new Error(`sanity request: HTTP ${answer.status}: ${await answer.text()}`);
  return (await answer.json()) as ResponseEnvelope;
}

interface Run {
  result: Result;
  /** Server CPU time per answered request: unlike requests/s, barely moved by what else the machine runs. */
  cpuUsPerRequest: number;
}

async function load(server: RunningServer, body: string, duration: number): Promise<Run> {
  // A few hundred sequential turns first, so the run measures optimised code.
  for (let i = 0; i < 300; i += 1) await post(server.url, body);
  const cpuBefore = await server.cpuUs();
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const cpuUs = (await server.cpuUs()) - cpuBefore;
  return { result, cpuUsPerRequest: cpuUs / Math.max(1, result.requests.total) };
}

function failures({ result }: Run): number {
  return result.errors + result.timeouts + result.non2xx;
}

function report(label: string, { result, cpuUsPerRequest }: Run): void {
  console.log(
    `  ${label.padEnd(34)} ${fmt(result.requests.average, 0).padStart(6)} req/s, latency p50 ${fmt(result.latency.p50, 0)} ms, p99 ${fmt(result.latency.p99, 0)} ms, max ${fmt(result.latency.max, 0)} ms; server CPU ${fmt(cpuUsPerRequest, 0)} us/request; ${result.requests.total} requests, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
}

async function main(): Promise<number> {
  console.log(
    '!!! signature verification OFF for the load run (createServer verify: false; 127.0.0.1 only) !!!',
  );
  const stamper = seededStamper('load');
  const device = createDevice({ screen: true, locale: 'en-US' }, stamper);
  const capture: RequestEnvelope = intentRequest(
    device,
    {
      ...newSession(stamper),
      attributes: { state: 'AWAITING_CLOSE', round: 1, scenario: { format: 'video', line: 0 }, profile: {} },
    },
    intent('CaptureCloseIntent', {
      closingWords:
        'thank you so much for your time today i really enjoyed hearing about the team and the new analytics ' +
        'platform so um how did i do do you have any concerns about my fit for the role',
    }),
    { stamper, dialogState: 'IN_PROGRESS' },
  );
  const launch = launchRequest(device, newSession(stamper), { stamper });

  const coach = await startServer('coach');
  let captureRun: Run;
  try {
    const sample = await post(coach.url, JSON.stringify(capture));
    const state: unknown = sample.sessionAttributes?.state;
    const apl = sample.response.directives?.some((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
    if (state !== 'FEEDBACK' || !sample.response.outputSpeech || !sample.response.card || !apl) {
      throw new Error(`sanity request: not a full capture turn: ${JSON.stringify(sample).slice(0, 500)}`);
    }
    captureRun = await load(coach, JSON.stringify(capture), SECONDS);
  } finally {
    await stopServer(coach.child);
  }

  const hello = await startServer('hello');
  let baseline: Run;
  try {
    baseline = await load(hello, JSON.stringify(launch), BASELINE_SECONDS);
  } finally {
    await stopServer(hello.child);
  }

  console.log(
    `Load: npm run serve's server in a child process, autocannon ${CONNECTIONS} connections, POST, loopback, Node ${process.version}`,
  );
  report(`CaptureCloseIntent turn, ${SECONDS} s`, captureRun);
  report(`hello-world LaunchRequest, ${BASELINE_SECONDS} s`, baseline);
  console.log(
    `  ratio: ${fmt(captureRun.result.requests.average / baseline.result.requests.average, 3)}x the baseline's requests/s; ${fmt(captureRun.cpuUsPerRequest / baseline.cpuUsPerRequest, 1)}x its server CPU per request`,
  );
  const failed = failures(captureRun) + failures(baseline);
  if (failed > 0) console.error(`  FAILED: ${failed} errors, timeouts or non-2xx answers`);

  const manyUsers = await startServer('store');
  let wrong: number;
  let savedShare: number;
  try {
    const result = await runManyUsers({
      url: manyUsers.url,
      users: MANY_USERS,
      rounds: MANY_USERS_ROUNDS,
      maxSeconds: 300,
    });
    const check = checkStored(result, await manyUsers.storedRounds(manyUserIds(MANY_USERS)));
    console.log(
      `Many users: ${String(MANY_USERS)} distinct users at once, each a capture turn after another, the real local store (npm run serve's server, verification OFF)`,
    );
    for (const line of describeManyUsers(result, check)) console.log(line);
    wrong = check.lost + check.storedAnyway + result.failed;
    savedShare = check.stored / Math.max(1, result.rounds);
  } finally {
    await stopServer(manyUsers.child);
  }
  if (wrong > 0) console.error(`  FAILED: ${String(wrong)} rounds reported wrongly or not answered`);
  if (savedShare < 0.99)
    console.error(`  FAILED: only ${fmt(100 * savedShare, 2)}% of rounds saved (target 99%)`);
  return failed > 0 || wrong > 0 || savedShare < 0.99 ? 1 : 0;
}

if (process.argv[2] === '--serve') {
  const kind = process.argv[3];
  await serve(kind === 'hello' || kind === 'store' ? kind : 'coach');
} else {
  process.exitCode = await main();
}
