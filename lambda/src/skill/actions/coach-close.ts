import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { analyzeClose } from '../../analyzer/index.ts';
import { composeFeedback } from '../coach.ts';
import { addFeedbackDisplays } from '../feedback-display.ts';
import { today, withProfile, withRound } from '../progress.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { ask } from '../respond.ts';
import { formatOf } from '../round.ts';
import { MAX_SLIPS, type SessionState } from '../session-state.ts';
import type { Action } from './turn.ts';

/** Alexa caps a spoken turn well below this; anything longer is not speech and would bloat the session. */
const MAX_TRANSCRIPT_CHARS = 2_000;

/** The user's close: coached at once, whether the interviewer was waiting or the last feedback was still fresh. */
export const coachClose: Action = ({ input, session, heard }) => coach(input, session, heard.words ?? '');

/**
 * A close Alexa routed to another intent because a sample matched it whole:
 * said to the waiting interviewer, "no" declines to ask anything and "how am
 * I doing?" asks how the interview went. The intent carries no words, so the
 * locale's own rendering of them stands in.
 */
export function coachHeardAs(what: 'no' | 'progress'): Action {
  return ({ input, session }) =>
    coach(input, session, requestContext(input).phrases.text(`skill.heardAs.${what}`));
}

async function coach(input: HandlerInput, session: SessionState, said: string): Promise<Response> {
  const { phrases, locale, progress, now } = requestContext(input);
  const words = said.slice(0, MAX_TRANSCRIPT_CHARS);
  const analysis = analyzeClose(words, { locale, ...session.profile });
  if (analysis.verdict === 'empty')
    return askForClose('skill.emptyClose')({ input, session, heard: { kind: 'close' } });
  // A close said straight after feedback is the next round, played in the same scene.
  if (session.state !== 'AWAITING_CLOSE') session.round += 1;
  const feedback = composeFeedback(analysis, phrases, {
    format: formatOf(session),
    previous: session.slips,
    variant: session.coached,
    analysedWith: { locale, ...session.profile },
  });
  session.state = 'FEEDBACK';
  session.lastAnalysis = analysis;
  session.coached += 1;
  session.slips = [...session.slips, analysis.primary].slice(-MAX_SLIPS);
  const round = {
    date: today(now()),
    verdict: analysis.verdict,
    primary: analysis.primary,
    score: analysis.score,
  };
  const saved = progress.enabled
    ? await progress.update(input, (current) => withProfile(withRound(current, round), session.profile))
    : undefined;
  addFeedbackDisplays(
    input,
    analysis,
    feedback,
    phrases,
    saved?.ok ? saved.value.history.map((r) => r.score) : [],
  );
  const speech = newSpeech(input)
    .interviewer(feedback.reaction)
    .coach(...feedback.coaching);
  if (saved?.ok === false) {
    speech.coach(
      phrases.line(saved.uncertain ? 'skill.progress.saveUncertain' : 'skill.progress.saveFailed'),
    );
  }
  return ask(input, session, speech, phrases.line('skill.coach.offerReprompt'));
}

/** Nothing usable was heard while the interviewer waits: say so kindly and keep waiting. */
export function askForClose(
  key: 'skill.emptyClose' | 'skill.fallback.awaiting' | 'skill.waiting.yes' | 'skill.waiting.why',
): Action {
  return ({ input, session }) => {
    const { phrases } = requestContext(input);
    session.state = 'AWAITING_CLOSE';
    const reprompt = phrases.pick(`skill.awaitReprompt.${formatOf(session)}`);
    return ask(input, session, newSpeech(input).coach(phrases.line(key)), reprompt);
  };
}
