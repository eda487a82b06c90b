import { nextPrompt } from '../next-prompt.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { ask } from '../respond.ts';
import { settleAfterAside } from '../session-state.ts';
import type { Action } from './turn.ts';

/** "Delete my data": with a store, after a yes-or-no confirmation; without one there is nothing to delete. */
export const deleteData: Action = ({ input, session }) => {
  const { phrases, progress: store } = requestContext(input);
  if (store.enabled) {
    session.state = 'CONFIRM_DELETE';
    const question = phrases.line('skill.deleteData.confirm');
    return ask(input, session, newSpeech(input).coach(question), question);
  }
  session.profile = {};
  settleAfterAside(session);
  const offer = nextPrompt(session, phrases, 'skill.deleteData.offer');
  return ask(input, session, newSpeech(input).coach(phrases.line('skill.deleteData.nothing'), offer), offer);
};

/** Yes to "delete your saved progress?": the record goes, and the details with it. */
export const confirmDelete: Action = async ({ input, session }) => {
  const { phrases, progress } = requestContext(input);
  session.state = 'FEEDBACK';
  const removed = await progress.remove(input);
  if (removed.ok) session.profile = {};
  const said = phrases.line(removed.ok ? 'skill.deleteData.done' : 'skill.deleteData.failed');
  const offer = phrases.line('skill.deleteData.offer');
  return ask(input, session, newSpeech(input).coach(said, offer), offer);
};

/** No to "delete your saved progress?": nothing changes. */
export const keepData: Action = ({ input, session }) => {
  const { phrases } = requestContext(input);
  session.state = 'FEEDBACK';
  const offer = phrases.line('skill.deleteData.offer');
  return ask(input, session, newSpeech(input).coach(phrases.line('skill.deleteData.kept'), offer), offer);
};
