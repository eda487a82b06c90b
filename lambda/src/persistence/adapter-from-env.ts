import { DynamoDbPersistenceAdapter } from './dynamodb-adapter.ts';

/**
 * The Lambda's adapter, from its environment: DynamoDB when DYNAMODB_TABLE is
 * set, otherwise none and the skill runs without progress. Lambda puts the
 * execution role's credentials and the region in the environment.
 */
export function adapterFromEnvironment(
  env: Record<string, string | undefined> = process.env,
): DynamoDbPersistenceAdapter | undefined {
  const tableName = nonEmpty(env.DYNAMODB_TABLE);
  if (tableName === undefined) return undefined;
  const endpoint = nonEmpty(env.DYNAMODB_ENDPOINT);
  const region = nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION);
  const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  const sessionToken = nonEmpty(env.AWS_SESSION_TOKEN);
  return new DynamoDbPersistenceAdapter({
    tableName,
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(region === undefined ? {} : { region }),
    ...(accessKeyId === undefined || secretAccessKey === undefined
      ? {}
      : {
          credentials: {
            accessKeyId,
            secretAccessKey,
            ...(sessionToken === undefined ? {} : { sessionToken }),
          },
        }),
  });
}

// A variable set to '' in a template or shell means unset, not a table named ''.
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
