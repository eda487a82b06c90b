import type { Skill } from 'ask-sdk-core';
import type { AtomicPersistenceAdapter } from '../persistence/atomic-adapter.ts';
import { ProgressStore } from './progress-store.ts';
import { SkillBuilders } from 'ask-sdk-core';
import { converse } from './conversation/converse.ts';
import { canFulfillIntent } from './handlers/can-fulfill-intent.ts';
import { apologise, exceptionEncountered, sessionEnded, silentAcknowledgement } from './handlers/system.ts';
import { localise } from './interceptors/localise.ts';

export interface SkillOptions {
  /** Where progress lasts between sessions; none keeps it for the session only. */
  persistenceAdapter?: AtomicPersistenceAdapter;
  /** Picks among phrasings; tests pass a seeded one. */
  random?: () => number;
  /** The time now, for history dates and reminders; tests pin it. */
  now?: () => Date;
  /** How long a turn waits for the store before coaching without it (STORE_TIMEOUT_MS by default). */
  storeTimeoutMs?: number;
}

/** The one skill every host runs: Lambda, the local server and the console differ only in what they plug in. */
export function buildSkill(options: SkillOptions = {}): Skill {
  // Progress goes through ProgressStore only, never the SDK's persistent
  // attributes, so the adapter is not registered with the builder.
  return (
    SkillBuilders.custom()
      // First: Alexa's question before routing an unnamed request must reach no handler with effects.
      .addRequestHandlers(
        canFulfillIntent,
        converse,
        sessionEnded,
        exceptionEncountered,
        silentAcknowledgement,
      )
      .addRequestInterceptors(
        localise({
          random: options.random ?? Math.random,
          progress: new ProgressStore(options.persistenceAdapter, options.storeTimeoutMs),
          now: options.now ?? (() => new Date()),
        }),
      )
      .addErrorHandlers(apologise)
      .withCustomUserAgent('closing-coach')
      .create()
  );
}
