import { askForClose, coachClose, coachHeardAs } from '../actions/coach-close.ts';
import { help, notUnderstood, repeat, repeatQuestion } from '../actions/conversation.ts';
import { anotherExample, newRound, startOver, tips, why } from '../actions/follow-ups.ts';
import { goodbye } from '../actions/goodbye.ts';
import { launch } from '../actions/launch.ts';
import { confirmDelete, deleteData, keepData } from '../actions/privacy.ts';
import { setFormat, setJob } from '../actions/profile.ts';
import { progressOrClose, reportProgress } from '../actions/progress.ts';
import { declineReminder, noDate, noMoreRounds, offerForDate, setReminder } from '../actions/thank-you.ts';
import type { Action } from '../actions/turn.ts';
import type { ConversationState } from '../session-state.ts';
import type { HeardKind } from './heard.ts';

/** Where a turn may leave the conversation: a state, or the session's end. */
export type Next = ConversationState | 'END';

/** One cell: what happens, and every state it may lead to (checked on every turn). */
interface Cell {
  run: Action;
  to: readonly Next[];
}

/** A session opened on an intent ("ask closing coach for tips") has no state yet. */
type FlowState = ConversationState | 'START';

const AWAITING: Next[] = ['AWAITING_CLOSE'];
const FEEDBACK: Next[] = ['FEEDBACK'];
const END: Next[] = ['END'];
/** An aside answered while a close is awaited keeps the interviewer waiting; otherwise it settles on feedback. */
const ASIDE: Next[] = ['AWAITING_CLOSE', 'FEEDBACK'];

/** What the user may do at any point, answered the same way in every state unless a state says otherwise. */
const ANYWHERE: Record<HeardKind, Cell> = {
  launch: { run: launch, to: AWAITING },
  close: { run: coachClose, to: ['FEEDBACK', 'AWAITING_CLOSE'] },
  silence: { run: notUnderstood, to: FEEDBACK },
  unclear: { run: notUnderstood, to: FEEDBACK },
  why: { run: why, to: ASIDE },
  example: { run: anotherExample, to: ASIDE },
  tips: { run: tips, to: ASIDE },
  progress: { run: reportProgress, to: ASIDE },
  setJob: { run: setJob, to: ASIDE },
  setFormat: { run: setFormat, to: ASIDE },
  interviewDate: { run: offerForDate, to: ['OFFER_REMINDER', 'ASK_INTERVIEW_DATE'] },
  newRound: { run: newRound, to: AWAITING },
  startOver: { run: startOver, to: AWAITING },
  deleteData: { run: deleteData, to: ['CONFIRM_DELETE', ...ASIDE] },
  repeat: {
    run: repeat,
    to: ['AWAITING_CLOSE', 'FEEDBACK', 'CONFIRM_DELETE', 'ASK_INTERVIEW_DATE', 'OFFER_REMINDER'],
  },
  help: { run: help, to: ASIDE },
  yes: { run: newRound, to: AWAITING },
  no: { run: noMoreRounds, to: ['END', 'ASK_INTERVIEW_DATE'] },
  stop: { run: goodbye, to: END },
};

/**
 * The conversation, state by state: what each state does differently from
 * ANYWHERE. docs/ARCHITECTURE.md draws the same table; a test walks every cell.
 */
const BY_STATE: Record<FlowState, Partial<Record<HeardKind, Cell>>> = {
  START: {
    no: { run: goodbye, to: END },
    unclear: { run: help, to: FEEDBACK },
  },
  AWAITING_CLOSE: {
    silence: { run: askForClose('skill.emptyClose'), to: AWAITING },
    unclear: { run: askForClose('skill.fallback.awaiting'), to: AWAITING },
    interviewDate: { run: askForClose('skill.fallback.awaiting'), to: AWAITING },
    no: { run: coachHeardAs('no'), to: FEEDBACK },
    progress: { run: progressOrClose, to: ASIDE },
    why: { run: askForClose('skill.waiting.why'), to: AWAITING },
    yes: { run: askForClose('skill.waiting.yes'), to: AWAITING },
  },
  FEEDBACK: {},
  CONFIRM_DELETE: {
    close: { run: repeatQuestion, to: ['CONFIRM_DELETE'] },
    yes: { run: confirmDelete, to: FEEDBACK },
    no: { run: keepData, to: FEEDBACK },
    help: { run: repeatQuestion, to: ['CONFIRM_DELETE'] },
  },
  ASK_INTERVIEW_DATE: {
    close: { run: noDate, to: END },
    silence: { run: repeatQuestion, to: ['ASK_INTERVIEW_DATE'] },
    unclear: { run: repeatQuestion, to: ['ASK_INTERVIEW_DATE'] },
    no: { run: noDate, to: END },
    yes: { run: repeatQuestion, to: ['ASK_INTERVIEW_DATE'] },
    help: { run: repeatQuestion, to: ['ASK_INTERVIEW_DATE'] },
  },
  OFFER_REMINDER: {
    close: { run: repeatQuestion, to: ['OFFER_REMINDER'] },
    yes: { run: setReminder, to: ['FEEDBACK', 'END'] },
    no: { run: declineReminder, to: ['FEEDBACK', 'END'] },
    help: { run: repeatQuestion, to: ['OFFER_REMINDER'] },
  },
};

export const FLOW_STATES: readonly FlowState[] = Object.keys(BY_STATE) as FlowState[];

/** The cell for what was heard in this state. */
export function cellFor(state: FlowState, heard: HeardKind): Cell {
  return BY_STATE[state][heard] ?? ANYWHERE[heard];
}
