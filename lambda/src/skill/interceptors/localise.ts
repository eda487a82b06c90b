import type { RequestInterceptor } from 'ask-sdk-core';
import { type ContextSettings, createRequestContext, setRequestContext } from '../request-context.ts';

/**
 * Gives each request its own translator for its locale, so concurrent
 * requests never share one, along with the skill's store and clock.
 */
export function localise(settings: ContextSettings): RequestInterceptor {
  return {
    process(input) {
      setRequestContext(input, createRequestContext(input, settings));
    },
  };
}
