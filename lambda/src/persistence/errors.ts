/**
 * The store could not be reached, was too slow, throttled us or refused the
 * request. Kept apart from the DynamoDB adapter so the skill can recognise it
 * without loading the AWS SDK.
 */
export class PersistenceUnavailableError extends Error {
  override readonly name = 'PersistenceUnavailableError';
}

/**
 * A write was sent but its outcome could not be learned (no answer in time, and reading back did not show
 * it): it may yet land. The skill then tells the user it is not sure the round was saved.
 */
export class OutcomeUnknownError extends Error {
  override readonly name = 'OutcomeUnknownError';
}
