import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getIntentName } from 'ask-sdk-core';
import { analyzeClose } from '../../analyzer/index.ts';
import { composeFeedback } from '../coach.ts';
import { addFeedbackDisplays } from '../feedback-display.ts';
import { CLOSE_SLOT, Intents } from '../intents.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { isIntent, slotText } from '../request-helpers.ts';
import { ask } from '../respond.ts';
import { formatOf } from '../round.ts';
import { readSession } from '../session-state.ts';
import { today, withProfile, withRound } from '../progress.ts';
import { offerReminder } from '../thank-you-reminder-flow.ts';

/** Alexa caps a spoken turn well below this; anything longer is not speech and would bloat the session. */
export const MAX_TRANSCRIPT_CHARS = 2_000;

/**
 * The user's close, while the round awaits one; or the first words of a
 * session that opened straight on a close ("ask closing coach, my close is …").
 */
export const captureClose: RequestHandler = {
  canHandle(input) {
    const session = readSession(input);
    if (isIntent(input, ...Object.keys(CLOSES_ROUTED_ELSEWHERE))) return session.state === 'AWAITING_CLOSE';
    if (!isIntent(input, Intents.captureClose)) return false;
    return (
      session.state === 'AWAITING_CLOSE' ||
      (session.state === undefined && slotText(input, CLOSE_SLOT) !== undefined)
    );
  },
  handle(input) {
    const recovered = CLOSES_ROUTED_ELSEWHERE[getIntentName(input.requestEnvelope)];
    const words = recovered ?? slotText(input, CLOSE_SLOT);
    if (words === undefined) return askAgain(input);
    return coach(input, words.slice(0, MAX_TRANSCRIPT_CHARS));
  },
};

/**
 * Closes Alexa routes to another intent because its samples match them: said
 * to an interviewer who has just wrapped up, "how am I doing?" asks how the
 * interview went, and "no" declines to ask anything. The intent carries no
 * words, so these stand in for what was said.
 */
const CLOSES_ROUTED_ELSEWHERE: Partial<Record<string, string>> = {
  [Intents.progress]: 'how am I doing',
  [Intents.no]: 'no',
};

async function coach(input: HandlerInput, words: string) {
  const { phrases, locale, progress, now } = requestContext(input);
  const session = readSession(input);
  const analysis = analyzeClose(words, { locale, ...session.profile });
  if (analysis.verdict === 'empty') return askAgain(input);
  const feedback = composeFeedback(analysis, phrases, formatOf(session));
  session.state = 'FEEDBACK';
  session.lastAnalysis = analysis;
  session.coached += 1;
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
  const speech = newSpeech(input).interviewer(feedback.reaction);
  let reprompt = feedback.reprompt;
  if (analysis.verdict === 'strong' && session.profile.company && session.reminder === undefined) {
    // After a strong close for a real interview, the next step is the thank-you note: offer the reminder in place of a round.
    const offer = offerReminder(session, phrases);
    speech.coach(...feedback.coaching.slice(0, -1), offer);
    reprompt = offer;
  } else {
    speech.coach(...feedback.coaching);
  }
  if (saved?.ok === false) {
    speech.coach(
      phrases.line(saved.uncertain ? 'skill.progress.saveUncertain' : 'skill.progress.saveFailed'),
    );
  }
  return ask(input, session, speech, reprompt);
}

/** Nothing usable was heard: stay in the round and ask once more, kindly. */
function askAgain(input: HandlerInput) {
  const { phrases } = requestContext(input);
  const session = readSession(input);
  session.state = 'AWAITING_CLOSE';
  const reprompt = phrases.pick('skill.awaitReprompt');
  return ask(input, session, newSpeech(input).coach(phrases.line('skill.emptyClose')), reprompt);
}
