import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

export type Attributes = Record<string, unknown>;

/**
 * The ASK SDK's persistence adapter, plus an atomic read-modify-write: two
 * sessions of one user saving at once must not lose a round, so an update
 * re-reads and re-applies `mutate` when someone else wrote in between.
 */
export interface AtomicPersistenceAdapter extends PersistenceAdapter {
  updateAttributes(
    requestEnvelope: RequestEnvelope,
    mutate: (current: Attributes) => Attributes,
  ): Promise<Attributes>;
}
