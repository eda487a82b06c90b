import type { Skill } from 'ask-sdk-core';
import type { AtomicPersistenceAdapter } from '../persistence/atomic-adapter.ts';
import { ProgressStore } from './progress-store.ts';
import { SkillBuilders } from 'ask-sdk-core';
import { captureClose } from './handlers/capture-close.ts';
import { answerReminder, confirmDelete } from './handlers/confirmations.ts';
import { deleteData, fallback, goodbye, help, progress, repeat } from './handlers/conversation.ts';
import { anotherExample, newRound, tips, why } from './handlers/follow-ups.ts';
import { launch } from './handlers/launch.ts';
import { setFormat, setJob } from './handlers/profile.ts';
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
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      launch,
      captureClose,
      confirmDelete,
      answerReminder,
      why,
      anotherExample,
      tips,
      progress,
      setJob,
      setFormat,
      newRound,
      deleteData,
      repeat,
      help,
      goodbye,
      sessionEnded,
      exceptionEncountered,
      fallback,
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
    .withCustomUserAgent('closing-coach');
  if (options.persistenceAdapter) builder.withPersistenceAdapter(options.persistenceAdapter);
  return builder.create();
}
