import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createDevice,
  launchRequest,
  newSession,
} from '../../../lambda/src/hosts/console/request-envelopes.ts';
import { createServer } from '../../../lambda/src/hosts/server/create-server.ts';
import {
  exitOnShutdownSignals,
  shutDownGracefully,
} from '../../../lambda/src/hosts/server/graceful-shutdown.ts';
import { buildSkill } from '../../../lambda/src/skill/build-skill.ts';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A skill that holds every request until the test lets it go, so one can be caught in flight. */
function heldSkill(): {
  skill: Parameters<typeof createServer>[0]['skill'];
  entered: Promise<void>;
  release: () => void;
} {
  const real = buildSkill({ random: () => 0 });
  // The skill's own log lines would bury the test output.
  vi.stubEnv('CLOSING_COACH_QUIET', '1');
  let release = (): void => undefined;
  let enter = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const entered = new Promise<void>((resolve) => (enter = resolve));
  return {
    skill: {
      invoke: async (envelope, context) => {
        enter();
        await gate;
        return real.invoke(envelope, context);
      },
    },
    entered,
    release: () => {
      release();
    },
  };
}

async function listening(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => {
      resolve(true);
    });
  });
}

function launchBody(): string {
  return JSON.stringify(launchRequest(createDevice({ screen: false, locale: 'en-US' }), newSession()));
}

describe('graceful shutdown', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('while draining answers /health and new requests with 503, lets a request in flight finish, then stops accepting connections', async () => {
    const held = heldSkill();
    const server = createServer({ skill: held.skill, verify: false, log: quiet });
    const port = await listening(server);
    const base = `http://127.0.0.1:${String(port)}`;
    const inFlight = fetch(`${base}/`, { method: 'POST', body: launchBody() });
    await held.entered;

    const closing = shutDownGracefully(server, { timeoutMs: 5000 });
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'shutting_down' });
    const late = await fetch(`${base}/`, { method: 'POST', body: launchBody() });
    expect(late.status).toBe(503);
    expect(late.headers.get('connection')).toBe('close');
    let settled = false;
    void closing.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(settled).toBe(false);

    held.release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    const answer = (await response.json()) as ResponseEnvelope;
    expect(answer.response.outputSpeech).toBeDefined();
    expect(await closing).toBe('drained');
    expect(await connectionRefused(port)).toBe(true);
  });

  it('cuts off a request that overruns the drain timeout and reports it forced', async () => {
    const server = createServer({
      skill: { invoke: () => new Promise(() => undefined) },
      verify: false,
      log: quiet,
    });
    const port = await listening(server);
    const inFlight = fetch(`http://127.0.0.1:${String(port)}/`, { method: 'POST', body: launchBody() });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await shutDownGracefully(server, { timeoutMs: 200 })).toBe('forced');
    await expect(inFlight).rejects.toThrow();
  });
});

describe('shutdown signals', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('drains on SIGTERM and exits with the code the shutdown reports', async () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    let finish: (code: number) => void = () => undefined;
    const shutDown = vi.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    exitOnShutdownSignals(signals, { shutDown, exit: (code) => exits.push(code), forceExitAfterMs: 60_000 });

    signals.emit('SIGTERM');
    expect(shutDown).toHaveBeenCalledWith('SIGTERM');
    await Promise.resolve();
    expect(exits).toEqual([]);
    // 1 is what a drain that had to cut requests off reports; the entry test covers a clean 0.
    finish(1);
    await vi.waitFor(() => {
      expect(exits).toEqual([1]);
    });
  });

  it('exits at once with 1 on a second signal while draining', () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    exitOnShutdownSignals(signals, {
      shutDown: () => new Promise(() => undefined),
      exit: (code) => exits.push(code),
      forceExitAfterMs: 60_000,
    });
    signals.emit('SIGINT');
    expect(exits).toEqual([]);
    signals.emit('SIGINT');
    expect(exits).toEqual([1]);
  });

  it('exits with 1 when shutting down hangs past the force-exit limit', () => {
    vi.useFakeTimers();
    const signals = new EventEmitter();
    const exits: number[] = [];
    exitOnShutdownSignals(signals, {
      shutDown: () => new Promise(() => undefined),
      exit: (code) => exits.push(code),
      forceExitAfterMs: 1000,
    });
    signals.emit('SIGTERM');
    vi.advanceTimersByTime(999);
    expect(exits).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(exits).toEqual([1]);
  });
});
