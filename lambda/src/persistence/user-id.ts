import type { RequestEnvelope } from 'ask-sdk-model';

// The model types promise a context, but test fixtures and some hosts send
// envelopes without one, so read the path defensively.
interface LooseEnvelope {
  context?: { System?: { user?: { userId?: unknown } } };
  session?: { user?: { userId?: unknown } };
}

/** The Alexa user id that keys a user's persistent attributes. */
export function userIdOf(requestEnvelope: RequestEnvelope): string {
  const loose = requestEnvelope as LooseEnvelope;
  const fromContext = loose.context?.System?.user?.userId;
  if (typeof fromContext === 'string' && fromContext !== '') return fromContext;
  const fromSession = loose.session?.user?.userId;
  if (typeof fromSession === 'string' && fromSession !== '') return fromSession;
  throw new Error(
    'Cannot key persistent attributes: the request has neither context.System.user.userId nor session.user.userId',
  );
}
