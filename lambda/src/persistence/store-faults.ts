import { errorCode } from '../common/error-code.ts';

/**
 * dynalite answers a storage failure (a full disk, a file gone from under LevelDB) by throwing from a
 * callback, which would end the process. While a local store is open, such an error is reported in one
 * line and the process goes on: the failed call then times out in the adapter, and the skill says the
 * round could not be saved. Nothing else is caught here; any other uncaught error still ends the process
 * as before.
 */
const STORE_FAULT_CODES: ReadonlySet<string> = new Set(['LEVEL_IO_ERROR', 'LEVEL_CORRUPTION']);

let openStores = 0;

function isStoreFault(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && STORE_FAULT_CODES.has(code);
}

function onUncaught(error: unknown): void {
  if (isStoreFault(error)) {
    process.stderr.write(`[store] error: a write to the local store failed: ${(error as Error).message}\n`);
    return;
  }
  // Not ours. With other listeners (a test runner's) they decide; alone, end the process as Node would have.
  if (process.listenerCount('uncaughtException') > 1) return;
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}

/** Starts surviving storage faults for one more open store; call the returned function when it closes. */
export function surviveStoreFaults(): () => void {
  if (openStores === 0) process.on('uncaughtException', onUncaught);
  openStores += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    openStores -= 1;
    if (openStores === 0) process.removeListener('uncaughtException', onUncaught);
  };
}
