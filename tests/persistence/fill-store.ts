import { writeFileSync } from 'node:fs';
import { createDevice, launchRequest, newSession } from '../../lambda/src/hosts/console/request-envelopes.ts';
import { startLocalStore } from '../../lambda/src/persistence/local-store.ts';

/**
 * Opens the local store in argv[2], fills the disk it is on (argv[3] is a file to fill it with), tries 40
 * writes, prints how many succeeded and failed as JSON, and closes the store; then opens it again on the
 * full disk. The test runs this in its own process, because surviving a storage fault is a process-wide
 * matter that a test runner's own handlers would see too.
 */
const [dataDir, filler] = process.argv.slice(2);
if (dataDir === undefined || filler === undefined)
  throw new Error('usage: fill-store.ts <data-dir> <filler>');
const store = await startLocalStore({ dataDir, fresh: true, timeoutMs: 500 });
try {
  writeFileSync(filler, Buffer.alloc(4 * 1024 * 1024));
} catch {
  // The disk is full now, which is the point.
}
let saved = 0;
let failed = 0;
for (let index = 0; index < 40; index += 1) {
  const envelope = launchRequest(
    createDevice({ screen: false, locale: 'en-US', userId: `amzn1.ask.account.FULL-${String(index)}` }),
    newSession(),
  );
  try {
    await store.adapter.updateAttributes(envelope, () => ({ padding: 'x'.repeat(4000) }));
    saved += 1;
  } catch {
    failed += 1;
  }
}
await store.close();
let reopened: string;
try {
  const again = await startLocalStore({ dataDir });
  await again.close();
  reopened = 'opened';
} catch (error) {
  reopened = error instanceof Error ? error.message : String(error);
}
process.stdout.write(`${JSON.stringify({ saved, failed, reopened })}\n`);
