import { verify, type X509Certificate } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { rootCertificates } from 'node:tls';
import {
  checkCertificateChain,
  defaultTrustedRoots,
  parsePemChain,
  parseTrustedRoots,
} from './cert-chain.ts';
import { checkCertChainUrl } from './cert-chain-url.ts';
import { httpsCertChainFetcher, type CertChainFetcher } from './fetch-cert-chain.ts';

/** Alexa's limit on how far a request's own timestamp may be from the skill's clock. */
export const TIMESTAMP_TOLERANCE_MS = 150_000;

export type RejectionCode =
  | 'signature_missing'
  | 'cert_url_invalid'
  | 'cert_chain_unavailable'
  | 'cert_chain_untrusted'
  | 'signature_invalid'
  | 'timestamp_invalid';

/** `reason` is for the operator's log; it never quotes what the request sent. */
export type Check = { ok: true } | { ok: false; code: RejectionCode; reason: string };

export interface RequestVerifier {
  /** Runs on the exact bytes received, before anything parses them. */
  checkSignature(body: Uint8Array, headers: IncomingHttpHeaders): Promise<Check>;
  checkTimestamp(timestamp: string): Check;
}

export interface RequestVerifierOptions {
  /** Where chains come from; tests serve their own so that nothing touches the network. */
  fetchCertChain?: CertChainFetcher;
  /** PEM roots a chain must end at; Node's bundled Mozilla roots by default. */
  trustedRoots?: readonly string[];
  now?: () => Date;
  /** Alexa signs with one or two chains at a time; the cap only stops odd URLs from growing the cache. */
  cacheSize?: number;
}

const PASS: Check = { ok: true };

function reject(code: RejectionCode, reason: string): Check {
  return { ok: false, code, reason };
}

function header(headers: IncomingHttpHeaders, lowerCaseName: string): string | undefined {
  const value = headers[lowerCaseName];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function createRequestVerifier(options: RequestVerifierOptions = {}): RequestVerifier {
  const fetchCertChain = options.fetchCertChain ?? httpsCertChainFetcher();
  const roots = options.trustedRoots
    ? parseTrustedRoots(options.trustedRoots)
    : defaultTrustedRoots(rootCertificates);
  const now = options.now ?? (() => new Date());
  const cacheSize = options.cacheSize ?? 16;
  // Promises, so that a burst of requests on a cold start shares one fetch.
  const chains = new Map<string, Promise<X509Certificate[]>>();

  function forget(key: string, entry: Promise<X509Certificate[]>): void {
    if (chains.get(key) === entry) chains.delete(key);
  }

  function chainFor(url: URL): Promise<X509Certificate[]> {
    const key = url.href;
    const cached = chains.get(key);
    if (cached) return cached;
    const loading = fetchCertChain(url).then(parsePemChain);
    // A failed fetch is not remembered: one bad moment at the certificate host must not stick.
    loading.catch(() => {
      forget(key, loading);
    });
    const oldest = chains.keys().next();
    if (chains.size >= cacheSize && !oldest.done) chains.delete(oldest.value);
    chains.set(key, loading);
    return loading;
  }

  return {
    async checkSignature(body, headers) {
      const chainUrl = header(headers, 'signaturecertchainurl');
      const sha256Signature = header(headers, 'signature-256');
      const signature = sha256Signature ?? header(headers, 'signature');
      if (chainUrl === undefined || signature === undefined) {
        return reject('signature_missing', 'no signature or certificate chain URL header');
      }
      const url = checkCertChainUrl(chainUrl);
      if (!url.ok) return reject('cert_url_invalid', url.reason);
      let chain: X509Certificate[];
      const entry = chainFor(url.url);
      try {
        chain = await entry;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return reject('cert_chain_unavailable', `certificate chain could not be loaded: ${reason}`);
      }
      const untrusted = checkCertificateChain(chain, roots, now());
      if (untrusted !== undefined) {
        // Fetched afresh next time, in case Amazon has replaced the chain at the same address.
        forget(url.url.href, entry);
        return reject('cert_chain_untrusted', untrusted);
      }
      const [leaf] = chain;
      if (!leaf) return reject('cert_chain_untrusted', 'no certificate in the chain');
      let valid: boolean;
      try {
        // The legacy Signature header is SHA-1; Alexa sends Signature-256 alongside it.
        const algorithm = sha256Signature === undefined ? 'sha1' : 'sha256';
        valid = verify(algorithm, body, leaf.publicKey, Buffer.from(signature, 'base64'));
      } catch {
        valid = false;
      }
      return valid ? PASS : reject('signature_invalid', 'signature does not match the request body');
    },

    checkTimestamp(timestamp) {
      const at = ISO_DATE_TIME.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
      if (!Number.isFinite(at))
        return reject('timestamp_invalid', 'request timestamp is not an ISO 8601 time');
      if (Math.abs(now().getTime() - at) > TIMESTAMP_TOLERANCE_MS) {
        return reject('timestamp_invalid', 'request timestamp is more than 150 seconds from now');
      }
      return PASS;
    },
  };
}
