import type { RequestHandler } from 'ask-sdk-core';
import { exampleClose } from '../../analyzer/index.ts';
import { Intents } from '../intents.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { isIntent } from '../request-helpers.ts';
import { ask } from '../respond.ts';
import { beginRound, formatOf } from '../round.ts';
import { readSession, settleAfterAside } from '../session-state.ts';

/** "Why?": the fuller reason behind the last piece of advice. */
export const why: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.why) && readSession(input).state !== 'AWAITING_CLOSE',
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
    const analysis = session.lastAnalysis;
    if (!analysis) return beginRound(input, session, [phrases.line('skill.whyNothing')]);
    settleAfterAside(session);
    const key = analysis.verdict === 'strong' ? 'skill.whyStrong' : 'skill.why';
    const speech = newSpeech(input).coach(
      phrases.line(key, { detail: phrases.text(analysis.advice.detail) }),
    );
    return ask(input, session, speech, phrases.line('skill.coach.offerReprompt'));
  },
};

/** "Another example": a different upbeat close, personalised when the role or company is known. */
export const anotherExample: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.anotherExample),
  handle(input) {
    const { phrases, locale } = requestContext(input);
    const session = readSession(input);
    session.exampleVariant += 1;
    settleAfterAside(session);
    const close = exampleClose({ locale, ...session.profile }, session.exampleVariant);
    input.responseBuilder.withSimpleCard(phrases.text('skill.card.example'), close);
    if (session.state === 'AWAITING_CLOSE') {
      // Asked for an example while the interviewer waits: give one, then let them try it.
      const prompt = phrases.pick('skill.awaitReprompt');
      const said = phrases.line('skill.exampleWhileWaiting', { close });
      return ask(input, session, newSpeech(input).coach(said, prompt), prompt);
    }
    const speech = newSpeech(input).coach(phrases.line('skill.example', { close }));
    return ask(input, session, speech, phrases.line('skill.coach.offerReprompt'));
  },
};

/** "Tips": the exit ritual for the interview's format, and the thank-you note. */
export const tips: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.tips),
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
    const tip = phrases.line(`skill.tips.${formatOf(session)}`);
    if (session.state === 'AWAITING_CLOSE') {
      const reprompt = phrases.pick('skill.awaitReprompt');
      return ask(input, session, newSpeech(input).coach(tip, reprompt), reprompt);
    }
    settleAfterAside(session);
    const offer = phrases.line('skill.tips.offer');
    return ask(input, session, newSpeech(input).coach(tip, offer), offer);
  },
};

/** "Another round", "yes" to the offer of one, "start over": a fresh wrap-up with a different line. */
export const newRound: RequestHandler = {
  canHandle(input) {
    if (isIntent(input, Intents.newRound, Intents.startOver)) return true;
    const state = readSession(input).state;
    return isIntent(input, Intents.yes) && (state === 'FEEDBACK' || state === undefined);
  },
  handle(input) {
    const session = readSession(input);
    if (isIntent(input, Intents.startOver)) {
      session.round = 0;
      session.coached = 0;
      session.exampleVariant = 0;
      return beginRound(input, session, [requestContext(input).phrases.line('skill.startOver')]);
    }
    return beginRound(input, session);
  },
};
