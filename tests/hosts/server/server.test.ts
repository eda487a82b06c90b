import { request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createDevice,
  launchRequest,
  newSession,
  type Stamper,
} from '../../../lambda/src/hosts/console/request-envelopes.ts';
import { createServer, type ServerLog } from '../../../lambda/src/hosts/server/create-server.ts';
import { createRequestVerifier } from '../../../lambda/src/hosts/server/verify-request.ts';
import { buildSkill } from '../../../lambda/src/skill/build-skill.ts';
import { CERT_URL, createTestPki, signBody, type TestPki } from './test-pki.ts';

interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

interface Running {
  server: Server;
  base: string;
  logged: string[];
}

const running: Server[] = [];
let pki: TestPki;
let previousQuiet: string | undefined;

beforeAll(() => {
  pki = createTestPki();
  // The skill's own log lines would bury the test output.
  previousQuiet = process.env.CLOSING_COACH_QUIET;
  process.env.CLOSING_COACH_QUIET = '1';
});

afterAll(() => {
  if (previousQuiet === undefined) delete process.env.CLOSING_COACH_QUIET;
  else process.env.CLOSING_COACH_QUIET = previousQuiet;
});

afterEach(async () => {
  await Promise.all(
    running.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(resolve);
        }),
    ),
  );
});

function capturingLog(lines: string[]): ServerLog {
  return {
    info: (message) => lines.push(`info ${message}`),
    warn: (message) => lines.push(`warn ${message}`),
    error: (message) => lines.push(`error ${message}`),
  };
}

async function start(options: Partial<Parameters<typeof createServer>[0]> = {}): Promise<Running> {
  const logged: string[] = [];
  const server = createServer({
    skill: buildSkill({ random: () => 0 }),
    verify: createRequestVerifier({
      fetchCertChain: () => Promise.resolve(pki.chainPem),
      trustedRoots: [pki.root.certificatePem],
    }),
    log: capturingLog(logged),
    ...options,
  });
  running.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${String(port)}`, logged };
}

function stamperAt(now: Date): Stamper {
  return { uuid: () => crypto.randomUUID(), now: () => now };
}

function launch(now = new Date()): string {
  const device = createDevice({ screen: false, locale: 'en-US' });
  return JSON.stringify(launchRequest(device, newSession(), { stamper: stamperAt(now) }));
}

function signed(body: string): Record<string, string> {
  return { SignatureCertChainUrl: CERT_URL, 'Signature-256': signBody(body, pki.leaf) };
}

async function send(base: string, path: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function post(base: string, body: string, headers: Record<string, string> = {}, path = '/'): Promise<Reply> {
  return send(base, path, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

function errorCode(reply: Reply): unknown {
  const parsed = JSON.parse(reply.text) as { error?: { code?: unknown } };
  return parsed.error?.code;
}

function expectSkillAnswer(reply: Reply): void {
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
  const answer = JSON.parse(reply.text) as ResponseEnvelope;
  expect(answer.version).toBe('1.0');
  expect(answer.response.outputSpeech).toMatchObject({ type: 'SSML' });
  expect(answer.sessionAttributes).toMatchObject({ state: 'AWAITING_CLOSE' });
}

/** Writes the body in chunks with no Content-Length, as a client streaming an unknown length would. */
function postChunked(base: string, chunks: readonly Buffer[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${base}/`, { method: 'POST' }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    // The server may hang up once it has refused the body; the status has already arrived by then.
    request.on('error', (error) => {
      reject(error);
    });
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

describe('with Alexa verification on (the default)', () => {
  it("answers a properly signed launch request with the skill's response, on / and on /alexa", async () => {
    const { base } = await start();
    const body = launch();
    expectSkillAnswer(await post(base, body, signed(body)));
    expectSkillAnswer(await post(base, body, signed(body), '/alexa'));
  });

  it('verifies requests by default when no verifier is passed in', async () => {
    const { base, logged } = await start({ verify: undefined });
    const reply = await post(base, launch());
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('signature_missing');
    expect(logged.join('\n')).toMatch(/400 signature_missing/);
  });

  it('refuses an unsigned request with 400', async () => {
    const { base } = await start();
    const reply = await post(base, launch());
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('signature_missing');
  });

  it('refuses a request whose body was changed after it was signed', async () => {
    const { base } = await start();
    const body = launch();
    const tampered = body.replace('LaunchRequest', 'IntentRequest');
    expect(tampered).not.toBe(body);
    const reply = await post(base, tampered, signed(body));
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('signature_invalid');
  });

  it('refuses a certificate URL outside Alexa bucket without fetching it', async () => {
    const fetchCertChain = vi.fn(() => Promise.resolve(pki.chainPem));
    const { base } = await start({
      verify: createRequestVerifier({ fetchCertChain, trustedRoots: [pki.root.certificatePem] }),
    });
    const body = launch();
    for (const url of [
      'http://s3.amazonaws.com/echo.api/echo-api-cert.pem',
      'https://s3.amazonaws.com:8443/echo.api/echo-api-cert.pem',
      'https://evil.example/echo.api/echo-api-cert.pem',
    ]) {
      const reply = await post(base, body, { ...signed(body), SignatureCertChainUrl: url });
      expect(reply.status).toBe(400);
      expect(errorCode(reply)).toBe('cert_url_invalid');
    }
    expect(fetchCertChain).not.toHaveBeenCalled();
  });

  it('refuses a request signed by a certificate from an untrusted CA', async () => {
    const stranger = createTestPki('Stranger');
    const { base } = await start({
      verify: createRequestVerifier({
        fetchCertChain: () => Promise.resolve(stranger.chainPem),
        trustedRoots: [pki.root.certificatePem],
      }),
    });
    const body = launch();
    const reply = await post(base, body, {
      SignatureCertChainUrl: CERT_URL,
      'Signature-256': signBody(body, stranger.leaf),
    });
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('cert_chain_untrusted');
  });

  it('refuses a correctly signed request stamped ten minutes ago', async () => {
    const { base } = await start();
    const body = launch(new Date(Date.now() - 10 * 60 * 1000));
    const reply = await post(base, body, signed(body));
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('timestamp_invalid');
  });

  it('refuses a correctly signed body that is not JSON, or is JSON but not an Alexa envelope', async () => {
    const { base } = await start();
    const malformed = '{"version": "1.0", "request": ';
    const malformedReply = await post(base, malformed, signed(malformed));
    expect(malformedReply.status).toBe(400);
    expect(errorCode(malformedReply)).toBe('malformed_json');

    for (const shape of [
      '[]',
      '{"version":"1.0"}',
      JSON.stringify({ ...JSON.parse(launch()), context: null }),
    ]) {
      const reply = await post(base, shape, signed(shape));
      expect(reply.status).toBe(400);
      expect(errorCode(reply)).toBe('invalid_envelope');
    }
  });

  it('keeps serving good requests after every kind of bad one', async () => {
    const { base } = await start();
    const good = launch();
    const stale = launch(new Date(Date.now() - 10 * 60 * 1000));
    const statuses = [
      (await post(base, good)).status,
      (await post(base, good.replace('en-US', 'en-GB'), signed(good))).status,
      (await post(base, good, { ...signed(good), SignatureCertChainUrl: 'https://evil.example/x.pem' }))
        .status,
      (await post(base, stale, signed(stale))).status,
      (await post(base, '{', signed('{'))).status,
      (await post(base, 'x'.repeat(70 * 1024))).status,
      (await send(base, '/', { method: 'GET' })).status,
      (await send(base, '/nowhere', { method: 'POST', body: good })).status,
    ];
    expect(statuses).toEqual([400, 400, 400, 400, 400, 413, 405, 404]);
    expectSkillAnswer(await post(base, good, signed(good)));
  });

  it('never echoes the request in an error body or in the log', async () => {
    const { base, logged } = await start();
    const marker = 'MARKER-7f3a9c';
    const replies = [
      await post(base, `{"${marker}": `, signed(`{"${marker}": `)),
      await post(base, JSON.stringify({ version: marker }), signed(JSON.stringify({ version: marker }))),
      await post(base, launch(), {
        SignatureCertChainUrl: `https://${marker}.example/echo.api/x.pem`,
        'Signature-256': marker,
      }),
      await send(base, `/${marker}`, { method: 'POST', body: marker }),
    ];
    for (const reply of replies) {
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.text).not.toContain(marker);
      const parsed = JSON.parse(reply.text) as { error: { code: unknown; message: unknown } };
      expect(typeof parsed.error.code).toBe('string');
      expect(typeof parsed.error.message).toBe('string');
    }
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(marker);
  });
});

describe('limits and routing', () => {
  it('refuses a body over 64 KB with 413, whether or not its length was declared', async () => {
    const { base } = await start({ verify: false });
    const declared = await post(base, `"${'x'.repeat(64 * 1024)}"`);
    expect(declared.status).toBe(413);
    expect(errorCode(declared)).toBe('payload_too_large');
    const chunk = Buffer.alloc(16 * 1024, 'x');
    expect(await postChunked(base, [chunk, chunk, chunk, chunk, chunk])).toBe(413);
  });

  it('refuses a declared oversize body without waiting for it to arrive', async () => {
    const { base } = await start({ verify: false });
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        `${base}/`,
        { method: 'POST', headers: { 'Content-Length': String(10 * 1024 * 1024) } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
          request.destroy();
        },
      );
      request.on('error', reject);
      // Only a few bytes of the ten megabytes announced: an answer can only come from the declared size.
      request.write('{"version":');
    });
    expect(status).toBe(413);
  });

  it('accepts a body of exactly 64 KB as far as the size check goes', async () => {
    const { base } = await start({ verify: false });
    const body = `"${'x'.repeat(64 * 1024 - 2)}"`;
    expect(Buffer.byteLength(body)).toBe(64 * 1024);
    const reply = await post(base, body);
    expect(errorCode(reply)).toBe('invalid_envelope');
  });

  it('refuses a body that is not UTF-8 as malformed rather than guessing at it', async () => {
    const { base } = await start({ verify: false });
    // A quoted invalid byte: lenient decoding would turn it into a valid JSON string.
    const reply = await send(base, '/', { method: 'POST', body: new Uint8Array([0x22, 0xff, 0x22]) });
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('malformed_json');
  });

  it('answers a wrong method on the skill path with 405 and says POST is allowed', async () => {
    const { base } = await start();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const reply = await send(base, '/', { method });
      expect(reply.status).toBe(405);
      expect(reply.headers.get('allow')).toBe('POST');
      expect(errorCode(reply)).toBe('method_not_allowed');
    }
  });

  it('answers an unknown path with 404', async () => {
    const { base } = await start();
    const reply = await send(base, '/alexa/extra', { method: 'POST', body: '{}' });
    expect(reply.status).toBe(404);
    expect(errorCode(reply)).toBe('not_found');
  });

  it('reports health on GET /health without any signature', async () => {
    const { base } = await start();
    const reply = await send(base, '/health');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ status: 'ok' });
    const wrong = await send(base, '/health', { method: 'POST', body: '{}' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers 500 without details when the skill itself throws', async () => {
    const { base, logged } = await start({
      verify: false,
      skill: { invoke: () => Promise.reject(new Error('database on fire')) },
    });
    const body = launch();
    const reply = await post(base, body);
    expect(reply.status).toBe(500);
    expect(errorCode(reply)).toBe('internal_error');
    expect(reply.text).not.toContain('database');
    expect(logged.join('\n')).toContain('database on fire');
    // The envelope carries the user's id; a failure must not write it to the log.
    const { userId } = (JSON.parse(body) as RequestEnvelope).context.System.user;
    expect(logged.join('\n')).not.toContain(userId);
  });
});

describe('with verification off', () => {
  it('answers a plain unsigned request', async () => {
    const { base } = await start({ verify: false });
    expectSkillAnswer(await post(base, launch()));
  });

  it('still refuses malformed JSON and envelopes of the wrong shape', async () => {
    const { base } = await start({ verify: false });
    expect(errorCode(await post(base, 'not json'))).toBe('malformed_json');
    expect(errorCode(await post(base, '{"request":{}}'))).toBe('invalid_envelope');
  });

  it('does not check the timestamp either', async () => {
    const { base } = await start({ verify: false });
    expectSkillAnswer(await post(base, launch(new Date(Date.now() - 10 * 60 * 1000))));
  });
});

describe('robustness', () => {
  const MINE = 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555';

  function launchFor(applicationId: string): string {
    const device = createDevice({ screen: false, locale: 'en-US', applicationId });
    return JSON.stringify(launchRequest(device, newSession()));
  }

  it("refuses with 400 a correctly signed request for another skill when it knows its skill's id", async () => {
    const { base } = await start({ skillId: MINE });
    const theirs = launchFor('amzn1.ask.skill.99999999-0000-4000-8000-000000000000');
    const refused = await post(base, theirs, signed(theirs));
    expect(refused.status).toBe(400);
    expect(errorCode(refused)).toBe('wrong_skill');
    const mine = launchFor(MINE);
    expectSkillAnswer(await post(base, mine, signed(mine)));
  });

  it('says a timestamp that is not an ISO time is unreadable, not too far from now', async () => {
    const { base } = await start();
    const envelope = JSON.parse(launch()) as RequestEnvelope;
    envelope.request.timestamp = 'yesterday';
    const body = JSON.stringify(envelope);
    const reply = await post(base, body, signed(body));
    expect(errorCode(reply)).toBe('timestamp_malformed');
    expect(reply.text).not.toMatch(/too far/);
  });

  it('fetches no certificate chain for a request that fails a cheap check', async () => {
    const fetchCertChain = vi.fn(() => Promise.resolve(pki.chainPem));
    const { base } = await start({
      skillId: MINE,
      verify: createRequestVerifier({ fetchCertChain, trustedRoots: [pki.root.certificatePem] }),
    });
    const stale = launch(new Date(Date.now() - 10 * 60 * 1000));
    const theirs = launchFor('amzn1.ask.skill.99999999-0000-4000-8000-000000000000');
    for (const [index, body] of [stale, theirs, '{"request":{}}'].entries()) {
      const headers = {
        ...signed(body),
        SignatureCertChainUrl: `https://s3.amazonaws.com/echo.api/new-${String(index)}.pem`,
      };
      expect((await post(base, body, headers)).status).toBe(400);
    }
    expect(fetchCertChain).not.toHaveBeenCalled();
  });

  it('refuses with 400, not 500, session attributes nested thousands deep', async () => {
    const { base } = await start({ verify: false });
    // Written as text: JSON.stringify itself would run out of stack on an object this deep.
    const deep = `${'{"a":'.repeat(5000)}{}${'}'.repeat(5000)}`;
    const body = launch().replace('"attributes":{}', `"attributes":${deep}`);
    expect(body).toContain(deep);
    const reply = await post(base, body);
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('invalid_envelope');
  });

  it('logs a flood of rejected requests as a line or two, not a line each', async () => {
    const { base, logged } = await start();
    for (let index = 0; index < 60; index += 1) expect((await post(base, launch())).status).toBe(400);
    expect(logged.filter((line) => line.includes('signature_missing')).length).toBeLessThanOrEqual(2);
  });

  it('cuts off a connection whose request trickles in past the request timeout', async () => {
    const { server } = await start({ verify: false, requestTimeoutMs: 300 });
    const { port } = server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1');
    socket.write('POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const trickle = setInterval(() => socket.write('X-Slow: 1\r\n'), 100);
    const closed = await new Promise<boolean>((resolve) => {
      const giveUp = setTimeout(() => {
        resolve(false);
      }, 5000);
      socket.on('error', () => undefined);
      socket.once('close', () => {
        clearTimeout(giveUp);
        resolve(true);
      });
    });
    clearInterval(trickle);
    socket.destroy();
    expect(closed).toBe(true);
  });

  it('under overload, answers the requests it sheds at once with the overload skill, and /health still answers', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const real = buildSkill({ random: () => 0 });
    const { base } = await start({
      verify: false,
      admission: { maxActive: 1, maxQueued: 1, maxWaitMs: 200 },
      skill: {
        invoke: async (envelope, context) => {
          await held;
          return real.invoke(envelope, context);
        },
      },
      overloadSkill: {
        invoke: () => Promise.resolve({ version: '1.0', response: { shouldEndSession: true } }),
      },
    });
    const first = post(base, launch());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waiting = post(base, launch());
    const shedAtOnce = await post(base, launch());
    expect(shedAtOnce.status).toBe(200);
    expect(JSON.parse(shedAtOnce.text)).toEqual({ version: '1.0', response: { shouldEndSession: true } });
    expect((await send(base, '/health')).status).toBe(200);
    // The waiting one is shed once it has waited 200 ms; the first is answered by the skill once let go.
    expect(JSON.parse((await waiting).text)).toEqual({
      version: '1.0',
      response: { shouldEndSession: true },
    });
    release();
    expectSkillAnswer(await first);
  });

  it('answers 503 to the requests it sheds when there is no overload skill', async () => {
    const { base } = await start({
      verify: false,
      admission: { maxActive: 1, maxQueued: 0, maxWaitMs: 200 },
      skill: { invoke: () => new Promise(() => undefined) },
    });
    void post(base, launch()).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const shed = await post(base, launch());
    expect(shed.status).toBe(503);
    expect(errorCode(shed)).toBe('overloaded');
  });
});
