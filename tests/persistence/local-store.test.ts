import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalStore, type LocalStore } from '../../lambda/src/persistence/local-store.ts';
import { envelopeFor, makeTempDir } from './support.ts';

const HOLD_STORE = fileURLToPath(new URL('./hold-store.ts', import.meta.url));

/** Another process holding the store in `dataDir`, until it is killed. */
async function holdInChild(dataDir: string): Promise<{ kill9: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLD_STORE, dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  cleanups.push(async () => {
    child.kill('SIGKILL');
    await exited;
  });
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('ready')) resolve();
    });
    void exited.then(() => {
      reject(new Error(`the holder exited: ${errors}`));
    });
  });
  return {
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

const user = envelopeFor('amzn1.ask.account.LOCAL');
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDataDir(): Promise<string> {
  const temp = await makeTempDir();
  cleanups.push(temp.remove);
  return `${temp.dir}/dynamo`;
}

async function start(options: Parameters<typeof startLocalStore>[0]): Promise<LocalStore> {
  const store = await startLocalStore(options);
  cleanups.push(store.close);
  return store;
}

describe('the embedded local store', () => {
  it('serves the table on loopback only, ready to use', async () => {
    const store = await start({ dataDir: await tempDataDir() });
    expect(store.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(store.tableName).toBe('closing-coach');
    await store.adapter.updateAttributes(user, () => ({ role: 'nurse' }));
    await expect(store.adapter.getAttributes(user)).resolves.toEqual({ role: 'nurse' });
  });

  it('keeps progress across a close and a restart on the same data directory', async () => {
    const dataDir = await tempDataDir();
    const first = await startLocalStore({ dataDir, tableName: 'rehearsals' });
    await first.adapter.saveAttributes(user, { roundsPractised: 4 });
    await first.close();
    const second = await start({ dataDir, tableName: 'rehearsals' });
    await expect(second.adapter.getAttributes(user)).resolves.toEqual({ roundsPractised: 4 });
  });

  it('starts empty with fresh: true', async () => {
    const dataDir = await tempDataDir();
    const first = await startLocalStore({ dataDir });
    await first.adapter.saveAttributes(user, { roundsPractised: 4 });
    await first.close();
    const second = await start({ dataDir, fresh: true });
    await expect(second.adapter.getAttributes(user)).resolves.toEqual({});
  });

  it('can be closed twice', async () => {
    const store = await startLocalStore({ dataDir: await tempDataDir() });
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
  });

  it('refuses, clearly, a data directory another store is using, and wipes nothing of it', async () => {
    const dataDir = await tempDataDir();
    const running = await start({ dataDir });
    await running.adapter.saveAttributes(user, { roundsPractised: 4 });
    await expect(startLocalStore({ dataDir, fresh: true })).rejects.toThrow(/in use by process \d+/);
    await expect(running.adapter.getAttributes(user)).resolves.toEqual({ roundsPractised: 4 });
  });

  it('takes over a data directory whose previous owner died without closing it', async () => {
    const dataDir = await tempDataDir();
    const first = await startLocalStore({ dataDir });
    await first.adapter.saveAttributes(user, { roundsPractised: 2 });
    await first.close();
    const { pid } = spawnSync(process.execPath, ['-e', '']);
    await writeFile(`${dataDir}.lock`, String(pid));
    const second = await start({ dataDir });
    await expect(second.adapter.getAttributes(user)).resolves.toEqual({ roundsPractised: 2 });
  });

  it('refuses a data directory another process holds, and opens it once that process is killed with -9', async () => {
    const dataDir = await tempDataDir();
    const holder = await holdInChild(dataDir);
    await expect(startLocalStore({ dataDir })).rejects.toThrow(/in use by process \d+/);
    await holder.kill9();
    const after = await start({ dataDir });
    await after.adapter.saveAttributes(user, { roundsPractised: 1 });
    await expect(after.adapter.getAttributes(user)).resolves.toEqual({ roundsPractised: 1 });
  }, 60_000);

  it('is not blocked by a lock left naming a live process, as after a restart in a container where the new server gets the old PID', async () => {
    const dataDir = await tempDataDir();
    const first = await startLocalStore({ dataDir });
    await first.adapter.saveAttributes(user, { roundsPractised: 3 });
    await first.close();
    // In a PID namespace the restarted server is PID 1 (or 24) again: the dead holder's PID is its own.
    await writeFile(`${dataDir}.lock`, String(process.pid));
    const second = await start({ dataDir });
    await expect(second.adapter.getAttributes(user)).resolves.toEqual({ roundsPractised: 3 });
  });

  it('refuses, in one line, a store that lost its CURRENT file, and deletes none of its data', async () => {
    const dataDir = await tempDataDir();
    const first = await startLocalStore({ dataDir });
    await first.adapter.saveAttributes(user, { roundsPractised: 5 });
    await first.close();
    await rm(`${dataDir}/CURRENT`);
    const before = (await readdir(dataDir)).sort();
    const refused = startLocalStore({ dataDir });
    await expect(refused).rejects.toThrow(/lost its CURRENT file/);
    await expect(refused).rejects.not.toThrow(/\n/);
    expect((await readdir(dataDir)).sort()).toEqual(before);
  });

  it('will not clear, with fresh: true, a folder the store did not create', async () => {
    const dataDir = await tempDataDir();
    await mkdir(dataDir, { recursive: true });
    await writeFile(`${dataDir}/thesis.txt`, 'years of work');
    await expect(startLocalStore({ dataDir, fresh: true })).rejects.toThrow(
      /Not clearing .*did not create it/,
    );
    expect(await readdir(dataDir)).toEqual(['thesis.txt']);
  });

  it('clears, with fresh: true, a store from before folders were marked as its own', async () => {
    const dataDir = await tempDataDir();
    const first = await startLocalStore({ dataDir });
    await first.adapter.saveAttributes(user, { roundsPractised: 4 });
    await first.close();
    await rm(`${dataDir}/.closing-coach-store`);
    const second = await start({ dataDir, fresh: true });
    await expect(second.adapter.getAttributes(user)).resolves.toEqual({});
  });

  it('refuses, in one line and without a crash, a store whose MANIFEST is empty', async () => {
    const dataDir = await tempDataDir();
    const first = await startLocalStore({ dataDir });
    await first.close();
    for (const file of await readdir(dataDir)) {
      if (file.startsWith('MANIFEST-')) await truncate(`${dataDir}/${file}`, 0);
    }
    const refused = startLocalStore({ dataDir });
    await expect(refused).rejects.toThrow(/cannot be opened/);
    await expect(refused).rejects.not.toThrow(/\n/);
    // Nothing is left holding the folder: once repaired (here, started afresh) it opens.
    await start({ dataDir, fresh: true });
  });
});
