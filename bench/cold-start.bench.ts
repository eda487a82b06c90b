import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import {
  createDevice,
  launchRequest,
  newSession,
  seededStamper,
} from '../lambda/src/hosts/console/request-envelopes.ts';
import { REPO_ROOT } from '../tests/support/corpus.ts';
import { HELLO_BUNDLE, lambdaUnderTest, prepareBundles } from './bundles.ts';
import { fmt, quantile } from './measure.ts';

/**
 * Cold start: the wall time of a fresh `node` process that requires a bundle
 * and answers one LaunchRequest, from spawn to exit at the first response.
 * Closing Coach's lambda/dist/index.js is timed against a hello-world
 * ask-sdk-core skill bundled the same way, in alternation, so the ratio holds
 * on a noisy machine. A third variant sets DYNAMODB_TABLE with the endpoint on
 * a closed loopback port: what loading the DynamoDB adapter (and one failed
 * read) adds.
 */
const RUNS = Math.max(15, Number(process.env.BENCH_COLD_RUNS ?? 31));
const WARM_UPS = 2;
const TARGET_RATIO = 1.15;

await prepareBundles();
const lambda = lambdaUnderTest();

/** A port that was just free and is now closed: a connection to it is refused at once. */
async function closedLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return port;
}

const stamper = seededStamper('cold-start');
const event = launchRequest(createDevice({ screen: false, locale: 'en-US' }, stamper), newSession(stamper), {
  stamper,
});

// The child prints nothing: it exits 0 once it holds a response with speech, non-zero otherwise.
const CHILD = `require(process.env.BENCH_BUNDLE).handler(JSON.parse(process.env.BENCH_EVENT)).then(
  (r) => process.exit(r && r.response && r.response.outputSpeech ? 0 : 3),
  () => process.exit(4),
);`;

// Context, not targets: node doing nothing, and node loading only the DynamoDB clients the adapter uses.
const BARE = 'process.exit(0);';
const SDK_ONLY = "require('@aws-sdk/client-dynamodb'); require('@aws-sdk/lib-dynamodb'); process.exit(0);";

interface Variant {
  name: string;
  script: string;
  bundle: string;
  env: Record<string, string>;
  samples: number[];
}

const base: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  BENCH_EVENT: JSON.stringify(event),
  // Lambda's Node.js runtime never prints the SDK's "needs Node 22" notice; keep it out of this one too.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
const closedPort = await closedLoopbackPort();
const variants: Variant[] = [
  { name: 'hello-world skill', script: CHILD, bundle: HELLO_BUNDLE, env: {}, samples: [] },
  { name: 'Closing Coach', script: CHILD, bundle: lambda.path, env: {}, samples: [] },
  {
    name: 'Closing Coach + DynamoDB',
    script: CHILD,
    bundle: lambda.path,
    env: {
      DYNAMODB_TABLE: 'closing-coach-bench',
      DYNAMODB_ENDPOINT: `http://127.0.0.1:${closedPort}`,
      AWS_REGION: 'us-east-1',
    },
    samples: [],
  },
  { name: 'node alone (context)', script: BARE, bundle: '', env: {}, samples: [] },
  { name: 'AWS SDK require (context)', script: SDK_ONLY, bundle: '', env: {}, samples: [] },
];

function coldStartMs(variant: Variant): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-e', variant.script], {
    // The SDK is resolved from the repository's node_modules, as Lambda resolves it from the runtime's.
    cwd: REPO_ROOT,
    env: { ...base, ...variant.env, BENCH_BUNDLE: variant.bundle },
    // The skill's own structured log lines (a failed store read, say) are not the child's to print.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) {
    throw new Error(
      `${variant.name}: the child exited ${String(child.status)}: ${child.stderr.toString().slice(0, 2000)}`,
    );
  }
  return ms;
}

for (let round = 0; round < WARM_UPS + RUNS; round += 1) {
  // Alternate, and rotate who goes first, so drift on a shared machine falls on every variant alike.
  for (let k = 0; k < variants.length; k += 1) {
    const variant = variants[(round + k) % variants.length];
    if (!variant) continue;
    const ms = coldStartMs(variant);
    if (round >= WARM_UPS) variant.samples.push(ms);
  }
}

const stats = variants.map((variant) => {
  const sorted = [...variant.samples].sort((a, b) => a - b);
  return { name: variant.name, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
});
const [hello, coach, dynamo, bare, sdk] = stats;
if (!hello || !coach || !dynamo || !bare || !sdk) throw new Error('missing variant');

console.log(
  `Cold start of ${lambda.label}: fresh node process, require bundle + one LaunchRequest, ${RUNS} runs each after ${WARM_UPS} warm-ups, alternated, Node ${process.version}`,
);
for (const s of stats) {
  console.log(
    `  ${s.name.padEnd(27)} median ${fmt(s.median).padStart(6)} ms, p90 ${fmt(s.p90).padStart(6)} ms, ${fmt(s.median / hello.median, 2)}x hello-world`,
  );
}
const ratio = coach.median / hello.median;
console.log(
  `  ratio Closing Coach / hello-world: median ${fmt(ratio, 2)}x, p90 ${fmt(coach.p90 / hello.p90, 2)}x (target <= ${fmt(TARGET_RATIO, 2)}x: ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'})`,
);
console.log(
  `  DynamoDB adapter adds ${fmt(dynamo.median - coach.median)} ms at the median (${fmt(dynamo.median / coach.median, 2)}x Closing Coach without it; endpoint 127.0.0.1:${closedPort}, closed, so the launch's read is refused and retried once)`,
);
console.log(
  `  of that, loading @aws-sdk/client-dynamodb and lib-dynamodb: ${fmt(sdk.median - bare.median)} ms (AWS SDK require minus node alone); the rest is the client and the refused read`,
);
