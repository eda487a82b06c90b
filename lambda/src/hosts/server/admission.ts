export interface AdmissionOptions {
  /** Skill requests running at once; the rest wait their turn. */
  maxActive: number;
  /** Requests waiting at once; one more is shed at once. */
  maxQueued: number;
  /** A request that has waited this long is shed rather than kept waiting past Alexa's eight seconds. */
  maxWaitMs: number;
}

/** `admitted`: run it, then call `leave`. `shed`: answer it the cheap way; it holds no place. */
export type Admission = 'admitted' | 'shed';

export interface AdmissionGate {
  enter(): Promise<Admission>;
  leave(): void;
  readonly active: number;
  readonly queued: number;
}

/**
 * Bounds the skill work in flight (see docs/ARCHITECTURE.md, the self-hosted server). Under a burst, every
 * request started at once would share the one event loop with the store it writes to, and all of them
 * would miss the store's deadline together; waiting here, before the skill starts, costs nothing and does
 * not count against that deadline. First come, first served.
 */
export function createAdmissionGate({ maxActive, maxQueued, maxWaitMs }: AdmissionOptions): AdmissionGate {
  let active = 0;
  const waiting = new Set<{ admit: () => void; timer: NodeJS.Timeout }>();

  return {
    get active() {
      return active;
    },
    get queued() {
      return waiting.size;
    },
    enter() {
      if (active < maxActive && waiting.size === 0) {
        active += 1;
        return Promise.resolve('admitted');
      }
      if (waiting.size >= maxQueued) return Promise.resolve('shed');
      return new Promise<Admission>((resolve) => {
        const entry = {
          admit: () => {
            clearTimeout(entry.timer);
            waiting.delete(entry);
            active += 1;
            resolve('admitted');
          },
          timer: setTimeout(() => {
            waiting.delete(entry);
            resolve('shed');
          }, maxWaitMs),
        };
        waiting.add(entry);
      });
    },
    leave() {
      active -= 1;
      // A Set iterates in insertion order: the longest-waiting request goes next.
      const next = waiting.values().next();
      if (!next.done && active < maxActive) next.value.admit();
    },
  };
}
