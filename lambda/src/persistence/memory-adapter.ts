import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Attributes, AtomicPersistenceAdapter } from './atomic-adapter.ts';
import { userIdOf } from './user-id.ts';

export type MemoryOperation = 'get' | 'save' | 'delete' | 'update';

export interface MemoryPersistenceAdapterOptions {
  /** Consulted before every operation; a returned error rejects that operation. */
  failWith?: (operation: MemoryOperation) => Error | undefined;
  /** Delay before every operation, to stand in for a slow store. */
  delayMs?: number;
}

/**
 * Persistent attributes in a Map, for tests of the skill. Values are copied in
 * and out so a handler that mutates what it read cannot change the store
 * behind a save, just as with a real store.
 */
export class MemoryPersistenceAdapter implements AtomicPersistenceAdapter {
  // Public and mutable so a test can take the store down mid-conversation.
  failWith: ((operation: MemoryOperation) => Error | undefined) | undefined;
  delayMs: number;
  private readonly items = new Map<string, Attributes>();

  constructor(options: MemoryPersistenceAdapterOptions = {}) {
    this.failWith = options.failWith;
    this.delayMs = options.delayMs ?? 0;
  }

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Attributes> {
    const id = userIdOf(requestEnvelope);
    await this.enter('get');
    return structuredClone(this.items.get(id) ?? {});
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const id = userIdOf(requestEnvelope);
    await this.enter('save');
    this.items.set(id, structuredClone(attributes));
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    const id = userIdOf(requestEnvelope);
    await this.enter('delete');
    this.items.delete(id);
  }

  async updateAttributes(
    requestEnvelope: RequestEnvelope,
    mutate: (current: Attributes) => Attributes,
  ): Promise<Attributes> {
    const id = userIdOf(requestEnvelope);
    await this.enter('update');
    // No await between read and write, so concurrent updates cannot interleave.
    const updated = mutate(structuredClone(this.items.get(id) ?? {}));
    this.items.set(id, structuredClone(updated));
    return structuredClone(updated);
  }

  /** The user ids that have attributes stored. */
  userIds(): string[] {
    return [...this.items.keys()];
  }

  private async enter(operation: MemoryOperation): Promise<void> {
    if (this.delayMs > 0) await sleep(this.delayMs);
    const error = this.failWith?.(operation);
    if (error !== undefined) throw error;
  }
}
