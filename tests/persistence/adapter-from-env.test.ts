import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterFromEnvironment } from '../../lambda/src/persistence/adapter-from-env.ts';
import {
  DynamoDbPersistenceAdapter,
  PersistenceUnavailableError,
} from '../../lambda/src/persistence/dynamodb-adapter.ts';
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

  it('signs for AWS_REGION with the credentials Lambda puts in the environment', () => {
    const inLambda = adapterFromEnvironment({
      DYNAMODB_TABLE: 'prod',
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'token',
    });
    expect(inLambda?.client).toMatchObject({
      region: 'eu-west-1',
      endpoint: new URL('https://dynamodb.eu-west-1.amazonaws.com'),
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token' },
    });
    inLambda?.destroy();
  });

  it('uses region local and fixed credentials for a local endpoint', () => {
    const local = adapterFromEnvironment({ DYNAMODB_TABLE: 'dev', DYNAMODB_ENDPOINT: store.endpoint });
    expect(local?.client).toMatchObject({
      region: 'local',
      endpoint: new URL(store.endpoint),
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    local?.destroy();
  });

  it('still builds an adapter without region or credentials, whose calls fail as unavailable', async () => {
    const unconfigured = adapterFromEnvironment({ DYNAMODB_TABLE: 'prod' });
    await expect(unconfigured?.getAttributes(envelopeFor('amzn1.ask.account.ENV'))).rejects.toBeInstanceOf(
      PersistenceUnavailableError,
    );
    unconfigured?.destroy();
  });
});
