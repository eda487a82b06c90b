import type { HandlerInput } from 'ask-sdk-core';
import type { AtomicPersistenceAdapter } from '../persistence/atomic-adapter.ts';
import { withTimeout } from '../common/with-timeout.ts';
import { log } from './log.ts';
import { type Progress, readProgress } from './progress.ts';

/** Past this the user would notice the pause: coach without the store rather than wait. */
export const STORE_TIMEOUT_MS = 1500;

/** `uncertain`: the store did not answer in time, so a write may yet land; the user is told so. */
export type Stored<T> = { ok: true; value: T } | { ok: false; uncertain?: true };

/**
 * Progress for the current user, through the persistence adapter when there
 * is one. Every call settles within `timeoutMs` and never throws: a
 * store that is down, slow or throttling makes the skill say so, not stop.
 */
export class ProgressStore {
  constructor(
    private readonly adapter: AtomicPersistenceAdapter | undefined,
    private readonly timeoutMs: number = STORE_TIMEOUT_MS,
  ) {}

  get enabled(): boolean {
    return this.adapter !== undefined;
  }

  async load(input: HandlerInput): Promise<Stored<Progress>> {
    const adapter = this.adapter;
    if (!adapter) return { ok: false };
    return this.guard('load', async () => readProgress(await adapter.getAttributes(input.requestEnvelope)));
  }

  async update(input: HandlerInput, change: (progress: Progress) => Progress): Promise<Stored<Progress>> {
    const adapter = this.adapter;
    if (!adapter) return { ok: false };
    return this.guard('update', async () => {
      let next: Progress | undefined;
      await adapter.updateAttributes(input.requestEnvelope, (current) => {
        next = change(readProgress(current));
        return { ...next };
      });
      if (!next) throw new Error('the update was never applied');
      return next;
    });
  }

  async remove(input: HandlerInput): Promise<Stored<true>> {
    const adapter = this.adapter;
    if (!adapter?.deleteAttributes) return { ok: false };
    const remove = adapter.deleteAttributes.bind(adapter);
    return this.guard('remove', async () => {
      await remove(input.requestEnvelope);
      return true as const;
    });
  }

  private async guard<T>(operation: string, work: () => Promise<T>): Promise<Stored<T>> {
    const attempt = work().then(
      (value): Stored<T> => ({ ok: true, value }),
      (error: unknown): Stored<T> => {
        log('progress store failed', {
          operation,
          message: error instanceof Error ? error.message : String(error),
        });
        // By name, not instanceof: the skill need not load the persistence code to recognise it.
        return error instanceof Error && error.name === 'OutcomeUnknownError'
          ? { ok: false, uncertain: true }
          : { ok: false };
      },
    );
    return withTimeout(attempt, this.timeoutMs, (): Stored<T> => {
      log('progress store timed out', { operation });
      return { ok: false, uncertain: true };
    });
  }
}
