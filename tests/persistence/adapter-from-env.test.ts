import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterFromEnvironment } from '../../lambda/src/persistence/adapter-from-env.ts';
import { DynamoDbPersistenceAdapter } from '../../lambda/src/persistence/dynamodb-adapter.ts';
import { envelopeFor, startDynalite, TABLE } from './support.ts';

let store: Awaited<ReturnType<typeof startDynalite>>;

beforeAll(async () => {
  store = await startDynalite();
});

afterAll(async () => {
  await store.stop();
});

describe('adapterFromEnvironment', () => {
  it('gives no adapter when DYNAMODB_TABLE is unset or blank', () => {
    expect(adapterFromEnvironment({})).toBeUndefined();
    expect(
      adapterFromEnvironment({ DYNAMODB_TABLE: ' ', DYNAMODB_ENDPOINT: store.endpoint }),
    ).toBeUndefined();
  });

  it('persists to the table and endpoint the environment names', async () => {
    const adapter = adapterFromEnvironment({ DYNAMODB_TABLE: TABLE, DYNAMODB_ENDPOINT: store.endpoint });
    expect(adapter).toBeInstanceOf(DynamoDbPersistenceAdapter);
    const user = envelopeFor('amzn1.ask.account.ENV');
    await adapter?.saveAttributes(user, { role: 'nurse' });
    await expect(adapter?.getAttributes(user)).resolves.toEqual({ role: 'nurse' });
    expect(adapter?.tableName).toBe(TABLE);
    adapter?.destroy();
  });

  it('uses AWS_REGION, and region local for a local endpoint without one', async () => {
    const inLambda = adapterFromEnvironment({ DYNAMODB_TABLE: 'prod', AWS_REGION: 'eu-west-1' });
    await expect(inLambda?.client.config.region()).resolves.toBe('eu-west-1');
    const local = adapterFromEnvironment({ DYNAMODB_TABLE: 'dev', DYNAMODB_ENDPOINT: store.endpoint });
    await expect(local?.client.config.region()).resolves.toBe('local');
    inLambda?.destroy();
    local?.destroy();
  });
});
