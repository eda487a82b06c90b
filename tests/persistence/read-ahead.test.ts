import { describe, expect, it } from 'vitest';
import type { Attributes } from '../../lambda/src/persistence/atomic-adapter.ts';
import { PersistenceUnavailableError } from '../../lambda/src/persistence/errors.ts';
import { MemoryPersistenceAdapter } from '../../lambda/src/persistence/memory-adapter.ts';
import { ReadAheadAdapter } from '../../lambda/src/persistence/read-ahead.ts';
import { envelopeFor } from './support.ts';

const ana = envelopeFor('amzn1.ask.account.ANA');
const ben = envelopeFor('amzn1.ask.account.BEN');

/** A memory store that counts its reads. */
function countingStore(): { inner: MemoryPersistenceAdapter; reads: () => number } {
  const inner = new MemoryPersistenceAdapter();
  let reads = 0;
  const getAttributes = inner.getAttributes.bind(inner);
  inner.getAttributes = (envelope) => {
    reads++;
    return getAttributes(envelope);
  };
  return { inner, reads: () => reads };
}

describe('ReadAheadAdapter', () => {
  it('hands the read it started to the first read of that user, and reads afresh after', async () => {
    const { inner, reads } = countingStore();
    await inner.saveAttributes(ana, { rounds: 1 });
    const store = new ReadAheadAdapter(inner);
    store.readAhead(ana);
    expect(reads()).toBe(1);
    await expect(store.getAttributes(ana)).resolves.toEqual({ rounds: 1 });
    expect(reads()).toBe(1);
    await expect(store.getAttributes(ana)).resolves.toEqual({ rounds: 1 });
    expect(reads()).toBe(2);
  });

  it('never hands one user the read of another', async () => {
    const { inner } = countingStore();
    await inner.saveAttributes(ana, { role: 'analyst' });
    await inner.saveAttributes(ben, { role: 'baker' });
    const store = new ReadAheadAdapter(inner);
    store.readAhead(ana);
    await expect(store.getAttributes(ben)).resolves.toEqual({ role: 'baker' });
  });

  it('drops the read when that user is written, so no one reads what was there before', async () => {
    const { inner } = countingStore();
    await inner.saveAttributes(ana, { rounds: 1 });
    const store = new ReadAheadAdapter(inner);
    const bump = (current: Attributes): Attributes => ({ rounds: Number(current.rounds) + 1 });
    store.readAhead(ana);
    await store.updateAttributes(ana, bump);
    await expect(store.getAttributes(ana)).resolves.toEqual({ rounds: 2 });
    store.readAhead(ana);
    await store.saveAttributes(ana, { rounds: 7 });
    await expect(store.getAttributes(ana)).resolves.toEqual({ rounds: 7 });
    store.readAhead(ana);
    await store.deleteAttributes(ana);
    await expect(store.getAttributes(ana)).resolves.toEqual({});
  });

  it('drops a read no one took once the request is over', async () => {
    const { inner, reads } = countingStore();
    const store = new ReadAheadAdapter(inner);
    store.readAhead(ana);
    store.discard();
    await store.getAttributes(ana);
    expect(reads()).toBe(2);
  });

  it('passes a failed read on to whoever takes it, and troubles no one if no one does', async () => {
    const inner = new MemoryPersistenceAdapter({ failWith: () => new PersistenceUnavailableError('down') });
    const store = new ReadAheadAdapter(inner);
    store.readAhead(ana);
    await expect(store.getAttributes(ana)).rejects.toBeInstanceOf(PersistenceUnavailableError);
    // Left untaken, the failure must not surface as an unhandled rejection (vitest fails the run on one).
    store.readAhead(ben);
    store.discard();
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  it('starts nothing for a request that names no user', async () => {
    const { inner, reads } = countingStore();
    const store = new ReadAheadAdapter(inner);
    const nobody = envelopeFor('');
    store.readAhead(nobody);
    expect(reads()).toBe(0);
    await expect(store.getAttributes(nobody)).rejects.toThrow(/userId/);
  });
});
