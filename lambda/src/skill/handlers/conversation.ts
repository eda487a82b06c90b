import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { Intents } from '../intents.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { isIntent } from '../request-helpers.ts';
import { ask, tell } from '../respond.ts';
import { beginRound } from '../round.ts';
import { summarise } from '../progress.ts';
import { readSession } from '../session-state.ts';
import { offerReminder } from '../thank-you-reminder-flow.ts';

/** "How am I doing?": rounds, streak, the commonest slip and whether it is fading, in one breath. */
export const progress: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.progress),
  async handle(input) {
    const { phrases, progress: store } = requestContext(input);
    const session = readSession(input);
    if (session.state !== 'AWAITING_CLOSE') session.state = 'FEEDBACK';
    const offer = phrases.line('skill.progress.offer');
    const speech = newSpeech(input);
    if (!store.enabled) {
      const practised = session.round - (session.state === 'AWAITING_CLOSE' ? 1 : 0);
      speech.coach(
        practised > 0
          ? phrases.line('skill.progress.session', { count: practised })
          : phrases.line('skill.progress.noneYet'),
        phrases.line('skill.progress.notSaved'),
      );
      return ask(input, session, speech.coach(offer), offer);
    }
    const stored = await store.load(input);
    if (!stored.ok)
      return ask(input, session, speech.coach(phrases.line('skill.progress.unavailable'), offer), offer);
    const summary = summarise(stored.value);
    if (summary.rounds === 0)
      return ask(input, session, speech.coach(phrases.line('skill.progress.noneYet'), offer), offer);
    speech.coach(phrases.line('skill.progress.total', { count: summary.rounds }));
    if (summary.streak > 0) speech.coach(phrases.line('skill.progress.streak', { count: summary.streak }));
    if (summary.pitfall) {
      const pitfall = phrases.text(`labels.${summary.pitfall}`);
      speech.coach(
        phrases.line(summary.fading ? 'skill.progress.pitfallFading' : 'skill.progress.pitfallStays', {
          pitfall,
        }),
      );
    } else {
      speech.coach(phrases.line('skill.progress.noPitfall'));
    }
    return ask(input, session, speech.coach(offer), offer);
  },
};

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
    if (session.state !== 'AWAITING_CLOSE') session.state = 'FEEDBACK';
    const offer = phrases.line('skill.deleteData.offer');
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
    return input.responseBuilder.speak(last.speech).reprompt(last.reprompt).getResponse();
  },
};

/** Help that fits the moment: how to say a close while one is awaited, what to ask after feedback. */
export const help: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.help),
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
    const key =
      session.state === 'AWAITING_CLOSE' ? 'awaiting' : session.state === 'FEEDBACK' ? 'feedback' : 'general';
    if (key === 'general') session.state = 'FEEDBACK';
    const line = phrases.line(`skill.help.${key}`);
    const reprompt =
      key === 'awaiting' ? phrases.pick('skill.awaitReprompt') : phrases.line('skill.coach.offerReprompt');
    return ask(input, session, newSpeech(input).coach(line), reprompt);
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
    session.state = 'FEEDBACK';
    const line = phrases.line('skill.fallback.general');
    return ask(input, session, newSpeech(input).coach(line), phrases.line('skill.coach.offerReprompt'));
  },
};
