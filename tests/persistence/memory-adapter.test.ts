import { describe, expect, it } from 'vitest';
import { PersistenceUnavailableError } from '../../lambda/src/persistence/errors.ts';
import {
  MemoryPersistenceAdapter,
  type MemoryOperation,
} from '../../lambda/src/persistence/memory-adapter.ts';
import { envelopeFor, timed } from './support.ts';

const ana = envelopeFor('amzn1.ask.account.ANA');
const ben = envelopeFor('amzn1.ask.account.BEN');

describe('MemoryPersistenceAdapter', () => {
  it('gives a new user empty attributes, reads back saves per user and forgets on delete', async () => {
    const adapter = new MemoryPersistenceAdapter();
    await expect(adapter.getAttributes(ana)).resolves.toEqual({});
    await adapter.saveAttributes(ana, { role: 'nurse' });
    await adapter.saveAttributes(ben, { role: 'baker' });
    await expect(adapter.getAttributes(ana)).resolves.toEqual({ role: 'nurse' });
    await adapter.deleteAttributes(ana);
    await expect(adapter.getAttributes(ana)).resolves.toEqual({});
    expect(adapter.userIds()).toEqual(['amzn1.ask.account.BEN']);
  });

  it('copies in and out, so changing what was saved or read does not change the store', async () => {
    const adapter = new MemoryPersistenceAdapter();
    const saved = { history: [{ verdict: 'strong' }] };
    await adapter.saveAttributes(ana, saved);
    saved.history.push({ verdict: 'risky' });
    const read = await adapter.getAttributes(ana);
    (read.history as unknown[]).push('tampered');
    await expect(adapter.getAttributes(ana)).resolves.toEqual({ history: [{ verdict: 'strong' }] });
  });

  it('applies concurrent updates one after another, losing none', async () => {
    const adapter = new MemoryPersistenceAdapter({ delayMs: 2 });
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        adapter.updateAttributes(ana, (current) => ({
          rounds: [...((current.rounds as number[] | undefined) ?? []), index],
        })),
      ),
    );
    expect(((await adapter.getAttributes(ana)).rounds as number[]).length).toBe(20);
  });

  it('rejects with the error failWith returns, and names the operation it is asked about', async () => {
    const asked: MemoryOperation[] = [];
    const down = new PersistenceUnavailableError('store down');
    const adapter = new MemoryPersistenceAdapter({
      failWith: (operation) => {
        asked.push(operation);
        return operation === 'save' ? down : undefined;
      },
    });
    await expect(adapter.getAttributes(ana)).resolves.toEqual({});
    await expect(adapter.saveAttributes(ana, { role: 'nurse' })).rejects.toBe(down);
    await expect(adapter.updateAttributes(ana, () => ({ role: 'nurse' }))).resolves.toEqual({
      role: 'nurse',
    });
    await adapter.deleteAttributes(ana);
    expect(asked).toEqual(['get', 'save', 'update', 'delete']);
  });

  it('writes nothing when an update fails, and can be taken down and brought back mid-test', async () => {
    const adapter = new MemoryPersistenceAdapter();
    await adapter.saveAttributes(ana, { rounds: 1 });
    adapter.failWith = () => new PersistenceUnavailableError('throttled');
    let mutated = false;
    await expect(
      adapter.updateAttributes(ana, () => {
        mutated = true;
        return { rounds: 2 };
      }),
    ).rejects.toBeInstanceOf(PersistenceUnavailableError);
    expect(mutated).toBe(false);
    adapter.failWith = undefined;
    await expect(adapter.getAttributes(ana)).resolves.toEqual({ rounds: 1 });
  });

  it('waits delayMs before answering, to stand in for a slow store', async () => {
    const adapter = new MemoryPersistenceAdapter({ delayMs: 150 });
    const { ms } = await timed(() => adapter.getAttributes(ana));
    expect(ms).toBeGreaterThanOrEqual(140);
  });
});
