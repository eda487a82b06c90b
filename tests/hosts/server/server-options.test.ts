import { describe, expect, it } from 'vitest';
import { parseServerArguments } from '../../../lambda/src/hosts/server/server-options.ts';

const SKILL = 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555';
/** Verification on needs a skill id; most cases here are about something else. */
const withSkill = { SKILL_ID: SKILL };

describe('server options', () => {
  it('listens on 127.0.0.1:3000 with verification on by default', () => {
    expect(parseServerArguments([], withSkill)).toEqual({
      kind: 'run',
      options: { port: 3000, host: '127.0.0.1', verify: true, fresh: false, skillId: SKILL },
    });
  });

  it('takes the skill id from --skill-id over SKILL_ID, and needs one only while verification is on', () => {
    expect(parseServerArguments(['--skill-id', 'amzn1.ask.skill.flag'], withSkill)).toMatchObject({
      options: { skillId: 'amzn1.ask.skill.flag' },
    });
    const refused = parseServerArguments([], {});
    expect(refused.kind).toBe('bad-arguments');
    if (refused.kind === 'bad-arguments') expect(refused.message).toMatch(/^[^\n]*skill's id[^\n]*$/);
    expect(parseServerArguments([], { SKILL_ID: '  ' })).toMatchObject({ kind: 'bad-arguments' });
    expect(parseServerArguments(['--no-verify'], {})).toEqual({
      kind: 'run',
      options: { port: 3000, host: '127.0.0.1', verify: false, fresh: false },
    });
  });

  it('takes the port from PORT, and --port over PORT', () => {
    expect(parseServerArguments([], { ...withSkill, PORT: '8080' })).toMatchObject({
      options: { port: 8080 },
    });
    expect(parseServerArguments(['--port', '9000'], { ...withSkill, PORT: '8080' })).toMatchObject({
      options: { port: 9000 },
    });
  });

  it('turns verification off only when asked by flag or by CLOSING_COACH_NO_VERIFY=1', () => {
    expect(parseServerArguments(['--no-verify'], {})).toMatchObject({ options: { verify: false } });
    expect(parseServerArguments([], { CLOSING_COACH_NO_VERIFY: '1' })).toMatchObject({
      options: { verify: false },
    });
    expect(parseServerArguments([], { ...withSkill, CLOSING_COACH_NO_VERIFY: '0' })).toMatchObject({
      options: { verify: true },
    });
  });

  it('passes host, data directory and fresh through', () => {
    expect(
      parseServerArguments(['--host', '0.0.0.0', '--data-dir', '/tmp/cc', '--fresh'], withSkill),
    ).toEqual({
      kind: 'run',
      options: { port: 3000, host: '0.0.0.0', verify: true, fresh: true, dataDir: '/tmp/cc', skillId: SKILL },
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
