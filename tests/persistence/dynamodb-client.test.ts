import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DynamoDbClient, DynamoDbError } from '../../lambda/src/persistence/dynamodb-client.ts';
import { startFakeStore } from './support.ts';

const CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'test-secret/with+chars',
  sessionToken: 'tok',
};
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/**
 * Checks a request's SigV4 signature the way AWS documents it, written
 * apart from the signing library, since no local store checks signatures.
 */
function signatureProblem(request: IncomingMessage, body: string, secret: string): string | undefined {
  const auth = /^AWS4-HMAC-SHA256 Credential=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]+)$/.exec(
    request.headers.authorization ?? '',
  );
  if (!auth) return 'no SigV4 authorization header';
  const [, credential = '', signedHeaders = '', signature = ''] = auth;
  const [, date = '', region = '', service = ''] = credential.split('/');
  const names = signedHeaders.split(';');
  for (const required of ['host', 'x-amz-date', 'x-amz-target', 'x-amz-security-token']) {
    if (!names.includes(required)) return `${required} is not signed`;
  }
  const canonicalHeaders = names.map((name) => `${name}:${String(request.headers[name]).trim()}\n`).join('');
  const canonicalRequest = [request.method, '/', '', canonicalHeaders, signedHeaders, sha256(body)].join(
    '\n',
  );
  const amzDate = String(request.headers['x-amz-date']);
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  let key = hmac(`AWS4${secret}`, date);
  for (const part of [region, service, 'aws4_request']) key = hmac(key, part);
  return hmac(key, stringToSign).toString('hex') === signature ? undefined : 'signature mismatch';
}

async function verifyingStore(secret: string) {
  const seen: IncomingMessage[] = [];
  const store = await startFakeStore((request, response) => {
    seen.push(request);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const problem = signatureProblem(request, Buffer.concat(chunks).toString('utf8'), secret);
      response.writeHead(problem === undefined ? 200 : 400, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(
        JSON.stringify(
          problem === undefined ? {} : { __type: 'x#InvalidSignatureException', message: problem },
        ),
      );
    });
  });
  cleanups.push(store.stop);
  return { ...store, seen };
}

function clientFor(endpoint: string, secretAccessKey = CREDENTIALS.secretAccessKey): DynamoDbClient {
  const client = new DynamoDbClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { ...CREDENTIALS, secretAccessKey },
  });
  cleanups.push(() => {
    client.destroy();
    return Promise.resolve();
  });
  return client;
}

describe('DynamoDbClient', () => {
  it('signs each call with SigV4 for dynamodb in its region, session token included', async () => {
    const store = await verifyingStore(CREDENTIALS.secretAccessKey);
    await expect(
      clientFor(store.endpoint).send('GetItem', { TableName: 't', Key: { id: { S: 'ü' } } }),
    ).resolves.toEqual({});
    const [request] = store.seen;
    expect(request?.headers).toMatchObject({
      'x-amz-target': 'DynamoDB_20120810.GetItem',
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-security-token': 'tok',
    });
    expect(request?.headers.authorization).toMatch(
      /Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/dynamodb\/aws4_request/,
    );
  });

  it('is refused by the same check when signed with the wrong secret', async () => {
    const store = await verifyingStore(CREDENTIALS.secretAccessKey);
    const outcome = clientFor(store.endpoint, 'not-the-secret').send('GetItem', { TableName: 't' });
    await expect(outcome).rejects.toBeInstanceOf(DynamoDbError);
    await expect(outcome).rejects.toMatchObject({ name: 'InvalidSignatureException', statusCode: 400 });
  });

  it('fails a call, not its construction, when the environment gave no credentials or region', async () => {
    await expect(new DynamoDbClient({ region: 'eu-west-1' }).send('GetItem', {})).rejects.toThrow(
      /credentials/,
    );
    await expect(new DynamoDbClient({ credentials: CREDENTIALS }).send('GetItem', {})).rejects.toThrow(
      /region/,
    );
  });
});
