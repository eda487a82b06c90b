import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type PutCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { withTimeout } from '../common/with-timeout.ts';
import type { Attributes, AtomicPersistenceAdapter } from './atomic-adapter.ts';
import { PersistenceUnavailableError } from './errors.ts';
import { userIdOf } from './user-id.ts';

export { PersistenceUnavailableError } from './errors.ts';

export interface DynamoDbPersistenceAdapterOptions {
  tableName: string;
  /** A DynamoDB-compatible store such as dynalite; dummy credentials are used with it. */
  endpoint?: string;
  region?: string;
  /** Used as given: the adapter's timeout still bounds each call, but its retry settings do not apply. */
  client?: DynamoDBDocumentClient;
  /** Budget for one store call, SDK retries included. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 1200;
// A voice response has about 8 s in all; a store that cannot answer in two
// tries is better skipped than waited on, so the skill can still speak.
const SDK_MAX_ATTEMPTS = 2;
const UPDATE_MAX_ATTEMPTS = 5;
const CONFLICT_BACKOFF_MIN_MS = 5;
const CONFLICT_BACKOFF_MAX_MS = 250;

interface StoredItem {
  id: string;
  attributes?: Attributes;
  version?: number;
}

/** A client tuned to fail fast, for the adapter and for `ensureTable`. */
export function createDocumentClient(
  options: Pick<DynamoDbPersistenceAdapterOptions, 'endpoint' | 'region' | 'timeoutMs'> = {},
): DynamoDBDocumentClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const config: DynamoDBClientConfig = {
    maxAttempts: SDK_MAX_ATTEMPTS,
    requestHandler: {
      connectionTimeout: timeoutMs,
      requestTimeout: timeoutMs,
      // Without this the SDK only logs a warning when requestTimeout passes.
      throwOnRequestTimeout: true,
    },
  };
  if (options.endpoint !== undefined) {
    config.endpoint = options.endpoint;
    config.region = options.region ?? 'local';
    // A local store checks signatures loosely; fixed credentials mean no AWS
    // account or environment is needed to rehearse.
    config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  } else if (options.region !== undefined) {
    config.region = options.region;
  }
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    // Skill code builds attributes with optional fields; DynamoDB rejects undefined.
    marshallOptions: { removeUndefinedValues: true },
  });
}

/**
 * Persistent attributes in DynamoDB, one item per Alexa user keyed by `id`,
 * the attributes in an `attributes` map (the ASK SDK adapter's layout, so its
 * items read fine) and a `version` for optimistic concurrency.
 */
export class DynamoDbPersistenceAdapter implements AtomicPersistenceAdapter {
  readonly tableName: string;
  readonly client: DynamoDBDocumentClient;
  private readonly timeoutMs: number;
  private readonly ownsClient: boolean;
  // Updates of one user from this process queue up here, so they fight only
  // writers in other processes for the version instead of each other.
  private readonly updateQueues = new Map<string, Promise<unknown>>();

  constructor(options: DynamoDbPersistenceAdapterOptions) {
    this.tableName = options.tableName;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.ownsClient = options.client === undefined;
    this.client = options.client ?? createDocumentClient(options);
  }

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Attributes> {
    const item = await this.read(userIdOf(requestEnvelope));
    return item?.attributes ?? {};
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const id = userIdOf(requestEnvelope);
    // An update with ADD rather than a put: the version must only ever grow,
    // or an updater holding an old version could match again and overwrite this save.
    await this.call('save', (abortSignal) =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { id },
          UpdateExpression: 'SET #attributes = :attributes ADD #version :one',
          ExpressionAttributeNames: { '#attributes': 'attributes', '#version': 'version' },
          ExpressionAttributeValues: { ':attributes': attributes, ':one': 1 },
        }),
        { abortSignal },
      ),
    );
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    const id = userIdOf(requestEnvelope);
    await this.call('delete', (abortSignal) =>
      this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { id } }), { abortSignal }),
    );
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
    if (this.ownsClient) this.client.destroy();
  }

  private async updateOnce(id: string, mutate: (current: Attributes) => Attributes): Promise<Attributes> {
    let lastConflict: unknown;
    let slowestCycleMs = 0;
    for (let attempt = 1; attempt <= UPDATE_MAX_ATTEMPTS; attempt++) {
      const started = performance.now();
      const item = await this.read(id);
      const updated = mutate(item?.attributes ?? {});
      const put: PutCommandInput = {
        TableName: this.tableName,
        Item: { id, attributes: updated, version: (item?.version ?? 0) + 1 },
      };
      if (item === undefined) {
        put.ConditionExpression = 'attribute_not_exists(id)';
      } else if (item.version === undefined) {
        // Written by the ASK SDK adapter or by hand: no version yet.
        put.ConditionExpression = 'attribute_exists(id) AND attribute_not_exists(#version)';
        put.ExpressionAttributeNames = { '#version': 'version' };
      } else {
        put.ConditionExpression = '#version = :expected';
        put.ExpressionAttributeNames = { '#version': 'version' };
        put.ExpressionAttributeValues = { ':expected': item.version };
      }
      try {
        await this.call('update', (abortSignal) => this.client.send(new PutCommand(put), { abortSignal }));
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
    const output = await this.call('get', (abortSignal) =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: { id }, ConsistentRead: true }), {
        abortSignal,
      }),
    );
    return output.Item as StoredItem | undefined;
  }

  /**
   * Runs one store call under the deadline. The race matters as well as the
   * abort signal: credential resolution and similar steps do not all honour it.
   */
  private async call<T>(operation: string, run: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    try {
      return await withTimeout(run(controller.signal), this.timeoutMs, () => {
        controller.abort();
        throw new PersistenceUnavailableError(
          `DynamoDB ${operation} on ${this.tableName} timed out after ${this.timeoutMs} ms`,
        );
      });
    } catch (error) {
      if (error instanceof PersistenceUnavailableError || isConditionalCheckFailed(error)) throw error;
      throw new PersistenceUnavailableError(
        `DynamoDB ${operation} on ${this.tableName} failed: ${describe(error)}`,
        { cause: error },
      );
    }
  }
}

/** Creates the table (on-demand, key `id`) unless it exists, and waits until it is ACTIVE. */
export async function ensureTable(
  client: DynamoDBClient | DynamoDBDocumentClient,
  tableName: string,
  { timeoutMs = 10_000, pollMs = 50 }: { timeoutMs?: number; pollMs?: number } = {},
): Promise<void> {
  const documentClient =
    client instanceof DynamoDBDocumentClient ? client : DynamoDBDocumentClient.from(client);
  const status = async (): Promise<string | undefined> => {
    try {
      const output = await documentClient.send(new DescribeTableCommand({ TableName: tableName }));
      return output.Table?.TableStatus ?? 'UNKNOWN';
    } catch (error) {
      if (errorName(error) === 'ResourceNotFoundException') return undefined;
      throw error;
    }
  };

  if ((await status()) === undefined) {
    try {
      await documentClient.send(
        new CreateTableCommand({
          TableName: tableName,
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
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
  // By name, not instanceof: a bundle or a stub may hold another copy of the class.
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
