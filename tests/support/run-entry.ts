import { spawn } from 'node:child_process';
import { REPO_ROOT } from './corpus.ts';

export interface EntryRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * One of the project's command-line entries as a user runs it: its own
 * process, TypeScript through tsx, text on stdin, no colour, a hard time limit.
 */
export function runEntry(
  entry: string,
  args: readonly string[],
  stdin: string,
  env: NodeJS.ProcessEnv = {},
): Promise<EntryRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
      timeout: 30_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}
