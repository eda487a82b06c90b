import { describe, expect, it } from 'vitest';
import {
  continueSession,
  intent,
  intentRequest,
  newSession,
  seededStamper,
} from '../../../lambda/src/hosts/console/request-envelopes.ts';
import { MemoryPersistenceAdapter } from '../../../lambda/src/persistence/memory-adapter.ts';
import { cellFor, FLOW_STATES } from '../../../lambda/src/skill/conversation/flow.ts';
import { HEARD_KINDS, type HeardKind } from '../../../lambda/src/skill/conversation/heard.ts';
import { CLOSE_SLOT, Intents } from '../../../lambda/src/skill/intents.ts';
import { Conversation } from '../../support/conversation.ts';

/** One way to say each thing a user can do, as the intent Alexa would send. */
const SAID: Record<Exclude<HeardKind, 'launch'>, [string, Record<string, string>?]> = {
  close: [
    Intents.captureClose,
    { [CLOSE_SLOT]: 'thank you i really enjoyed this and hope to hear from you' },
  ],
  silence: [Intents.captureClose],
  unclear: [Intents.fallback],
  why: [Intents.why],
  example: [Intents.anotherExample],
  tips: [Intents.tips],
  progress: [Intents.progress],
  setJob: [Intents.setJob, { role: 'teacher', company: 'Northwind' }],
  setFormat: [Intents.setFormat, { format: 'phone' }],
  interviewDate: [Intents.interviewDate, { date: '2026-12-03' }],
  newRound: [Intents.newRound],
  startOver: [Intents.startOver],
  deleteData: [Intents.deleteData],
  repeat: [Intents.repeat],
  help: [Intents.help],
  yes: [Intents.yes],
  no: [Intents.no],
  stop: [Intents.stop],
};

const PROFILE = { role: 'teacher', company: 'Northwind' };

describe('every cell of the conversation table', () => {
  const rows = FLOW_STATES.flatMap((state) =>
    HEARD_KINDS.filter((kind) => kind !== 'launch').map((kind) => [state, kind] as const),
  );

  it.each(rows)('in %s, "%s" gets a proper answer and leads where its cell says', async (state, kind) => {
    const talk = new Conversation({
      adapter: new MemoryPersistenceAdapter(),
      userId: `amzn1.ask.account.table-${state}-${kind}`,
      now: () => new Date('2026-11-27T15:00:00Z'),
    });
    const stamper = seededStamper(3);
    const attributes =
      state === 'START'
        ? {}
        : {
            state,
            round: 1,
            coached: 1,
            profile: PROFILE,
            reminderDay: '2026-12-04',
            endAfterReminder: false,
          };
    const session = continueSession(newSession(stamper), attributes);
    const [name, slots] = SAID[kind];
    const reply = await talk.hear(
      await talk.client.send(intentRequest(talk.client.device, session, intent(name, slots), { stamper })),
    );
    expect(reply.speech.length).toBeGreaterThan(0);
    expect(reply.speech).not.toMatch(/something went wrong/);
    const next = reply.ended ? 'END' : String(reply.attributes.state);
    expect(cellFor(state, kind).to).toContain(next);
  });
});
