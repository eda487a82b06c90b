import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Skill } from 'ask-sdk-core';
import { isRequestEnvelope } from './envelope-shape.ts';
import { sendError, sendJson, type ErrorCode } from './http-errors.ts';
import { BODY_LIMIT_BYTES, BodyTooLargeError, readBody } from './read-body.ts';
import { createRequestVerifier, type RequestVerifier } from './verify-request.ts';

export interface ServerLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleLog: ServerLog = {
  info: (message) => {
    console.error(`[server] ${message}`);
  },
  warn: (message) => {
    console.error(`[server] warning: ${message}`);
  },
  error: (message) => {
    console.error(`[server] error: ${message}`);
  },
};

export interface CreateServerOptions {
  /** Built by the caller, so each host decides what persistence the skill gets. */
  skill: Pick<Skill, 'invoke'>;
  /**
   * Alexa's signature and timestamp checks, with the real certificate fetcher and Node's roots when left
   * out. `false` turns them off and is only for an operator who asked for it by name.
   */
  verify?: RequestVerifier | false;
  bodyLimitBytes?: number;
  log?: ServerLog;
}

/** Alexa is pointed at one of these; `/alexa` suits a proxy that shares its host with other services. */
export const SKILL_PATHS: ReadonlySet<string> = new Set(['/', '/alexa']);
export const HEALTH_PATH = '/health';

/** Strict, so that a body that is not UTF-8 is refused rather than parsed with replacement characters. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An Alexa-facing HTTP server; call `listen` on it. TLS is the reverse proxy's job. */
export function createServer(options: CreateServerOptions): Server {
  const { skill, bodyLimitBytes = BODY_LIMIT_BYTES, log = consoleLog } = options;
  const verifier = options.verify === false ? undefined : (options.verify ?? createRequestVerifier());

  const server = createHttpServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log.error(`unhandled failure: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) fail(response, 500, 'internal_error');
      else response.destroy();
    });
  });
  // Alexa gives up after about eight seconds; a client slower than this is not Alexa.
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;

  function closingHeaders(): Record<string, string> {
    // Once shutdown has begun, a connection kept alive would hold the drain open until its idle timeout.
    return server.listening ? {} : { Connection: 'close' };
  }

  function fail(response: ServerResponse, status: number, code: ErrorCode, headers = {}): void {
    sendError(response, status, code, { ...headers, ...closingHeaders() });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
    if (path === HEALTH_PATH) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        fail(response, 405, 'method_not_allowed', { Allow: 'GET, HEAD' });
        return;
      }
      // 503 while draining tells a load balancer to send new work elsewhere.
      if (server.listening) sendJson(response, 200, { status: 'ok' });
      else sendJson(response, 503, { status: 'shutting_down' }, closingHeaders());
      return;
    }
    if (!SKILL_PATHS.has(path)) {
      fail(response, 404, 'not_found');
      return;
    }
    if (request.method !== 'POST') {
      fail(response, 405, 'method_not_allowed', { Allow: 'POST' });
      return;
    }
    await answerSkillRequest(request, response);
  }

  async function answerSkillRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let body: Buffer;
    try {
      body = await readBody(request, bodyLimitBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) {
        // The client went away mid-body: there is no one to answer.
        response.destroy();
        return;
      }
      log.warn(`413 payload_too_large: ${error.message}`);
      // The rest of the body is never read, so the connection cannot carry another request.
      fail(response, 413, 'payload_too_large', { Connection: 'close' });
      return;
    }

    if (verifier) {
      const signature = await verifier.checkSignature(body, request.headers);
      if (!signature.ok) {
        log.warn(`400 ${signature.code}: ${signature.reason}`);
        fail(response, 400, signature.code);
        return;
      }
    }

    let parsed: unknown;
    try {
      parsed = JSON.parse(utf8.decode(body));
    } catch {
      log.warn('400 malformed_json');
      fail(response, 400, 'malformed_json');
      return;
    }
    if (!isRequestEnvelope(parsed)) {
      log.warn('400 invalid_envelope');
      fail(response, 400, 'invalid_envelope');
      return;
    }

    if (verifier) {
      const timestamp = verifier.checkTimestamp(parsed.request.timestamp);
      if (!timestamp.ok) {
        log.warn(`400 ${timestamp.code}: ${timestamp.reason}`);
        fail(response, 400, timestamp.code);
        return;
      }
    }

    let answer: unknown;
    try {
      answer = await skill.invoke(parsed);
    } catch (error) {
      // The message only: the envelope carries user ids and what the user said.
      log.error(`skill failed: ${error instanceof Error ? error.message : String(error)}`);
      fail(response, 500, 'internal_error');
      return;
    }
    sendJson(response, 200, answer, closingHeaders());
  }

  return server;
}
