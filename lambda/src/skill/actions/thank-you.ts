import type { HandlerInput } from 'ask-sdk-core';
import { DefaultApiClient } from 'ask-sdk-core';
import { type Response, services } from 'ask-sdk-model';
import {
  createThankYouReminder,
  isIsoDay,
  isKnownTimeZone,
  REMINDER_PERMISSION,
  shiftDay,
  THANK_YOU_HOUR,
  thankYouTime,
  thankYouTimeOn,
} from '../../reminders/thank-you-reminder.ts';
import { withTimeout } from '../../common/with-timeout.ts';
import type { Line } from '../../speech/speech.ts';
import { today, withReminderDeclined } from '../progress.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { ask, tell } from '../respond.ts';
import type { SessionState } from '../session-state.ts';
import { goodbye } from './goodbye.ts';
import type { Action } from './turn.ts';

/**
 * "No" to another round: practice is over, and the real last step is the
 * thank-you note after the real interview. When an interview is known and the
 * user has not turned the reminder down before, ask when it is; otherwise goodbye.
 */
export const noMoreRounds: Action = async (turn) => {
  const { input, session } = turn;
  const { phrases, progress } = requestContext(input);
  const interviewKnown = session.profile.company !== undefined || session.profile.role !== undefined;
  if (!interviewKnown || session.reminder !== undefined) return goodbye(turn);
  const stored = progress.enabled ? await progress.load(input) : undefined;
  if (stored?.ok && stored.value.reminderDeclined) return goodbye(turn);
  session.state = 'ASK_INTERVIEW_DATE';
  session.reminder = 'offered';
  session.endAfterReminder = true;
  const question = phrases.line('skill.reminder.askDate');
  return ask(input, session, newSpeech(input).coach(question), phrases.line('skill.reminder.askDateAgain'));
};

/**
 * The real interview's day: offer the reminder for the day after it, at a
 * stated time. A week, a month or a day already gone is asked again.
 */
export const offerForDate: Action = ({ input, session, heard }) => {
  const { phrases, locale, now } = requestContext(input);
  const interviewDay = heard.date !== undefined && isIsoDay(heard.date) ? heard.date : undefined;
  if (!interviewDay) {
    session.state = 'ASK_INTERVIEW_DATE';
    const again = phrases.line('skill.reminder.askDateAgain');
    const speech = newSpeech(input).coach(phrases.line('skill.reminder.dateUnclear'), again);
    return ask(input, session, speech, again);
  }
  const tomorrow = shiftDay(today(now()), 1);
  const day = [shiftDay(interviewDay, 1), tomorrow].sort().at(-1) ?? tomorrow;
  session.state = 'OFFER_REMINDER';
  session.reminder = 'offered';
  session.reminderDay = day;
  const question = phrases.line('skill.reminder.offer', spokenWhen(day, locale));
  return ask(input, session, newSpeech(input).coach(question), phrases.line('skill.reminder.offerAgain'));
};

/** An answer that is no day at all ("not sure yet"): no reminder, and a warm goodbye. */
export const noDate: Action = ({ input }) => {
  const { phrases } = requestContext(input);
  return tell(
    input,
    newSpeech(input).coach(phrases.line('skill.reminder.noDate'), phrases.pick('skill.goodbye')),
  );
};

/**
 * "Yes" to the reminder: set it through the Reminders API with the request's
 * own endpoint and token. No permission gets the consent card; any failure a
 * kind fallback; nothing else is lost either way.
 */
export const setReminder: Action = async ({ input, session }) => {
  const { phrases, locale, now } = requestContext(input);
  const system = input.requestEnvelope.context.System;
  const company = session.profile.company;
  const day = session.reminderDay ?? shiftDay(today(now()), 1);
  const text = company
    ? phrases.text('skill.reminder.textCompany', { company })
    : phrases.text('skill.reminder.text');
  const token = system.apiAccessToken;
  const timeZone = token
    ? await deviceTimeZone(system.apiEndpoint, token, system.device?.deviceId)
    : undefined;
  // Never before the user's own tomorrow, whatever day the UTC clock thought it was.
  const at = new Date(
    Math.max(thankYouTimeOn(day, timeZone).getTime(), thankYouTime(now(), timeZone).getTime()),
  );
  const outcome = token
    ? await createThankYouReminder({
        apiEndpoint: system.apiEndpoint,
        apiAccessToken: token,
        locale,
        text,
        at,
        ...(timeZone && { timeZone }),
      })
    : { kind: 'no_permission' as const };

  let said: Line;
  if (outcome.kind === 'created') {
    session.reminder = 'created';
    said = phrases.line('skill.reminder.created', spokenWhen(day, locale));
  } else if (outcome.kind === 'no_permission') {
    input.responseBuilder.withAskForPermissionsConsentCard([REMINDER_PERMISSION]);
    said = phrases.line('skill.reminder.permission');
  } else {
    said = phrases.line('skill.reminder.failed');
  }
  return afterReminder(input, session, said);
};

/** "No" to the reminder, remembered so that later sessions do not ask again. */
export const declineReminder: Action = async ({ input, session }) => {
  const { phrases, progress } = requestContext(input);
  if (progress.enabled) await progress.update(input, withReminderDeclined);
  return afterReminder(input, session, phrases.line('skill.reminder.declined'));
};

/** The reminder's day and hour as the locale says them ("Saturday, December 5", "10 AM"). */
function spokenWhen(day: string, locale: string): { day: string; time: string } {
  const noon = new Date(`${day}T12:00:00Z`);
  const hour = new Date(Date.UTC(2000, 0, 1, THANK_YOU_HOUR));
  return {
    day: new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(noon),
    time: new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).format(hour),
  };
}

const TIME_ZONE_TIMEOUT_MS = 800;

/**
 * The device's time zone, so the reminder rings at ten in the user's morning;
 * on any failure none, and the reminder falls back to UTC rather than not being set.
 */
async function deviceTimeZone(
  apiEndpoint: string,
  token: string,
  deviceId: string | undefined,
): Promise<string | undefined> {
  if (!deviceId) return undefined;
  const client = new services.ups.UpsServiceClient({
    apiClient: new DefaultApiClient(),
    apiEndpoint,
    authorizationValue: token,
  });
  const zone: unknown = await withTimeout(
    client.getSystemTimeZone(deviceId).catch(() => undefined),
    TIME_ZONE_TIMEOUT_MS,
    () => undefined,
  );
  return typeof zone === 'string' && isKnownTimeZone(zone) ? zone : undefined;
}

function afterReminder(input: HandlerInput, session: SessionState, said: Line): Response {
  const { phrases } = requestContext(input);
  delete session.reminderDay;
  if (session.endAfterReminder)
    return tell(input, newSpeech(input).coach(said, phrases.pick('skill.goodbye')));
  session.state = 'FEEDBACK';
  const offer = phrases.line('skill.coach.offer');
  return ask(input, session, newSpeech(input).coach(said, offer), phrases.line('skill.coach.offerReprompt'));
}
