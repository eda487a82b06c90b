import { listen } from '../common/listen.ts';
import { errorCode } from '../common/error-code.ts';
import { unlink } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { relative } from 'node:path';

/** Unix socket paths are limited to about 104 bytes (macOS) or 108 (Linux). */
const MAX_SOCKET_PATH = 100;

export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
}

/**
 * Holds `lockPath` as a listening Unix socket for as long as this process keeps it open. The kernel closes
 * the socket when its holder dies, however it dies, so the lock dies with it: unlike a PID written to a
 * file, it cannot be mistaken for a live holder after a restart in a container (where the new process
 * gets the same PID) or while the old one is a zombie. A second opener finds the socket answering and is
 * refused; a socket file nobody answers on is left over from a dead holder and taken over.
 */
export async function lockWithSocket(lockPath: string, what: string): Promise<() => Promise<void>> {
  const path = socketPath(lockPath);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const server = createServer((socket) => {
      socket.end(`${String(process.pid)}\n`);
    });
    try {
      await listen(server, path);
      // The lock must not keep a process alive that has nothing else to do.
      server.unref();
      return async () => {
        await new Promise<void>((resolve) => {
          server.close(() => {
            resolve();
          });
        });
        // Closing the server removes the file on most systems; this is for those where it does not.
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if (errorCode(error) !== 'EADDRINUSE') throw error;
    }
    const holder = await askHolder(path);
    if (holder !== undefined) {
      throw new DataDirInUseError(
        `${what} is in use by process ${holder}; stop it or choose another data directory`,
      );
    }
    await unlink(path).catch(() => undefined);
  }
  throw new DataDirInUseError(`${what} is being opened by another process at the same moment; try again`);
}

function socketPath(lockPath: string): string {
  if (lockPath.length <= MAX_SOCKET_PATH) return lockPath;
  const shorter = relative(process.cwd(), lockPath);
  if (shorter.length <= MAX_SOCKET_PATH) return shorter;
  throw new Error(`The data directory's path is too long for its lock (${lockPath}); choose a shorter one`);
}

/** The holder's PID when something answers on the socket; undefined when nothing does. */
function askHolder(path: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect(path);
    let answer = '';
    socket.setEncoding('utf8');
    socket.setTimeout(2000, () => {
      // Something holds the socket open but does not answer: treat it as alive, never steal it.
      socket.destroy();
      resolve('unknown');
    });
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => {
      resolve(answer.trim() || 'unknown');
    });
    socket.on('error', (error) => {
      resolve(errorCode(error) === 'ECONNREFUSED' || errorCode(error) === 'ENOENT' ? undefined : 'unknown');
    });
  });
}
