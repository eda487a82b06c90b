import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { requestContext } from '../request-context.ts';
import { beginRound } from '../round.ts';
import { readSession } from '../session-state.ts';

/** "Alexa, open closing coach": a short welcome, then straight into a round. */
export const launch: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
    input.responseBuilder.withSimpleCard(
      phrases.text('skill.card.welcomeTitle'),
      phrases.text('skill.card.welcome'),
    );
    return beginRound(input, session, [phrases.line('skill.welcome.first')]);
  },
};
