/**
 * One structured line per event. Never the envelope: it carries user ids and
 * what they said.
 */
export function log(event: string, details: Record<string, string | number> = {}): void {
  if (process.env.CLOSING_COACH_QUIET === '1') return;
  console.log(JSON.stringify({ event, ...details }));
}
