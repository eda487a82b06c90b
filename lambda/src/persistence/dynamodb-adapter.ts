import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestEnvelope } from 'ask-sdk-model';
import { withTimeout } from '../common/with-timeout.ts';
import { type AttributeMap, marshall, marshallMap, unmarshallMap } from './attribute-value.ts';
import type { Attributes, AtomicPersistenceAdapter } from './atomic-adapter.ts';
import {
  type Credentials,
  DynamoDbClient,
  type DynamoDbApi,
  type DynamoDbOutput,
} from './dynamodb-client.ts';
import { PersistenceUnavailableError } from './errors.ts';
import { userIdOf } from './user-id.ts';

export { PersistenceUnavailableError } from './errors.ts';

export interface DynamoDbPersistenceAdapterOptions {
  tableName: string;
  /** A DynamoDB-compatible store such as dynalite; fixed local credentials are used with it. */
  endpoint?: string;
  region?: string;
  /** For AWS; ignored with a local `endpoint`. */
  credentials?: Credentials;
  /** Used as given, instead of a client made from the options above. */
  client?: DynamoDbApi;
  /** Budget for one store call, retries included. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 1200;
const UPDATE_MAX_ATTEMPTS = 5;
const CONFLICT_BACKOFF_MIN_MS = 5;
const CONFLICT_BACKOFF_MAX_MS = 250;

interface StoredItem {
  attributes?: Attributes;
  version?: number;
}

/** A client for the adapter's options, for the adapter and for `ensureTable`. */
export function createClient(
  options: Pick<DynamoDbPersistenceAdapterOptions, 'endpoint' | 'region' | 'credentials'> = {},
): DynamoDbClient {
  if (options.endpoint !== undefined) {
    // A local store checks signatures loosely; fixed credentials mean no AWS
    // account or environment is needed to rehearse.
    return new DynamoDbClient({
      endpoint: options.endpoint,
      region: options.region ?? 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  }
  return new DynamoDbClient({
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
  });
}

/**
 * Persistent attributes in DynamoDB, one item per Alexa user keyed by `id`,
 * the attributes in an `attributes` map (the ASK SDK adapter's layout, so its
 * items read fine) and a `version` for optimistic concurrency.
 */
export class DynamoDbPersistenceAdapter implements AtomicPersistenceAdapter {
  readonly tableName: string;
  readonly client: DynamoDbApi;
  private readonly timeoutMs: number;
  private readonly ownClient: DynamoDbClient | undefined;
  // Updates of one user from this process queue up here, so they fight only
  // writers in other processes for the version instead of each other.
  private readonly updateQueues = new Map<string, Promise<unknown>>();

  constructor(options: DynamoDbPersistenceAdapterOptions) {
    this.tableName = options.tableName;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.ownClient = options.client === undefined ? createClient(options) : undefined;
    this.client = options.client ?? (this.ownClient as DynamoDbClient);
  }

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Attributes> {
    const item = await this.read(userIdOf(requestEnvelope));
    return item?.attributes ?? {};
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const id = userIdOf(requestEnvelope);
    // An update with ADD rather than a put: the version must only ever grow,
    // or an updater holding an old version could match again and overwrite this save.
    await this.call('save', 'UpdateItem', {
      TableName: this.tableName,
      Key: { id: { S: id } },
      UpdateExpression: 'SET #attributes = :attributes ADD #version :one',
      ExpressionAttributeNames: { '#attributes': 'attributes', '#version': 'version' },
      ExpressionAttributeValues: { ':attributes': marshall(attributes), ':one': { N: '1' } },
    });
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    const id = userIdOf(requestEnvelope);
    await this.call('delete', 'DeleteItem', { TableName: this.tableName, Key: { id: { S: id } } });
  }

  updateAttributes(
    requestEnvelope: RequestEnvelope,
    mutate: (current: Attributes) => Attributes,
  ): Promise<Attributes> {
    const id = userIdOf(requestEnvelope);
    const previous = this.updateQueues.get(id) ?? Promise.resolve();
    const next = previous.then(
      () => this.updateOnce(id, mutate),
      () => this.updateOnce(id, mutate),
    );
    this.updateQueues.set(id, next);
    const forget = (): void => {
      if (this.updateQueues.get(id) === next) this.updateQueues.delete(id);
    };
    next.then(forget, forget);
    return next;
  }

  /** Closes the client's sockets, when the adapter made the client. */
  destroy(): void {
    this.ownClient?.destroy();
  }

  private async updateOnce(id: string, mutate: (current: Attributes) => Attributes): Promise<Attributes> {
    let lastConflict: unknown;
    let slowestCycleMs = 0;
    for (let attempt = 1; attempt <= UPDATE_MAX_ATTEMPTS; attempt++) {
      const started = performance.now();
      const item = await this.read(id);
      const updated = mutate(item?.attributes ?? {});
      try {
        await this.call('update', 'PutItem', {
          TableName: this.tableName,
          Item: marshallMap({ id, attributes: updated, version: (item?.version ?? 0) + 1 }),
          ...versionCondition(item),
        });
        return updated;
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
        lastConflict = error;
        slowestCycleMs = Math.max(slowestCycleMs, performance.now() - started);
        if (attempt < UPDATE_MAX_ATTEMPTS) await sleep(conflictBackoffMs(attempt, slowestCycleMs));
      }
    }
    throw new PersistenceUnavailableError(
      `Gave up updating attributes after ${UPDATE_MAX_ATTEMPTS} conflicting writes`,
      { cause: lastConflict },
    );
  }

  private async read(id: string): Promise<StoredItem | undefined> {
    const output = await this.call('get', 'GetItem', {
      TableName: this.tableName,
      Key: { id: { S: id } },
      ConsistentRead: true,
    });
    const item = output.Item as AttributeMap | undefined;
    return item === undefined ? undefined : unmarshallMap(item);
  }

  /** Runs one store call under the adapter's deadline, every failure but a lost version race made unavailable. */
  private async call(
    operation: string,
    apiOperation: Parameters<DynamoDbApi['send']>[0],
    input: object,
  ): Promise<DynamoDbOutput> {
    const what = `DynamoDB ${operation} on ${this.tableName}`;
    try {
      return await withDeadline(this.timeoutMs, `${what} timed out after ${this.timeoutMs} ms`, (signal) =>
        this.client.send(apiOperation, input, signal),
      );
    } catch (error) {
      if (error instanceof PersistenceUnavailableError || isConditionalCheckFailed(error)) throw error;
      throw new PersistenceUnavailableError(`${what} failed: ${describe(error)}`, { cause: error });
    }
  }
}

/**
 * Settles with `run`, or rejects with PersistenceUnavailableError once `ms`
 * have passed, aborting `run`'s signal. The race matters as well as the
 * signal: not every step of a call honours it.
 */
function withDeadline<T>(
  ms: number,
  timeoutMessage: string,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  return withTimeout(run(controller.signal), ms, () => {
    controller.abort();
    throw new PersistenceUnavailableError(timeoutMessage);
  });
}

/** The condition that makes a put lose, rather than overwrite, when someone wrote after `item` was read. */
function versionCondition(item: StoredItem | undefined): object {
  if (item === undefined) return { ConditionExpression: 'attribute_not_exists(id)' };
  if (item.version === undefined) {
    // Written by the ASK SDK adapter or by hand: no version yet.
    return {
      ConditionExpression: 'attribute_exists(id) AND attribute_not_exists(#version)',
      ExpressionAttributeNames: { '#version': 'version' },
    };
  }
  return {
    ConditionExpression: '#version = :expected',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':expected': { N: String(item.version) } },
  };
}

/** Creates the table (on-demand, key `id`) unless it exists, and waits until it is ACTIVE. */
export async function ensureTable(
  client: DynamoDbApi,
  tableName: string,
  { timeoutMs = 10_000, pollMs = 50 }: { timeoutMs?: number; pollMs?: number } = {},
): Promise<void> {
  const status = async (): Promise<string | undefined> => {
    try {
      const output = await client.send('DescribeTable', { TableName: tableName });
      const table = output.Table as { TableStatus?: string } | undefined;
      return table?.TableStatus ?? 'UNKNOWN';
    } catch (error) {
      if (errorName(error) === 'ResourceNotFoundException') return undefined;
      throw error;
    }
  };

  if ((await status()) === undefined) {
    try {
      await client.send('CreateTable', {
        TableName: tableName,
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      });
    } catch (error) {
      // Another process created it between our describe and create.
      if (errorName(error) !== 'ResourceInUseException') throw error;
    }
  }

  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    const current = await status();
    if (current === 'ACTIVE') return;
    if (Date.now() > giveUpAt) {
      throw new Error(
        `Table ${tableName} is not ACTIVE after ${timeoutMs} ms (status ${current ?? 'missing'})`,
      );
    }
    await sleep(pollMs);
  }
}

/**
 * Scaled by how long our read-write cycle took, since a rival needs about as
 * long to finish its own: a fixed delay is too short for a loaded store and
 * too long for a quick one. Jittered so that losers do not collide again.
 */
function conflictBackoffMs(attempt: number, cycleMs: number): number {
  const window = Math.max(CONFLICT_BACKOFF_MIN_MS, cycleMs) * 2 ** (attempt - 1);
  return Math.min(CONFLICT_BACKOFF_MAX_MS, window * (0.5 + Math.random()));
}

function isConditionalCheckFailed(error: unknown): boolean {
  // By name, not instanceof: a test double may raise its own error of that name.
  return errorName(error) === 'ConditionalCheckFailedException';
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.message === '' || error.message === error.name
    ? error.name
    : `${error.name}: ${error.message}`;
}
