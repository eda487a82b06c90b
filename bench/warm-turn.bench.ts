import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  continueSession,
  createDevice,
  intent,
  intentRequest,
  launchRequest,
  newSession,
  seededStamper,
} from '../lambda/src/hosts/console/request-envelopes.ts';
import { asSpoken, readLabelledCloses, REPO_ROOT } from '../tests/support/corpus.ts';
import { HELLO_BUNDLE, LAMBDA_BUNDLE, loadHandler, prepareBundles, type Handler } from './bundles.ts';
import { fmt, summarise } from './measure.ts';

/**
 * A warm capture turn through the built skill (lambda/dist/index.js) in this
 * process: after a launch, a CaptureCloseIntent carrying a real close in the
 * form Alexa delivers it (lower case, no punctuation), on a screen device, so
 * the turn runs the analysis, the speech, the card and the APL view. No
 * persistence. The baseline, timed in the same loop, is a LaunchRequest turn
 * of the hello-world skill bundled the same way.
 */
const TURNS = Math.max(5_000, Number(process.env.BENCH_WARM_TURNS ?? 6_000));
const WARM_UP_TURNS = 500;
const TARGET_P99_US = 2_000;

const corpusPath = resolve(REPO_ROOT, '../shared/corpus/real-closes.dev.jsonl');
if (!existsSync(corpusPath)) {
  console.error(`The shared corpus is missing at ${corpusPath}`);
  process.exit(1);
}
const closes = readLabelledCloses(corpusPath).map((row) => asSpoken(row.text));

await prepareBundles();
// No persistence: the Lambda handler reads this on its first request.
delete process.env.DYNAMODB_TABLE;
const coach = loadHandler(LAMBDA_BUNDLE);
const hello = loadHandler(HELLO_BUNDLE);

const stamper = seededStamper('warm-turn');
const screen = createDevice({ screen: true, locale: 'en-US' }, stamper);

async function timed(handler: Handler, event: RequestEnvelope): Promise<[number, ResponseEnvelope]> {
  const start = process.hrtime.bigint();
  const answer = await handler(event);
  return [Number(process.hrtime.bigint() - start) / 1000, answer];
}

function check(condition: unknown, what: string): void {
  if (!condition) throw new Error(`unexpected response: ${what}`);
}

/** One round: a launch (not timed), then the capture turn, timed; and the baseline's launch turn, timed. */
async function round(close: string): Promise<[number, number]> {
  const session = newSession(stamper);
  const launched = await coach(launchRequest(screen, session, { stamper }));
  check(launched.sessionAttributes?.state === 'AWAITING_CLOSE', 'the launch did not await a close');
  const capture = intentRequest(
    screen,
    continueSession(session, launched.sessionAttributes),
    intent('CaptureCloseIntent', { closingWords: close }),
    { stamper, dialogState: 'IN_PROGRESS' },
  );
  const baseline = launchRequest(screen, newSession(stamper), { stamper });

  const [captureUs, answer] = await timed(coach, capture);
  const [helloUs, greeting] = await timed(hello, baseline);

  const response = answer.response;
  check(answer.sessionAttributes?.state === 'FEEDBACK', 'the capture turn gave no feedback');
  check(response.outputSpeech?.type === 'SSML', 'no speech');
  check(response.card, 'no card');
  check(
    response.directives?.some((d) => d.type === 'Alexa.Presentation.APL.RenderDocument'),
    'no APL view',
  );
  check(greeting.response.outputSpeech, 'the baseline did not speak');
  return [captureUs, helloUs];
}

for (let i = 0; i < WARM_UP_TURNS; i += 1) await round(closes[i % closes.length] ?? '');
const captureSamples: number[] = [];
const helloSamples: number[] = [];
for (let i = 0; i < TURNS; i += 1) {
  const [captureUs, helloUs] = await round(closes[i % closes.length] ?? '');
  captureSamples.push(captureUs);
  helloSamples.push(helloUs);
}
const capture = summarise(captureSamples);
const baseline = summarise(helloSamples);

console.log(
  `Warm turn: lambda/dist/index.js in-process, ${TURNS} capture turns over ${closes.length} real closes (spoken form) after ${WARM_UP_TURNS} warm-up rounds, screen device, no persistence, Node ${process.version}`,
);
console.log(
  `  CaptureCloseIntent (analysis + speech + card + APL)  median ${fmt(capture.medianUs).padStart(7)} us, p99 ${fmt(capture.p99Us).padStart(7)} us, max ${fmt(capture.maxUs / 1000, 1)} ms`,
);
console.log(
  `  hello-world LaunchRequest (baseline)                  median ${fmt(baseline.medianUs).padStart(7)} us, p99 ${fmt(baseline.p99Us).padStart(7)} us, max ${fmt(baseline.maxUs / 1000, 1)} ms`,
);
console.log(
  `  ratio: median ${fmt(capture.medianUs / baseline.medianUs)}x, p99 ${fmt(capture.p99Us / baseline.p99Us)}x the baseline turn`,
);
console.log(
  `  p99 target <= ${fmt(TARGET_P99_US / 1000, 0)} ms: ${capture.p99Us <= TARGET_P99_US ? 'met' : 'MISSED'} (${fmt(capture.p99Us / 1000, 2)} ms)`,
);
