import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { skillWordsFor } from '../language/index.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { tell } from '../respond.ts';
import { readSession } from '../session-state.ts';
import { cellFor, type Next } from './flow.ts';
import { hear } from './heard.ts';

/**
 * Every launch and every spoken turn: what was heard, looked up in the
 * conversation's table for the current state. A language the skill does not
 * speak gets a kind word and a goodbye rather than English coaching. A cell that leaves the session
 * somewhere its row does not list is a bug, and fails loudly.
 */
export const converse: RequestHandler = {
  canHandle(input) {
    const type = getRequestType(input.requestEnvelope);
    return type === 'LaunchRequest' || type === 'IntentRequest';
  },
  async handle(input) {
    const { phrases, locale } = requestContext(input);
    if (skillWordsFor(locale) === undefined) {
      return tell(input, newSpeech(input).coach(phrases.line('skill.unsupportedLanguage')));
    }
    const session = readSession(input);
    const heard = hear(input);
    const from = session.state ?? 'START';
    const cell = cellFor(from, heard.kind);
    // Every action moves the session it is handed, so its state after the run is where the turn led.
    const response = await cell.run({ input, session, heard });
    const next: Next | 'START' = response.shouldEndSession === true ? 'END' : (session.state ?? 'START');
    if (next === 'START' || !cell.to.includes(next)) {
      throw new Error(`${heard.kind} in ${from} led to ${next}, which its cell does not list`);
    }
    return response;
  },
};
