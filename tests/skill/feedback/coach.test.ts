import type { interfaces } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { analyzeClose, type PrimaryLabel } from '../../../lambda/src/analyzer/index.ts';
import { en } from '../../../lambda/src/locales/en/index.ts';
import { translatorFor } from '../../../lambda/src/locales/index.ts';
import { composeFeedback, type Feedback } from '../../../lambda/src/skill/coach.ts';
import { Phrases } from '../../../lambda/src/skill/phrases.ts';
import { Conversation, seededRandom } from '../../support/conversation.ts';

const phrases = new Phrases(translatorFor('en-US'), seededRandom(3));

function coach(close: string, variant = 0, previous: PrimaryLabel[] = []): Feedback {
  return composeFeedback(analyzeClose(close), phrases, { format: 'in_person', previous, variant });
}

function spoken(feedback: Feedback): string {
  return [feedback.reaction, ...feedback.coaching].map((line) => line?.text ?? '').join(' ');
}

describe('praise names exactly what was said', () => {
  const courtesyOnly = [
    'thanks',
    'okay thank you goodbye',
    'bye',
    'have a good one',
    'thank you so much for your time',
  ];

  it.each(courtesyOnly)(
    'a thanks-only or goodbye-only close is told to add a line of interest: "%s"',
    (close) => {
      for (const variant of [0, 1, 2]) {
        const feedback = coach(close, variant);
        expect(en.skill.coach.courtesy.verdict).toContain(feedback.coaching[0]?.text);
        expect(spoken(feedback)).not.toMatch(/Strong close|Nicely done|Great close|real interest/);
        expect(feedback.verdict).toBe('needs_work');
        expect(feedback.offered.kind).toBe('example');
      }
    },
  );

  it('the card and the screen say what was spoken about a thanks-only close, not "strong"', async () => {
    const talk = new Conversation({ screen: true });
    await talk.launch();
    const heard = await talk.say('okay thank you goodbye');
    expect(heard.card?.title).toContain(en.verdicts.needs_work);
    expect(heard.card?.content).not.toMatch(/real interest|hope to hear back/);
    expect(heard.card?.content).not.toContain(en.labels.upbeat_close);
    const screen = heard.raw.response.directives?.find(
      (directive): directive is interfaces.alexa.presentation.apl.RenderDocumentDirective =>
        directive.type === 'Alexa.Presentation.APL.RenderDocument',
    );
    expect(screen?.datasources?.payload).toMatchObject({
      verdict: 'needs_work',
      verdictLabel: en.verdicts.needs_work,
    });
  });

  it('names only the parts present, and quotes them', () => {
    const feedback = coach("thank you so much i'm really excited about the role");
    const praise = spoken(feedback);
    expect(praise).toMatch(/thanks and real interest/);
    expect(praise).toContain("i'm really excited about the role");
    expect(praise).not.toMatch(/hope to hear back|what you enjoyed/);
    expect(feedback.reason).toMatch(/thanks and real interest/);
    expect(feedback.reason).not.toMatch(/hope to hear back/);
  });

  it('names the hope to hear back when it was said', () => {
    const praise = spoken(coach("i'm very keen on the role and i look forward to hearing from you"));
    expect(praise).toMatch(/real interest and the hope to hear back/);
  });

  it('a looking-forward statement about next steps is praised, not coached as a process question', () => {
    const close =
      'it was great to meet the whole team today and i can really see myself doing this work i look forward to hearing from you about the next steps thank you again';
    const analysis = analyzeClose(close);
    expect(analysis.primary).toBe('upbeat_close');
    expect(coach(close).verdict).toBe('strong');
  });
});

describe('memory and range', () => {
  const slip = 'do you have any concerns about my background';

  it('the same slip twice is named as a repeat', () => {
    const again = coach(slip, 1, ['fit_probe']);
    expect(again.coaching[0]?.text).toMatch(
      /^(Same slip as last time|That slip again): you asked do you have any concerns/,
    );
  });

  it('a long upbeat close after a strong one is not called a repeat', () => {
    const long =
      'thank you so much for your time today i really enjoyed meeting everyone and hearing about the projects the team the plans for next year the new office the canteen the gym the parking and the training and the mentoring scheme and i am very excited about this role and i really hope to hear from you soon';
    expect(analyzeClose(long).verdict).toBe('needs_work');
    expect(spoken(coach(long, 1, ['upbeat_close']))).not.toMatch(/Same slip|slip again/);
  });

  it('a different slip from last time is not called a repeat', () => {
    expect(spoken(coach(slip, 1, ['performance_check']))).not.toMatch(/Same slip|slip again/);
  });

  it('the same close five times in a row never gets the same turn twice in a row', () => {
    const turns = [0, 1, 2, 3, 4].map((variant) =>
      spoken(coach(slip, variant, variant > 0 ? ['fit_probe'] : [])),
    );
    for (let i = 1; i < turns.length; i += 1) expect(turns[i]).not.toBe(turns[i - 1]);
  });

  it('consecutive turns offer different example closes', () => {
    const offered = [0, 1, 2].map(
      (variant) =>
        composeFeedback(analyzeClose('how did i do'), phrases, {
          format: 'phone',
          previous: [],
          variant,
          analysedWith: { role: 'nurse' },
        }).offered.text,
    );
    expect(new Set(offered).size).toBe(3);
    for (const text of offered) expect(text).toMatch(/nurse/);
  });

  it('strong turns come in more than one shape', () => {
    const close = "thanks so much i'm really excited about this role";
    const shapes = new Set([0, 1, 2].map((variant) => coach(close, variant).coaching.length));
    const openings = new Set([0, 1, 2].map((variant) => coach(close, variant).coaching[0]?.text));
    expect(shapes.size).toBeGreaterThan(1);
    expect(openings.size).toBe(3);
  });
});

describe('the turn says what matters most', () => {
  it('a long close is told it is long, even when another move leads', () => {
    const close =
      'thank you so much for your time today i really enjoyed hearing about the team and the projects and the way you support new starters and the training and i think my experience in retail and in logistics would help a lot and i am a fast learner so what are the next steps from here';
    const analysis = analyzeClose(close);
    expect(analysis.long).toBe(true);
    expect(analysis.primary).not.toBe('upbeat_close');
    const said = spoken(coach(close));
    expect(en.skill.coach.long.some((line) => said.includes(line))).toBe(true);
  });

  it.each([
    ['what are the next steps', 'process_question'],
    ['how much does the role pay', 'compensation_question'],
    ['what does a typical day look like for the team', 'role_question'],
  ] as const)('the interviewer answers a direct question in character first: "%s"', (close, label) => {
    const feedback = coach(close);
    expect(analyzeClose(close).primary).toBe(label);
    expect(en.skill.reaction[label]).toContain(feedback.reaction?.text);
  });

  it('a risky move keeps its deflection', () => {
    expect(en.skill.reaction.performance_check).toContain(coach('how did i do').reaction?.text);
  });

  it('a statement that is no question gets no reply from the interviewer', () => {
    expect(coach("i'm sorry i was so nervous").reaction).toBeUndefined();
  });
});
