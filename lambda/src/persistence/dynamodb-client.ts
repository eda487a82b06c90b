import { setTimeout as sleep } from 'node:timers/promises';
import aws4 from 'aws4';
import type { Agent, ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import { errorCode } from '../common/error-code.ts';

/** The DynamoDB JSON API operations this project calls. */
export type DynamoDbOperation =
  'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'CreateTable' | 'DescribeTable';

export type DynamoDbOutput = Record<string, unknown>;

/**
 * What the adapter needs from a client: one JSON API call. Tests wrap it to
 * count, delay or fail calls, where they used to add SDK middleware.
 */
export interface DynamoDbApi {
  send(operation: DynamoDbOperation, input: object, signal?: AbortSignal): Promise<DynamoDbOutput>;
}

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface DynamoDbClientOptions {
  /** Signing region; also picks the AWS endpoint when `endpoint` is absent. Absent, calls fail as unavailable. */
  region?: string;
  /** A DynamoDB-compatible store such as dynalite; AWS's regional endpoint when absent. */
  endpoint?: string;
  /** Absent means the call fails as unavailable: on Lambda they come from the environment. */
  credentials?: Credentials;
}

/** DynamoDB answered with an error; `name` is its exception name, as the AWS SDK names them. */
export class DynamoDbError extends Error {
  constructor(
    override readonly name: string,
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
  }
}

// The AWS SDK's default for DynamoDB was 3 attempts; a voice response cannot
// wait that long for a store that is struggling, so one retry.
const MAX_ATTEMPTS = 2;
// Full jitter (delay uniform in [0, base)), the AWS SDK's retry strategy, so
// throttled clients spread out instead of retrying in step.
const RETRY_BASE_MS = 50;
const RETRYABLE_ERRORS = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
]);
const RETRYABLE_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

/**
 * A small DynamoDB client: the JSON API over node:http(s), requests signed
 * with SigV4 by `aws4`, connections kept alive, throttling and transient
 * failures retried once with jitter. In place of the AWS SDK because loading
 * the SDK took most of a cold start (BENCHMARKS.md).
 */
export class DynamoDbClient implements DynamoDbApi {
  readonly region: string | undefined;
  readonly endpoint: URL | undefined;
  readonly credentials: Credentials | undefined;
  private readonly secure: boolean;
  private transport: Transport | undefined;

  constructor(options: DynamoDbClientOptions) {
    this.region = options.region;
    const endpoint =
      options.endpoint ??
      (options.region === undefined ? undefined : `https://dynamodb.${options.region}.amazonaws.com`);
    this.endpoint = endpoint === undefined ? undefined : new URL(endpoint);
    this.credentials = options.credentials;
    this.secure = this.endpoint?.protocol !== 'http:';
  }

  async send(operation: DynamoDbOperation, input: object, signal?: AbortSignal): Promise<DynamoDbOutput> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.sendOnce(operation, input, signal);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || signal?.aborted === true || !isRetryable(error)) throw error;
        await sleep(Math.random() * RETRY_BASE_MS * 2 ** (attempt - 1));
      }
    }
  }

  /** Closes kept-alive sockets, so a process that is done can exit. */
  destroy(): void {
    this.transport?.agent.destroy();
  }

  /**
   * node:https on AWS, node:http for a local store, loaded on the first call:
   * each is milliseconds of a cold start, and only one is ever needed. Loaded
   * with getBuiltinModule, not import(): in the CommonJS bundle import() would
   * start Node's ES module loader, several more milliseconds (BENCHMARKS.md).
   */
  private loadTransport(): Transport {
    if (this.transport) return this.transport;
    const transport = this.secure
      ? process.getBuiltinModule('node:https')
      : process.getBuiltinModule('node:http');
    this.transport = { request: transport.request, agent: new transport.Agent({ keepAlive: true }) };
    return this.transport;
  }

  private async sendOnce(
    operation: DynamoDbOperation,
    input: object,
    signal?: AbortSignal,
  ): Promise<DynamoDbOutput> {
    const { credentials, endpoint, region } = this;
    // Checked per call, not at start-up: a misconfigured store must cost progress, not the whole skill.
    if (credentials === undefined) {
      throw new Error('No AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are unset');
    }
    if (endpoint === undefined || region === undefined) {
      throw new Error('No AWS region: AWS_REGION is unset and no endpoint was given');
    }
    const body = JSON.stringify(input);
    const signed = aws4.sign(
      {
        service: 'dynamodb',
        region,
        method: 'POST',
        host: endpoint.host,
        path: '/',
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': `DynamoDB_20120810.${operation}`,
        },
        body,
      },
      credentials,
    );
    const { request: send, agent } = this.loadTransport();
    return new Promise((resolve, reject) => {
      const request = send(
        {
          protocol: endpoint.protocol,
          hostname: endpoint.hostname,
          port: endpoint.port,
          path: '/',
          method: 'POST',
          headers: signed.headers,
          agent,
          ...(signal === undefined ? {} : { signal }),
        },
        (response) => {
          readJson(response).then((parsed) => {
            if (response.statusCode === 200) resolve(parsed);
            else reject(errorFrom(response.statusCode ?? 0, parsed));
          }, reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }
}

interface Transport {
  request: (options: RequestOptions, onResponse: (response: IncomingMessage) => void) => ClientRequest;
  agent: Agent;
}

async function readJson(response: IncomingMessage): Promise<DynamoDbOutput> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as DynamoDbOutput) : {};
  } catch {
    return { message: text.slice(0, 200) };
  }
}

function errorFrom(statusCode: number, body: DynamoDbOutput): DynamoDbError {
  // `__type` is "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException" and the like.
  const type = typeof body.__type === 'string' ? body.__type : '';
  const name =
    type.slice(type.lastIndexOf('#') + 1) || (statusCode >= 500 ? 'ServiceUnavailable' : 'HttpError');
  const message = body.message ?? body.Message;
  return new DynamoDbError(name, typeof message === 'string' ? message : `HTTP ${statusCode}`, statusCode);
}

function isRetryable(error: unknown): boolean {
  if (error instanceof DynamoDbError) return error.statusCode >= 500 || RETRYABLE_ERRORS.has(error.name);
  const code = errorCode(error);
  return code !== undefined && RETRYABLE_NETWORK_CODES.has(code);
}
