/**
 * The store could not be reached, was too slow, throttled us, refused the
 * request or kept losing the version race. Adapters raise it for every store
 * failure, so a caller can tell an unavailable store from an error in its own
 * code (a throwing `mutate` passes through unchanged); ProgressStore answers
 * both the same way, without progress.
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
