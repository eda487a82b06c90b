import { describe, expect, it } from 'vitest';
import { analyzeClose } from '../../lambda/src/analyzer/index.ts';

const labelsOf = (text: string) => analyzeClose(text).moves.map((move) => move.label);

describe('negation and near misses', () => {
  it.each([
    ['i have no concerns at all thank you for your time', 'upbeat_close'],
    ["i don't need to know how i did i just wanted to say thanks", 'upbeat_close'],
    ["i'm not desperate i just really like what you're building here", 'upbeat_close'],
    ['no questions from me', 'other'],
    ["i'd love to hear from you soon", 'upbeat_close'],
    ["i'm not nervous at all, this was a great conversation", 'upbeat_close'],
    ["that's it from me", 'other'],
    ['this is exactly what ive been looking for', 'upbeat_close'],
    ["i'm not sure i have any more questions", 'other'],
    ['no thank you', 'other'],
    ["i can't wait to hear from you", 'upbeat_close'],
  ])('"%s" leads with %s', (text, primary) => {
    expect(analyzeClose(text).primary).toBe(primary);
  });

  it('reads "what would you need to see from me in the next round" as a fit probe: it asks what is missing in the candidate', () => {
    expect(analyzeClose('what would you need to see from me in the next round').primary).toBe('fit_probe');
  });

  it('keeps a hypothetical start date apart from a demand for one', () => {
    expect(analyzeClose('so when do i start').primary).toBe('hard_close');
    expect(analyzeClose('if i get the job when would you like me to start').primary).toBe('process_question');
  });

  it('reads "no idea" and "any idea" as ordinary words, not as a negation or a probe', () => {
    expect(analyzeClose('you have no idea you are my last hope').primary).toBe('needy');
    expect(analyzeClose('any idea when i might hear back').primary).toBe('process_question');
  });

  it('tells logistics from a gap probe', () => {
    expect(analyzeClose('is there anything else you need from me before you decide').primary).toBe(
      'process_question',
    );
    expect(analyzeClose('is there anything else you need to know about me').primary).toBe('fit_probe');
  });

  it('does not take "what" in a statement for a question', () => {
    expect(labelsOf('what i liked most was how open everyone was')).not.toContain('role_question');
    expect(labelsOf("i think that's it thank you")).not.toContain('role_question');
  });
});

describe('speech as Alexa delivers it', () => {
  it('takes words that name JavaScript object properties as plain words', () => {
    const analysis = analyzeClose(
      'thank you constructor toString __proto__ valueOf hasOwnProperty i really enjoyed it',
    );
    expect(analysis.verdict).toBe('strong');
    expect(analysis.rewrite).not.toMatch(/function|native code/);
  });

  it('reads contractions with and without apostrophes alike', () => {
    for (const text of ["how'd i do", 'howd i do', 'how did i do']) {
      expect(analyzeClose(text).primary).toBe('performance_check');
    }
    for (const text of ["i don't have any concerns thanks", 'i dont have any concerns thanks']) {
      expect(analyzeClose(text).primary).toBe('upbeat_close');
    }
  });

  it('ignores hesitations and fillers', () => {
    expect(analyzeClose('um so uh how did i uh do').primary).toBe('performance_check');
  });

  it('finds the question at the end of a run-on close', () => {
    const analysis = analyzeClose(
      'thank you so much for your time i really enjoyed meeting the team did i answer all your questions',
    );
    expect(analysis.primary).toBe('performance_check');
    expect(analysis.moves.find((m) => m.label === 'performance_check')?.evidence).toBe(
      'did i answer all your questions',
    );
    expect(analysis.moves.map((m) => m.evidence)).toContain('i really enjoyed meeting the team');
  });

  it('reads numbers in words or digits', () => {
    expect(analyzeClose("i've been unemployed for 8 months").primary).toBe('needy');
    expect(analyzeClose('ive been out of work for eight months').primary).toBe('needy');
  });
});

describe('several moves in one close', () => {
  it('finds each move, each quoted from the close, and leads with the riskiest', () => {
    const text =
      "Thanks so much, I loved hearing about the roadmap. What's the salary range? And is there anything that would stop you from hiring me?";
    const analysis = analyzeClose(text);
    expect(analysis.primary).toBe('fit_probe');
    expect(new Set(analysis.moves.map((m) => m.label))).toEqual(
      new Set(['upbeat_close', 'compensation_question', 'fit_probe']),
    );
    for (const move of analysis.moves) {
      expect(analysis.transcript.slice(move.start, move.end)).toBe(move.evidence);
    }
  });

  it('lists moves in the order they were said', () => {
    const analysis = analyzeClose('how did i do and when will i hear back thanks again');
    const starts = analysis.moves.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(analysis.moves.map((m) => m.label)).toEqual([
      'performance_check',
      'process_question',
      'upbeat_close',
    ]);
  });
});
