import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../support/corpus.ts';
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

  it('batch mode answers each JSON line in order, a bad line gets an error line while the rest go on, and the batch fails', async () => {
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
    expect(code).toBe(1);
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

  it('analyses each line in its own language and refuses a language it does not have, prototype keys included', async () => {
    const input = [
      JSON.stringify({ id: 'es', text: 'gracias cuándo empiezo', locale: 'es-MX', role: 'una enfermera' }),
      JSON.stringify({ id: 'proto', text: 'hola', locale: 'constructor' }),
      JSON.stringify({ id: 'fr', text: 'merci', locale: 'fr-FR' }),
      JSON.stringify({ id: 'en', text: 'how did i do' }),
    ].join('\n');
    const { code, stdout, stderr } = await analyzeCli(['--jsonl'], input);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(lines.map((line) => line.id)).toEqual(['es', 'proto', 'fr', 'en']);
    expect(lines[0]).toMatchObject({ verdict: 'risky', primary: 'hard_close' });
    expect(String(lines[0]?.example)).toMatch(/enfermera/);
    expect(String(lines[0]?.example)).not.toMatch(/\brole\b/);
    expect(lines[1]?.error).toMatch(/no analyzer for the language of "constructor"/);
    expect(lines[2]?.error).toMatch(/"fr-FR"/);
    expect(lines[3]).toMatchObject({ primary: 'performance_check' });
  });

  it('gives an error line for a text over the stated cap instead of analysing it', async () => {
    const input = [
      JSON.stringify({ id: 'huge', text: 'thank you '.repeat(2_001) }),
      JSON.stringify({ id: 'ok', text: 'thank you' }),
    ].join('\n');
    const { code, stdout } = await analyzeCli(['--jsonl'], input);
    const lines = stdout.trim().split('\n');
    expect(code).toBe(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({ id: 'huge', error: 'the text is over 20000 characters' });
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ id: 'ok', primary: 'upbeat_close' });
  });

  it('reports in Spanish with --locale es-ES, and refuses an unknown --locale', async () => {
    const spanish = await analyzeCli(['--locale', 'es-ES', 'muchas gracias le preocupa algo de mi perfil']);
    expect(spanish.code).toBe(0);
    expect(spanish.stdout).toMatch(/Valoración: \[Despedida arriesgada\]/);
    expect(spanish.stdout).toMatch(/preguntar por dudas o por tu encaje/);
    const unknown = await analyzeCli(['--locale', 'constructor', 'hello']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no analyzer for the language of "constructor"/);
    const tooLong = await analyzeCli(['x'.repeat(20_001)]);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toMatch(/over 20000 characters/);
  });

  it('ends quietly when the reader stops early, as `| head -1` does', () => {
    const lines = Array.from({ length: 3000 }, (_, k) =>
      JSON.stringify({ id: k, text: 'how did i do' }),
    ).join('\n');
    const script = `node --import tsx lambda/src/cli/analyze.ts --jsonl | head -1; echo "status \${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', script], {
      cwd: REPO_ROOT,
      input: lines,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toBe('status 0');
  });

  it('without a close it explains how to use it and fails', async () => {
    const { code, stderr } = await analyzeCli([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage/);
  });
});
