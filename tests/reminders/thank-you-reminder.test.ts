import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createThankYouReminder,
  REMINDER_PERMISSION,
  thankYouTime,
  type ThankYouReminderInput,
} from '../../lambda/src/reminders/thank-you-reminder.ts';

interface SeenRequest {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

interface FakeApi {
  endpoint: string;
  seen: SeenRequest[];
  close: () => Promise<void>;
}

const openServers: FakeApi[] = [];

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(openServers.splice(0).map((api) => api.close()));
});

/** A stand-in for `context.System.apiEndpoint`; `respond` may leave the request hanging. */
async function startFakeApi(respond: (res: ServerResponse, req: IncomingMessage) => void): Promise<FakeApi> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      respond(res, req);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const api: FakeApi = {
    endpoint: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        // A hanging request would otherwise keep close() waiting forever.
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
  openServers.push(api);
  return api;
}

function json(status: number, body: unknown): (res: ServerResponse) => void {
  return (res) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
}

function input(endpoint: string, overrides: Partial<ThankYouReminderInput> = {}): ThankYouReminderInput {
  return {
    apiEndpoint: endpoint,
    apiAccessToken: 'token-abc',
    locale: 'en-US',
    text: 'Send a thank-you note to Priya',
    // 10:00 in New York on 28 November 2026 (EST, UTC-5).
    at: new Date('2026-11-28T15:00:00Z'),
    timeZone: 'America/New_York',
    ...overrides,
  };
}

describe('thankYouTime', () => {
  it('picks 10:00 tomorrow in the given zone', () => {
    expect(thankYouTime(new Date('2026-11-27T15:00:00Z'), 'America/New_York')).toEqual(
      new Date('2026-11-28T15:00:00Z'),
    );
  });

  it("counts tomorrow from the user's date when UTC has already moved on", () => {
    // 22:30 on the 27th in New York, the 28th in UTC.
    expect(thankYouTime(new Date('2026-11-28T03:30:00Z'), 'America/New_York')).toEqual(
      new Date('2026-11-28T15:00:00Z'),
    );
  });

  it("counts tomorrow from the user's date when the zone is ahead of UTC", () => {
    // 01:00 on the 28th in Tokyo, still the 27th in UTC.
    expect(thankYouTime(new Date('2026-11-27T16:00:00Z'), 'Asia/Tokyo')).toEqual(
      new Date('2026-11-29T01:00:00Z'),
    );
  });

  it('uses the offset of the reminder day when daylight saving starts overnight', () => {
    // Saturday 7 March 2026 is EST (UTC-5); Sunday 8 March is EDT (UTC-4).
    expect(thankYouTime(new Date('2026-03-07T12:00:00Z'), 'America/New_York')).toEqual(
      new Date('2026-03-08T14:00:00Z'),
    );
  });

  it('uses the offset of the reminder hour when the clocks change between UTC and local 10:00', () => {
    // Anchorage springs forward at 02:00 local (11:00 UTC) on 8 March 2026, after 10:00 UTC but before 10:00 local.
    expect(thankYouTime(new Date('2026-03-07T20:00:00Z'), 'America/Anchorage')).toEqual(
      new Date('2026-03-08T18:00:00Z'),
    );
  });

  it('rolls over the end of the year', () => {
    expect(thankYouTime(new Date('2026-12-31T20:00:00Z'), 'Europe/Berlin')).toEqual(
      new Date('2027-01-01T09:00:00Z'),
    );
  });

  it('uses the UTC wall clock without a zone, whatever zone the host is in', () => {
    const hostZone = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland';
    try {
      expect(thankYouTime(new Date('2026-11-27T20:00:00Z'))).toEqual(new Date('2026-11-28T10:00:00Z'));
    } finally {
      if (hostZone === undefined) delete process.env.TZ;
      else process.env.TZ = hostZone;
    }
  });

  it('refuses an unknown zone rather than guessing one', () => {
    expect(() => thankYouTime(new Date('2026-11-27T15:00:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('createThankYouReminder', () => {
  it('names the reminders permission the skill must ask for', () => {
    expect(REMINDER_PERMISSION).toBe('alexa::alerts:reminders:skill:readwrite');
  });

  it('posts a scheduled reminder with the bearer token, local time, zone and spoken text', async () => {
    const api = await startFakeApi(json(201, { alertToken: 'alert-1' }));
    const before = Date.now();
    await createThankYouReminder(input(api.endpoint));

    expect(api.seen).toHaveLength(1);
    const [request] = api.seen;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/alerts/reminders');
    expect(request?.headers.authorization).toBe('Bearer token-abc');
    expect(request?.headers['content-type']).toBe('application/json');
    const body = JSON.parse(request?.body ?? '') as Record<string, unknown>;
    expect(body).toMatchObject({
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        scheduledTime: '2026-11-28T10:00:00',
        timeZoneId: 'America/New_York',
      },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: 'Send a thank-you note to Priya' }] } },
      pushNotification: { status: 'ENABLED' },
    });
    const requestTime = Date.parse(String(body.requestTime));
    expect(requestTime).toBeGreaterThanOrEqual(before - 1000);
    expect(requestTime).toBeLessThanOrEqual(Date.now());
  });

  it("leaves the zone to the device when none is given, sending the time's UTC wall clock", async () => {
    const api = await startFakeApi(json(201, { alertToken: 'alert-1' }));
    await createThankYouReminder(
      input(api.endpoint, { timeZone: undefined, at: new Date('2026-11-28T10:00:00Z') }),
    );

    const trigger = (JSON.parse(api.seen[0]?.body ?? '') as { trigger: Record<string, unknown> }).trigger;
    expect(trigger.scheduledTime).toBe('2026-11-28T10:00:00');
    expect(trigger).not.toHaveProperty('timeZoneId');
  });

  it('schedules the reminder at the hour thankYouTime chose, in the same zone', async () => {
    const api = await startFakeApi(json(201, {}));
    const at = thankYouTime(new Date('2026-11-27T15:00:00Z'), 'Asia/Kolkata');
    await createThankYouReminder(input(api.endpoint, { at, timeZone: 'Asia/Kolkata' }));

    const trigger = (JSON.parse(api.seen[0]?.body ?? '') as { trigger: Record<string, unknown> }).trigger;
    expect(trigger.scheduledTime).toBe('2026-11-28T10:00:00');
  });

  it('reports a created reminder with the alert token Alexa returned', async () => {
    const api = await startFakeApi(json(201, { alertToken: 'alert-1', status: 'ON' }));
    await expect(createThankYouReminder(input(api.endpoint))).resolves.toEqual({
      kind: 'created',
      alertToken: 'alert-1',
    });
  });

  it('reports a created reminder even when the success body cannot be read', async () => {
    const api = await startFakeApi((res) => {
      res.writeHead(201, { 'content-type': 'application/json' }).end('{not json');
    });
    await expect(createThankYouReminder(input(api.endpoint))).resolves.toEqual({ kind: 'created' });
  });

  it.each([401, 403])('asks for permission when the API answers %i', async (status) => {
    const api = await startFakeApi(json(status, { code: 'UNAUTHORIZED', message: 'no consent' }));
    await expect(createThankYouReminder(input(api.endpoint))).resolves.toEqual({ kind: 'no_permission' });
  });

  it('asks for permission on a 401 whose body is plain text', async () => {
    const api = await startFakeApi((res) => {
      res.writeHead(401).end('Unauthorized');
    });
    await expect(createThankYouReminder(input(api.endpoint))).resolves.toEqual({ kind: 'no_permission' });
  });

  it.each([400, 429, 500, 503])('reports a rejection when the API answers %i', async (status) => {
    const api = await startFakeApi(json(status, { code: 'ERROR', message: 'nope' }));
    await expect(createThankYouReminder(input(api.endpoint))).resolves.toEqual({
      kind: 'failed',
      reason: 'rejected',
    });
  });

  it('gives up with a timeout when the API never answers', async () => {
    const api = await startFakeApi(() => {
      // Never respond.
    });
    const started = performance.now();
    const outcome = await createThankYouReminder(input(api.endpoint, { timeoutMs: 200 }));
    const elapsed = performance.now() - started;

    expect(outcome).toEqual({ kind: 'failed', reason: 'timeout' });
    expect(api.seen).toHaveLength(1);
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1000);
  });

  it('leaves no timer pending once the API has answered', async () => {
    // Only the global timers are faked; node:http keeps its own, so the request still runs.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const api = await startFakeApi(json(201, { alertToken: 'alert-1' }));
    await expect(createThankYouReminder(input(api.endpoint))).resolves.toMatchObject({ kind: 'created' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports a network failure when nothing listens on the endpoint', async () => {
    const api = await startFakeApi(json(201, {}));
    const endpoint = api.endpoint;
    await api.close();

    await expect(createThankYouReminder(input(endpoint))).resolves.toEqual({
      kind: 'failed',
      reason: 'network',
    });
  });

  it.each<[string, Partial<ThankYouReminderInput>]>([
    ['an invalid date', { at: new Date('not a date') }],
    ['blank text', { text: '  ' }],
    ['an unknown zone', { timeZone: 'Mars/Olympus_Mons' }],
    ['a blank access token', { apiAccessToken: '' }],
    ['a non-positive timeout', { timeoutMs: 0 }],
  ])('refuses %s without calling the API', async (_label, overrides) => {
    const api = await startFakeApi(json(201, {}));
    await expect(createThankYouReminder(input(api.endpoint, overrides))).resolves.toEqual({
      kind: 'failed',
      reason: 'invalid',
    });
    expect(api.seen).toHaveLength(0);
  });

  it('refuses an endpoint that is not an http(s) URL', async () => {
    await expect(createThankYouReminder(input('ftp://api.amazonalexa.com'))).resolves.toEqual({
      kind: 'failed',
      reason: 'invalid',
    });
  });
});
