/** The `code` Node puts on a system error ('ENOENT', 'ECONNRESET', …), or undefined for any other value. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
