import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../skill/build-skill.ts';
import { isForSkill } from './application-id.ts';

let skill: Promise<Skill> | undefined;

/**
 * The skill for this container, built on the first request and reused while
 * the container is warm. The DynamoDB client is loaded only when a table is
 * configured, so a skill without persistence never pays for it.
 */
async function skillForEnvironment(): Promise<Skill> {
  if (!process.env.DYNAMODB_TABLE?.trim()) return buildSkill();
  const { adapterFromEnvironment } = await import('../persistence/adapter-from-env.ts');
  const persistenceAdapter = adapterFromEnvironment();
  return buildSkill(persistenceAdapter ? { persistenceAdapter } : {});
}

/**
 * The Lambda entry (see docs/ARCHITECTURE.md): `handler(event, context)`, async so no callback is involved.
 * With SKILL_ID set, a request for any other skill fails the invocation and is never answered.
 */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  const skillId = process.env.SKILL_ID?.trim();
  if (skillId && !isForSkill(event, skillId)) {
    throw new Error('Refused: the request is for another skill (SKILL_ID)');
  }
  skill ??= skillForEnvironment();
  return (await skill).invoke(event, context);
}
