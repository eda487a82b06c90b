import { describe, expect, it } from 'vitest';
import { en } from '../../../lambda/src/locales/en/index.ts';
import { MemoryPersistenceAdapter } from '../../../lambda/src/persistence/memory-adapter.ts';
import { Conversation } from '../../support/conversation.ts';

const STRONG =
  "thanks so much for your time i'm really excited about this role and hope to hear from you soon";

describe('a close is never lost to another intent', () => {
  it.each([
    ['the position is really exciting and i hope to hear from you', 'upbeat_close'],
    ["it's been a pleasure meeting you thank you", 'upbeat_close'],
    ['how did i do in the interview', 'performance_check'],
    ['the company is doing amazing things and i would love to be part of it', 'upbeat_close'],
    ['the role is exactly what i want thank you for your time', 'upbeat_close'],
  ])('"%s" said to the waiting interviewer is coached as a close', async (words, primary) => {
    const talk = new Conversation();
    await talk.launch();
    const reply = await talk.say(words);
    expect(reply.attributes.state).toBe('FEEDBACK');
    expect(reply.attributes.lastAnalysis).toMatchObject({ transcript: words, primary });
    expect(reply.coach).not.toMatch(/Got it|To set the format/);
    expect(reply.attributes.profile).toEqual({});
  });

  it('a sentence Alexa put in the role slot is coached, never kept as the role', async () => {
    const talk = new Conversation();
    await talk.launch();
    const reply = await talk.intent('SetJobIntent', { role: 'really exciting and i hope to hear from you' });
    expect(reply.attributes.lastAnalysis).toMatchObject({ primary: 'upbeat_close' });
    expect(reply.attributes.profile).toEqual({});
  });

  it('a real role and company are kept, the company with its capitals', async () => {
    const talk = new Conversation();
    await talk.launch();
    const reply = await talk.say("i'm interviewing for a data analyst role at northwind traders");
    expect(reply.coach).toMatch(/data analyst at Northwind Traders/);
    expect(reply.attributes.profile).toEqual({ role: 'data analyst', company: 'Northwind Traders' });
    expect(reply.attributes.state).toBe('AWAITING_CLOSE');
  });

  it('"my role is …" after feedback is kept as the role, not coached as a close', async () => {
    const talk = new Conversation();
    await talk.launch();
    await talk.say("thank you so much i'm really excited about this role");
    const reply = await talk.say('my role is product manager at contoso');
    expect(reply.attributes.profile).toMatchObject({ role: 'product manager', company: 'Contoso' });
    expect(reply.coach).not.toMatch(/doesn't say you want the job/);
  });
});

describe('a new close after feedback starts and coaches the next round, no "yes" needed', () => {
  it('the second close is coached at once, as round two', async () => {
    const talk = new Conversation();
    await talk.launch();
    const first = await talk.say('did i answer all your questions');
    expect(first.attributes.lastAnalysis).toMatchObject({ primary: 'performance_check' });
    const second = await talk.say(STRONG);
    expect(second.coach).not.toMatch(/Sorry/);
    expect(second.attributes.lastAnalysis).toMatchObject({ verdict: 'strong' });
    expect(second.attributes.round).toBe(2);
    expect(second.attributes.coached).toBe(2);
  });
});

describe('"how am I doing?" at the start of a session', () => {
  it('a returning user hears their progress, and their streak is not reset', async () => {
    const adapter = new MemoryPersistenceAdapter();
    const user = { adapter, userId: 'amzn1.ask.account.returning' };
    const before = new Conversation(user);
    await before.launch();
    await before.say(STRONG);
    await before.say(STRONG);
    const later = new Conversation(user);
    const welcome = await later.launch();
    expect(welcome.coach).toMatch(/2 strong closes in a row/);
    const progress = await later.say('how am i doing');
    expect(progress.coach).toMatch(/You’ve practised 2 rounds/);
    expect(progress.attributes.state).toBe('AWAITING_CLOSE');
    expect(progress.attributes.lastAnalysis).toBeUndefined();
    const stored = await adapter.getAttributes(later.client.envelope());
    expect(stored).toMatchObject({ rounds: 2, strongStreak: 2 });
  });

  it('a first-time user saying it to the interviewer is coached as asking how they did', async () => {
    const talk = new Conversation({
      adapter: new MemoryPersistenceAdapter(),
      userId: 'amzn1.ask.account.new',
    });
    await talk.launch();
    const reply = await talk.say('how am i doing');
    expect(reply.attributes.lastAnalysis).toMatchObject({ primary: 'performance_check' });
  });
});

describe('words the skill understood at launch get a sensible answer, never "didn’t catch that"', () => {
  it.each(['why', 'tell me more', 'yes', 'sounds good'])('"%s" right after the wrap-up', async (words) => {
    const talk = new Conversation();
    await talk.launch();
    const reply = await talk.say(words);
    expect(reply.coach).not.toMatch(/didn’t catch|didn’t get/);
    expect(reply.attributes.state).toBe('AWAITING_CLOSE');
    expect(reply.directives).toContain('Dialog.ElicitSlot');
    expect(reply.speech).toMatch(/\?$/);
  });
});

describe('the scene', () => {
  it('setting the format while the interviewer waits replays the wrap-up in that format', async () => {
    const talk = new Conversation();
    await talk.launch();
    const reply = await talk.say("it's a phone interview");
    expect(reply.coach).toMatch(/phone interview/);
    const phoneLines = en.skill.interviewer.phone;
    expect(phoneLines.some((line) => reply.interviewer.includes(line))).toBe(true);
    expect(reply.reprompt).toMatch(/on the call|hang up/);
    expect(reply.attributes.state).toBe('AWAITING_CLOSE');
    expect(reply.attributes.round).toBe(1);
  });

  it('with no format set, the scene holds its format from round to round, and the reprompt matches it', async () => {
    const talk = new Conversation({ seed: 5 });
    const first = await talk.launch();
    const format = (first.attributes.scenario as { format: keyof typeof en.skill.awaitReprompt }).format;
    for (let round = 0; round < 4; round += 1) {
      await talk.say(STRONG);
      const next = await talk.say('another round');
      expect(next.attributes.scenario).toMatchObject({ format });
      expect(en.skill.awaitReprompt[format]).toContain(next.reprompt);
    }
  });
});

describe('every open microphone asks for something', () => {
  it('a whole session, including words at the wrong moment, ends each open turn on a question', async () => {
    const talk = new Conversation({
      adapter: new MemoryPersistenceAdapter(),
      userId: 'amzn1.ask.account.mic',
    });
    const turns = [
      await talk.launch(),
      await talk.say('help'),
      await talk.say(''),
      await talk.say('um'),
      await talk.say('did i get the job'),
      await talk.say('why'),
      await talk.say('tips'),
      await talk.say("i'm interviewing at globex"),
      await talk.say('delete my data'),
      await talk.say('no'),
      await talk.say('repeat that'),
    ];
    for (const turn of turns.filter((t) => !t.ended)) expect(turn.speech, turn.speech).toMatch(/\?$/);
  });
});

describe('"another example" after feedback', () => {
  it('is never the example the feedback just gave, however many rounds in', async () => {
    const talk = new Conversation();
    await talk.launch();
    for (let round = 1; round <= 4; round += 1) {
      const feedback = await talk.say('did i answer all your questions');
      if (round < 2) continue;
      const more = await talk.say('another example');
      const close = more.card?.content ?? '';
      expect(close.length).toBeGreaterThan(0);
      expect(feedback.coach).not.toContain(close);
    }
  });
});
