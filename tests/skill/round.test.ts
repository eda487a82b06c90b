import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lambda/src/languages/supported.ts';
import { Conversation } from '../support/conversation.ts';

// English wording; tests/skill/conversation/spanish.test.ts walks the same round in Spanish.
describe.each(LANGUAGES.en.locales)('a full round in %s', (locale) => {
  it('opens with a welcome, then the interviewer wraps up in a voice of their own and waits for the close', async () => {
    const talk = new Conversation({ locale });
    const opening = await talk.launch();
    expect(opening.coach).toMatch(/Welcome to Closing Coach/);
    expect(opening.interviewer.length).toBeGreaterThan(10);
    const ssml =
      opening.raw.response.outputSpeech?.type === 'SSML' ? opening.raw.response.outputSpeech.ssml : '';
    expect(ssml).toMatch(/<voice name="\w+">/);
    expect(opening.attributes.state).toBe('AWAITING_CLOSE');
    expect(opening.ended).toBe(false);
    expect(opening.card?.title).toBe('Closing Coach');
  });

  it('a performance question gets the needy-question advice, quoted back in the user’s own words', async () => {
    const talk = new Conversation({ locale });
    await talk.launch();
    const feedback = await talk.say('thank you so much for your time did i answer all your questions');
    expect(feedback.interviewer.length).toBeGreaterThan(0);
    expect(feedback.coach).toContain('did i answer all your questions');
    expect(feedback.coach).toMatch(/on the spot/);
    expect(feedback.coach).toMatch(/Want another round\?/);
    expect(feedback.attributes.state).toBe('FEEDBACK');
    expect(feedback.attributes.lastAnalysis).toMatchObject({
      primary: 'performance_check',
      verdict: 'risky',
    });
    expect(feedback.card?.content).toContain('did i answer all your questions');
  });

  it('an upbeat close is praised specifically, with the exit ritual instead of a lecture', async () => {
    const talk = new Conversation({ locale });
    await talk.launch();
    const feedback = await talk.say(
      "thanks so much for your time i'm really excited about this role and hope to hear from you soon",
    );
    expect(feedback.interviewer).toBe('');
    expect(feedback.coach).toMatch(/You said i'm really excited about this role/);
    expect(feedback.coach).toMatch(/thank-you note/);
    expect(feedback.coach).not.toMatch(/on the spot|no-win|Try something like/);
    expect(feedback.attributes.lastAnalysis).toMatchObject({ verdict: 'strong' });
  });

  it('answers "why" after a strong close with the exit for the scene: no handshake on a call', async () => {
    const strong = "thanks so much for your time i'm really excited about this role";
    const onTheCall = new Conversation({ locale });
    await onTheCall.launch();
    await onTheCall.say("it's a phone interview");
    await onTheCall.say(strong);
    const phoneWhy = await onTheCall.say('why');
    expect(phoneWhy.coach).toMatch(/warm goodbye and a thank-you note within a day/);
    expect(phoneWhy.coach).not.toMatch(/handshake|\{\{/);

    const inTheRoom = new Conversation({ locale });
    await inTheRoom.launch();
    await inTheRoom.say("it's an in person interview");
    await inTheRoom.say(strong);
    const roomWhy = await inTheRoom.say('why');
    expect(roomWhy.coach).toMatch(/firm handshake, a smile, and a thank-you note within a day/);
  });

  it('answers "why" with the fuller reason, then offers another round with a different line', async () => {
    const talk = new Conversation({ locale });
    const first = await talk.launch();
    await talk.say('do you have any concerns about my background');
    const why = await talk.say('why');
    expect(why.coach).toMatch(/Some recruiters do suggest asking about concerns/);
    const again = await talk.say('yes');
    expect(again.attributes.state).toBe('AWAITING_CLOSE');
    expect(again.interviewer).not.toBe(first.interviewer);
    expect(again.directives).toContain('Dialog.ElicitSlot');
    expect(again.attributes.round).toBe(2);
  });

  it('gives another example, personalised once the role and company are known', async () => {
    const talk = new Conversation({ locale });
    await talk.launch();
    await talk.say('how did i do');
    const job = await talk.say("i'm interviewing for a nurse role at mercy hospital");
    expect(job.coach).toMatch(/nurse/);
    expect(job.coach).toMatch(/Mercy Hospital/);
    const example = await talk.say('another example');
    expect(example.coach).toMatch(/nurse|Mercy Hospital/);
  });

  it('tips follow the interview format: a look at the camera on video', async () => {
    const talk = new Conversation({ locale });
    await talk.launch();
    const set = await talk.intent('SetFormatIntent', { format: 'video' });
    expect(set.coach).toMatch(/video/);
    const tips = await talk.say('tips');
    expect(tips.coach).toMatch(/camera/);
    expect(tips.coach).toMatch(/thank-you note/);
  });

  it('stop ends with a warm goodbye and a thank-you-note reminder', async () => {
    const talk = new Conversation({ locale });
    await talk.launch();
    const bye = await talk.say('stop');
    expect(bye.ended).toBe(true);
    expect(bye.coach).toMatch(/thank-you note/);
  });
});

describe('the coach keeps the feedback short', () => {
  it('says the verdict, the finding, the reason and a better close, and no more than ninety words', async () => {
    const talk = new Conversation();
    await talk.launch();
    const feedback = await talk.say(
      'okay so um thank you i guess i was wondering do you have any reservations about hiring me because i really need this job and i have been out of work for a while and i am not sure if i did well',
    );
    expect(feedback.speech.split(/\s+/).length).toBeLessThanOrEqual(90);
    expect(feedback.coach).toMatch(/any reservations about hiring me/);
  });
});
