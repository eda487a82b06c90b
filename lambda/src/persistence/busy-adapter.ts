import type { Attributes, AtomicPersistenceAdapter } from './atomic-adapter.ts';
import { PersistenceUnavailableError } from './errors.ts';

/**
 * Refuses every call at once, without touching any store. The server gives it to the requests it sheds
 * under overload: the skill still coaches, and says truthfully that nothing was saved, because nothing was
 * even tried.
 */
export function busyAdapter(reason = 'the server is too busy to reach the store'): AtomicPersistenceAdapter {
  const refuse = (): Promise<never> => Promise.reject(new PersistenceUnavailableError(reason));
  return {
    getAttributes: refuse,
    saveAttributes: refuse,
    deleteAttributes: refuse,
    updateAttributes: (): Promise<Attributes> => refuse(),
  };
}
