import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { Intents } from '../intents.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { isIntent } from '../request-helpers.ts';
import { ask, tell } from '../respond.ts';
import { beginRound } from '../round.ts';
import { readSession } from '../session-state.ts';

/** "How am I doing?": rounds this session; lasting progress needs a store (DESIGN §4). */
export const progress: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.progress),
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
    const practised = session.round - (session.state === 'AWAITING_CLOSE' ? 1 : 0);
    const count =
      practised > 0
        ? phrases.line('skill.progress.session', { count: practised })
        : phrases.line('skill.progress.noneYet');
    if (session.state !== 'AWAITING_CLOSE') session.state = 'FEEDBACK';
    const offer = phrases.line('skill.progress.offer');
    return ask(
      input,
      session,
      newSpeech(input).coach(count, phrases.line('skill.progress.notSaved'), offer),
      offer,
    );
  },
};

/** "Delete my data": nothing is kept between sessions without a store, and the user hears so. */
export const deleteData: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.deleteData),
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
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

/** Stop, cancel, home, or "no" to another round: a warm goodbye with the thank-you-note reminder. */
export const goodbye: RequestHandler = {
  canHandle(input) {
    if (isIntent(input, Intents.stop, Intents.cancel, Intents.navigateHome)) return true;
    return isIntent(input, Intents.no) && readSession(input).state !== 'AWAITING_CLOSE';
  },
  handle(input) {
    const { phrases } = requestContext(input);
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
