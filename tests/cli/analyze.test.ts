import { describe, expect, it } from 'vitest';
import { runEntry } from '../support/run-entry.ts';

function analyzeCli(args: readonly string[], stdin = '') {
  return runEntry('lambda/src/cli/analyze.ts', args, stdin);
}

describe('npm run analyze', () => {
  it('prints a readable report for one close: flagged words, verdict, advice, example', async () => {
    const { code, stdout } = await analyzeCli(['did i answer all your questions satisfactorily']);
    expect(code).toBe(0);
    expect(stdout).toContain('[did i answer all your questions satisfactorily]');
    expect(stdout).toMatch(/Verdict: \[Risky close\]/);
    expect(stdout).toMatch(/asking how you did/);
    expect(stdout).toMatch(/on the spot/);
    expect(stdout).toMatch(/An example close: .+/);
  });

  it('personalises the example and shows the rewrite when the user’s words can be kept', async () => {
    const { stdout } = await analyzeCli([
      'thanks so much, how did i do',
      '--role',
      'nurse',
      '--company',
      'Mercy',
    ]);
    expect(stdout).toMatch(/Your close, tightened: Thanks so much\./);
    expect(stdout).toMatch(/nurse/);
  });

  it('batch mode answers each JSON line in order, and a bad line gets an error line while the rest go on', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'how did i do' }),
      'not json at all',
      JSON.stringify({ id: 'c' }),
      '',
      JSON.stringify({
        id: 7,
        text: 'thank you so much, i really enjoyed this and hope to hear from you soon',
      }),
    ].join('\n');
    const { code, stdout } = await analyzeCli(['--jsonl'], input);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      id: 'a',
      verdict: 'risky',
      primary: 'performance_check',
      moves: ['performance_check'],
    });
    expect(lines[0]?.score).toEqual(expect.any(Number));
    expect(lines[1]?.id).toBeNull();
    expect(lines[1]?.error).toBe('not valid JSON');
    expect(lines[2]?.id).toBe('c');
    expect(lines[2]?.error).toBe('needs a "text" string');
    expect(lines[3]).toMatchObject({ id: 7, verdict: 'strong', primary: 'upbeat_close' });
  });

  it('without a close it explains how to use it and fails', async () => {
    const { code, stderr } = await analyzeCli([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage/);
  });
});
