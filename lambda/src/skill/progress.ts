import type { PrimaryLabel, Verdict } from '../analyzer/index.ts';
import { type Profile, readProfile } from './session-state.ts';

/** One practised round, as kept: never the words said. */
export interface RoundRecord {
  /** The day, YYYY-MM-DD. */
  date: string;
  verdict: Verdict;
  primary: PrimaryLabel;
  score: number;
}

/** What lasts between sessions for one Alexa user (docs/ARCHITECTURE.md, "Persistence"). */
export interface Progress {
  rounds: number;
  history: RoundRecord[];
  strongStreak: number;
  bestStreak: number;
  profile: Profile;
  /** The user said no to the thank-you reminder: it is not offered again. */
  reminderDeclined: boolean;
}

export const HISTORY_LIMIT = 30;
const RECENT = 5;
const VERDICTS: readonly string[] = ['strong', 'needs_work', 'risky', 'empty'];

export function emptyProgress(): Progress {
  return { rounds: 0, history: [], strongStreak: 0, bestStreak: 0, profile: {}, reminderDeclined: false };
}

/** Stored attributes are read like any input from outside: shape checked, bad parts dropped. */
export function readProgress(stored: Record<string, unknown>): Progress {
  const progress = emptyProgress();
  const count = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0;
  progress.rounds = count(stored.rounds);
  progress.strongStreak = count(stored.strongStreak);
  progress.bestStreak = count(stored.bestStreak);
  if (Array.isArray(stored.history)) {
    progress.history = stored.history.filter(isRoundRecord).slice(-HISTORY_LIMIT);
  }
  progress.profile = readProfile(stored.profile);
  progress.reminderDeclined = stored.reminderDeclined === true;
  return progress;
}

function isRoundRecord(value: unknown): value is RoundRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<RoundRecord>;
  return (
    typeof record.date === 'string' &&
    typeof record.verdict === 'string' &&
    VERDICTS.includes(record.verdict) &&
    typeof record.primary === 'string' &&
    typeof record.score === 'number'
  );
}

export function withRound(progress: Progress, record: RoundRecord): Progress {
  const strongStreak = record.verdict === 'strong' ? progress.strongStreak + 1 : 0;
  return {
    ...progress,
    rounds: progress.rounds + 1,
    history: [...progress.history, record].slice(-HISTORY_LIMIT),
    strongStreak,
    bestStreak: Math.max(progress.bestStreak, strongStreak),
  };
}

export function withProfile(progress: Progress, profile: Profile): Progress {
  return { ...progress, profile: readProfile({ ...progress.profile, ...profile }) };
}

export function withReminderDeclined(progress: Progress): Progress {
  return { ...progress, reminderDeclined: true };
}

export interface ProgressSummary {
  rounds: number;
  streak: number;
  /** The slip made most often, if any. */
  pitfall?: PrimaryLabel;
  /** Whether that slip shows up less in the latest rounds than before. */
  fading: boolean;
  averageScore: number;
}

/** "How am I doing?" in numbers: rounds, streak, the commonest slip and whether it is fading. */
export function summarise(progress: Progress): ProgressSummary {
  const slips = progress.history.filter((round) => round.verdict !== 'strong' && round.verdict !== 'empty');
  const tally = new Map<PrimaryLabel, number>();
  for (const round of slips) tally.set(round.primary, (tally.get(round.primary) ?? 0) + 1);
  const pitfall = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const recent = progress.history.slice(-RECENT);
  const earlier = progress.history.slice(0, -RECENT);
  const share = (rounds: RoundRecord[]) =>
    rounds.length === 0 ? 0 : rounds.filter((round) => round.primary === pitfall).length / rounds.length;
  const scores = progress.history.map((round) => round.score);
  const summary: ProgressSummary = {
    rounds: progress.rounds,
    streak: progress.strongStreak,
    fading: pitfall !== undefined && earlier.length > 0 && share(recent) < share(earlier),
    averageScore: scores.length === 0 ? 0 : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
  };
  if (pitfall) summary.pitfall = pitfall;
  return summary;
}

export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
