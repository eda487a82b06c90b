import type { RequestInterceptor } from 'ask-sdk-core';
import { type ContextSettings, createRequestContext, setRequestContext } from '../request-context.ts';

/**
 * Gives each request its context: its own phrases (the language's shared
 * translator, with the request's random choices), the skill's store and clock.
 */
export function localise(settings: ContextSettings): RequestInterceptor {
  return {
    process(input) {
      setRequestContext(input, createRequestContext(input, settings));
    },
  };
}
