import type { HandlerInput } from 'ask-sdk-core';
import { type CloseAnalysis, MOVE_LABELS, type PrimaryLabel } from '../analyzer/index.ts';
import { isIsoDay } from '../reminders/thank-you-reminder.ts';

/** Where the conversation is; docs/ARCHITECTURE.md has the table of what each state does with each turn. */
export type ConversationState =
  'AWAITING_CLOSE' | 'FEEDBACK' | 'CONFIRM_DELETE' | 'ASK_INTERVIEW_DATE' | 'OFFER_REMINDER';
export const STATES: readonly ConversationState[] = [
  'AWAITING_CLOSE',
  'FEEDBACK',
  'CONFIRM_DELETE',
  'ASK_INTERVIEW_DATE',
  'OFFER_REMINDER',
];
export type InterviewFormat = 'in_person' | 'phone' | 'video';
export const INTERVIEW_FORMATS: readonly InterviewFormat[] = ['in_person', 'phone', 'video'];

export interface Profile {
  role?: string;
  company?: string;
  format?: InterviewFormat;
}

/** What the skill remembers within a session (docs/ARCHITECTURE.md, "Conversation"). */
export interface SessionState {
  state?: ConversationState;
  round: number;
  scenario?: { format: InterviewFormat; line: number };
  lastAnalysis?: CloseAnalysis;
  /** Which example close "another example" says next. */
  exampleVariant: number;
  profile: Profile;
  /** For "repeat": the last thing said and its reprompt, as SSML. */
  lastSpeech?: { speech: string; reprompt: string };
  /** Closes coached this session (rounds started may not all have been answered). */
  coached: number;
  /** The primary move of each close coached this session, oldest first, the last few only. */
  slips: PrimaryLabel[];
  /** The thank-you reminder's day (YYYY-MM-DD, the day after the real interview) while it is offered. */
  reminderDay?: string;
  /** The thank-you-note reminder, offered at most once a session. */
  reminder?: 'offered' | 'created';
  /** Whether the session ends once the reminder question is answered (it was asked at goodbye). */
  endAfterReminder?: boolean;
}

/** How many earlier closes the coach remembers, to name a slip that repeats. */
export const MAX_SLIPS = 5;

/** Role and company as long as anyone says them; a pasted essay must not flood the speech. */
const MAX_NAME = 80;

export function capName(value: string): string {
  return value.trim().slice(0, MAX_NAME).trim();
}

/** Session attributes come back from Alexa as JSON; read them defensively, never trusting their shape. */
export function readSession(input: HandlerInput): SessionState {
  const raw: Record<string, unknown> = input.attributesManager.getSessionAttributes();
  const state = STATES.find((candidate) => candidate === raw.state);
  const session: SessionState = {
    round: nonNegative(raw.round),
    exampleVariant: nonNegative(raw.exampleVariant),
    coached: nonNegative(raw.coached),
    slips: Array.isArray(raw.slips) ? raw.slips.filter(isLabel).slice(-MAX_SLIPS) : [],
    profile: readProfile(raw.profile),
  };
  if (typeof raw.reminderDay === 'string' && isIsoDay(raw.reminderDay)) session.reminderDay = raw.reminderDay;
  if (state) session.state = state;
  const scenario = raw.scenario as { format?: unknown; line?: unknown } | undefined;
  if (scenario && isFormat(scenario.format)) {
    session.scenario = { format: scenario.format, line: nonNegative(scenario.line) };
  }
  if (isAnalysis(raw.lastAnalysis)) session.lastAnalysis = raw.lastAnalysis;
  if (raw.reminder === 'offered' || raw.reminder === 'created') session.reminder = raw.reminder;
  if (raw.endAfterReminder === true) session.endAfterReminder = true;
  const last = raw.lastSpeech as { speech?: unknown; reprompt?: unknown } | undefined;
  if (last && typeof last.speech === 'string' && typeof last.reprompt === 'string') {
    session.lastSpeech = { speech: last.speech, reprompt: last.reprompt };
  }
  return session;
}

/**
 * A turn that answered something else: a yes-or-no question left pending
 * (delete? remind?) is dropped, so a later "yes" cannot answer it by surprise;
 * a round that awaits a close keeps waiting.
 */
export function settleAfterAside(session: SessionState): void {
  if (session.state !== 'AWAITING_CLOSE') session.state = 'FEEDBACK';
}

export function writeSession(input: HandlerInput, session: SessionState): void {
  // Ending after the reminder belongs to the last step's questions: a turn that leaves them, whichever
  // action it ran, leaves the goodbye behind too.
  if (session.state !== 'ASK_INTERVIEW_DATE' && session.state !== 'OFFER_REMINDER') {
    delete session.endAfterReminder;
  }
  input.attributesManager.setSessionAttributes({ ...session });
}

export function readProfile(value: unknown): Profile {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const profile: Profile = {};
  if (typeof raw.role === 'string' && raw.role.trim() !== '') profile.role = capName(raw.role);
  if (typeof raw.company === 'string' && raw.company.trim() !== '') profile.company = capName(raw.company);
  if (isFormat(raw.format)) profile.format = raw.format;
  return profile;
}

export function isFormat(value: unknown): value is InterviewFormat {
  return typeof value === 'string' && (INTERVIEW_FORMATS as readonly string[]).includes(value);
}

function nonNegative(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0;
}

function isLabel(value: unknown): value is PrimaryLabel {
  return typeof value === 'string' && (PRIMARY_LABELS as readonly string[]).includes(value);
}

const PRIMARY_LABELS: readonly PrimaryLabel[] = [...MOVE_LABELS, 'other', 'empty'];

function isAnalysis(value: unknown): value is CloseAnalysis {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Partial<CloseAnalysis>;
  return (
    typeof a.transcript === 'string' &&
    Array.isArray(a.moves) &&
    typeof a.verdict === 'string' &&
    typeof a.primary === 'string' &&
    typeof a.advice?.detail === 'string' &&
    typeof a.advice.reason === 'string'
  );
}
