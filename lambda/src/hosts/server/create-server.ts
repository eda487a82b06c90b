import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Skill } from 'ask-sdk-core';
import { isForSkill } from '../application-id.ts';
import { createAdmissionGate, type AdmissionOptions } from './admission.ts';
import { isRequestEnvelope, nestsDeeperThan } from './envelope-shape.ts';
import { sendError, sendJson, type ErrorCode } from './http-errors.ts';
import { BODY_LIMIT_BYTES, BodyTooLargeError, readBody } from './read-body.ts';
import { throttledLine } from './throttled-log.ts';
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
  /** When set, a request for any other skill (its application id) is refused with 400. */
  skillId?: string;
  /**
   * Answers the requests shed under overload, fast: the same skill built with a store that refuses at once,
   * so the user is coached and told truthfully that nothing was saved. Without it they get 503.
   */
  overloadSkill?: Pick<Skill, 'invoke'>;
  /** How much skill work runs at once and how long the rest may wait; `false` for no bound. */
  admission?: AdmissionOptions | false;
  /** A connection whose request has not fully arrived by then is cut off. */
  requestTimeoutMs?: number;
  /** Connections open at once; more are closed as they arrive. */
  maxConnections?: number;
  bodyLimitBytes?: number;
  log?: ServerLog;
}

/**
 * The gate for a server whose caller does not size it; `npm run serve` sets its own wait (self-hosted.ts).
 * Eight at once are enough to keep both cores busy; more only make each turn slower (BENCHMARKS.md).
 */
export const DEFAULT_ADMISSION: AdmissionOptions = { maxActive: 8, maxQueued: 2000, maxWaitMs: 2000 };
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_CONNECTIONS = 2048;

/** How a server made here drains: new work refused with 503, `/health` still answering, until idle. */
export interface DrainControl {
  begin(): void;
  /** Resolves once no skill request is in flight. */
  idle(): Promise<void>;
}

const drainControls = new WeakMap<Server, DrainControl>();

/** The drain control of a server made by createServer; undefined for any other server. */
export function drainControlOf(server: Server): DrainControl | undefined {
  return drainControls.get(server);
}

/** Alexa is pointed at one of these; `/alexa` suits a proxy that shares its host with other services. */
const SKILL_PATHS: ReadonlySet<string> = new Set(['/', '/alexa']);
const HEALTH_PATH = '/health';

/** Strict, so that a body that is not UTF-8 is refused rather than parsed with replacement characters. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An Alexa-facing HTTP server; call `listen` on it. TLS is the reverse proxy's job. */
export function createServer(options: CreateServerOptions): Server {
  const { skill, skillId, overloadSkill, bodyLimitBytes = BODY_LIMIT_BYTES, log = consoleLog } = options;
  const verifier = options.verify === false ? undefined : (options.verify ?? createRequestVerifier());
  const admission = options.admission ?? DEFAULT_ADMISSION;
  const gate = admission === false ? undefined : createAdmissionGate(admission);
  const rejected = throttledLine((message) => {
    log.warn(message);
  });
  // Alexa gives up after about eight seconds; a client slower than this is not Alexa.
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;

  const server = createHttpServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: requestTimeoutMs,
      // Node looks for overdue requests only this often (30 s by default), so a slow client would
      // otherwise outlive the timeout by that much.
      connectionsCheckingInterval: Math.max(50, Math.min(1000, requestTimeoutMs / 4)),
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        log.error(`unhandled failure: ${error instanceof Error ? error.message : String(error)}`);
        if (!response.headersSent) fail(response, 500, 'internal_error');
        else response.destroy();
      });
    },
  );
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;

  function refuse(response: ServerResponse, code: ErrorCode, reason?: string): void {
    rejected(code, reason === undefined ? `400 ${code}` : `400 ${code}: ${reason}`);
    fail(response, 400, code);
  }

  let draining = false;
  let inFlight = 0;
  const whenIdle: (() => void)[] = [];
  drainControls.set(server, {
    begin: () => {
      draining = true;
    },
    idle: () =>
      inFlight === 0
        ? Promise.resolve()
        : new Promise((resolve) => {
            whenIdle.push(resolve);
          }),
  });

  function closingHeaders(): Record<string, string> {
    // Once shutdown has begun, a connection kept alive would hold the drain open until its idle timeout.
    return server.listening && !draining ? {} : { Connection: 'close' };
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
      if (server.listening && !draining) sendJson(response, 200, { status: 'ok' });
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
    if (draining) {
      fail(response, 503, 'shutting_down', { 'Retry-After': '1' });
      return;
    }
    inFlight += 1;
    try {
      await answerSkillRequest(request, response);
    } finally {
      inFlight -= 1;
      if (inFlight === 0) for (const resolve of whenIdle.splice(0)) resolve();
    }
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
      rejected('payload_too_large', `413 payload_too_large: ${error.message}`);
      // The rest of the body is never read, so the connection cannot carry another request.
      fail(response, 413, 'payload_too_large', { Connection: 'close' });
      return;
    }

    // Everything cheap comes first, so a request that fails it never costs a certificate fetch.
    if (verifier) {
      const headers = verifier.checkHeaders(request.headers);
      if (!headers.ok) {
        refuse(response, headers.code, headers.reason);
        return;
      }
    }

    let parsed: unknown;
    try {
      parsed = JSON.parse(utf8.decode(body));
    } catch {
      refuse(response, 'malformed_json');
      return;
    }
    if (!isRequestEnvelope(parsed) || nestsDeeperThan(parsed)) {
      refuse(response, 'invalid_envelope');
      return;
    }

    if (verifier) {
      const timestamp = verifier.checkTimestamp(parsed.request.timestamp);
      if (!timestamp.ok) {
        refuse(response, timestamp.code, timestamp.reason);
        return;
      }
    }
    if (skillId !== undefined && !isForSkill(parsed, skillId)) {
      refuse(response, 'wrong_skill', 'the request is for another skill');
      return;
    }

    if (verifier) {
      const signature = await verifier.checkSignature(body, request.headers);
      if (!signature.ok) {
        refuse(response, signature.code, signature.reason);
        return;
      }
    }

    const admitted = gate ? await gate.enter() : 'admitted';
    if (admitted === 'shed' && !overloadSkill) {
      rejected('overloaded', '503 overloaded: too many requests waiting');
      fail(response, 503, 'overloaded', { 'Retry-After': '1' });
      return;
    }
    let answer: unknown;
    try {
      answer = await (admitted === 'shed' && overloadSkill ? overloadSkill : skill).invoke(parsed);
    } catch (error) {
      // The message only: the envelope carries user ids and what the user said.
      log.error(`skill failed: ${error instanceof Error ? error.message : String(error)}`);
      fail(response, 500, 'internal_error');
      return;
    } finally {
      if (admitted === 'admitted') gate?.leave();
    }
    if (admitted === 'shed') rejected('shed', 'overloaded: answered a request without the store');
    sendJson(response, 200, answer, closingHeaders());
  }

  return server;
}
