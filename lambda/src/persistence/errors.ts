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
