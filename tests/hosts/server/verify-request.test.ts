import { X509Certificate } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkCertificateChain, parsePemChain } from '../../../lambda/src/hosts/server/cert-chain.ts';
import { checkCertChainUrl } from '../../../lambda/src/hosts/server/cert-chain-url.ts';
import { httpsCertChainFetcher } from '../../../lambda/src/hosts/server/fetch-cert-chain.ts';
import { createRequestVerifier } from '../../../lambda/src/hosts/server/verify-request.ts';
import { ALEXA_NAME, CERT_URL, createTestPki, issue, signBody, type TestPki } from './test-pki.ts';

const NOW = new Date();
const DAY = 24 * 60 * 60 * 1000;

let pki: TestPki;
let roots: X509Certificate[];

beforeAll(() => {
  pki = createTestPki();
  roots = [new X509Certificate(pki.root.certificatePem)];
});

describe('the certificate chain URL', () => {
  // The valid and invalid examples are the ones Alexa's documentation lists.
  it.each([
    'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem',
    'HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem',
  ])('accepts %s', (url) => {
    expect(checkCertChainUrl(url).ok).toBe(true);
  });

  it.each([
    ['http://s3.amazonaws.com/echo.api/echo-api-cert.pem', 'not https'],
    ['https://notamazon.com/echo.api/echo-api-cert.pem', 'host'],
    ['https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem', 'host'],
    ['https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem', 'path'],
    ['https://s3.amazonaws.com/invalid.path/echo-api-cert.pem', 'path'],
    ['https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem', 'path'],
    ['https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem', 'port'],
    ['https://user:pass@s3.amazonaws.com/echo.api/echo-api-cert.pem', 'credentials'],
    ['not a url', 'not a URL'],
  ])('refuses %s (%s)', (url, why) => {
    const check = checkCertChainUrl(url);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(why);
  });
});

describe('the certificate chain', () => {
  it('is trusted when an Alexa-named leaf leads through an intermediate to a trusted root', () => {
    expect(checkCertificateChain(parsePemChain(pki.chainPem), roots, NOW)).toBeUndefined();
  });

  it('is refused when it leads to a root nobody trusts', () => {
    const stranger = createTestPki('Stranger');
    expect(checkCertificateChain(parsePemChain(stranger.chainPem), roots, NOW)).toMatch(/trusted root/);
  });

  it('is refused when the intermediate is missing', () => {
    expect(checkCertificateChain(parsePemChain(pki.leaf.certificatePem), roots, NOW)).toMatch(/trusted root/);
  });

  it('is refused when the leaf does not name echo-api.amazon.com exactly', () => {
    for (const altNames of [['example.com'], ['*.amazon.com'], [`${ALEXA_NAME}.evil.example`]]) {
      const leaf = issue(ALEXA_NAME, { issuer: pki.intermediate, altNames });
      const chain = parsePemChain(leaf.certificatePem + pki.intermediate.certificatePem);
      expect(checkCertificateChain(chain, roots, NOW)).toMatch(/does not name/);
    }
  });

  it('is refused when the leaf has expired or is not valid yet', () => {
    const expired = issue(ALEXA_NAME, {
      issuer: pki.intermediate,
      altNames: [ALEXA_NAME],
      notBefore: new Date(NOW.getTime() - 30 * DAY),
      notAfter: new Date(NOW.getTime() - DAY),
    });
    const early = issue(ALEXA_NAME, {
      issuer: pki.intermediate,
      altNames: [ALEXA_NAME],
      notBefore: new Date(NOW.getTime() + DAY),
    });
    for (const leaf of [expired, early]) {
      const chain = parsePemChain(leaf.certificatePem + pki.intermediate.certificatePem);
      expect(checkCertificateChain(chain, roots, NOW)).toMatch(/expired or not yet valid/);
    }
  });

  it('is refused when the leaf signs for itself', () => {
    const selfSigned = issue(ALEXA_NAME, { altNames: [ALEXA_NAME] });
    expect(checkCertificateChain(parsePemChain(selfSigned.certificatePem), roots, NOW)).toMatch(
      /trusted root/,
    );
  });

  it('is refused when an impostor CA copies the names of the trusted ones', () => {
    const impostor = createTestPki();
    expect(checkCertificateChain(parsePemChain(impostor.chainPem), roots, NOW)).toMatch(/trusted root/);
  });

  it('is refused when an intermediate is not a CA', () => {
    const notCa = issue('Not A CA', { issuer: pki.root });
    const leaf = issue(ALEXA_NAME, { issuer: notCa, altNames: [ALEXA_NAME] });
    const chain = parsePemChain(leaf.certificatePem + notCa.certificatePem);
    expect(checkCertificateChain(chain, roots, NOW)).toMatch(/trusted root/);
  });

  it('cannot be read from text with no certificate in it', () => {
    expect(() => parsePemChain('<html>not found</html>')).toThrow(/no certificate/);
  });
});

describe('the request verifier', () => {
  const body = Buffer.from('{"version":"1.0"}');

  function headers(signature = signBody(body, pki.leaf)): Record<string, string> {
    return { signaturecertchainurl: CERT_URL, 'signature-256': signature };
  }

  it('accepts a body signed by the leaf of a trusted chain, and fetches the chain once per URL', async () => {
    const fetchCertChain = vi.fn(() => Promise.resolve(pki.chainPem));
    const verifier = createRequestVerifier({ fetchCertChain, trustedRoots: [pki.root.certificatePem] });
    expect(await verifier.checkSignature(body, headers())).toEqual({ ok: true });
    expect(await verifier.checkSignature(body, headers())).toEqual({ ok: true });
    expect(fetchCertChain).toHaveBeenCalledTimes(1);
    expect(fetchCertChain).toHaveBeenCalledWith(new URL(CERT_URL));
  });

  it('shares one fetch among requests that arrive together', async () => {
    const fetchCertChain = vi.fn(
      () =>
        new Promise<string>((resolve) =>
          setTimeout(() => {
            resolve(pki.chainPem);
          }, 20),
        ),
    );
    const verifier = createRequestVerifier({ fetchCertChain, trustedRoots: [pki.root.certificatePem] });
    const checks = await Promise.all([1, 2, 3].map(() => verifier.checkSignature(body, headers())));
    expect(checks.every((check) => check.ok)).toBe(true);
    expect(fetchCertChain).toHaveBeenCalledTimes(1);
  });

  it('tries the fetch again after it failed instead of remembering the failure', async () => {
    const fetchCertChain = vi
      .fn<(url: URL) => Promise<string>>()
      .mockRejectedValueOnce(new Error('timed out'))
      .mockResolvedValue(pki.chainPem);
    const verifier = createRequestVerifier({ fetchCertChain, trustedRoots: [pki.root.certificatePem] });
    expect(await verifier.checkSignature(body, headers())).toMatchObject({
      ok: false,
      code: 'cert_chain_unavailable',
    });
    expect(await verifier.checkSignature(body, headers())).toEqual({ ok: true });
    expect(fetchCertChain).toHaveBeenCalledTimes(2);
  });

  it('verifies the exact bytes: one changed byte fails', async () => {
    const verifier = createRequestVerifier({
      fetchCertChain: () => Promise.resolve(pki.chainPem),
      trustedRoots: [pki.root.certificatePem],
    });
    const tampered = Buffer.from('{"version":"1.1"}');
    expect(await verifier.checkSignature(tampered, headers())).toMatchObject({ code: 'signature_invalid' });
  });

  it('refuses the legacy SHA-1 Signature header alone: a downgrade from Signature-256 is not accepted', async () => {
    const fetchCertChain = vi.fn(() => Promise.resolve(pki.chainPem));
    const verifier = createRequestVerifier({ fetchCertChain, trustedRoots: [pki.root.certificatePem] });
    const legacy = { signaturecertchainurl: CERT_URL, signature: signBody(body, pki.leaf, 'sha1') };
    expect(await verifier.checkSignature(body, legacy)).toMatchObject({
      ok: false,
      code: 'signature_missing',
    });
    expect(verifier.checkHeaders(legacy)).toMatchObject({ ok: false, code: 'signature_missing' });
    // Alongside Signature-256 the SHA-1 header is ignored, right or wrong.
    const both = { ...headers(), signature: 'AAAA' };
    expect(await verifier.checkSignature(body, both)).toEqual({ ok: true });
    // A SHA-1 signature sent as Signature-256 does not verify either.
    const relabelled = { signaturecertchainurl: CERT_URL, 'signature-256': legacy.signature };
    expect(await verifier.checkSignature(body, relabelled)).toMatchObject({ code: 'signature_invalid' });
  });

  it('bounds the certificate fetches that requests with new chain URLs can cause, at once and per minute', async () => {
    let inFlight = 0;
    let mostAtOnce = 0;
    const fetchCertChain = vi.fn(async () => {
      inFlight += 1;
      mostAtOnce = Math.max(mostAtOnce, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return createTestPki('Stranger').chainPem;
    });
    const verifier = createRequestVerifier({ fetchCertChain, trustedRoots: [pki.root.certificatePem] });
    const checks = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        verifier.checkSignature(body, {
          ...headers(),
          signaturecertchainurl: `https://s3.amazonaws.com/echo.api/forged-${String(index)}.pem`,
        }),
      ),
    );
    expect(checks.every((check) => !check.ok)).toBe(true);
    expect(mostAtOnce).toBeLessThanOrEqual(2);
    expect(fetchCertChain.mock.calls.length).toBeLessThanOrEqual(10);
  });

  it('keeps the genuine chain however many unverified chain URLs arrive at once after it', async () => {
    const stranger = createTestPki('Stranger').chainPem;
    const fetchCertChain = vi.fn(async (url: URL) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return url.href === CERT_URL ? pki.chainPem : stranger;
    });
    const verifier = createRequestVerifier({ fetchCertChain, trustedRoots: [pki.root.certificatePem] });
    expect(await verifier.checkSignature(body, headers())).toEqual({ ok: true });
    const forged = Array.from({ length: 40 }, (_, index) =>
      verifier.checkSignature(body, {
        ...headers(),
        signaturecertchainurl: `https://s3.amazonaws.com/echo.api/forged-${String(index)}.pem`,
      }),
    );
    expect(await verifier.checkSignature(body, headers())).toEqual({ ok: true });
    expect((await Promise.all(forged)).some((check) => check.ok)).toBe(false);
    expect(fetchCertChain.mock.calls.filter(([url]) => url.href === CERT_URL)).toHaveLength(1);
  });

  it('checks the headers without fetching anything', () => {
    const fetchCertChain = vi.fn(() => Promise.resolve(pki.chainPem));
    const verifier = createRequestVerifier({ fetchCertChain, trustedRoots: [pki.root.certificatePem] });
    expect(verifier.checkHeaders(headers())).toEqual({ ok: true });
    expect(verifier.checkHeaders({ ...headers(), 'signature-256': 'not base64!' })).toMatchObject({
      code: 'signature_invalid',
    });
    expect(fetchCertChain).not.toHaveBeenCalled();
  });

  it('does not fetch anything for a certificate URL outside Alexa bucket', async () => {
    const fetchCertChain = vi.fn(() => Promise.resolve(pki.chainPem));
    const verifier = createRequestVerifier({ fetchCertChain, trustedRoots: [pki.root.certificatePem] });
    const check = await verifier.checkSignature(body, {
      ...headers(),
      signaturecertchainurl: 'https://evil.example/echo.api/cert.pem',
    });
    expect(check).toMatchObject({ ok: false, code: 'cert_url_invalid' });
    expect(fetchCertChain).not.toHaveBeenCalled();
  });

  it('refuses a request with no signature headers', async () => {
    const verifier = createRequestVerifier({
      fetchCertChain: () => Promise.resolve(pki.chainPem),
      trustedRoots: [pki.root.certificatePem],
    });
    expect(await verifier.checkSignature(body, {})).toMatchObject({ code: 'signature_missing' });
    expect(await verifier.checkSignature(body, { signaturecertchainurl: CERT_URL })).toMatchObject({
      code: 'signature_missing',
    });
  });

  it('refuses a chain its trust roots do not cover, even when the signature matches', async () => {
    const verifier = createRequestVerifier({ fetchCertChain: () => Promise.resolve(pki.chainPem) });
    expect(await verifier.checkSignature(body, headers())).toMatchObject({ code: 'cert_chain_untrusted' });
  });

  it('accepts timestamps up to 150 seconds either side of now and refuses anything further or unreadable', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const verifier = createRequestVerifier({
      fetchCertChain: () => Promise.reject(new Error()),
      now: () => now,
    });
    const at = (offsetSeconds: number): string =>
      new Date(now.getTime() + offsetSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(verifier.checkTimestamp(at(-150)).ok).toBe(true);
    expect(verifier.checkTimestamp(at(150)).ok).toBe(true);
    expect(verifier.checkTimestamp(at(-151)).ok).toBe(false);
    expect(verifier.checkTimestamp(at(151)).ok).toBe(false);
    expect(verifier.checkTimestamp(at(-600)).ok).toBe(false);
    expect(verifier.checkTimestamp(at(-600))).toMatchObject({ code: 'timestamp_invalid' });
    for (const unreadable of ['1', now.toUTCString(), 'yesterday']) {
      expect(verifier.checkTimestamp(unreadable)).toMatchObject({ ok: false, code: 'timestamp_malformed' });
    }
  });
});

describe('the HTTPS certificate fetcher', () => {
  let server: Server | undefined;

  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  /** A loopback stand-in for S3, so the fetcher's limits can be tried without the network. */
  async function serve(handler: Parameters<typeof createServer>[1]): Promise<URL> {
    const started = createServer(handler);
    server = started;
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    return new URL(`http://127.0.0.1:${String((started.address() as AddressInfo).port)}/echo.api/cert.pem`);
  }

  it('returns the body of a 200 answer', async () => {
    const url = await serve((_request, response) => response.end(pki.chainPem));
    expect(await httpsCertChainFetcher()(url)).toBe(pki.chainPem);
  });

  it('gives up on a host slower than its timeout', async () => {
    const url = await serve(() => undefined);
    await expect(httpsCertChainFetcher({ timeoutMs: 100 })(url)).rejects.toThrow();
  });

  it('refuses a body larger than a chain could be', async () => {
    const url = await serve((_request, response) => response.end('x'.repeat(10_000)));
    await expect(httpsCertChainFetcher({ maxBytes: 5000 })(url)).rejects.toThrow(/too large/);
  });

  it('refuses an answer other than 200', async () => {
    const url = await serve((_request, response) => {
      response.statusCode = 404;
      response.end(pki.chainPem);
    });
    await expect(httpsCertChainFetcher()(url)).rejects.toThrow(/404/);
  });
});
