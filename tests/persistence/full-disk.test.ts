import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const FILL_STORE = fileURLToPath(new URL('./fill-store.ts', import.meta.url));

/** A 2 MB tmpfs to fill, where this machine allows mounting one (root on Linux); otherwise the test skips. */
function smallDisk(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'closing-coach-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
  if (mounted.status === 0) return dir;
  rmSync(dir, { recursive: true, force: true });
  return undefined;
}

const disk = process.platform === 'linux' ? smallDisk() : undefined;
if (disk === undefined)
  console.log('full-disk test skipped: cannot mount a small tmpfs here (needs root on Linux)');

afterAll(() => {
  if (disk === undefined) return;
  spawnSync('umount', [disk], { stdio: 'ignore' });
  rmSync(disk, { recursive: true, force: true });
});

describe.skipIf(disk === undefined)('the local store on a full disk', () => {
  it('fails the writes that cannot be made, keeps the process running, and restarts without crashing', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', FILL_STORE, join(disk ?? '', 'store'), join(disk ?? '', 'filler')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status).toBe(0);
    const outcome = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
      saved: number;
      failed: number;
      reopened: string;
    };
    expect(outcome.failed).toBeGreaterThan(0);
    expect(outcome.reopened).not.toMatch(/\n/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, 150_000);
});
