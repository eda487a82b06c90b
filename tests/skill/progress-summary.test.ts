import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  HISTORY_LIMIT,
  readProgress,
  type RoundRecord,
  summarise,
  withProfile,
  withRound,
} from '../../lambda/src/skill/progress.ts';

const round = (
  primary: RoundRecord['primary'],
  verdict: RoundRecord['verdict'],
  score = 50,
): RoundRecord => ({
  date: '2026-11-27',
  primary,
  verdict,
  score,
});

describe('progress that lasts', () => {
  it('counts rounds and the streak of strong closes, which a weaker close resets', () => {
    let progress = emptyProgress();
    for (const record of [
      round('upbeat_close', 'strong'),
      round('upbeat_close', 'strong'),
      round('needy', 'risky'),
    ]) {
      progress = withRound(progress, record);
    }
    expect(progress.rounds).toBe(3);
    expect(progress.strongStreak).toBe(0);
    expect(progress.bestStreak).toBe(2);
  });

  it('keeps a bounded history', () => {
    let progress = emptyProgress();
    for (let i = 0; i < HISTORY_LIMIT + 12; i += 1)
      progress = withRound(progress, round('other', 'needs_work'));
    expect(progress.history).toHaveLength(HISTORY_LIMIT);
    expect(progress.rounds).toBe(HISTORY_LIMIT + 12);
  });

  it('names the commonest slip and sees it fading when recent rounds avoid it', () => {
    let progress = emptyProgress();
    for (let i = 0; i < 6; i += 1) progress = withRound(progress, round('performance_check', 'risky', 20));
    for (let i = 0; i < 5; i += 1) progress = withRound(progress, round('upbeat_close', 'strong', 90));
    const summary = summarise(progress);
    expect(summary.pitfall).toBe('performance_check');
    expect(summary.fading).toBe(true);
    expect(summary.streak).toBe(5);
  });

  it('does not call a slip fading while it keeps happening', () => {
    let progress = emptyProgress();
    for (let i = 0; i < 8; i += 1) progress = withRound(progress, round('fit_probe', 'risky', 20));
    expect(summarise(progress)).toMatchObject({ pitfall: 'fit_probe', fading: false });
  });

  it('reads stored attributes defensively, dropping anything malformed', () => {
    const progress = readProgress({
      rounds: 'many',
      history: [round('needy', 'risky'), { date: 1 }, null, 'x'],
      profile: { role: 'nurse', format: 'hologram' },
      transcript: 'should never be read back',
    });
    expect(progress.rounds).toBe(0);
    expect(progress.history).toHaveLength(1);
    expect(progress.profile).toEqual({ role: 'nurse' });
    expect(Object.keys(progress)).not.toContain('transcript');
  });

  it('merges profile details', () => {
    const progress = withProfile(withProfile(emptyProgress(), { role: 'nurse' }), { company: 'Mercy' });
    expect(progress.profile).toEqual({ role: 'nurse', company: 'Mercy' });
  });
});
