import { describe, expect, it } from 'vitest';
import { OutcomeUnknownError, PersistenceUnavailableError } from '../../lambda/src/persistence/errors.ts';
import { withKnownOutcome } from '../../lambda/src/persistence/known-outcome-adapter.ts';
import { MemoryPersistenceAdapter } from '../../lambda/src/persistence/memory-adapter.ts';
import { envelopeFor } from './support.ts';

const user = envelopeFor('amzn1.ask.account.KNOWN-OUTCOME');
const late = new PersistenceUnavailableError('DynamoDB update timed out after 1200 ms');

/** A store whose update writes and then reports a failure, as a write whose answer came too late does. */
function writesThenTimesOut(store: MemoryPersistenceAdapter): MemoryPersistenceAdapter {
  const update = store.updateAttributes.bind(store);
  store.updateAttributes = async (envelope, mutate) => {
    await update(envelope, mutate);
    throw late;
  };
  return store;
}

describe('an update whose outcome is made known', () => {
  it('reports success when the write landed although its answer was a failure', async () => {
    const store = writesThenTimesOut(new MemoryPersistenceAdapter());
    await expect(withKnownOutcome(store).updateAttributes(user, () => ({ rounds: 1 }))).resolves.toEqual({
      rounds: 1,
    });
  });

  it('fails as outcome unknown when the write was sent and did not show; as it was when it never got that far', async () => {
    const refusing = new MemoryPersistenceAdapter({
      failWith: (operation) => (operation === 'update' ? late : undefined),
    });
    // The memory store refuses before calling mutate: nothing was ever written.
    await expect(withKnownOutcome(refusing).updateAttributes(user, () => ({ rounds: 1 }))).rejects.toBe(late);
    const store = new MemoryPersistenceAdapter();
    await store.saveAttributes(user, { rounds: 7 });
    const neverWrites = Object.assign(store, {
      updateAttributes: (_envelope: unknown, mutate: (current: Record<string, unknown>) => unknown) => {
        mutate({ rounds: 7 });
        return Promise.reject(late);
      },
    });
    await expect(
      withKnownOutcome(neverWrites).updateAttributes(user, () => ({ rounds: 8 })),
    ).rejects.toBeInstanceOf(OutcomeUnknownError);
  });
});
