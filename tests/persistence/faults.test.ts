import { afterEach, describe, expect, it } from 'vitest';
import {
  DynamoDbPersistenceAdapter,
  PersistenceUnavailableError,
} from '../../lambda/src/persistence/dynamodb-adapter.ts';
import { DynamoDbError } from '../../lambda/src/persistence/dynamodb-client.ts';
import { closedLoopbackEndpoint, envelopeFor, startFakeStore, TABLE, timed } from './support.ts';

// What the skill can afford to lose to a broken store and still answer in time.
const FAIL_FAST_MS = 2500;

const user = envelopeFor('amzn1.ask.account.FAULTS');
const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function adapterAt(endpoint: string, timeoutMs?: number): DynamoDbPersistenceAdapter {
  const adapter = new DynamoDbPersistenceAdapter({
    tableName: TABLE,
    endpoint,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  cleanups.push(() => {
    adapter.destroy();
  });
  return adapter;
}

async function throttlingStore() {
  const fake = await startFakeStore((_request, response) => {
    response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
    response.end(
      JSON.stringify({
        __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
        message: 'The level of configured provisioned throughput for the table was exceeded.',
      }),
    );
  });
  cleanups.push(fake.stop);
  return fake;
}

const THROTTLED = { name: 'ProvisionedThroughputExceededException', statusCode: 400 };

function expectUnavailable(outcome: PromiseSettledResult<unknown>): PersistenceUnavailableError {
  expect(outcome.status).toBe('rejected');
  const reason: unknown = outcome.status === 'rejected' ? outcome.reason : undefined;
  expect(reason).toBeInstanceOf(PersistenceUnavailableError);
  return reason as PersistenceUnavailableError;
}

describe('a store that is down, slow or throttling fails fast as PersistenceUnavailableError', () => {
  it('rejects every operation quickly when nothing listens at the endpoint', async () => {
    const adapter = adapterAt(await closedLoopbackEndpoint());
    const operations: (() => Promise<unknown>)[] = [
      () => adapter.getAttributes(user),
      () => adapter.saveAttributes(user, { role: 'nurse' }),
      () => adapter.updateAttributes(user, (current) => current),
      () => adapter.deleteAttributes(user),
    ];
    for (const operation of operations) {
      const { ms, outcome } = await timed(operation);
      const error = expectUnavailable(outcome);
      expect(error.cause).toBeInstanceOf(Error);
      expect(ms).toBeLessThan(FAIL_FAST_MS);
    }
  });

  it('gives up on a store that accepts the connection but never answers', async () => {
    const silent = await startFakeStore(() => undefined);
    cleanups.push(silent.stop);
    const { ms, outcome } = await timed(() => adapterAt(silent.endpoint).getAttributes(user));
    expect(expectUnavailable(outcome).message).toMatch(/timed out/);
    expect(ms).toBeLessThan(FAIL_FAST_MS);
  });

  it('honours a shorter timeout when one is configured', async () => {
    const silent = await startFakeStore(() => undefined);
    cleanups.push(silent.stop);
    const { ms, outcome } = await timed(() => adapterAt(silent.endpoint, 300).getAttributes(user));
    expectUnavailable(outcome);
    expect(ms).toBeLessThan(1000);
  });

  it('surfaces throttling quickly, keeping the store error as the cause', async () => {
    const throttling = await throttlingStore();
    const { ms, outcome } = await timed(() => adapterAt(throttling.endpoint).saveAttributes(user, {}));
    const error = expectUnavailable(outcome);
    expect(ms).toBeLessThan(FAIL_FAST_MS);
    // Past the deadline the cause is the timeout itself; before it, the throttling error.
    if (error.cause !== undefined) expect(error.cause).toMatchObject(THROTTLED);
    expect(throttling.requests()).toBeGreaterThanOrEqual(1);
  });

  it('tries a throttled request at most twice, however long the deadline', async () => {
    const throttling = await throttlingStore();
    const { outcome } = await timed(() => adapterAt(throttling.endpoint, 20_000).getAttributes(user));
    expect(expectUnavailable(outcome).cause).toMatchObject(THROTTLED);
    expect(throttling.requests()).toBe(2);
  });

  it('surfaces throttling raised inside a client it was given', async () => {
    const adapter = new DynamoDbPersistenceAdapter({
      tableName: TABLE,
      client: {
        send: () =>
          Promise.reject(new DynamoDbError('ProvisionedThroughputExceededException', 'Rate exceeded', 400)),
      },
    });
    const { outcome } = await timed(() => adapter.updateAttributes(user, (current) => current));
    const error = expectUnavailable(outcome);
    expect(error.cause).toMatchObject(THROTTLED);
    expect(error.message).toMatch(/ProvisionedThroughputExceededException/);
  });

  it('retries a connection reset once, then answers', async () => {
    let requests = 0;
    const flaky = await startFakeStore((request, response) => {
      requests++;
      if (requests === 1) {
        request.socket.destroy();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(JSON.stringify({ Item: { id: { S: 'u' }, attributes: { M: { role: { S: 'nurse' } } } } }));
    });
    cleanups.push(flaky.stop);
    await expect(adapterAt(flaky.endpoint).getAttributes(user)).resolves.toEqual({ role: 'nurse' });
    expect(flaky.requests()).toBe(2);
  });

  it('does not retry a request the store refused as invalid', async () => {
    const refusing = await startFakeStore((_request, response) => {
      response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(
        JSON.stringify({ __type: 'com.amazon.coral.validate#ValidationException', message: 'bad key' }),
      );
    });
    cleanups.push(refusing.stop);
    const { outcome } = await timed(() => adapterAt(refusing.endpoint).getAttributes(user));
    expect(expectUnavailable(outcome).message).toMatch(/ValidationException: bad key/);
    expect(refusing.requests()).toBe(1);
  });
});
