import { DynamoDbPersistenceAdapter } from './dynamodb-adapter.ts';

/**
 * The Lambda's adapter, from its environment (docs/ARCHITECTURE.md, "Contracts"): DynamoDB when
 * DYNAMODB_TABLE is set, otherwise none and the skill runs without progress.
 */
export function adapterFromEnvironment(
  env: Record<string, string | undefined> = process.env,
): DynamoDbPersistenceAdapter | undefined {
  const tableName = nonEmpty(env.DYNAMODB_TABLE);
  if (tableName === undefined) return undefined;
  const endpoint = nonEmpty(env.DYNAMODB_ENDPOINT);
  const region = nonEmpty(env.AWS_REGION);
  return new DynamoDbPersistenceAdapter({
    tableName,
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(region === undefined ? {} : { region }),
  });
}

// A variable set to '' in a template or shell means unset, not a table named ''.
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
