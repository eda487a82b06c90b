import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDevice,
  launchRequest,
  newSession,
  seededStamper,
} from '../lambda/src/hosts/console/request-envelopes.ts';
import { startLocalStore } from '../lambda/src/persistence/local-store.ts';
import { REPO_ROOT } from '../tests/support/corpus.ts';
import { HELLO_BUNDLE, HELLO_I18NEXT_BUNDLE, lambdaUnderTest, prepareBundles } from './bundles.ts';
import { fmt, quantile } from './measure.ts';

/**
 * Cold start: the wall time of a fresh `node` process that requires a bundle
 * and answers one LaunchRequest, from spawn to exit at the first response.
 * Closing Coach's lambda/dist/index.js is timed against a hello-world
 * ask-sdk-core skill bundled the same way, in alternation, so the ratio holds
 * on a noisy machine, twice: with no table (the plain path) and with
 * DYNAMODB_TABLE set and a DynamoDB-compatible store answering on loopback
 * (the production path), where the launch really reads the user's progress.
 */
const RUNS = Math.max(15, Number(process.env.BENCH_COLD_RUNS ?? 31));
const WARM_UPS = 2;
const PLAIN_TARGET = 1.15;
const PRODUCTION_TARGET = 1.5;
const TABLE = 'closing-coach-bench';
// The children's Node: this one, or BENCH_NODE (say, the Lambda runtime's Node 24 that `npm run test:runtime`
// installs under scripts/node24), so the cold start can be timed on the runtime Lambda runs.
const CHILD_NODE = process.env.BENCH_NODE?.trim() || process.execPath;
const CHILD_NODE_VERSION = execFileSync(CHILD_NODE, ['--version'], { encoding: 'utf8' }).trim();

await prepareBundles();
const lambda = lambdaUnderTest();

const stamper = seededStamper('cold-start');
const event = launchRequest(createDevice({ screen: false, locale: 'en-US' }, stamper), newSession(stamper), {
  stamper,
});

// The store lives in this process, answering while the children run: spawns are async so its event loop stays free.
const dataDir = await mkdtemp(join(tmpdir(), 'closing-coach-cold-start-'));
const store = await startLocalStore({ dataDir, tableName: TABLE });
// A returning user, so the production launch's read finds progress and says so.
await store.adapter.saveAttributes(event, { rounds: 3 });
const WELCOME_BACK = 'Welcome back! 3 rounds';

// The child exits 0 once it holds a response whose speech holds BENCH_EXPECT, non-zero otherwise, and
// prints only its CPU time (ms): unlike wall time, that hardly moves when other jobs share the cores.
const CPU_MS = 'const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000));';
const CHILD = `require(process.env.BENCH_BUNDLE).handler(JSON.parse(process.env.BENCH_EVENT)).then(
  (r) => { const s = r && r.response && r.response.outputSpeech; ${CPU_MS} process.exit(s && s.ssml.includes(process.env.BENCH_EXPECT) ? 0 : 3); },
  () => process.exit(4),
);`;
// Context, not a target: node doing nothing.
const BARE = `${CPU_MS} process.exit(0);`;

interface Variant {
  name: string;
  script: string;
  bundle: string;
  env: Record<string, string>;
  samples: number[];
  cpu: number[];
  /** Each run's wall and CPU time over hello-world's in the same round: drift on the machine cancels out. */
  paired: number[];
  pairedCpu: number[];
}

const base: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  BENCH_EVENT: JSON.stringify(event),
  BENCH_EXPECT: '<speak>',
};
function variant(name: string, script: string, bundle: string, env: Record<string, string> = {}): Variant {
  return { name, script, bundle, env, samples: [], cpu: [], paired: [], pairedCpu: [] };
}

const variants: Variant[] = [
  variant('hello-world skill', CHILD, HELLO_BUNDLE),
  variant('Closing Coach, no table', CHILD, lambda.path),
  variant('Closing Coach + DynamoDB', CHILD, lambda.path, {
    DYNAMODB_TABLE: TABLE,
    DYNAMODB_ENDPOINT: store.endpoint,
    AWS_REGION: 'us-east-1',
    BENCH_EXPECT: WELCOME_BACK,
  }),
  // Context, not a target: what i18next alone adds to hello-world, the share of the budget it takes.
  variant('hello + i18next (context)', CHILD, HELLO_I18NEXT_BUNDLE),
  variant('node alone (context)', BARE, ''),
];

function coldStartMs(variant: Variant): Promise<{ wall: number; cpu: number }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(CHILD_NODE, ['-e', variant.script], {
      cwd: REPO_ROOT,
      env: { ...base, ...variant.env, BENCH_BUNDLE: variant.bundle },
      // The skill's own structured log lines (a failed store read, say) are not the child's to print.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code === 0) resolve({ wall: ms, cpu: Number(stdout) });
      else reject(new Error(`${variant.name}: the child exited ${String(code)}: ${stderr.slice(0, 2000)}`));
    });
  });
}

try {
  for (let round = 0; round < WARM_UPS + RUNS; round += 1) {
    const times = new Map<Variant, { wall: number; cpu: number }>();
    // Alternate, and rotate who goes first, so drift on a shared machine falls on every variant alike.
    for (let k = 0; k < variants.length; k += 1) {
      const variant = variants[(round + k) % variants.length];
      if (!variant) continue;
      const { wall, cpu } = await coldStartMs(variant);
      if (round < WARM_UPS) continue;
      variant.samples.push(wall);
      variant.cpu.push(cpu);
      times.set(variant, { wall, cpu });
    }
    const hello = variants[0] && times.get(variants[0]);
    if (hello === undefined) continue;
    for (const [variant, { wall, cpu }] of times) {
      variant.paired.push(wall / hello.wall);
      variant.pairedCpu.push(cpu / hello.cpu);
    }
  }
} finally {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
}

const stats = variants.map((variant) => {
  const sorted = [...variant.samples].sort((a, b) => a - b);
  const cpu = [...variant.cpu].sort((a, b) => a - b);
  const paired = [...variant.paired].sort((a, b) => a - b);
  const pairedCpu = [...variant.pairedCpu].sort((a, b) => a - b);
  return {
    name: variant.name,
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    cpu: quantile(cpu, 0.5),
    ratio: quantile(paired, 0.5),
    cpuRatio: quantile(pairedCpu, 0.5),
  };
});
const [hello, plain, production] = stats;
if (!hello || !plain || !production) throw new Error('missing variant');

console.log(
  `Cold start of ${lambda.label}: fresh node process, require bundle + one LaunchRequest, ${RUNS} runs each after ${WARM_UPS} warm-ups, alternated, Node ${CHILD_NODE_VERSION}`,
);
console.log(
  '  ratios: the median over the rounds of each run against hello-world in the same round (paired), wall and CPU',
);
for (const s of stats) {
  console.log(
    `  ${s.name.padEnd(27)} median ${fmt(s.median).padStart(6)} ms, p90 ${fmt(s.p90).padStart(6)} ms, ratio ${fmt(s.ratio, 2)}x; CPU median ${fmt(s.cpu).padStart(6)} ms, ${fmt(s.cpuRatio, 2)}x`,
  );
}
const verdict = (ratio: number, target: number) =>
  `target <= ${fmt(target, 2)}x: ${ratio <= target ? 'met' : 'MISSED'}`;
console.log(
  `  plain path (no table) / hello-world: paired median ${fmt(plain.ratio, 2)}x (${verdict(plain.ratio, PLAIN_TARGET)})`,
);
console.log(
  `  production path (DYNAMODB_TABLE, store answering on ${store.endpoint}, the launch reads real progress) / hello-world: paired median ${fmt(production.ratio, 2)}x (${verdict(production.ratio, PRODUCTION_TARGET)})`,
);
