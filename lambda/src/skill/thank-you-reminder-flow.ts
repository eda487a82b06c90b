import type { HandlerInput } from 'ask-sdk-core';
import { DefaultApiClient } from 'ask-sdk-core';
import { type Response, services } from 'ask-sdk-model';
import {
  createThankYouReminder,
  REMINDER_PERMISSION,
  thankYouTime,
} from '../reminders/thank-you-reminder.ts';
import { withTimeout } from '../common/with-timeout.ts';
import type { Line } from '../speech/speech.ts';
import type { Phrases } from './phrases.ts';
import { newSpeech, requestContext } from './request-context.ts';
import { ask, tell } from './respond.ts';
import type { SessionState } from './session-state.ts';

/** Asks whether to set the reminder; the answer comes back as yes or no in OFFER_REMINDER. */
export function offerReminder(session: SessionState, phrases: Phrases, atGoodbye = false): Line {
  session.state = 'OFFER_REMINDER';
  session.reminder = 'offered';
  session.endAfterReminder = atGoodbye;
  const company = session.profile.company;
  return company && atGoodbye
    ? phrases.line('skill.reminder.offerCompany', { company })
    : phrases.line('skill.reminder.offer');
}

/**
 * "Yes" to the reminder: set it through the Reminders API with the request's
 * own endpoint and token. No permission gets the consent card; any failure a
 * kind fallback; nothing else is lost either way.
 */
export async function setReminder(input: HandlerInput, session: SessionState): Promise<Response> {
  const { phrases, locale, now } = requestContext(input);
  const system = input.requestEnvelope.context.System;
  const company = session.profile.company;
  const text = company
    ? phrases.text('skill.reminder.textCompany', { company })
    : phrases.text('skill.reminder.text');
  const token = system.apiAccessToken;
  const timeZone = token
    ? await deviceTimeZone(system.apiEndpoint, token, system.device?.deviceId)
    : undefined;
  const outcome = token
    ? await createThankYouReminder({
        apiEndpoint: system.apiEndpoint,
        apiAccessToken: token,
        locale,
        text,
        at: thankYouTime(now(), timeZone),
        ...(timeZone && { timeZone }),
      })
    : { kind: 'no_permission' as const };

  let said: Line;
  if (outcome.kind === 'created') {
    session.reminder = 'created';
    said = phrases.line('skill.reminder.created');
  } else if (outcome.kind === 'no_permission') {
    input.responseBuilder.withAskForPermissionsConsentCard([REMINDER_PERMISSION]);
    said = phrases.line('skill.reminder.permission');
  } else {
    said = phrases.line('skill.reminder.failed');
  }
  return afterReminder(input, session, said);
}

/** "No" to the reminder. */
export function declineReminder(input: HandlerInput, session: SessionState): Response {
  const { phrases } = requestContext(input);
  return afterReminder(input, session, phrases.line('skill.reminder.declined'));
}

const TIME_ZONE_TIMEOUT_MS = 800;

/**
 * The device's time zone, so "tomorrow at ten" is the user's tomorrow; on any
 * failure none, and the reminder falls back to UTC rather than not being set.
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
  return typeof zone === 'string' && isTimeZone(zone) ? zone : undefined;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function afterReminder(input: HandlerInput, session: SessionState, said: Line): Response {
  const { phrases } = requestContext(input);
  if (session.endAfterReminder)
    return tell(input, newSpeech(input).coach(said, phrases.pick('skill.goodbye')));
  session.state = 'FEEDBACK';
  const offer = phrases.line('skill.coach.offer');
  return ask(input, session, newSpeech(input).coach(said, offer), phrases.line('skill.coach.offerReprompt'));
}
