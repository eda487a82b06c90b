import type { RequestEnvelope } from 'ask-sdk-model';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What every Alexa request carries and the server relies on: a version, a request with its type, id and
 * timestamp, and a context with System. Anything thinner is not from Alexa and would only fail deeper in.
 */
export function isRequestEnvelope(value: unknown): value is RequestEnvelope {
  if (!isRecord(value) || typeof value.version !== 'string') return false;
  const { request, context, session } = value;
  if (!isRecord(request) || !isRecord(context) || !isRecord(context.System)) return false;
  if (session !== undefined && !isRecord(session)) return false;
  return (
    typeof request.type === 'string' &&
    request.type !== '' &&
    typeof request.requestId === 'string' &&
    typeof request.timestamp === 'string'
  );
}
