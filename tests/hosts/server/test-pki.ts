import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import forge from 'node-forge';

/** A certificate and its key, made on the fly so no test depends on Amazon's real chain or the network. */
export interface Issued {
  name: string;
  certificatePem: string;
  privateKeyPem: string;
}

export interface IssueOptions {
  /** Omitted for a self-signed certificate. */
  issuer?: Issued;
  ca?: boolean;
  altNames?: readonly string[];
  notBefore?: Date;
  notAfter?: Date;
}

const DAY = 24 * 60 * 60 * 1000;

export function issue(name: string, options: IssueOptions = {}): Issued {
  const keys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(keys.publicKey);
  // Positive and unique, as X.509 requires: a leading 01 byte keeps the top bit clear.
  certificate.serialNumber = `01${randomBytes(8).toString('hex')}`;
  certificate.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY);
  certificate.validity.notAfter = options.notAfter ?? new Date(Date.now() + 30 * DAY);
  certificate.setSubject([{ name: 'commonName', value: name }]);
  certificate.setIssuer([{ name: 'commonName', value: options.issuer?.name ?? name }]);
  const extensions: Record<string, unknown>[] = options.ca
    ? [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      ]
    : [{ name: 'basicConstraints', cA: false }];
  if (options.altNames) {
    extensions.push(
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'subjectAltName', altNames: options.altNames.map((value) => ({ type: 2, value })) },
    );
  }
  certificate.setExtensions(extensions);
  const signingKey = options.issuer?.privateKeyPem ?? keys.privateKey;
  certificate.sign(forge.pki.privateKeyFromPem(signingKey), forge.md.sha256.create());
  return {
    name,
    certificatePem: forge.pki.certificateToPem(certificate),
    privateKeyPem: keys.privateKey,
  };
}

/** Base64 signature over the exact body bytes, as Alexa puts in Signature-256 (or, with sha1, Signature). */
export function signBody(
  body: string | Buffer,
  signer: Issued,
  algorithm: 'sha256' | 'sha1' = 'sha256',
): string {
  return sign(algorithm, Buffer.from(body), signer.privateKeyPem).toString('base64');
}

export const ALEXA_NAME = 'echo-api.amazon.com';
export const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem';

/** A root, an intermediate and an Alexa-named leaf: the shape of Amazon's real chain. */
export interface TestPki {
  root: Issued;
  intermediate: Issued;
  leaf: Issued;
  /** Leaf first, then the intermediate, as Alexa serves it. */
  chainPem: string;
}

export function createTestPki(label = 'Test'): TestPki {
  const root = issue(`${label} Root CA`, { ca: true, notAfter: new Date(Date.now() + 365 * DAY) });
  const intermediate = issue(`${label} Intermediate CA`, { ca: true, issuer: root });
  const leaf = issue(ALEXA_NAME, { issuer: intermediate, altNames: [ALEXA_NAME] });
  return { root, intermediate, leaf, chainPem: leaf.certificatePem + intermediate.certificatePem };
}
