import type { Server } from 'node:http';
import { withTimeout } from '../../common/with-timeout.ts';
import { drainControlOf } from './create-server.ts';

export type ShutdownOutcome = 'drained' | 'forced';

/**
 * Resolves once every in-flight request has been answered ('drained'), or, after `timeoutMs`, cuts the
 * stragglers off ('forced'). A server from createServer keeps listening until its skill requests are done,
 * answering new ones and `/health` with 503, so a load balancer hears that it is going rather than finding
 * the port closed; then it stops accepting connections.
 */
export async function shutDownGracefully(
  server: Server,
  { timeoutMs = 10_000 } = {},
): Promise<ShutdownOutcome> {
  const started = Date.now();
  const drain = drainControlOf(server);
  if (drain) {
    drain.begin();
    await withTimeout(drain.idle(), timeoutMs, () => undefined);
  }
  return closeServer(server, Math.max(0, timeoutMs - (Date.now() - started)));
}

function closeServer(server: Server, timeoutMs: number): Promise<ShutdownOutcome> {
  return new Promise((resolve) => {
    let outcome: ShutdownOutcome = 'drained';
    // Keep-alive connections that finish their last response after close() would otherwise linger until
    // their idle timeout.
    const sweep = setInterval(() => {
      server.closeIdleConnections();
    }, 50);
    const force = setTimeout(() => {
      outcome = 'forced';
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(force);
      resolve(outcome);
    });
    server.closeIdleConnections();
  });
}

export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
}

export interface SignalHandlingOptions {
  /** Runs the shutdown and says the exit code. */
  shutDown: (signal: NodeJS.Signals) => Promise<number>;
  exit: (code: number) => void;
  /** The last resort if shutting down itself hangs (a store that will not close, say). */
  forceExitAfterMs: number;
}

/** SIGTERM (container stop) and SIGINT (Ctrl-C) both drain; a second signal means "now". */
export function exitOnShutdownSignals(source: SignalSource, options: SignalHandlingOptions): void {
  let started = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (started) {
      options.exit(1);
      return;
    }
    started = true;
    setTimeout(() => {
      options.exit(1);
    }, options.forceExitAfterMs).unref();
    options.shutDown(signal).then(options.exit, () => {
      options.exit(1);
    });
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    source.on(signal, () => {
      onSignal(signal);
    });
  }
}
