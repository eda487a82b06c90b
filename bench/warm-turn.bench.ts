import { PerformanceObserver, performance } from 'node:perf_hooks';
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
import { asSpoken, readSharedCorpus } from '../tests/support/corpus.ts';
import { HELLO_BUNDLE, lambdaUnderTest, loadHandler, prepareBundles, type Handler } from './bundles.ts';
import { fmt, startLoadMeter, summarise } from './measure.ts';

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

const corpus = readSharedCorpus('bench warm-turn') ?? process.exit(0);
const closes = corpus.map((row) => asSpoken(row.text));

await prepareBundles();
// No persistence: the Lambda handler reads this on its first request.
delete process.env.DYNAMODB_TABLE;
const lambda = lambdaUnderTest();
const coach = loadHandler(lambda.path);
const hello = loadHandler(HELLO_BUNDLE);

const stamper = seededStamper('warm-turn');
const screen = createDevice({ screen: true, locale: 'en-US' }, stamper);

/** When each timed capture turn ran, on performance.now()'s clock, to line them up with GC pauses. */
const windows: [number, number][] = [];
let recording = false;

async function timed(handler: Handler, event: RequestEnvelope): Promise<[number, ResponseEnvelope]> {
  const from = performance.now();
  const start = process.hrtime.bigint();
  const answer = await handler(event);
  const us = Number(process.hrtime.bigint() - start) / 1000;
  if (recording && handler === coach) windows.push([from, performance.now()]);
  return [us, answer];
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
  // A strong close ends on the offer of a thank-you-note reminder instead of another round.
  const state: unknown = answer.sessionAttributes?.state;
  check(state === 'FEEDBACK' || state === 'OFFER_REMINDER', 'the capture turn gave no feedback');
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
const pauses: [number, number][] = [];
const gc = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) pauses.push([entry.startTime, entry.startTime + entry.duration]);
});
gc.observe({ entryTypes: ['gc'] });
const machine = startLoadMeter();
recording = true;
for (let i = 0; i < TURNS; i += 1) {
  const [captureUs, helloUs] = await round(closes[i % closes.length] ?? '');
  captureSamples.push(captureUs);
  helloSamples.push(helloUs);
}
recording = false;
const load = machine();
// GC entries arrive asynchronously: let them in before reading.
await new Promise((resolve) => setTimeout(resolve, 50));
gc.disconnect();
const capture = summarise(captureSamples);
const baseline = summarise(helloSamples);
const hitByGc = windows.map(([from, to]) => pauses.some(([start, end]) => start < to && end > from));
const clear = summarise(captureSamples.filter((_, i) => !hitByGc[i]));
const gcMs = pauses.reduce((sum, [start, end]) => sum + end - start, 0);

console.log(
  `Warm turn: ${lambda.label} in-process, ${TURNS} capture turns over ${closes.length} real closes (spoken form) after ${WARM_UP_TURNS} warm-up rounds, screen device, no persistence, Node ${process.version}`,
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
console.log(
  `  GC: ${pauses.length} pauses, ${fmt(gcMs)} ms in all; ${hitByGc.filter(Boolean).length} capture turns overlapped one; the other turns: median ${fmt(clear.medianUs)} us, p99 ${fmt(clear.p99Us)} us`,
);
if (load) {
  console.log(
    `  machine: ${load.cores} cores; other processes kept ${fmt(load.otherCores, 2)} of them busy on average during the run`,
  );
}
