import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDevice,
  launchRequest,
  newSession,
} from '../../../lambda/src/hosts/console/request-envelopes.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ENTRY = 'lambda/src/hosts/server.ts';

interface Started {
  child: ChildProcessWithoutNullStreams;
  base: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanUp of cleanups.splice(0)) cleanUp();
});

/** `npm run serve` as an operator runs it: its own process, a throwaway data directory, any free port. */
function startEntry(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const dataDir = mkdtempSync(join(tmpdir(), 'closing-coach-serve-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', ENTRY, '--port', '0', '--data-dir', dataDir, '--fresh', ...args],
    { cwd: ROOT, env: { ...process.env, CLOSING_COACH_QUIET: '1', ...env } },
  );
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not start:\n${stderr}`));
    }, 20_000);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const address = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)?.[1];
      if (address !== undefined) {
        clearTimeout(timer);
        resolve({ child, base: address, stderr: () => stderr, exited });
      }
    });
    child.stdout.resume();
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before listening:\n${stderr}`));
    });
  });
}

function launchBody(): string {
  return JSON.stringify(launchRequest(createDevice({ screen: false, locale: 'en-US' }), newSession()));
}

describe('npm run serve', () => {
  it('with --no-verify warns at start-up, answers plain requests, and exits 0 on SIGTERM', async () => {
    const server = await startEntry(['--no-verify']);
    expect(server.stderr()).toMatch(/verification is OFF/);
    const response = await fetch(`${server.base}/alexa`, { method: 'POST', body: launchBody() });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as ResponseEnvelope;
    expect(answer.sessionAttributes).toMatchObject({ state: 'AWAITING_CLOSE' });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('will not start with verification on and no skill id, and says why in one line', async () => {
    const server = startEntry([], { SKILL_ID: '' });
    await expect(server).rejects.toThrow(/exited before listening:\n.*needs the skill's id.*\n\nUsage:/);
  });

  it('verifies by default: an unsigned request is refused and no warning is printed', async () => {
    const server = await startEntry([], { SKILL_ID: 'amzn1.ask.skill.entry-test' });
    expect(server.stderr()).not.toMatch(/verification is OFF/);
    const response = await fetch(`${server.base}/`, { method: 'POST', body: launchBody() });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'signature_missing' } });
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  });

  it('turns verification off from CLOSING_COACH_NO_VERIFY=1 as well', async () => {
    const server = await startEntry([], { CLOSING_COACH_NO_VERIFY: '1' });
    expect(server.stderr()).toMatch(/verification is OFF/);
    const response = await fetch(`${server.base}/`, { method: 'POST', body: launchBody() });
    expect(response.status).toBe(200);
  });
});
