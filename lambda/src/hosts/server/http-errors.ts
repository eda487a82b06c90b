import type { ServerResponse } from 'node:http';
import type { RejectionCode } from './verify-request.ts';

export type ErrorCode =
  | RejectionCode
  | 'payload_too_large'
  | 'malformed_json'
  | 'invalid_envelope'
  | 'wrong_skill'
  | 'overloaded'
  | 'shutting_down'
  | 'method_not_allowed'
  | 'not_found'
  | 'internal_error';

/** Fixed wording per code: an error body must never carry anything the request sent. */
const MESSAGES: Record<ErrorCode, string> = {
  signature_missing: 'The request is not signed.',
  cert_url_invalid: 'The signing certificate URL is not an Alexa one.',
  cert_chain_unavailable: 'The signing certificate chain could not be loaded.',
  cert_chain_untrusted: 'The signing certificate chain is not trusted.',
  signature_invalid: 'The request signature does not match its body.',
  timestamp_malformed: 'The request timestamp is not an ISO 8601 time.',
  timestamp_invalid: 'The request timestamp is too far from the current time.',
  payload_too_large: 'The request body is too large.',
  malformed_json: 'The request body is not valid JSON.',
  invalid_envelope: 'The request body is not an Alexa request envelope.',
  wrong_skill: 'The request is for another skill.',
  overloaded: 'The skill is too busy to answer; try again shortly.',
  shutting_down: 'The server is shutting down; try again shortly.',
  method_not_allowed: 'This method is not allowed here.',
  not_found: 'Nothing is served at this path.',
  internal_error: 'The skill could not answer this request.',
};

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

export function sendError(
  response: ServerResponse,
  status: number,
  code: ErrorCode,
  headers: Record<string, string> = {},
): void {
  sendJson(response, status, { error: { code, message: MESSAGES[code] } }, headers);
}
