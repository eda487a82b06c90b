import type { RequestEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attributes } from '../../lambda/src/persistence/atomic-adapter.ts';
import { marshallMap } from '../../lambda/src/persistence/attribute-value.ts';
import {
  createClient,
  DynamoDbPersistenceAdapter,
  PersistenceUnavailableError,
} from '../../lambda/src/persistence/dynamodb-adapter.ts';
import type { DynamoDbApi } from '../../lambda/src/persistence/dynamodb-client.ts';
import { envelopeFor, startDynalite, storedItem as readItem, TABLE } from './support.ts';

let store: Awaited<ReturnType<typeof startDynalite>>;
const adapters: DynamoDbPersistenceAdapter[] = [];
let userCount = 0;

function newAdapter(): DynamoDbPersistenceAdapter {
  const adapter = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: store.endpoint });
  adapters.push(adapter);
  return adapter;
}

/** A user no other test has touched. */
function newUser(): RequestEnvelope {
  userCount++;
  return envelopeFor(`amzn1.ask.account.USER${userCount}`);
}

function appendRound(round: number) {
  return (current: Attributes): Attributes => {
    const rounds = Array.isArray(current.rounds) ? (current.rounds as number[]) : [];
    return { ...current, rounds: [...rounds, round] };
  };
}

function storedItem(userId: string): Promise<Record<string, unknown> | undefined> {
  return readItem(newAdapter().client, TABLE, userId);
}

/** A client to the test store whose calls pass through `intercept` first, as another process's would. */
function interceptedClient(intercept: (operation: string, input: Record<string, unknown>) => Promise<void>): {
  client: DynamoDbApi;
  destroy: () => void;
} {
  const real = createClient({ endpoint: store.endpoint });
  const client: DynamoDbApi = {
    send: async (operation, input, signal) => {
      await intercept(operation, input as Record<string, unknown>);
      return real.send(operation, input, signal);
    },
  };
  return {
    client,
    destroy: () => {
      real.destroy();
    },
  };
}

beforeAll(async () => {
  store = await startDynalite();
});

afterAll(async () => {
  for (const adapter of adapters) adapter.destroy();
  await store.stop();
});

describe('DynamoDbPersistenceAdapter against a DynamoDB-compatible store', () => {
  it('gives a user it has never seen empty attributes', async () => {
    await expect(newAdapter().getAttributes(newUser())).resolves.toEqual({});
  });

  it('reads back what was saved, and nothing after a delete', async () => {
    const adapter = newAdapter();
    const user = newUser();
    const attributes = {
      role: 'nurse',
      company: "St Mary's",
      roundsPractised: 3,
      history: [{ verdict: 'strong' }],
    };
    await adapter.saveAttributes(user, attributes);
    await expect(adapter.getAttributes(user)).resolves.toEqual(attributes);
    await adapter.deleteAttributes(user);
    await expect(adapter.getAttributes(user)).resolves.toEqual({});
  });

  it('keeps each user apart', async () => {
    const adapter = newAdapter();
    const [ana, ben] = [newUser(), newUser()];
    await adapter.saveAttributes(ana, { role: 'analyst' });
    await adapter.saveAttributes(ben, { role: 'baker' });
    await adapter.deleteAttributes(ben);
    await expect(adapter.getAttributes(ana)).resolves.toEqual({ role: 'analyst' });
  });

  it('stores one item per user: id, an attributes map and a version that every save bumps', async () => {
    const adapter = newAdapter();
    const user = newUser();
    await adapter.saveAttributes(user, { role: 'nurse' });
    await adapter.saveAttributes(user, { role: 'doctor' });
    expect(await storedItem(user.context.System.user.userId)).toEqual({
      id: user.context.System.user.userId,
      attributes: { role: 'doctor' },
      version: 2,
    });
  });

  it('drops undefined fields instead of refusing the save', async () => {
    const adapter = newAdapter();
    const user = newUser();
    await adapter.saveAttributes(user, { role: 'nurse', company: undefined });
    await expect(adapter.getAttributes(user)).resolves.toEqual({ role: 'nurse' });
  });

  it('keys by the session user when the context has no user id', async () => {
    const adapter = newAdapter();
    userCount++;
    const userId = `amzn1.ask.account.SESSION${userCount}`;
    await adapter.saveAttributes(envelopeFor(userId, 'session'), { role: 'pilot' });
    expect((await storedItem(userId))?.attributes).toEqual({ role: 'pilot' });
  });

  it('refuses, clearly, a request that names no user', async () => {
    const envelope = newUser();
    envelope.context.System.user.userId = '';
    await expect(newAdapter().getAttributes(envelope)).rejects.toThrow(/userId/);
  });

  it('updates a new user from empty attributes and an existing one from what is stored', async () => {
    const adapter = newAdapter();
    const user = newUser();
    await expect(adapter.updateAttributes(user, appendRound(1))).resolves.toEqual({ rounds: [1] });
    await adapter.saveAttributes(user, { role: 'nurse', rounds: [1, 2] });
    await expect(adapter.updateAttributes(user, appendRound(3))).resolves.toEqual({
      role: 'nurse',
      rounds: [1, 2, 3],
    });
    await expect(adapter.getAttributes(user)).resolves.toEqual({ role: 'nurse', rounds: [1, 2, 3] });
  });

  it('updates an item written without a version, as the ASK SDK adapter writes them', async () => {
    const adapter = newAdapter();
    const user = newUser();
    const userId = user.context.System.user.userId;
    await adapter.client.send('PutItem', {
      TableName: TABLE,
      Item: marshallMap({ id: userId, attributes: { rounds: [1] } }),
    });
    await adapter.updateAttributes(user, appendRound(2));
    expect(await storedItem(userId)).toEqual({ id: userId, attributes: { rounds: [1, 2] }, version: 1 });
  });

  it('leaves the store untouched when mutate throws, and passes its error on unchanged', async () => {
    const adapter = newAdapter();
    const user = newUser();
    await adapter.saveAttributes(user, { rounds: [1] });
    const mistake = new RangeError('bad round');
    await expect(
      adapter.updateAttributes(user, () => {
        throw mistake;
      }),
    ).rejects.toBe(mistake);
    await expect(adapter.getAttributes(user)).resolves.toEqual({ rounds: [1] });
  });

  it('loses no round when 20 updates of one user run at once through one adapter', async () => {
    const adapter = newAdapter();
    const user = newUser();
    const rounds = Array.from({ length: 20 }, (_, index) => index + 1);
    await Promise.all(rounds.map((round) => adapter.updateAttributes(user, appendRound(round))));
    const stored = await adapter.getAttributes(user);
    expect([...(stored.rounds as number[])].sort((a, b) => a - b)).toEqual(rounds);
  });

  it('loses no round when two processes run 20 updates of one user at once, retrying conflicted writes', async () => {
    let conflicts = 0;
    const processes = [0, 1].map(() => {
      const real = createClient({ endpoint: store.endpoint });
      const client: DynamoDbApi = {
        send: async (operation, input, signal) => {
          try {
            return await real.send(operation, input, signal);
          } catch (error) {
            if (error instanceof Error && error.name === 'ConditionalCheckFailedException') conflicts++;
            throw error;
          }
        },
      };
      const adapter = new DynamoDbPersistenceAdapter({ tableName: TABLE, client });
      adapters.push(adapter);
      return { adapter, client: real };
    });
    const user = newUser();
    const rounds = Array.from({ length: 20 }, (_, index) => index + 1);
    await Promise.all(
      rounds.map((round) => {
        const target = processes[round % processes.length];
        if (target === undefined) throw new Error('no process');
        return target.adapter.updateAttributes(user, appendRound(round));
      }),
    );
    for (const { client } of processes) client.destroy();
    const stored = await newAdapter().getAttributes(user);
    expect([...(stored.rounds as number[])].sort((a, b) => a - b)).toEqual(rounds);
    // Without conflicts this test would prove nothing about the version check.
    expect(conflicts).toBeGreaterThan(0);
  });

  it('re-reads and re-applies an update when another session wrote after its read', async () => {
    const user = newUser();
    const rival = newAdapter();
    let interrupted = false;
    const { client, destroy } = interceptedClient(async (_operation, input) => {
      if ('ConditionExpression' in input && !interrupted) {
        interrupted = true;
        await rival.updateAttributes(user, appendRound(2));
      }
    });
    const adapter = new DynamoDbPersistenceAdapter({ tableName: TABLE, client });
    const seen: Attributes[] = [];
    const result = await adapter.updateAttributes(user, (current) => {
      seen.push(current);
      return appendRound(1)(current);
    });
    destroy();
    expect(seen).toEqual([{}, { rounds: [2] }]);
    expect(result).toEqual({ rounds: [2, 1] });
    await expect(rival.getAttributes(user)).resolves.toEqual({ rounds: [2, 1] });
  });

  it('shows the race is real: the same 20 rounds as plain get-then-save lose some', async () => {
    const user = newUser();
    const sessions = Array.from({ length: 20 }, () => newAdapter());
    await Promise.all(
      sessions.map(async (adapter, index) => {
        const current = await adapter.getAttributes(user);
        await adapter.saveAttributes(user, appendRound(index + 1)(current));
      }),
    );
    const stored = await newAdapter().getAttributes(user);
    expect((stored.rounds as number[]).length).toBeLessThan(20);
  });

  it('gives up after five conflicting writes with PersistenceUnavailableError, keeping the rival write', async () => {
    const user = newUser();
    const rival = newAdapter();
    let rivalWrites = 0;
    // Another session saves between every read and conditional write of ours.
    const { client, destroy } = interceptedClient(async (_operation, input) => {
      if ('ConditionExpression' in input) {
        rivalWrites++;
        await rival.saveAttributes(user, { rival: rivalWrites });
      }
    });
    const adapter = new DynamoDbPersistenceAdapter({ tableName: TABLE, client });
    let calls = 0;
    const outcome = adapter.updateAttributes(user, (current) => {
      calls++;
      return { ...current, mine: calls };
    });
    await expect(outcome).rejects.toBeInstanceOf(PersistenceUnavailableError);
    await expect(outcome).rejects.toThrow(/conflicting/);
    destroy();
    expect(calls).toBe(5);
    await expect(rival.getAttributes(user)).resolves.toEqual({ rival: 5 });
  });
});
