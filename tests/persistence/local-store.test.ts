import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalStore, type LocalStore } from '../../lambda/src/persistence/local-store.ts';
import { envelopeFor, makeTempDir } from './support.ts';

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
});
