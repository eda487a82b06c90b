import {
  getDeviceId,
  getDialogState,
  getIntentName,
  getLocale,
  getRequestType,
  getSlotValue,
  getSupportedInterfaces,
  getUserId,
  getViewportProfile,
  isNewSession,
} from 'ask-sdk-core';
import type { IntentRequest, interfaces } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_APPLICATION_ID,
  continueSession,
  createDevice,
  exceptionEncounteredRequest,
  intent,
  intentRequest,
  launchRequest,
  newSession,
  randomStamper,
  seededStamper,
  sessionEndedRequest,
  slot,
  type Device,
} from '../../../lambda/src/hosts/console/request-envelopes.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const echoDot: Device = {
  userId: 'amzn1.ask.account.TESTUSER',
  deviceId: 'amzn1.ask.device.TESTDOT',
  screen: false,
  locale: 'en-US',
};
const echoShow: Device = { ...echoDot, deviceId: 'amzn1.ask.device.TESTSHOW', screen: true, locale: 'en-GB' };

describe('request envelopes', () => {
  it('a launch opens a new session the way Alexa writes one', () => {
    const session = newSession(seededStamper('launch'));
    const envelope = launchRequest(echoDot, session, { stamper: seededStamper('launch') });

    expect(envelope.version).toBe('1.0');
    expect(envelope.session).toEqual({
      new: true,
      sessionId: session.sessionId,
      application: { applicationId: DEFAULT_APPLICATION_ID },
      attributes: {},
      user: { userId: echoDot.userId },
    });
    expect(session.sessionId).toMatch(/^amzn1\.echo-api\.session\./);
    expect(session.sessionId.slice('amzn1.echo-api.session.'.length)).toMatch(UUID);
    expect(envelope.request).toMatchObject({ type: 'LaunchRequest', locale: 'en-US' });
    expect(envelope.request.requestId).toMatch(/^amzn1\.echo-api\.request\./);
    expect(envelope.request.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(getRequestType(envelope)).toBe('LaunchRequest');
    expect(isNewSession(envelope)).toBe(true);
    expect(getUserId(envelope)).toBe(echoDot.userId);
    expect(getDeviceId(envelope)).toBe(echoDot.deviceId);
  });

  it('a speaker without a screen advertises no interfaces and no viewport', () => {
    const envelope = launchRequest(echoDot, newSession());

    expect(envelope.context.System.device?.supportedInterfaces).toEqual({});
    expect(envelope.context.System.apiEndpoint).toBe('https://api.amazonalexa.com');
    expect(envelope.context.Viewport).toBeUndefined();
    expect(envelope.context.Viewports).toBeUndefined();
  });

  it('a screen device advertises APL and an Echo Show sized hub viewport', () => {
    const envelope = launchRequest(echoShow, newSession());

    expect(getSupportedInterfaces(envelope)['Alexa.Presentation.APL']).toEqual({
      runtime: { maxVersion: '2023.3' },
    });
    expect(envelope.context.Viewport).toMatchObject({
      mode: 'HUB',
      shape: 'RECTANGLE',
      pixelWidth: 1280,
      pixelHeight: 800,
      dpi: 160,
      currentPixelWidth: 1280,
      currentPixelHeight: 800,
      touch: ['SINGLE'],
      keyboard: [],
    });
    expect(envelope.context.Viewport?.video?.codecs).toContain('H_264_42');
    expect(getViewportProfile(envelope)).toMatch(/^HUB-LANDSCAPE-/);
    expect(getLocale(envelope)).toBe('en-GB');
  });

  it('tokens and consent go where Alexa puts them, in both the session and the context', () => {
    const device = {
      ...echoDot,
      apiAccessToken: 'token-1',
      consentToken: 'consent-1',
      apiEndpoint: 'https://x',
    };
    const envelope = launchRequest(device, newSession());

    expect(envelope.context.System.apiAccessToken).toBe('token-1');
    expect(envelope.context.System.apiEndpoint).toBe('https://x');
    expect(envelope.context.System.user.permissions).toEqual({ consentToken: 'consent-1' });
    expect(envelope.session?.user.permissions).toEqual({ consentToken: 'consent-1' });
    expect(launchRequest(echoDot, newSession()).context.System).not.toHaveProperty('apiAccessToken');
  });

  it('session attributes travel to the skill as a copy the skill cannot change under the caller', () => {
    const session = continueSession(newSession(), { state: 'AWAITING_CLOSE', round: { n: 1 } });
    const envelope = intentRequest(echoDot, session, intent('WhyIntent'));

    expect(envelope.session?.new).toBe(false);
    expect(envelope.session?.attributes).toEqual({ state: 'AWAITING_CLOSE', round: { n: 1 } });
    (envelope.session?.attributes as { round: { n: number } }).round.n = 99;
    expect(session.attributes).toEqual({ state: 'AWAITING_CLOSE', round: { n: 1 } });
  });

  it('continuing a session keeps its id, marks it old and takes the skill’s attributes (none means empty)', () => {
    const first = newSession();
    const next = continueSession(first, { state: 'FEEDBACK' });

    expect(next).toEqual({ sessionId: first.sessionId, attributes: { state: 'FEEDBACK' }, new: false });
    expect(continueSession(next, undefined).attributes).toEqual({});
  });

  it('a filled slot looks like one Alexa sends and an unfilled slot has no value at all', () => {
    const spoken = intent('SetJobIntent', { role: 'nurse', company: undefined });

    expect(spoken).toEqual({
      name: 'SetJobIntent',
      confirmationStatus: 'NONE',
      slots: {
        role: {
          name: 'role',
          value: 'nurse',
          confirmationStatus: 'NONE',
          source: 'USER',
          slotValue: { type: 'Simple', value: 'nurse' },
        },
        company: { name: 'company', confirmationStatus: 'NONE' },
      },
    });
    expect(spoken.slots?.['company']).not.toHaveProperty('value');
    expect(intent('WhyIntent')).toStrictEqual({ name: 'WhyIntent', confirmationStatus: 'NONE' });
  });

  it('resolutions given to a slot appear both on the slot and in its slotValue', () => {
    const resolutions = {
      resolutionsPerAuthority: [
        {
          authority: 'amzn1.er-authority.echo-sdk.skill.InterviewFormat',
          status: { code: 'ER_SUCCESS_MATCH' as const },
          values: [{ value: { name: 'video', id: 'video' } }],
        },
      ],
    };
    const filled = slot('format', 'zoom', resolutions);

    expect(filled.resolutions).toEqual(resolutions);
    expect(filled.slotValue).toEqual({ type: 'Simple', value: 'zoom', resolutions });
  });

  it('an intent request carries the intent, and a dialog state only when there is one', () => {
    const session = newSession();
    const plain = intentRequest(
      echoDot,
      session,
      intent('CaptureCloseIntent', { closingWords: 'thank you' }),
    );
    const inDialog = intentRequest(echoDot, session, intent('CaptureCloseIntent'), {
      dialogState: 'STARTED',
    });

    expect(getIntentName(plain)).toBe('CaptureCloseIntent');
    expect(getSlotValue(plain, 'closingWords')).toBe('thank you');
    expect(plain.request).not.toHaveProperty('dialogState');
    expect(getDialogState(inDialog)).toBe('STARTED');
    expect((inDialog.request as IntentRequest).intent.name).toBe('CaptureCloseIntent');
  });

  it('a session end reports the reason and, when there was one, the error', () => {
    const session = continueSession(newSession(), { state: 'FEEDBACK' });
    const quiet = sessionEndedRequest(echoDot, session, 'EXCEEDED_MAX_REPROMPTS');
    const failed = sessionEndedRequest(echoDot, session, 'ERROR', {
      type: 'INVALID_RESPONSE',
      message: 'bad SSML',
    });

    expect(quiet.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(quiet.request).not.toHaveProperty('error');
    expect(quiet.session?.sessionId).toBe(session.sessionId);
    expect(failed.request).toMatchObject({
      reason: 'ERROR',
      error: { type: 'INVALID_RESPONSE', message: 'bad SSML' },
    });
  });

  it('an exception report belongs to no session and names the request that caused it', () => {
    const error: interfaces.system.Error = { type: 'INVALID_RESPONSE', message: 'unknown directive' };
    const envelope = exceptionEncounteredRequest(echoShow, error, 'amzn1.echo-api.request.cause');

    expect(envelope).not.toHaveProperty('session');
    expect(envelope.request).toMatchObject({
      type: 'System.ExceptionEncountered',
      locale: 'en-GB',
      error,
      cause: { requestId: 'amzn1.echo-api.request.cause' },
    });
    expect(envelope.context.System.application.applicationId).toBe(DEFAULT_APPLICATION_ID);
  });

  it('a seeded stamper gives the same envelopes every run, and a different seed gives different ids', () => {
    const build = (seed: string) => {
      const stamper = seededStamper(seed);
      const device = createDevice({ screen: true, locale: 'en-US' }, stamper);
      const session = newSession(stamper);
      return [
        launchRequest(device, session, { stamper }),
        intentRequest(device, session, intent('WhyIntent'), { stamper }),
      ];
    };

    expect(build('a')).toEqual(build('a'));
    expect(build('a')[0]?.session?.sessionId).not.toBe(build('b')[0]?.session?.sessionId);
    const [launch, why] = build('a');
    expect(launch?.request.requestId).not.toBe(why?.request.requestId);
    expect(Date.parse(why?.request.timestamp ?? '')).toBeGreaterThan(
      Date.parse(launch?.request.timestamp ?? ''),
    );
    expect(seededStamper('a').uuid()).toMatch(UUID);
  });

  it('a created device has Alexa-shaped ids unless given its own, and the random stamper gives fresh ones', () => {
    const device = createDevice({ screen: false, locale: 'en-IN' });

    expect(device.userId).toMatch(/^amzn1\.ask\.account\.[0-9A-F]{32}$/);
    expect(device.deviceId).toMatch(/^amzn1\.ask\.device\.[0-9A-F]{32}$/);
    expect(createDevice({ screen: false, locale: 'en-IN', userId: 'amzn1.ask.account.ME' }).userId).toBe(
      'amzn1.ask.account.ME',
    );
    expect(createDevice({ screen: false, locale: 'en-IN' }).userId).not.toBe(device.userId);
    expect(randomStamper.uuid()).toMatch(UUID);
  });
});
