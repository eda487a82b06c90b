import { describe, expect, it } from 'vitest';
import { parseServerArguments } from '../../../lambda/src/hosts/server/server-options.ts';

describe('server options', () => {
  it('listens on 127.0.0.1:3000 with verification on by default', () => {
    expect(parseServerArguments([], {})).toEqual({
      kind: 'run',
      options: { port: 3000, host: '127.0.0.1', verify: true, fresh: false },
    });
  });

  it('takes the port from PORT, and --port over PORT', () => {
    expect(parseServerArguments([], { PORT: '8080' })).toMatchObject({ options: { port: 8080 } });
    expect(parseServerArguments(['--port', '9000'], { PORT: '8080' })).toMatchObject({
      options: { port: 9000 },
    });
  });

  it('turns verification off only when asked by flag or by CLOSING_COACH_NO_VERIFY=1', () => {
    expect(parseServerArguments(['--no-verify'], {})).toMatchObject({ options: { verify: false } });
    expect(parseServerArguments([], { CLOSING_COACH_NO_VERIFY: '1' })).toMatchObject({
      options: { verify: false },
    });
    expect(parseServerArguments([], { CLOSING_COACH_NO_VERIFY: '0' })).toMatchObject({
      options: { verify: true },
    });
  });

  it('passes host, data directory and fresh through', () => {
    expect(parseServerArguments(['--host', '0.0.0.0', '--data-dir', '/tmp/cc', '--fresh'], {})).toEqual({
      kind: 'run',
      options: { port: 3000, host: '0.0.0.0', verify: true, fresh: true, dataDir: '/tmp/cc' },
    });
  });

  it('refuses ports that are not ports and options it does not know', () => {
    for (const port of ['http', '70000', '-1', '']) {
      expect(parseServerArguments(['--port', port], {})).toMatchObject({ kind: 'bad-arguments' });
    }
    expect(parseServerArguments([], { PORT: 'eighty' })).toMatchObject({ kind: 'bad-arguments' });
    expect(parseServerArguments(['--verify-off'], {})).toMatchObject({ kind: 'bad-arguments' });
  });

  it('asks for help with -h', () => {
    expect(parseServerArguments(['-h'], {})).toEqual({ kind: 'help' });
  });
});
