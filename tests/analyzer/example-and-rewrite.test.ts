import { describe, expect, it } from 'vitest';
import { analyzeClose, exampleClose, MAX_CLOSE_WORDS } from '../../lambda/src/analyzer/index.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the example close', () => {
  it('is an upbeat close in its own right, short enough for one breath', () => {
    for (let variant = 0; variant < 12; variant += 1) {
      for (const context of [
        {},
        { role: 'nurse' },
        { company: 'Acme' },
        { role: 'data analyst', company: 'Globex' },
      ]) {
        const example = exampleClose(context, variant);
        expect(words(example)).toBeLessThan(MAX_CLOSE_WORDS);
        const judged = analyzeClose(example);
        expect(judged.verdict).toBe('strong');
      }
    }
  });

  it('is personalised with the role and the company when they are known', () => {
    const example = analyzeClose('how did i do', { role: 'project manager', company: 'Initech' }).example;
    expect(example).toContain('project manager');
    expect(example).toContain('Initech');
    expect(exampleClose({ role: 'engineer', company: 'Acme' }, 1)).toMatch(/an engineer|engineer role/);
  });

  it('varies between rounds', () => {
    const seen = new Set(Array.from({ length: 5 }, (_, variant) => exampleClose({}, variant)));
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('reads the role naturally whether or not the user said "a" or "role"', () => {
    expect(exampleClose({ role: 'a nurse role' }, 0)).toContain('the nurse role');
  });
});

describe("the rewrite of the user's own close", () => {
  it('keeps their thanks and what they enjoyed, drops the risky question, and ends on interest', () => {
    const analysis = analyzeClose(
      'thank you so much for your time i really enjoyed meeting the team did i answer all your questions',
      { role: 'designer', company: 'Hooli' },
    );
    expect(analysis.rewriteKeepsUserWords).toBe(true);
    expect(analysis.rewrite).toContain('Thank you so much for your time.');
    expect(analysis.rewrite).toContain('I really enjoyed meeting the team.');
    expect(analysis.rewrite).not.toMatch(/answer all your questions/i);
    expect(analysis.rewrite).toMatch(/designer role at Hooli/);
    expect(analysis.rewrite).toMatch(/hear from you|hearing from you/);
  });

  it('never leaves a risky or weak move in the rewrite', () => {
    const closes = [
      'thanks for your time do you have any concerns about my background',
      'i really enjoyed this im so sorry i was nervous when do i start',
      'it was great to meet you i really need this job',
      'how much does it pay thanks',
      "i'm a hard worker and a team player thank you",
    ];
    for (const close of closes) {
      const rewrite = analyzeClose(close).rewrite;
      expect(analyzeClose(rewrite).verdict, rewrite).toBe('strong');
      expect(words(rewrite)).toBeLessThan(MAX_CLOSE_WORDS);
    }
  });

  it('does not repeat the hope to hear back when the user already said it', () => {
    const rewrite = analyzeClose('thanks so much i look forward to hearing from you how did i do').rewrite;
    expect(rewrite.match(/hear/g)?.length).toBe(1);
  });

  it('says when nothing of the close could be kept', () => {
    const analysis = analyzeClose('how did i do');
    expect(analysis.rewriteKeepsUserWords).toBe(false);
    expect(analyzeClose(analysis.rewrite).verdict).toBe('strong');
  });

  it('writes spoken words back as text: capitals, apostrophes and full stops', () => {
    const rewrite = analyzeClose('im really excited about this role um thanks').rewrite;
    expect(rewrite).toMatch(/^I'm really excited about this role\./);
  });

  it('stays under the length limit even when the user rambled', () => {
    const long = `thank you ${'i really enjoyed hearing about the team and the product and the roadmap '.repeat(3)}`;
    expect(words(analyzeClose(long).rewrite)).toBeLessThan(MAX_CLOSE_WORDS);
  });
});
