import type { Line } from '../../speech/speech.ts';
import { requestContext } from '../request-context.ts';
import { beginRound } from '../round.ts';
import type { Action } from './turn.ts';

/** "Alexa, open closing coach": a short welcome, by progress for a returning user, then straight into a round. */
export const launch: Action = async ({ input, session }) => {
  const { phrases, progress } = requestContext(input);
  const stored = await progress.load(input);
  const lead: Line[] = [];
  if (stored.ok) session.profile = { ...stored.value.profile, ...session.profile };
  if (stored.ok && stored.value.rounds > 0) {
    lead.push(phrases.line('skill.welcome.back', { count: stored.value.rounds }));
    if (stored.value.strongStreak > 1)
      lead.push(phrases.line('skill.welcome.streak', { count: stored.value.strongStreak }));
    lead.push(phrases.line('skill.welcome.again'));
  } else {
    lead.push(phrases.line('skill.welcome.first'));
  }
  input.responseBuilder.withSimpleCard(
    phrases.text('skill.card.welcomeTitle'),
    phrases.text('skill.card.welcome'),
  );
  return beginRound(input, session, lead);
};
