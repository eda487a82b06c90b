import { verify, type X509Certificate } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { rootCertificates } from 'node:tls';
import {
  outOfDate,
  trustedWindow,
  type TrustedWindow,
  defaultTrustedRoots,
  parsePemChain,
  parseTrustedRoots,
} from './cert-chain.ts';
import { checkCertChainUrl } from './cert-chain-url.ts';
import { httpsCertChainFetcher, type CertChainFetcher } from './fetch-cert-chain.ts';

/** A chain whose path to a trusted root was verified, with the dates within which it holds. */
interface TrustedChain {
  chain: X509Certificate[];
  window: TrustedWindow;
}

/** Alexa's limit on how far a request's own timestamp may be from the skill's clock. */
const TIMESTAMP_TOLERANCE_MS = 150_000;

export type RejectionCode =
  | 'signature_missing'
  | 'cert_url_invalid'
  | 'cert_chain_unavailable'
  | 'cert_chain_untrusted'
  | 'signature_invalid'
  | 'timestamp_malformed'
  | 'timestamp_invalid';

/** `reason` is for the operator's log; it never quotes what the request sent. */
export type Check = { ok: true } | { ok: false; code: RejectionCode; reason: string };

export interface RequestVerifier {
  /**
   * The checks that need neither the body nor the network: run first, so that a request that fails them
   * never makes the server fetch a certificate chain.
   */
  checkHeaders(headers: IncomingHttpHeaders): Check;
  /** Runs on the exact bytes received, before anything trusts what they say. */
  checkSignature(body: Uint8Array, headers: IncomingHttpHeaders): Promise<Check>;
  checkTimestamp(timestamp: string): Check;
}

export interface RequestVerifierOptions {
  /** Where chains come from; tests serve their own so that nothing touches the network. */
  fetchCertChain?: CertChainFetcher;
  /** PEM roots a chain must end at; Node's bundled Mozilla roots by default. */
  trustedRoots?: readonly string[];
  now?: () => Date;
  /** Trusted chains kept; Alexa signs with one or two at a time. */
  cacheSize?: number;
  /** Fetches of chains not yet trusted, at once and per minute: unsigned requests cannot make many. */
  maxFetchesInFlight?: number;
  maxFetchesPerMinute?: number;
}

const PASS: Check = { ok: true };
const MINUTE_MS = 60_000;
/** An RSA-2048 signature is 256 bytes, 344 characters of base64; a 4096-bit key doubles that. */
const MAX_SIGNATURE_CHARS = 1024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function reject(code: RejectionCode, reason: string): Check {
  return { ok: false, code, reason };
}

function header(headers: IncomingHttpHeaders, lowerCaseName: string): string | undefined {
  const value = headers[lowerCaseName];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface SignedHeaders {
  url: URL;
  signature: Buffer;
}

function readSignedHeaders(headers: IncomingHttpHeaders): { ok: true; value: SignedHeaders } | Check {
  const chainUrl = header(headers, 'signaturecertchainurl');
  // Signature-256 only: the legacy SHA-1 `Signature` header alone would be a downgrade.
  const signature = header(headers, 'signature-256');
  if (chainUrl === undefined || signature === undefined) {
    return reject('signature_missing', 'no Signature-256 or certificate chain URL header');
  }
  if (signature.length > MAX_SIGNATURE_CHARS || !BASE64.test(signature)) {
    return reject('signature_invalid', 'Signature-256 is not a base64 signature');
  }
  const url = checkCertChainUrl(chainUrl);
  if (!url.ok) return reject('cert_url_invalid', url.reason);
  return { ok: true, value: { url: url.url, signature: Buffer.from(signature, 'base64') } };
}

export function createRequestVerifier(options: RequestVerifierOptions = {}): RequestVerifier {
  const fetchCertChain = options.fetchCertChain ?? httpsCertChainFetcher();
  const roots = options.trustedRoots
    ? parseTrustedRoots(options.trustedRoots)
    : defaultTrustedRoots(rootCertificates);
  const now = options.now ?? (() => new Date());
  const cacheSize = options.cacheSize ?? 4;
  const maxInFlight = options.maxFetchesInFlight ?? 2;
  const maxPerMinute = options.maxFetchesPerMinute ?? 10;
  // Only chains that passed the trust check live here, so no number of unverified URLs can push out
  // the genuine one.
  const trusted = new Map<string, TrustedChain>();
  // Promises, so that a burst of requests on a cold start shares one fetch.
  const loading = new Map<string, Promise<X509Certificate[]>>();
  const recentFetches: number[] = [];

  function overBudget(): string | undefined {
    if (loading.size >= maxInFlight) return 'too many certificate fetches in flight';
    const at = now().getTime();
    while (recentFetches.length > 0 && (recentFetches[0] ?? at) <= at - MINUTE_MS) recentFetches.shift();
    if (recentFetches.length >= maxPerMinute) return 'too many certificate fetches in the last minute';
    recentFetches.push(at);
    return undefined;
  }

  function remember(key: string, chain: TrustedChain): void {
    trusted.delete(key);
    trusted.set(key, chain);
    const oldest = trusted.keys().next();
    if (trusted.size > cacheSize && !oldest.done) trusted.delete(oldest.value);
  }

  async function chainFor(url: URL): Promise<TrustedChain | Check> {
    const key = url.href;
    const known = trusted.get(key);
    if (known) return known;
    let pending = loading.get(key);
    if (!pending) {
      const refused = overBudget();
      if (refused !== undefined) return reject('cert_chain_unavailable', refused);
      pending = fetchCertChain(url).then(parsePemChain);
      loading.set(key, pending);
      const done = (): void => {
        loading.delete(key);
      };
      // A failed fetch is not remembered: one bad moment at the certificate host must not stick.
      pending.then(done, done);
    }
    let chain: X509Certificate[];
    try {
      chain = await pending;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return reject('cert_chain_unavailable', `certificate chain could not be loaded: ${reason}`);
    }
    // An untrusted chain is not remembered: it is fetched afresh next time, in case Amazon has replaced
    // the chain at the same address.
    const window = trustedWindow(chain, roots);
    if (typeof window === 'string') return reject('cert_chain_untrusted', window);
    const trustedChain = { chain, window };
    remember(key, trustedChain);
    return trustedChain;
  }

  return {
    checkHeaders(headers) {
      const signed = readSignedHeaders(headers);
      return signed.ok ? PASS : signed;
    },

    async checkSignature(body, headers) {
      const signed = readSignedHeaders(headers);
      if (!('value' in signed)) return signed;
      const loaded = await chainFor(signed.value.url);
      if (!('chain' in loaded)) return loaded;
      const [leaf] = loaded.chain;
      if (!leaf) return reject('cert_chain_untrusted', 'no certificate in the chain');
      // Trusted once, a chain is checked against the clock alone: its signatures do not change.
      const untrusted = outOfDate(loaded.window, now());
      if (untrusted !== undefined) {
        trusted.delete(signed.value.url.href);
        return reject('cert_chain_untrusted', untrusted);
      }
      let valid: boolean;
      try {
        valid = verify('sha256', body, leaf.publicKey, signed.value.signature);
      } catch {
        valid = false;
      }
      return valid ? PASS : reject('signature_invalid', 'signature does not match the request body');
    },

    checkTimestamp(timestamp) {
      const at = ISO_DATE_TIME.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
      if (!Number.isFinite(at))
        return reject('timestamp_malformed', 'request timestamp is not an ISO 8601 time');
      if (Math.abs(now().getTime() - at) > TIMESTAMP_TOLERANCE_MS) {
        return reject('timestamp_invalid', 'request timestamp is more than 150 seconds from now');
      }
      return PASS;
    },
  };
}
