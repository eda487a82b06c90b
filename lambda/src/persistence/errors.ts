/**
 * The store could not be reached, was too slow, throttled us or refused the
 * request. Kept apart from the DynamoDB adapter so the skill can recognise it
 * without loading the AWS SDK.
 */
export class PersistenceUnavailableError extends Error {
  override readonly name = 'PersistenceUnavailableError';
}
