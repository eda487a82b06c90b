import { DefaultApiClient } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import { withTimeout } from '../common/with-timeout.ts';

/** The skill permission a user must grant before the Reminders API accepts our token. */
export const REMINDER_PERMISSION = 'alexa::alerts:reminders:skill:readwrite';

const DEFAULT_TIMEOUT_MS = 2500;

export type ReminderOutcome =
  | { kind: 'created'; alertToken?: string }
  | { kind: 'no_permission' }
  | { kind: 'failed'; reason: 'timeout' | 'rejected' | 'network' | 'invalid' };

export interface ThankYouReminderInput {
  /** `context.System.apiEndpoint` of the request. */
  apiEndpoint: string;
  /** `context.System.apiAccessToken` of the request. */
  apiAccessToken: string;
  locale: string;
  text: string;
  at: Date;
  /** IANA zone the reminder fires in; without it Alexa reads the time in the device's zone. */
  timeZone?: string;
  timeoutMs?: number;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Without a zone the wall clock is read in UTC rather than the host's zone, so
 * the result does not depend on where the code runs (Lambda is UTC, laptops are
 * not) and `formatLocalIso` turns it back into the same hour.
 */
function wallClock(instant: Date, timeZone: string | undefined): WallClock {
  if (timeZone === undefined) {
    return {
      year: instant.getUTCFullYear(),
      month: instant.getUTCMonth() + 1,
      day: instant.getUTCDate(),
      hour: instant.getUTCHours(),
      minute: instant.getUTCMinutes(),
      second: instant.getUTCSeconds(),
    };
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    // h23, because the default en-US cycle can print midnight as "24".
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

function wallClockAsUtcMs(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** How far the zone's wall clock is ahead of UTC at `instantMs`, to the second. */
function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return wallClockAsUtcMs(wallClock(new Date(wholeSecond), timeZone)) - wholeSecond;
}

/**
 * The first guess reads the offset at the wrong instant (the wall time taken
 * as UTC); when the clocks change between that instant and the real one, as
 * in Anchorage on a spring-forward morning, only the second pass is right.
 */
function zonedWallClockToInstant(wallMs: number, timeZone: string): Date {
  const guess = wallMs - zoneOffsetMs(wallMs, timeZone);
  return new Date(wallMs - zoneOffsetMs(guess, timeZone));
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The Reminders API wants the zone's wall-clock time, with the zone named separately rather than as an offset. */
function formatLocalIso(instant: Date, timeZone: string | undefined): string {
  const w = wallClock(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** The hour of the day a thank-you reminder rings, in the user's time zone. */
export const THANK_YOU_HOUR = 10;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` names one calendar day as YYYY-MM-DD, as AMAZON.DATE sends a single day. */
export function isIsoDay(value: string): boolean {
  return ISO_DAY.test(value);
}

/** The day `days` after `day` (both YYYY-MM-DD); Date.UTC carries day 32 into the next month. */
export function shiftDay(day: string, days: number): string {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError('shiftDay: day is not YYYY-MM-DD');
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days))
    .toISOString()
    .slice(0, 10);
}

/**
 * `day` (YYYY-MM-DD) at THANK_YOU_HOUR in `timeZone`, or on the UTC wall clock
 * when none is known (see `wallClock`).
 *
 * @throws RangeError for a malformed `day` or an unknown `timeZone`.
 */
export function thankYouTimeOn(day: string, timeZone?: string): Date {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError('thankYouTimeOn: day is not YYYY-MM-DD');
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), THANK_YOU_HOUR, 0, 0);
  return timeZone === undefined ? new Date(wall) : zonedWallClockToInstant(wall, timeZone);
}

/**
 * Tomorrow at 10:00 in `timeZone`. "Tomorrow" is the user's tomorrow: late
 * evening in New York is already the next day in UTC.
 *
 * @throws RangeError for an invalid `now` or an unknown `timeZone`.
 */
export function thankYouTime(now: Date, timeZone?: string): Date {
  if (Number.isNaN(now.getTime())) throw new RangeError('thankYouTime: now is not a valid date');
  const today = wallClock(now, timeZone);
  return thankYouTimeOn(shiftDay(`${pad(today.year, 4)}-${pad(today.month)}-${pad(today.day)}`, 1), timeZone);
}

/** Whether Intl knows the IANA zone name ('America/New_York'), as the Reminders API will need. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function isValidInput(input: ThankYouReminderInput): boolean {
  return (
    isHttpUrl(input.apiEndpoint) &&
    input.apiAccessToken.trim() !== '' &&
    input.locale.trim() !== '' &&
    input.text.trim() !== '' &&
    !Number.isNaN(input.at.getTime()) &&
    (input.timeZone === undefined || isKnownTimeZone(input.timeZone)) &&
    (input.timeoutMs === undefined || (Number.isFinite(input.timeoutMs) && input.timeoutMs > 0))
  );
}

function buildReminderRequest(input: ThankYouReminderInput): services.reminderManagement.ReminderRequest {
  return {
    requestTime: new Date().toISOString(),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: formatLocalIso(input.at, input.timeZone),
      ...(input.timeZone === undefined ? {} : { timeZoneId: input.timeZone }),
    },
    alertInfo: { spokenInfo: { content: [{ locale: input.locale, text: input.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

function readAlertToken(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('alertToken' in body)) return undefined;
  return typeof body.alertToken === 'string' ? body.alertToken : undefined;
}

function outcomeForStatus(statusCode: number, body: unknown): ReminderOutcome {
  if (statusCode >= 200 && statusCode < 300) {
    const alertToken = readAlertToken(body);
    return alertToken === undefined ? { kind: 'created' } : { kind: 'created', alertToken };
  }
  if (statusCode === 401 || statusCode === 403) return { kind: 'no_permission' };
  return { kind: 'failed', reason: 'rejected' };
}

async function callReminderApi(input: ThankYouReminderInput): Promise<ReminderOutcome> {
  const client = new services.reminderManagement.ReminderManagementServiceClient({
    apiClient: new DefaultApiClient(),
    apiEndpoint: input.apiEndpoint,
    authorizationValue: input.apiAccessToken,
  });
  // The SDK throws a SyntaxError, losing the status, when an error body is not
  // JSON (say a gateway's plain-text 401); seeing the status before it parses
  // keeps 401/403 meaning "ask for permission" whatever the body.
  let statusCode: number | undefined;
  client.withResponseInterceptors((response) => {
    statusCode = response.statusCode;
  });
  try {
    const response = await client.callCreateReminder(buildReminderRequest(input));
    return outcomeForStatus(response.statusCode, response.body as unknown);
  } catch {
    // No status means the request never got an answer (refused, reset, DNS).
    // A 2xx whose body we cannot read still created the reminder, so it is not reported as a failure.
    return statusCode === undefined
      ? { kind: 'failed', reason: 'network' }
      : outcomeForStatus(statusCode, undefined);
  }
}

/**
 * Asks the Alexa Reminders API for a one-off reminder. Never throws: the skill
 * turns each outcome into speech (a permission card, an apology, a confirmation).
 *
 * A timed-out request is abandoned, not aborted — DefaultApiClient offers no way
 * to cancel — so its socket lives on until the API answers or drops it.
 */
export async function createThankYouReminder(input: ThankYouReminderInput): Promise<ReminderOutcome> {
  if (!isValidInput(input)) return { kind: 'failed', reason: 'invalid' };
  try {
    return await withTimeout(
      callReminderApi(input),
      input.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      (): ReminderOutcome => ({ kind: 'failed', reason: 'timeout' }),
    );
  } catch {
    // callReminderApi maps every error it knows; this is the promise that the function never throws.
    return { kind: 'failed', reason: 'network' };
  }
}
