import type { RequestHandler } from 'ask-sdk-core';
import { Intents } from '../intents.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { isIntent } from '../request-helpers.ts';
import { ask } from '../respond.ts';
import { readSession } from '../session-state.ts';
import { declineReminder, setReminder } from '../thank-you-reminder-flow.ts';

/** Yes or no to "delete your saved progress?": only a yes deletes. */
export const confirmDelete: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, Intents.yes, Intents.no) && readSession(input).state === 'CONFIRM_DELETE',
  async handle(input) {
    const { phrases, progress } = requestContext(input);
    const session = readSession(input);
    session.state = 'FEEDBACK';
    let said = phrases.line('skill.deleteData.kept');
    if (isIntent(input, Intents.yes)) {
      const removed = await progress.remove(input);
      if (removed.ok) session.profile = {};
      said = phrases.line(removed.ok ? 'skill.deleteData.done' : 'skill.deleteData.failed');
    }
    const offer = phrases.line('skill.deleteData.offer');
    return ask(input, session, newSpeech(input).coach(said, offer), offer);
  },
};

/** Yes or no to the thank-you-note reminder. */
export const answerReminder: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, Intents.yes, Intents.no) && readSession(input).state === 'OFFER_REMINDER',
  handle(input) {
    const session = readSession(input);
    return isIntent(input, Intents.yes) ? setReminder(input, session) : declineReminder(input, session);
  },
};
