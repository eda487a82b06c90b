// node-forge ships no types and @types/node-forge is not installed; this covers what the test PKI uses.
declare module 'node-forge' {
  interface PublicKey {
    readonly n: unknown;
  }
  interface PrivateKey {
    readonly d: unknown;
  }
  interface MessageDigest {
    readonly algorithm: string;
  }
  interface NameField {
    name: string;
    value: string;
  }
  interface Certificate {
    serialNumber: string;
    publicKey: PublicKey;
    validity: { notBefore: Date; notAfter: Date };
    setSubject(fields: NameField[]): void;
    setIssuer(fields: NameField[]): void;
    setExtensions(extensions: Record<string, unknown>[]): void;
    sign(key: PrivateKey, digest: MessageDigest): void;
  }
  const forge: {
    pki: {
      createCertificate(): Certificate;
      certificateToPem(certificate: Certificate): string;
      privateKeyFromPem(pem: string): PrivateKey;
      publicKeyFromPem(pem: string): PublicKey;
    };
    md: { sha256: { create(): MessageDigest } };
  };
  export default forge;
}
