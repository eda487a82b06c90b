import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * Whether a request is for the skill `skillId`: its context's application id, and its session's when it
 * has one, must both name it. Read defensively, because the Lambda entry calls this before anything has
 * checked the event's shape.
 */
export function isForSkill(envelope: RequestEnvelope, skillId: string): boolean {
  const { context, session } = envelope as Loose;
  if (context?.System?.application?.applicationId !== skillId) return false;
  return session === undefined || session.application?.applicationId === skillId;
}

/** What the check reads, all of it possibly missing on an event nobody has checked yet. */
interface Loose {
  context?: { System?: { application?: { applicationId?: unknown } } };
  session?: { application?: { applicationId?: unknown } };
}
