import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Attributes, AtomicPersistenceAdapter } from './atomic-adapter.ts';
import { OutcomeUnknownError } from './errors.ts';

/** How long a write that failed late gets to land before the store is asked whether it did. */
const SETTLE_MS = 50;

/**
 * An update that timed out may still have been written: the store received it and only the answer was
 * late. Saying "I couldn't save this round" then would be untrue. When an update that got as far as
 * writing fails, this reads the user's item back and reports success if it holds exactly what was
 * written; otherwise it fails with OutcomeUnknownError, because the write may still be on its way (see
 * docs/ARCHITECTURE.md, the self-hosted server). Everything else passes straight through.
 */
export function withKnownOutcome(inner: AtomicPersistenceAdapter): AtomicPersistenceAdapter {
  return {
    getAttributes: (envelope: RequestEnvelope) => inner.getAttributes(envelope),
    saveAttributes: (envelope: RequestEnvelope, attributes: Attributes) =>
      inner.saveAttributes(envelope, attributes),
    deleteAttributes: (envelope: RequestEnvelope) => inner.deleteAttributes?.(envelope) ?? Promise.resolve(),
    async updateAttributes(envelope, mutate) {
      let written: Attributes | undefined;
      try {
        return await inner.updateAttributes(envelope, (current) => (written = mutate(current)));
      } catch (error) {
        if (written === undefined) throw error;
        await sleep(SETTLE_MS);
        const stored = await inner.getAttributes(envelope).catch(() => undefined);
        if (stored !== undefined && isDeepStrictEqual(stored, written)) return written;
        throw new OutcomeUnknownError('a write failed and reading it back did not show it', { cause: error });
      }
    },
  };
}
