import type { IncomingMessage } from 'node:http';

/** Alexa's requests are a few kilobytes; 64 KB leaves room for large session attributes. */
export const BODY_LIMIT_BYTES = 64 * 1024;

export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`request body is over ${String(limit)} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The raw bytes of the request body, because the signature covers bytes, not a re-serialised object.
 * Rejects with BodyTooLargeError as soon as the declared or received size passes `limit`, without
 * buffering the excess.
 */
export function readBody(request: IncomingMessage, limit: number = BODY_LIMIT_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLargeError(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: () => void): void => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      outcome();
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.byteLength;
      if (size > limit) {
        finish(() => {
          reject(new BodyTooLargeError(limit));
        });
      } else chunks.push(chunk);
    };
    const onEnd = (): void => {
      finish(() => {
        resolve(Buffer.concat(chunks, size));
      });
    };
    const onError = (error: Error): void => {
      finish(() => {
        reject(error);
      });
    };
    const onClose = (): void => {
      if (!request.complete) onError(new Error('client closed the connection mid-request'));
    };
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
