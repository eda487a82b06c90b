import { answerAside } from '../next-prompt.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { ask, speakAndListen } from '../respond.ts';
import { beginRound } from '../round.ts';
import { settleAfterAside } from '../session-state.ts';
import type { Action } from './turn.ts';

/** "Repeat": the last thing said, exactly; with nothing said yet, a round. */
export const repeat: Action = ({ input, session }) => {
  const last = session.lastSpeech;
  if (!last) return beginRound(input, session, [requestContext(input).phrases.line('skill.noRepeat')]);
  return speakAndListen(input, session, last.speech, last.reprompt);
};

/** Help that fits the moment: how to say a close while one is awaited, what to ask after feedback. */
export const help: Action = ({ input, session }) => {
  const key =
    session.state === 'AWAITING_CLOSE' ? 'awaiting' : session.state === 'FEEDBACK' ? 'feedback' : 'general';
  return answerAside(
    input,
    session,
    [requestContext(input).phrases.line(`skill.help.${key}`)],
    'skill.coach.offerReprompt',
  );
};

/** Help while a yes-or-no question waits: the question again, so the next yes still answers it. */
export const repeatQuestion: Action = ({ input, session }) => {
  const { phrases } = requestContext(input);
  const question = phrases.line(
    session.state === 'CONFIRM_DELETE'
      ? 'skill.deleteData.confirm'
      : session.state === 'ASK_INTERVIEW_DATE'
        ? 'skill.reminder.askDateAgain'
        : 'skill.reminder.offerAgain',
  );
  const lead = phrases.line(
    session.state === 'ASK_INTERVIEW_DATE' ? 'skill.help.date' : 'skill.help.question',
  );
  return ask(input, session, newSpeech(input).coach(lead, question), question);
};

/** Words Alexa could not place, or a request that makes no sense now: what the skill can take instead. */
export const notUnderstood: Action = ({ input, session }) => {
  const { phrases } = requestContext(input);
  settleAfterAside(session);
  const line = phrases.line('skill.fallback.general');
  return ask(input, session, newSpeech(input).coach(line), phrases.line('skill.coach.offerReprompt'));
};
