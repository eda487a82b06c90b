import { describe, expect, it } from 'vitest';
import { MemoryPersistenceAdapter } from '../../lambda/src/persistence/memory-adapter.ts';
import { formatFrom, plainRole, roleAndCompany } from '../../lambda/src/skill/actions/profile.ts';
import { en as englishWords } from '../../lambda/src/skill/language/en.ts';
import { Conversation } from '../support/conversation.ts';

const withStore = () =>
  new Conversation({ adapter: new MemoryPersistenceAdapter(), userId: 'amzn1.ask.account.pending' });

describe('a yes only ever answers the question just asked', () => {
  it('asking why after "delete my data" drops the deletion question, so the next yes starts a round', async () => {
    const talk = withStore();
    await talk.launch();
    await talk.say('how did i do');
    await talk.say('delete my data');
    await talk.say('why');
    const yes = await talk.say('yes');
    expect(yes.coach).not.toMatch(/deleted/);
    expect(yes.attributes.state).toBe('AWAITING_CLOSE');
  });

  it('help during a yes-or-no question asks that question again', async () => {
    const talk = withStore();
    await talk.launch();
    await talk.say('how did i do');
    await talk.say('delete my data');
    const help = await talk.say('help');
    expect(help.coach).toMatch(/yes or no/i);
    expect(help.coach).toMatch(/can’t be undone/);
    const yes = await talk.say('yes');
    expect(yes.coach).toMatch(/deleted everything/);
  });
});

describe('while the interviewer waits for a close', () => {
  it('a side request ends by handing back to the interviewer, not by offering a round', async () => {
    const talk = new Conversation();
    await talk.launch();
    const job = await talk.say("i'm interviewing at acme");
    expect(job.coach).toMatch(/Acme/);
    expect(job.coach).not.toMatch(/another round|practise a round/);
    expect(job.attributes.state).toBe('AWAITING_CLOSE');
    expect(job.directives).toContain('Dialog.ElicitSlot');
    const close = await talk.say('thank you so much i would love to join the team');
    expect(close.attributes.lastAnalysis).toMatchObject({ verdict: 'strong' });
  });

  it('"how am I doing?" said to the waiting interviewer is coached as asking how you did', async () => {
    const talk = new Conversation();
    await talk.launch();
    const feedback = await talk.say('how am i doing');
    expect(feedback.attributes.lastAnalysis).toMatchObject({ primary: 'performance_check' });
    expect(feedback.coach).toMatch(/on the spot/);
  });

  it('a plain "no" to the waiting interviewer is coached as declining to ask anything', async () => {
    const talk = new Conversation();
    await talk.launch();
    const feedback = await talk.say('no');
    expect(feedback.attributes.lastAnalysis).toMatchObject({ primary: 'other', verdict: 'needs_work' });
  });

  it('another example gives one and lets the user try it', async () => {
    const talk = new Conversation();
    await talk.launch();
    const example = await talk.say('another example');
    expect(example.coach).toMatch(/Here’s one you could use/);
    expect(example.attributes.state).toBe('AWAITING_CLOSE');
  });

  it('repeat says the wrap-up again and keeps listening for the close', async () => {
    const talk = new Conversation();
    const opening = await talk.launch();
    const again = await talk.say('repeat');
    expect(again.interviewer).toBe(opening.interviewer);
    expect(again.directives).toContain('Dialog.ElicitSlot');
  });
});

describe('reading what the user said about the interview', () => {
  it.each([
    ['an in person meeting', 'in_person'],
    ['onsite', 'in_person'],
    ['a zoom call', 'video'],
    ['google meet', 'video'],
    ['a phone call', 'phone'],
    ['a meeting', undefined],
  ])('"%s" is %s', (words, format) => {
    expect(formatFrom({ formatWords: words }, englishWords)).toBe(format);
  });

  it('splits a company named inside the role Alexa heard', () => {
    expect(roleAndCompany('an engineering role at initech', undefined, englishWords)).toEqual({
      role: 'engineering',
      company: 'initech',
    });
    expect(roleAndCompany('nurse', 'mercy', englishWords)).toEqual({ role: 'nurse', company: 'mercy' });
    expect(roleAndCompany(undefined, undefined, englishWords)).toEqual({});
  });

  it('keeps the role without its article or the word "role"', () => {
    expect(plainRole('an engineering role', englishWords)).toBe('engineering');
    expect(plainRole('the accountant position', englishWords)).toBe('accountant');
    expect(plainRole('nurse', englishWords)).toBe('nurse');
    expect(plainRole('  ', englishWords)).toBeUndefined();
  });
});
