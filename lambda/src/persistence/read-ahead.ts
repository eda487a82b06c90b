import type { RequestEnvelope } from 'ask-sdk-model';
import type { Attributes, AtomicPersistenceAdapter } from './atomic-adapter.ts';
import { userIdOf } from './user-id.ts';

/**
 * An adapter that can start a user's read before the skill asks for it. On a
 * cold start the store's round trip then overlaps the skill's own first-run
 * work instead of following it (BENCHMARKS.md). The read is handed to the
 * first `getAttributes` of that user and to nothing else; any write of that
 * user, or `discard`, drops it, so it is never older than the request that
 * started it.
 */
export class ReadAheadAdapter implements AtomicPersistenceAdapter {
  private pending: { userId: string; read: Promise<Attributes> } | undefined;

  constructor(private readonly inner: AtomicPersistenceAdapter) {}

  /** Starts reading the request's user; a request that names no user starts nothing. */
  readAhead(requestEnvelope: RequestEnvelope): void {
    let userId: string;
    try {
      userId = userIdOf(requestEnvelope);
    } catch {
      return;
    }
    const read = this.inner.getAttributes(requestEnvelope);
    // Its failure belongs to whoever takes the read; if no one does, it is dropped quietly.
    read.catch(() => undefined);
    this.pending = { userId, read };
  }

  /** Drops a read no one took, at the end of the request that started it. */
  discard(): void {
    this.pending = undefined;
  }

  getAttributes(requestEnvelope: RequestEnvelope): Promise<Attributes> {
    const pending = this.pending;
    if (pending !== undefined && pending.userId === userIdOf(requestEnvelope)) {
      this.pending = undefined;
      return pending.read;
    }
    return this.inner.getAttributes(requestEnvelope);
  }

  saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    this.forget(requestEnvelope);
    return this.inner.saveAttributes(requestEnvelope, attributes);
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    this.forget(requestEnvelope);
    await this.inner.deleteAttributes?.(requestEnvelope);
  }

  updateAttributes(
    requestEnvelope: RequestEnvelope,
    mutate: (current: Attributes) => Attributes,
  ): Promise<Attributes> {
    this.forget(requestEnvelope);
    return this.inner.updateAttributes(requestEnvelope, mutate);
  }

  private forget(requestEnvelope: RequestEnvelope): void {
    if (this.pending?.userId === userIdOf(requestEnvelope)) this.pending = undefined;
  }
}
