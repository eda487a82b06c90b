import type { RequestInterceptor } from 'ask-sdk-core';
import { createRequestContext, setRequestContext } from '../request-context.ts';

/** Gives each request its own translator for its locale, so concurrent requests never share one. */
export function localise(random: () => number): RequestInterceptor {
  return {
    process(input) {
      setRequestContext(input, createRequestContext(input, random));
    },
  };
}
