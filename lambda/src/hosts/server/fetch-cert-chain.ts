/** Fetches the PEM bundle a validated `SignatureCertChainUrl` points at. */
export type CertChainFetcher = (url: URL) => Promise<string>;

export interface FetchOptions {
  /** Alexa waits about eight seconds for an answer; a slow certificate host must not use them all. */
  timeoutMs?: number;
  /** A real chain is a few kilobytes; more than this is not a chain. */
  maxBytes?: number;
}

export function httpsCertChainFetcher({
  timeoutMs = 3000,
  maxBytes = 64 * 1024,
}: FetchOptions = {}): CertChainFetcher {
  return async (url) => {
    // No redirects: the URL checks must hold for where the chain really comes from.
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (response.status !== 200 || !response.body) {
      await response.body?.cancel();
      throw new Error(`certificate host answered ${String(response.status)}`);
    }
    // Read with a running count: a body without Content-Length could otherwise grow without bound.
    const chunks: Uint8Array[] = [];
    let size = 0;
    // undici types the body's chunks as any; on the wire they are bytes.
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      // Leaving the loop early cancels the stream.
      if (size > maxBytes) throw new Error('certificate chain is too large');
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  };
}
