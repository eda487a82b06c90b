import { exampleClose } from '../../analyzer/index.ts';
import { answerAside } from '../next-prompt.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { ask } from '../respond.ts';
import { beginRound, formatOf } from '../round.ts';
import { settleAfterAside } from '../session-state.ts';
import type { Action } from './turn.ts';

/** "Why?": the fuller reason behind the last piece of advice; with nothing coached yet, a round to coach. */
export const why: Action = ({ input, session }) => {
  const { phrases } = requestContext(input);
  const analysis = session.lastAnalysis;
  if (!analysis) return beginRound(input, session, [phrases.line('skill.whyNothing')]);
  settleAfterAside(session);
  const key = analysis.verdict === 'strong' ? 'skill.whyStrong' : 'skill.why';
  // The advice names what follows the close for the scene being played: no handshake on a call.
  const ritual = phrases.text(`skill.coach.ritualInAdvice.${formatOf(session)}`);
  const detail = phrases.text(analysis.advice.detail, { ritual });
  const speech = newSpeech(input).coach(phrases.line(key, { detail }));
  return ask(input, session, speech, phrases.line('skill.coach.offerReprompt'));
};

/** "Another example": a different upbeat close, personalised when the role or company is known. */
export const anotherExample: Action = ({ input, session }) => {
  const { phrases, locale } = requestContext(input);
  session.exampleVariant += 1;
  settleAfterAside(session);
  // The last feedback spoke the example of variant coached − 1: count on from there, so this one is new.
  const close = exampleClose(
    { locale, ...session.profile },
    Math.max(0, session.coached - 1) + session.exampleVariant,
  );
  input.responseBuilder.withSimpleCard(phrases.text('skill.card.example'), close);
  const key = session.state === 'AWAITING_CLOSE' ? 'skill.exampleWhileWaiting' : 'skill.example';
  return answerAside(input, session, [phrases.line(key, { close })], 'skill.coach.offerReprompt');
};

/** "Tips": the exit ritual for the interview's format, and the thank-you note. */
export const tips: Action = ({ input, session }) =>
  answerAside(
    input,
    session,
    [requestContext(input).phrases.line(`skill.tips.${formatOf(session)}`)],
    'skill.tips.offer',
  );

/** "Another round", "yes" to the offer of one: a fresh wrap-up with a different line. */
export const newRound: Action = ({ input, session }) => beginRound(input, session);

/** "Start over": the session's count and examples from the beginning. */
export const startOver: Action = ({ input, session }) => {
  session.round = 0;
  session.coached = 0;
  session.exampleVariant = 0;
  session.slips = [];
  return beginRound(input, session, [requestContext(input).phrases.line('skill.startOver')]);
};
