import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { Intents } from '../intents.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { isIntent } from '../request-helpers.ts';
import { ask, speakAndListen, tell } from '../respond.ts';
import { beginRound } from '../round.ts';
import type { Line } from '../../speech/speech.ts';
import type { Phrases } from '../phrases.ts';
import { type ProgressSummary, summarise } from '../progress.ts';
import { nextPrompt } from '../next-prompt.ts';
import { readSession, settleAfterAside } from '../session-state.ts';
import { offerReminder } from '../thank-you-reminder-flow.ts';

/** "How am I doing?": rounds, streak, the commonest slip and whether it is fading, in one breath. */
export const progress: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.progress),
  async handle(input) {
    const { phrases, progress: store } = requestContext(input);
    const session = readSession(input);
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
    const stored = await store.load(input);
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
  },
};

function describeProgress(summary: ProgressSummary, phrases: Phrases): Line[] {
  const lines = [phrases.line('skill.progress.total', { count: summary.rounds })];
  if (summary.streak > 0) lines.push(phrases.line('skill.progress.streak', { count: summary.streak }));
  if (!summary.pitfall) return [...lines, phrases.line('skill.progress.noPitfall')];
  const pitfall = phrases.text(`labels.${summary.pitfall}`);
  const key = summary.fading ? 'skill.progress.pitfallFading' : 'skill.progress.pitfallStays';
  return [...lines, phrases.line(key, { pitfall })];
}

/** "Delete my data": with a store, after a yes-or-no confirmation; without one there is nothing to delete. */
export const deleteData: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.deleteData),
  handle(input) {
    const { phrases, progress: store } = requestContext(input);
    const session = readSession(input);
    if (store.enabled) {
      session.state = 'CONFIRM_DELETE';
      const question = phrases.line('skill.deleteData.confirm');
      return ask(input, session, newSpeech(input).coach(question), question);
    }
    session.profile = {};
    settleAfterAside(session);
    const offer = nextPrompt(session, phrases, 'skill.deleteData.offer');
    return ask(
      input,
      session,
      newSpeech(input).coach(phrases.line('skill.deleteData.nothing'), offer),
      offer,
    );
  },
};

/** "Repeat": the last thing said, exactly. */
export const repeat: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.repeat),
  handle(input) {
    const session = readSession(input);
    const last = session.lastSpeech;
    if (!last) {
      const { phrases } = requestContext(input);
      return beginRound(input, session, [phrases.line('skill.noRepeat')]);
    }
    return speakAndListen(input, session, last.speech, last.reprompt);
  },
};

/** Help that fits the moment: how to say a close while one is awaited, what to ask after feedback. */
export const help: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.help),
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
    // A pending yes-or-no question is asked again after the help, so the next yes still answers it.
    if (session.state === 'CONFIRM_DELETE' || session.state === 'OFFER_REMINDER') {
      const key = session.state === 'CONFIRM_DELETE' ? 'skill.deleteData.confirm' : 'skill.reminder.offer';
      const question = phrases.line(key);
      return ask(
        input,
        session,
        newSpeech(input).coach(phrases.line('skill.help.question'), question),
        question,
      );
    }
    const key =
      session.state === 'AWAITING_CLOSE' ? 'awaiting' : session.state === 'FEEDBACK' ? 'feedback' : 'general';
    if (key === 'general') session.state = 'FEEDBACK';
    const reprompt =
      key === 'awaiting' ? phrases.pick('skill.awaitReprompt') : phrases.line('skill.coach.offerReprompt');
    return ask(input, session, newSpeech(input).coach(phrases.line(`skill.help.${key}`)), reprompt);
  },
};

/**
 * Stop, cancel, home, or "no" to another round: a warm goodbye with the
 * thank-you-note reminder. Saying no with a company known first offers to set
 * that reminder; stop and cancel always end at once.
 */
export const goodbye: RequestHandler = {
  canHandle(input) {
    if (isIntent(input, Intents.stop, Intents.cancel, Intents.navigateHome)) return true;
    return isIntent(input, Intents.no) && readSession(input).state === 'FEEDBACK';
  },
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
    if (isIntent(input, Intents.no) && session.profile.company && session.reminder === undefined) {
      const offer = offerReminder(session, phrases, true);
      return ask(input, session, newSpeech(input).coach(offer), offer);
    }
    return tell(input, newSpeech(input).coach(phrases.pick('skill.goodbye')));
  },
};

/**
 * Words Alexa could not place, and intents that make no sense at this point:
 * a concrete way to say what the skill can take now.
 */
export const fallback: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
    if (session.state === 'AWAITING_CLOSE') {
      const reprompt = phrases.pick('skill.awaitReprompt');
      return ask(input, session, newSpeech(input).coach(phrases.line('skill.fallback.awaiting')), reprompt);
    }
    settleAfterAside(session);
    const line = phrases.line('skill.fallback.general');
    return ask(input, session, newSpeech(input).coach(line), phrases.line('skill.coach.offerReprompt'));
  },
};
