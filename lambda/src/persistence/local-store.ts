import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import dynalite from 'dynalite';
import { listen } from '../common/listen.ts';
import { DynamoDbPersistenceAdapter, ensureTable } from './dynamodb-adapter.ts';

export interface LocalStoreOptions {
  /** LevelDB directory; progress kept here survives restarts. */
  dataDir?: string;
  /** Wipe dataDir before starting. */
  fresh?: boolean;
  tableName?: string;
}

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
}: LocalStoreOptions = {}): Promise<LocalStore> {
  // The SDK warns once per process that future releases need Node 22: noise in
  // a terminal rehearsal, where nothing here will be updated mid-session.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  await mkdir(dataDir, { recursive: true });
  // Before any wipe: `fresh` must not delete the data of a store still running.
  const unlock = await lockDataDir(dataDir);
  let server: Server | undefined;
  let adapter: DynamoDbPersistenceAdapter | undefined;
  const shutDown = async (): Promise<void> => {
    adapter?.destroy();
    try {
      if (server?.listening) await closeServer(server);
    } finally {
      await unlock();
    }
  };

  try {
    if (fresh) {
      await rm(dataDir, { recursive: true, force: true });
      await mkdir(dataDir, { recursive: true });
    }
    // Tables are created once per data directory, so their CREATING delay need not be realistic.
    server = dynalite({ path: dataDir, createTableMs: 20 });
    const { port } = await listen(server, 0, '127.0.0.1');
    const endpoint = `http://127.0.0.1:${port}`;
    adapter = new DynamoDbPersistenceAdapter({ tableName, endpoint });
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
 * Two stores on one LevelDB directory do not fail politely: dynalite throws
 * from a callback and takes the process down. A pid file beside the directory
 * turns that into a clear error, and a dead owner's file is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir.replace(/[\\/]+$/, '')}.lock`;
  const unlock = () => rm(lockPath, { force: true });
  try {
    await writeFile(lockPath, String(process.pid), { flag: 'wx' });
    return unlock;
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
  const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
  if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
    throw new Error(
      `The local store in ${dataDir} is in use by process ${owner}; stop it or choose another data directory`,
    );
  }
  await writeFile(lockPath, String(process.pid));
  return unlock;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
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
