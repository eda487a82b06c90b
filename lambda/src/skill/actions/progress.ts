import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Line } from '../../speech/speech.ts';
import type { Stored } from '../progress-store.ts';
import { nextPrompt } from '../next-prompt.ts';
import type { Phrases } from '../phrases.ts';
import { type Progress, type ProgressSummary, summarise } from '../progress.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { ask } from '../respond.ts';
import { type SessionState, settleAfterAside } from '../session-state.ts';
import { coachHeardAs } from './coach-close.ts';
import type { Action } from './turn.ts';

/** "How am I doing?": rounds, streak, the commonest slip and whether it is fading, in one breath. */
export const reportProgress: Action = async ({ input, session }) => {
  const { phrases, progress: store } = requestContext(input);
  settleAfterAside(session);
  const speech = newSpeech(input);
  if (!store.enabled) {
    const offer = nextPrompt(
      session,
      phrases,
      session.coached > 0 ? 'skill.progress.offer' : 'skill.progress.offerFirst',
    );
    const count =
      session.coached > 0
        ? phrases.line('skill.progress.session', { count: session.coached })
        : phrases.line('skill.progress.noneYet');
    return ask(input, session, speech.coach(count, phrases.line('skill.progress.notSaved'), offer), offer);
  }
  return speakProgress(input, session, await store.load(input));
};

/** The progress just read, said; shared with progressOrClose, which has read it already. */
function speakProgress(input: HandlerInput, session: SessionState, stored: Stored<Progress>): Response {
  const { phrases } = requestContext(input);
  const speech = newSpeech(input);
  const summary = stored.ok ? summarise(stored.value) : undefined;
  const offer = nextPrompt(
    session,
    phrases,
    summary?.rounds ? 'skill.progress.offer' : 'skill.progress.offerFirst',
  );
  if (!summary) speech.coach(phrases.line('skill.progress.unavailable'));
  else if (summary.rounds === 0) speech.coach(phrases.line('skill.progress.noneYet'));
  else speech.coach(...describeProgress(summary, phrases));
  return ask(input, session, speech.coach(offer), offer);
}

/**
 * "How am I doing?" while the interviewer waits: a user with rounds to report
 * means their progress; one with none can only be asking the interviewer how
 * the interview went, and that close is coached.
 */
export const progressOrClose: Action = async (turn) => {
  const { input, session } = turn;
  if (session.coached > 0) return reportProgress(turn);
  const stored = await requestContext(input).progress.load(input);
  if (!stored.ok || stored.value.rounds === 0) return coachHeardAs('progress')(turn);
  settleAfterAside(session);
  return speakProgress(input, session, stored);
};

function describeProgress(summary: ProgressSummary, phrases: Phrases): Line[] {
  const lines = [phrases.line('skill.progress.total', { count: summary.rounds })];
  if (summary.streak > 0) lines.push(phrases.line('skill.progress.streak', { count: summary.streak }));
  if (!summary.pitfall) return [...lines, phrases.line('skill.progress.noPitfall')];
  const pitfall = phrases.text(`labels.${summary.pitfall}`);
  const key = summary.fading ? 'skill.progress.pitfallFading' : 'skill.progress.pitfallStays';
  return [...lines, phrases.line(key, { pitfall })];
}
