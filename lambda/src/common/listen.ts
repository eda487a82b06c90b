import type { Server as HttpServer } from 'node:http';
import type { AddressInfo, Server } from 'node:net';

/**
 * Starts `server` listening on a TCP port and host, or on a Unix socket path,
 * and resolves with its address once it does, or rejects when it cannot
 * (port taken, socket in use).
 */
export function listen(server: Server | HttpServer, port: number, host: string): Promise<AddressInfo>;
export function listen(server: Server | HttpServer, path: string): Promise<string>;
export function listen(
  server: Server | HttpServer,
  portOrPath: number | string,
  host?: string,
): Promise<AddressInfo | string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    const listening = () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo | string);
    };
    if (typeof portOrPath === 'number') server.listen(portOrPath, host, listening);
    else server.listen(portOrPath, listening);
  });
}
