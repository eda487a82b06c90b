import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import dynalite from 'dynalite';
import { type AttributeMap, unmarshallMap } from '../../lambda/src/persistence/attribute-value.ts';
import { createClient, ensureTable } from '../../lambda/src/persistence/dynamodb-adapter.ts';
import type { DynamoDbApi } from '../../lambda/src/persistence/dynamodb-client.ts';

export const TABLE = 'closing-coach-test';

/** A launch request from the given user, shaped as Alexa sends it. */
export function envelopeFor(userId: string, where: 'context' | 'session' = 'context'): RequestEnvelope {
  const user = { userId };
  return {
    version: '1.0',
    ...(where === 'session'
      ? {
          session: {
            new: true,
            sessionId: 'amzn1.echo-api.session.test',
            application: { applicationId: 'amzn1.ask.skill.test' },
            user,
          },
        }
      : {}),
    context: {
      System: {
        application: { applicationId: 'amzn1.ask.skill.test' },
        user: where === 'context' ? user : { userId: '' },
        device: { deviceId: 'amzn1.ask.device.test', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: {
      type: 'LaunchRequest',
      requestId: 'amzn1.echo-api.request.test',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
    },
  };
}

export async function makeTempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'closing-coach-persistence-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** dynalite on loopback with its LevelDB in a temporary directory, the test table created. */
export async function startDynalite(): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const temp = await makeTempDir();
  const server = dynalite({ path: temp.dir, createTableMs: 0 });
  const endpoint = await listenOnLoopback(server);
  const client = createClient({ endpoint });
  await ensureTable(client, TABLE);
  client.destroy();
  return {
    endpoint,
    stop: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
      await temp.remove();
    },
  };
}

/** A loopback HTTP server that answers every request with `respond`, counting requests. */
export async function startFakeStore(
  respond: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<{ endpoint: string; requests: () => number; stop: () => Promise<void> }> {
  let count = 0;
  const server = createServer((request, response) => {
    count++;
    request.resume();
    respond(request, response);
  });
  const endpoint = await listenOnLoopback(server);
  return {
    endpoint,
    requests: () => count,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The endpoint of a loopback port nothing listens on any more. */
export async function closedLoopbackEndpoint(): Promise<string> {
  const server = createServer();
  const endpoint = await listenOnLoopback(server);
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return endpoint;
}

async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function timed<T>(
  run: () => Promise<T>,
): Promise<{ ms: number; outcome: PromiseSettledResult<T> }> {
  const start = performance.now();
  const [outcome] = await Promise.allSettled([run()]);
  return { ms: performance.now() - start, outcome: outcome as PromiseSettledResult<T> };
}

/** The raw item of a user as the store holds it, read past the adapter. */
export async function storedItem(
  client: DynamoDbApi,
  tableName: string,
  userId: string,
): Promise<Record<string, unknown> | undefined> {
  const output = await client.send('GetItem', {
    TableName: tableName,
    Key: { id: { S: userId } },
    ConsistentRead: true,
  });
  return output.Item === undefined ? undefined : unmarshallMap(output.Item as AttributeMap);
}
