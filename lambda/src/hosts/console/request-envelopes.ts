import { createHash, randomUUID } from 'node:crypto';
import type {
  Context,
  DialogState,
  Intent,
  IntentRequest,
  RequestEnvelope,
  Session,
  SessionEndedError,
  SessionEndedReason,
  Slot,
  User,
  interfaces,
  slu,
} from 'ask-sdk-model';

/** Alexa's shape of application id; the console skill is not registered, so any well-formed id will do. */
export const DEFAULT_APPLICATION_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';
export const DEFAULT_API_ENDPOINT = 'https://api.amazonalexa.com';

/** The device a simulated user talks to, and who that user is. */
export interface Device {
  userId: string;
  deviceId: string;
  /** A screen device (Echo Show class) advertises APL and a viewport. */
  screen: boolean;
  locale: string;
  applicationId?: string;
  apiEndpoint?: string;
  apiAccessToken?: string;
  consentToken?: string;
}

/** What the caller carries from turn to turn, as Alexa does between requests of one session. */
export interface ConsoleSession {
  sessionId: string;
  attributes: Record<string, unknown>;
  new: boolean;
}

/** Where ids and timestamps come from, so tests can ask for stable envelopes. */
export interface Stamper {
  uuid(): string;
  now(): Date;
}

export const randomStamper: Stamper = { uuid: () => randomUUID(), now: () => new Date() };

/**
 * Ids derived from the seed and a counter, and a clock that starts at `start` and ticks one second per
 * reading: the same seed and call order always give the same envelopes.
 */
export function seededStamper(seed: string | number, start = new Date('2025-01-06T09:00:00Z')): Stamper {
  let ids = 0;
  let ticks = 0;
  return {
    uuid: () => {
      const hex = createHash('sha256')
        .update(`${String(seed)}:${String(ids++)}`)
        .digest('hex');
      // Version 4 and RFC 4122 variant nibbles keep the result a valid UUID for anything that checks.
      return [
        hex.slice(0, 8),
        hex.slice(8, 12),
        `4${hex.slice(13, 16)}`,
        `8${hex.slice(17, 20)}`,
        hex.slice(20, 32),
      ].join('-');
    },
    now: () => new Date(start.getTime() + 1000 * ticks++),
  };
}

export interface RequestOptions {
  stamper?: Stamper;
}

export interface IntentRequestOptions extends RequestOptions {
  dialogState?: DialogState;
}

function opaqueId(stamper: Stamper): string {
  return stamper.uuid().replaceAll('-', '').toUpperCase();
}

export function createDevice(
  settings: Partial<Device> & Pick<Device, 'screen' | 'locale'>,
  stamper: Stamper = randomStamper,
): Device {
  return {
    ...settings,
    userId: settings.userId ?? `amzn1.ask.account.${opaqueId(stamper)}`,
    deviceId: settings.deviceId ?? `amzn1.ask.device.${opaqueId(stamper)}`,
  };
}

export function newSession(stamper: Stamper = randomStamper): ConsoleSession {
  return { sessionId: `amzn1.echo-api.session.${stamper.uuid()}`, attributes: {}, new: true };
}

/** The session for the next turn: the skill's returned attributes become what Alexa sends back. */
export function continueSession(
  session: ConsoleSession,
  sessionAttributes: Record<string, unknown> | undefined,
): ConsoleSession {
  return { sessionId: session.sessionId, attributes: sessionAttributes ?? {}, new: false };
}

export function slot(name: string, value?: string, resolutions?: slu.entityresolution.Resolutions): Slot {
  if (value === undefined) return { name, confirmationStatus: 'NONE' };
  // ask-sdk-model 1.86 has no `source` on Slot, yet Alexa sends it for every slot the user filled.
  const filled: Slot & { source: 'USER' } = {
    name,
    value,
    ...(resolutions && { resolutions }),
    confirmationStatus: 'NONE',
    source: 'USER',
    slotValue: { type: 'Simple', value, ...(resolutions && { resolutions }) },
  };
  return filled;
}

export function intent(name: string, slots?: Record<string, string | undefined>): Intent {
  if (slots === undefined) return { name, confirmationStatus: 'NONE' };
  return {
    name,
    confirmationStatus: 'NONE',
    slots: Object.fromEntries(
      Object.entries(slots).map(([slotName, value]) => [slotName, slot(slotName, value)]),
    ),
  };
}

function user(device: Device): User {
  return {
    userId: device.userId,
    ...(device.consentToken !== undefined && { permissions: { consentToken: device.consentToken } }),
  };
}

const SCREEN = { width: 1280, height: 800, dpi: 160 } as const;
const CODECS: interfaces.viewport.video.Codecs[] = ['H_264_42', 'H_264_41'];

function context(device: Device): Context {
  const system: interfaces.system.SystemState = {
    application: { applicationId: device.applicationId ?? DEFAULT_APPLICATION_ID },
    user: user(device),
    device: {
      deviceId: device.deviceId,
      supportedInterfaces: device.screen
        ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } }
        : {},
    },
    apiEndpoint: device.apiEndpoint ?? DEFAULT_API_ENDPOINT,
    ...(device.apiAccessToken !== undefined && { apiAccessToken: device.apiAccessToken }),
  };
  if (!device.screen) return { System: system };
  return {
    System: system,
    Viewport: {
      experiences: [{ arcMinuteWidth: 246, arcMinuteHeight: 144, canRotate: false, canResize: false }],
      mode: 'HUB',
      shape: 'RECTANGLE',
      pixelWidth: SCREEN.width,
      pixelHeight: SCREEN.height,
      dpi: SCREEN.dpi,
      currentPixelWidth: SCREEN.width,
      currentPixelHeight: SCREEN.height,
      touch: ['SINGLE'],
      keyboard: [],
      video: { codecs: CODECS },
    },
    Viewports: [
      {
        type: 'APL',
        id: 'main',
        shape: 'RECTANGLE',
        dpi: SCREEN.dpi,
        presentationType: 'STANDARD',
        canRotate: false,
        configuration: {
          current: {
            mode: 'HUB',
            video: { codecs: CODECS },
            size: { type: 'DISCRETE', pixelWidth: SCREEN.width, pixelHeight: SCREEN.height },
          },
        },
      },
    ],
  };
}

function session(device: Device, carried: ConsoleSession): Session {
  return {
    new: carried.new,
    sessionId: carried.sessionId,
    application: { applicationId: device.applicationId ?? DEFAULT_APPLICATION_ID },
    // A clone, because on the wire the skill can never mutate what the caller holds.
    attributes: structuredClone(carried.attributes),
    user: user(device),
  };
}

function stamps(device: Device, stamper: Stamper): { requestId: string; timestamp: string; locale: string } {
  return {
    requestId: `amzn1.echo-api.request.${stamper.uuid()}`,
    // Alexa's timestamps carry whole seconds only.
    timestamp: stamper
      .now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
    locale: device.locale,
  };
}

export function launchRequest(
  device: Device,
  carried: ConsoleSession,
  { stamper = randomStamper }: RequestOptions = {},
): RequestEnvelope {
  return {
    version: '1.0',
    session: session(device, carried),
    context: context(device),
    request: { type: 'LaunchRequest', ...stamps(device, stamper) },
  };
}

export function intentRequest(
  device: Device,
  carried: ConsoleSession,
  spoken: Intent,
  { stamper = randomStamper, dialogState }: IntentRequestOptions = {},
): RequestEnvelope {
  // ask-sdk-model marks dialogState required, but Alexa omits it for intents outside a dialog model.
  const request = {
    type: 'IntentRequest',
    ...stamps(device, stamper),
    ...(dialogState !== undefined && { dialogState }),
    intent: spoken,
  } as IntentRequest;
  return { version: '1.0', session: session(device, carried), context: context(device), request };
}

export function sessionEndedRequest(
  device: Device,
  carried: ConsoleSession,
  reason: SessionEndedReason,
  error?: SessionEndedError,
  { stamper = randomStamper }: RequestOptions = {},
): RequestEnvelope {
  return {
    version: '1.0',
    session: session(device, carried),
    context: context(device),
    request: { type: 'SessionEndedRequest', ...stamps(device, stamper), reason, ...(error && { error }) },
  };
}

/** Sent when the device could not use the skill's last response; it belongs to no session. */
export function exceptionEncounteredRequest(
  device: Device,
  error: interfaces.system.Error,
  causeRequestId: string,
  { stamper = randomStamper }: RequestOptions = {},
): RequestEnvelope {
  return {
    version: '1.0',
    context: context(device),
    request: {
      type: 'System.ExceptionEncountered',
      ...stamps(device, stamper),
      error,
      cause: { requestId: causeRequestId },
    },
  };
}
