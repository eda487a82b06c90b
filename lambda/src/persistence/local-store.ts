import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import dynalite from 'dynalite';
import { listen } from '../common/listen.ts';
import { lockWithSocket } from './data-dir-lock.ts';
import { DynamoDbPersistenceAdapter, ensureTable } from './dynamodb-adapter.ts';
import { probeLevelDb } from './probe-leveldb.ts';
import { surviveStoreFaults } from './store-faults.ts';

export interface LocalStoreOptions {
  /** LevelDB directory; progress kept here survives restarts. */
  dataDir?: string;
  /** Wipe dataDir before starting. */
  fresh?: boolean;
  tableName?: string;
  /** Budget for one store call (the adapter's default when not given). */
  timeoutMs?: number;
}

/** Written into a data directory the store created, so that `fresh` never wipes a folder it does not own. */
const STORE_MARKER = '.closing-coach-store';
/** What LevelDB keeps in its folder; a folder holding only these is a store from before the marker. */
const LEVELDB_FILE = /^(CURRENT|LOCK|LOG|LOG\.old|MANIFEST-\d+|\d+\.(ldb|log|sst))$/;
const LEVELDB_DATA = /^(MANIFEST-\d+|\d+\.(ldb|log|sst))$/;

export interface LocalStore {
  endpoint: string;
  tableName: string;
  adapter: DynamoDbPersistenceAdapter;
  close: () => Promise<void>;
}

/**
 * An embedded DynamoDB-compatible store (dynalite on LevelDB) for the console
 * and the local server, so rehearsing needs nothing installed by hand. It
 * listens on loopback only: it checks no real credentials.
 */
export async function startLocalStore({
  dataDir = '.data/dynamo',
  fresh = false,
  tableName = 'closing-coach',
  timeoutMs,
}: LocalStoreOptions = {}): Promise<LocalStore> {
  await mkdir(dataDir, { recursive: true });
  // Before any wipe: `fresh` must not delete the data of a store still running.
  const unlock = await lockWithSocket(
    `${dataDir.replace(/[\\/]+$/, '')}.lock`,
    `The local store in ${dataDir}`,
  );
  let server: Server | undefined;
  let adapter: DynamoDbPersistenceAdapter | undefined;
  const stopSurviving = surviveStoreFaults();
  const shutDown = async (): Promise<void> => {
    adapter?.destroy();
    try {
      if (server?.listening) await closeServer(server);
    } finally {
      stopSurviving();
      await unlock();
    }
  };

  try {
    await checkDataDir(dataDir, fresh);
    if (!fresh) await probeLevelDb(dataDir);
  } catch (error) {
    await shutDown();
    throw error;
  }

  try {
    if (fresh) {
      await rm(dataDir, { recursive: true, force: true });
      await mkdir(dataDir, { recursive: true });
      await writeFile(`${dataDir}/${STORE_MARKER}`, '');
    }
    // Tables are created once per data directory, so their CREATING delay need not be realistic.
    server = dynalite({ path: dataDir, createTableMs: 20 });
    const { port } = await listen(server, 0, '127.0.0.1');
    const endpoint = `http://127.0.0.1:${port}`;
    adapter = new DynamoDbPersistenceAdapter({
      tableName,
      endpoint,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    await ensureTable(adapter.client, tableName);

    let closed: Promise<void> | undefined;
    const close = (): Promise<void> => (closed ??= shutDown());
    return { endpoint, tableName, adapter, close };
  } catch (error) {
    await shutDown().catch(() => undefined);
    throw new Error(`Could not open the local store in ${dataDir}`, { cause: error });
  }
}

/**
 * Refuses, with one line, a folder the store must not open or wipe: one it did not create (for `fresh`),
 * and one whose LevelDB has lost its CURRENT file, which LevelDB would open as a new, empty store and
 * then delete the old tables of. Marks a new or empty folder, and a store from before the marker, as the
 * store's own.
 */
async function checkDataDir(dataDir: string, fresh: boolean): Promise<void> {
  const entries = await readdir(dataDir);
  const marked = entries.includes(STORE_MARKER);
  const unmarked = entries.filter((entry) => entry !== STORE_MARKER);
  const onlyLevelDb = unmarked.every((entry) => LEVELDB_FILE.test(entry));
  if (fresh && !marked && !(unmarked.length === 0 || onlyLevelDb)) {
    throw new Error(
      `Not clearing ${dataDir}: the local store did not create it (no ${STORE_MARKER} in it); choose another data directory`,
    );
  }
  if (!fresh && !entries.includes('CURRENT') && unmarked.some((entry) => LEVELDB_DATA.test(entry))) {
    throw new Error(
      `The local store in ${dataDir} has lost its CURRENT file, so it would open empty over the old data; restore CURRENT (it names the newest MANIFEST file) or move the folder away`,
    );
  }
  if (!marked && onlyLevelDb) await writeFile(`${dataDir}/${STORE_MARKER}`, '');
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    // dynalite's close also closes LevelDB, releasing its lock for the next start.
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}
