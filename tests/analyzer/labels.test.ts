import { describe, expect, it } from 'vitest';
import { analyzeClose, type PrimaryLabel, type Verdict } from '../../lambda/src/analyzer/index.ts';
import { asSpoken } from '../support/corpus.ts';

interface Case {
  text: string;
  primary: PrimaryLabel;
  /** Words the coach should quote back. */
  quotes: string;
}

const cases: Record<Exclude<PrimaryLabel, 'empty'>, { verdict: Verdict; closes: Case[] }> = {
  fit_probe: {
    verdict: 'risky',
    closes: [
      {
        text: 'Is there anything in my background that gives you pause?',
        primary: 'fit_probe',
        quotes: 'anything in my background that gives you pause',
      },
      {
        text: 'Before I go, do you have any hesitations about me?',
        primary: 'fit_probe',
        quotes: 'do you have any hesitations about me',
      },
      {
        text: 'Am I the kind of person you are looking for?',
        primary: 'fit_probe',
        quotes: 'Am I the kind of person you are looking for',
      },
      {
        text: "Is there anything else you'd want to know about my experience?",
        primary: 'fit_probe',
        quotes: "you'd want to know about my experience",
      },
    ],
  },
  performance_check: {
    verdict: 'risky',
    closes: [
      {
        text: 'So, how do you think I did today?',
        primary: 'performance_check',
        quotes: 'how do you think I did today',
      },
      {
        text: 'Where would you say I rank among the people you have seen?',
        primary: 'performance_check',
        quotes: 'rank among the people you have seen',
      },
      {
        text: 'Were my answers what you were hoping for?',
        primary: 'performance_check',
        quotes: 'Were my answers what you were hoping for',
      },
      {
        text: 'Could you give me some feedback on my interview?',
        primary: 'performance_check',
        quotes: 'some feedback on my interview',
      },
    ],
  },
  hard_close: {
    verdict: 'risky',
    closes: [
      { text: 'Great, so when can I start?', primary: 'hard_close', quotes: 'when can I start' },
      {
        text: 'Are you going to offer me the position?',
        primary: 'hard_close',
        quotes: 'offer me the position',
      },
      {
        text: 'Can we book the next interview right now?',
        primary: 'hard_close',
        quotes: 'Can we book the next interview right now',
      },
      {
        text: "I'd like an offer today if that's possible.",
        primary: 'hard_close',
        quotes: "I'd like an offer today",
      },
    ],
  },
  needy: {
    verdict: 'risky',
    closes: [
      {
        text: "Honestly, I really need this job, it's been a hard year.",
        primary: 'needy',
        quotes: 'I really need this job',
      },
      {
        text: "I'll do whatever it takes, I'll do anything, please.",
        primary: 'needy',
        quotes: "I'll do anything",
      },
      { text: "I've been out of work for eight months now.", primary: 'needy', quotes: 'been out of work' },
    ],
  },
  compensation_question: {
    verdict: 'needs_work',
    closes: [
      {
        text: 'What does the salary range look like for this role?',
        primary: 'compensation_question',
        quotes: 'What does the salary range look like for this role',
      },
      {
        text: 'How many vacation days would I get?',
        primary: 'compensation_question',
        quotes: 'How many vacation days would I get',
      },
      {
        text: 'Is there an option to work from home on Fridays?',
        primary: 'compensation_question',
        quotes: 'work from home',
      },
    ],
  },
  self_undermining: {
    verdict: 'needs_work',
    closes: [
      { text: 'Sorry, I rambled a lot today.', primary: 'self_undermining', quotes: 'Sorry' },
      {
        text: "I know I'm not the most experienced candidate.",
        primary: 'self_undermining',
        quotes: "I'm not the most experienced",
      },
      {
        text: 'Thanks for bearing with me, I was really nervous.',
        primary: 'self_undermining',
        quotes: 'I was really nervous',
      },
    ],
  },
  pitch_recap: {
    verdict: 'needs_work',
    closes: [
      {
        text: "Just to recap, I've grown two sales teams and I know this market inside out.",
        primary: 'pitch_recap',
        quotes: 'recap',
      },
      {
        text: "I'm a hard worker and a real team player.",
        primary: 'pitch_recap',
        quotes: "I'm a hard worker",
      },
      {
        text: "With my ten years of experience in logistics, I'm the perfect candidate.",
        primary: 'pitch_recap',
        quotes: 'years of experience',
      },
    ],
  },
  role_question: {
    verdict: 'needs_work',
    closes: [
      {
        text: 'What does a typical week look like for the team?',
        primary: 'role_question',
        quotes: 'What does a typical week look like for the team',
      },
      {
        text: 'How do you see the department changing over the next year?',
        primary: 'role_question',
        quotes: 'How do you see the department changing over the next year',
      },
      {
        text: "Could you tell me more about the people I'd be working with?",
        primary: 'role_question',
        quotes: "Could you tell me more about the people I'd be working with",
      },
    ],
  },
  process_question: {
    verdict: 'needs_work',
    closes: [
      {
        text: 'What are the next steps from here?',
        primary: 'process_question',
        quotes: 'What are the next steps from here',
      },
      {
        text: 'When should I expect to hear back?',
        primary: 'process_question',
        quotes: 'When should I expect to hear back',
      },
      {
        text: 'Is it okay if I follow up with you next week?',
        primary: 'process_question',
        quotes: 'if I follow up with you next week',
      },
    ],
  },
  upbeat_close: {
    verdict: 'strong',
    closes: [
      {
        text: 'Thank you for your time. I am really excited about this role and hope to hear from you soon.',
        primary: 'upbeat_close',
        quotes: 'Thank you for your time',
      },
      {
        text: 'It was great to meet you all, I would love to join the team.',
        primary: 'upbeat_close',
        quotes: 'It was great to meet you all',
      },
      {
        text: "I've really enjoyed our chat, thanks so much.",
        primary: 'upbeat_close',
        quotes: "I've really enjoyed our chat",
      },
    ],
  },
  other: {
    verdict: 'needs_work',
    closes: [
      { text: "No, I think you've covered everything.", primary: 'other', quotes: '' },
      { text: 'Nope, all good.', primary: 'other', quotes: '' },
      { text: 'Do you mind if I ask a couple of questions first?', primary: 'other', quotes: '' },
    ],
  },
};

const forms = [
  ['written with punctuation', (text: string) => text],
  ['spoken, as Alexa transcribes it', asSpoken],
] as const;

describe.each(Object.entries(cases))('a close that leads with %s', (label, { verdict, closes }) => {
  describe.each(forms)('%s', (_form, shape) => {
    it.each(closes)('"$text"', ({ text, primary, quotes }) => {
      const said = shape(text);
      const analysis = analyzeClose(said);
      expect(analysis.primary).toBe(primary);
      expect(analysis.verdict).toBe(verdict);
      if (quotes !== '') {
        const quoted = analysis.moves
          .filter((move) => move.label === label)
          .map((move) => move.evidence.toLowerCase());
        expect(quoted.some((evidence) => evidence.includes(shape(quotes).toLowerCase()))).toBe(true);
      }
    });
  });
});

describe('the verdict follows the leading move', () => {
  it('an upbeat close that runs long needs work', () => {
    const rambling = `Thank you so much for your time today, ${'I really enjoyed hearing about the team and the projects and the plans for next year, '.repeat(4)}and I hope to hear from you soon.`;
    const analysis = analyzeClose(rambling);
    expect(analysis.primary).toBe('upbeat_close');
    expect(analysis.long).toBe(true);
    expect(analysis.verdict).toBe('needs_work');
    expect(analysis.advice.reason).toBe('advice.upbeat_close_long.reason');
  });

  it('empty, whitespace and wordless input is empty', () => {
    for (const text of ['', '   ', '\n\t', '🙂🙂', '...', 'um uh']) {
      const analysis = analyzeClose(text);
      expect(analysis.primary).toBe('empty');
      expect(analysis.verdict).toBe('empty');
      expect(analysis.score).toBe(0);
      expect(analysis.moves).toEqual([]);
    }
  });

  it('scores a strong close above one that needs work, and that above a risky one', () => {
    const strong = analyzeClose(
      'thank you so much i really enjoyed this and hope to hear from you soon',
    ).score;
    const weak = analyzeClose('what are the next steps').score;
    const risky = analyzeClose('how did i do').score;
    expect(strong).toBeGreaterThan(weak);
    expect(weak).toBeGreaterThan(risky);
  });

  it('counts words and estimates speaking time', () => {
    const analysis = analyzeClose("thank you i'm really interested in the role");
    expect(analysis.wordCount).toBe(8);
    expect(analysis.estimatedSeconds).toBeGreaterThan(2);
    expect(analysis.estimatedSeconds).toBeLessThan(4);
    expect(analysis.long).toBe(false);
  });
});
