import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createDevice,
  launchRequest,
  newSession,
  seededStamper,
} from '../../lambda/src/hosts/console/request-envelopes.ts';
import { DynamoDbPersistenceAdapter } from '../../lambda/src/persistence/dynamodb-adapter.ts';
import { startDynalite, TABLE } from './support.ts';

let store: Awaited<ReturnType<typeof startDynalite>>;

beforeAll(async () => {
  store = await startDynalite();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await store.stop();
});

describe('the Lambda entry with DYNAMODB_TABLE set (the production path)', () => {
  it('greets a returning user by the progress it reads from the store, as the first request of a container', async () => {
    const stamper = seededStamper('lambda-with-store');
    const device = createDevice({ screen: false, locale: 'en-US' }, stamper);
    const launch = launchRequest(device, newSession(stamper), { stamper });
    const seed = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: store.endpoint });
    await seed.saveAttributes(launch, { rounds: 4 });
    seed.destroy();

    vi.stubEnv('DYNAMODB_TABLE', TABLE);
    vi.stubEnv('DYNAMODB_ENDPOINT', store.endpoint);
    vi.resetModules();
    const { handler } = await import('../../lambda/src/hosts/lambda.ts');
    const reply = await handler(launch);
    const speech = reply.response.outputSpeech;
    expect(speech?.type === 'SSML' ? speech.ssml : '').toMatch(/Welcome back! 4 rounds practised so far/);
  });
});
