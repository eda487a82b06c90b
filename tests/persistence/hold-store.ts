import { startLocalStore } from '../../lambda/src/persistence/local-store.ts';

/** A process that opens the local store in argv[2], says "ready", and holds it until it is killed. */
const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: hold-store.ts <data-dir>');
await startLocalStore({ dataDir });
process.stdout.write('ready\n');
setInterval(() => undefined, 60_000);
