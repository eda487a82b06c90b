import { X509Certificate } from 'node:crypto';

/** The name Alexa's signing certificate must carry among its subject alternative names. */
export const ALEXA_SIGNING_DOMAIN = 'echo-api.amazon.com';

/** Alexa's chains are a leaf and one or two intermediates; anything much longer is not Alexa's. */
const MAX_CHAIN_LENGTH = 8;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Every certificate in a PEM bundle, leaf first as Alexa serves it; throws when there is none or one is corrupt. */
export function parsePemChain(pem: string): X509Certificate[] {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error('no certificate in the chain');
  if (blocks.length > MAX_CHAIN_LENGTH) throw new Error('certificate chain is too long');
  return blocks.map((block) => new X509Certificate(block));
}

/** Parsed once per process: Node's bundled roots do not change while it runs. */
let nodeRoots: X509Certificate[] | undefined;

export function parseTrustedRoots(pems: readonly string[]): X509Certificate[] {
  const roots: X509Certificate[] = [];
  for (const pem of pems) {
    try {
      roots.push(new X509Certificate(pem));
    } catch {
      // One unreadable root must not take the others down with it.
    }
  }
  return roots;
}

export function defaultTrustedRoots(bundled: readonly string[]): X509Certificate[] {
  nodeRoots ??= parseTrustedRoots(bundled);
  return nodeRoots;
}

function hasAlexaName(certificate: X509Certificate): boolean {
  // Exact entries only: a wildcard or a name in the subject would let a look-alike certificate through.
  return (certificate.subjectAltName ?? '')
    .split(', ')
    .some((entry) => entry === `DNS:${ALEXA_SIGNING_DOMAIN}`);
}

function signedBy(child: X509Certificate, issuer: X509Certificate): boolean {
  // checkIssued compares names and key identifiers only; the signature check is what proves it.
  return child.checkIssued(issuer) && child.verify(issuer.publicKey);
}

/** When every certificate on a trusted path is in date, in milliseconds since the epoch. */
export interface TrustedWindow {
  from: number;
  to: number;
  /** Which date failed when outside the window: the root's own, or a certificate of the chain. */
  rootFrom: number;
  rootTo: number;
}

/**
 * The dates within which the chain can be trusted for an Alexa request, or why it cannot be at all: the
 * leaf names echo-api.amazon.com and the path, checked signature by signature, ends at a trusted root.
 * A caller keeps the window with the chain, so a chain it trusted is later checked against the clock
 * alone, not verified again on every request.
 */
export function trustedWindow(
  chain: readonly X509Certificate[],
  roots: readonly X509Certificate[],
): TrustedWindow | string {
  const [leaf, ...rest] = chain;
  if (!leaf) return 'no certificate in the chain';
  if (!hasAlexaName(leaf)) return `signing certificate does not name ${ALEXA_SIGNING_DOMAIN}`;
  const intermediates = rest.filter((certificate) => certificate.ca);
  const visited = new Set<X509Certificate>();
  // An unreadable date parses as NaN, which no comparison in outOfDate passes: never in date.
  let from = -Infinity;
  let to = Infinity;
  let current = leaf;
  for (;;) {
    from = Math.max(from, Date.parse(current.validFrom));
    to = Math.min(to, Date.parse(current.validTo));
    visited.add(current);
    const child = current;
    const root = roots.find((candidate) => signedBy(child, candidate));
    if (root) return { from, to, rootFrom: Date.parse(root.validFrom), rootTo: Date.parse(root.validTo) };
    const issuer = intermediates.find((candidate) => !visited.has(candidate) && signedBy(child, candidate));
    if (!issuer) return 'certificate chain does not lead to a trusted root';
    current = issuer;
  }
}

/** Why a trusted path is not in date at `now`, or undefined when it is. */
export function outOfDate(window: TrustedWindow, now: Date): string | undefined {
  const at = now.getTime();
  if (!(window.from <= at && at <= window.to))
    return 'a certificate in the chain is expired or not yet valid';
  if (!(window.rootFrom <= at && at <= window.rootTo)) return 'the trusted root is expired or not yet valid';
  return undefined;
}

/**
 * Why the chain cannot be trusted for an Alexa request at `now`, or undefined when it can: the leaf names
 * echo-api.amazon.com, every certificate on the path is in date, and the path ends at a trusted root.
 */
export function checkCertificateChain(
  chain: readonly X509Certificate[],
  roots: readonly X509Certificate[],
  now: Date,
): string | undefined {
  const window = trustedWindow(chain, roots);
  return typeof window === 'string' ? window : outOfDate(window, now);
}
