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

/** Alexa's envelopes nest a dozen levels or so; far deeper is an attack on whatever walks it next. */
const MAX_NESTING = 64;

/** Whether `value` nests objects or arrays deeper than `limit`; iterative, so it cannot overflow the stack. */
export function nestsDeeperThan(value: unknown, limit: number = MAX_NESTING): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [current, depth] = entry;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
