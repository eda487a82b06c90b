import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryPersistenceAdapter } from '../../lambda/src/persistence/memory-adapter.ts';
import { Conversation } from '../support/conversation.ts';

const USER = 'amzn1.ask.account.progress-test';
const STRONG =
  "thanks so much for your time i'm really excited about this role and hope to hear from you soon";
const now = () => new Date('2026-11-27T15:00:00Z');

function talkWith(
  adapter: MemoryPersistenceAdapter,
  extra: Partial<ConstructorParameters<typeof Conversation>[0]> = {},
) {
  return new Conversation({ adapter, userId: USER, now, ...extra });
}

describe('progress that lasts between sessions', () => {
  it('greets a returning user by their progress and goes straight into a round', async () => {
    const adapter = new MemoryPersistenceAdapter();
    const first = talkWith(adapter);
    await first.launch();
    await first.say(STRONG);
    await first.say('stop');
    const second = talkWith(adapter);
    const welcome = await second.launch();
    expect(welcome.coach).toMatch(/Welcome back! 1 round practised so far/);
    expect(welcome.attributes.state).toBe('AWAITING_CLOSE');
  });

  it('"how am I doing" gives rounds, streak and the commonest slip in one breath', async () => {
    const adapter = new MemoryPersistenceAdapter();
    const talk = talkWith(adapter);
    await talk.launch();
    await talk.say('how did i do');
    await talk.say('yes');
    await talk.say('so how did i do today');
    const progress = await talk.say('how am i doing');
    expect(progress.coach).toMatch(/You’ve practised 2 rounds/);
    expect(progress.coach).toMatch(/asking how you did/);
  });

  it('keeps the role and company for the next session', async () => {
    const adapter = new MemoryPersistenceAdapter();
    const first = talkWith(adapter);
    await first.launch();
    await first.say("i'm interviewing for a nurse role at mercy hospital");
    await first.say('how did i do');
    const second = talkWith(adapter);
    await second.launch();
    const feedback = await second.say('what are the next steps');
    expect(feedback.coach).toMatch(/nurse|mercy hospital/);
  });

  it('stores no transcript text, only dates, verdicts, findings and scores', async () => {
    const adapter = new MemoryPersistenceAdapter();
    const talk = talkWith(adapter);
    await talk.launch();
    await talk.say('do you have any concerns about my unusual background in puppetry');
    const stored = JSON.stringify(await adapter.getAttributes(talk.client.envelope()));
    expect(stored).not.toMatch(/puppetry|concerns about/);
    expect(stored).toMatch(/fit_probe/);
  });

  it('deletes the record only after a yes', async () => {
    const adapter = new MemoryPersistenceAdapter();
    const talk = talkWith(adapter);
    await talk.launch();
    await talk.say('how did i do');
    const ask = await talk.say('delete my data');
    expect(ask.coach).toMatch(/can’t be undone/);
    const kept = await talk.say('no');
    expect(kept.coach).toMatch(/kept it/);
    await talk.say('delete my data');
    const gone = await talk.say('yes');
    expect(gone.coach).toMatch(/deleted everything/);
    expect(await adapter.getAttributes(talk.client.envelope())).toEqual({});
  });

  it('still coaches when the store is down, and says in a few words that progress was not saved', async () => {
    const adapter = new MemoryPersistenceAdapter({ failWith: () => new Error('store down') });
    const talk = talkWith(adapter);
    await talk.launch();
    const feedback = await talk.say('how did i do');
    expect(feedback.coach).toContain('how did i do');
    expect(feedback.coach).toMatch(/couldn’t save this round/);
    const progress = await talk.say('how am i doing');
    expect(progress.coach).toMatch(/can’t reach your saved progress/);
  });

  it('does not wait on a slow store past its time limit', async () => {
    const adapter = new MemoryPersistenceAdapter({ delayMs: 5000 });
    const talk = talkWith(adapter);
    const started = Date.now();
    await talk.launch();
    const feedback = await talk.say('how did i do');
    // The write may still land after the turn stops waiting, so "couldn't save" would not be true.
    expect(feedback.coach).toMatch(/not sure this round was saved/);
    // Two store calls, each cut off at 1.5 s: a behaviour bound, generous on a busy machine.
    expect(Date.now() - started).toBeLessThan(4500);
  }, 10_000);

  it('two sessions of the same user saving at once lose no round', async () => {
    const adapter = new MemoryPersistenceAdapter({ delayMs: 5 });
    const talks = Array.from({ length: 6 }, () => talkWith(adapter));
    await Promise.all(talks.map((talk) => talk.launch()));
    await Promise.all(talks.map((talk) => talk.say('how did i do')));
    const stored = await adapter.getAttributes(talks[0]?.client.envelope() ?? never());
    expect(stored.rounds).toBe(6);
  });
});

describe('the thank-you-note reminder', () => {
  let server: Server | undefined;
  afterEach(async () => {
    const running = server;
    if (!running) return;
    running.closeAllConnections();
    await new Promise<void>((resolve) => {
      running.close(() => {
        resolve();
      });
    });
  });

  async function reminderApi(status: number, hang = false): Promise<{ endpoint: string; bodies: string[] }> {
    const bodies: string[] = [];
    server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        bodies.push(body);
        if (hang) return;
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(status < 300 ? { alertToken: 'token-1' } : { message: 'nope' }));
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { endpoint: `http://127.0.0.1:${port}`, bodies };
  }

  /** Practice done, with the interview known: "no" to another round leads to the real last step. */
  async function practiseThenSayNo(talk: Conversation) {
    await talk.launch();
    await talk.say("i'm interviewing at globex");
    const praise = await talk.say(STRONG);
    expect(praise.coach, 'no reminder in the middle of practice').not.toMatch(/remind/);
    return talk.say('no');
  }

  it('after the last round asks when the real interview is, and offers the reminder for the day after it', async () => {
    const api = await reminderApi(201);
    const talk = new Conversation({ apiEndpoint: api.endpoint, apiAccessToken: 'token-xyz', now });
    const ask = await practiseThenSayNo(talk);
    expect(ask.coach).toMatch(/When is your interview\?/);
    expect(ask.attributes.state).toBe('ASK_INTERVIEW_DATE');
    const offer = await talk.say("it's tomorrow");
    expect(offer.coach).toMatch(/remind you on Sunday, November 29 at 10 AM/);
    const done = await talk.say('yes');
    expect(done.coach).toMatch(/I’ll remind you on Sunday, November 29 at 10 AM/);
    expect(
      api.bodies.some((body) => body.includes('thank-you note') && body.includes('2026-11-29T10:00:00')),
    ).toBe(true);
    expect(done.ended).toBe(true);
  });

  it('a date volunteered after feedback is offered too, and the practice goes on afterwards', async () => {
    const api = await reminderApi(201);
    const talk = new Conversation({ apiEndpoint: api.endpoint, apiAccessToken: 'token-xyz', now });
    await talk.launch();
    await talk.say(STRONG);
    const offer = await talk.say('my interview is on december 3rd');
    expect(offer.coach).toMatch(/remind you on Friday, December 4 at 10 AM/);
    const done = await talk.say('yes');
    expect(done.ended).toBe(false);
    expect(done.coach).toMatch(/another round\?/);
  });

  it('going back to practice after the last-step question drops its goodbye: a later reminder keeps the session open', async () => {
    const api = await reminderApi(201);
    const talk = new Conversation({ apiEndpoint: api.endpoint, apiAccessToken: 'token-xyz', now });
    await practiseThenSayNo(talk);
    await talk.say('another round');
    await talk.say(STRONG);
    await talk.say('my interview is on december 3rd');
    const declined = await talk.say('no');
    expect(declined.ended).toBe(false);
    expect(declined.coach).toMatch(/\?$/);
  });

  it('without permission, sends the consent card and explains', async () => {
    const api = await reminderApi(403);
    const talk = new Conversation({ apiEndpoint: api.endpoint, apiAccessToken: 'token-xyz', now });
    await practiseThenSayNo(talk);
    await talk.say('tomorrow');
    const reply = await talk.say('yes');
    expect(reply.coach).toMatch(/need your permission/);
    expect(reply.raw.response.card?.type).toBe('AskForPermissionsConsent');
  });

  it('a failing or silent Reminders API gets a kind fallback and a warm goodbye', async () => {
    const api = await reminderApi(500, true);
    const talk = new Conversation({ apiEndpoint: api.endpoint, apiAccessToken: 'token-xyz', now });
    await practiseThenSayNo(talk);
    await talk.say('next monday');
    const reply = await talk.say('yes');
    expect(reply.coach).toMatch(/couldn’t set the reminder/);
    expect(reply.ended).toBe(true);
  }, 10_000);

  it('an answer that names no day sets nothing and says goodbye', async () => {
    const talk = new Conversation({ now });
    await practiseThenSayNo(talk);
    const bye = await talk.say("i'm not sure yet");
    expect(bye.coach).toMatch(/won’t set a reminder/);
    expect(bye.ended).toBe(true);
  });

  it('a no to the reminder is remembered: the next session does not ask again', async () => {
    const adapter = new MemoryPersistenceAdapter();
    const user = { adapter, userId: 'amzn1.ask.account.declines', now };
    const first = new Conversation(user);
    await practiseThenSayNo(first);
    await first.say('friday');
    const declined = await first.say('no');
    expect(declined.coach).toMatch(/won’t ask again/);
    const second = new Conversation(user);
    await second.launch();
    await second.say(STRONG);
    const bye = await second.say('no');
    expect(bye.coach).not.toMatch(/interview/);
    expect(bye.ended).toBe(true);
  });
});

function never(): never {
  throw new Error('no conversation');
}
