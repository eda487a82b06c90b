import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../skill/build-skill.ts';

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

/** The Lambda entry (docs/ARCHITECTURE.md, "Contracts"): `handler(event, context)`, async so no callback is involved. */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  skill ??= skillForEnvironment();
  return (await skill).invoke(event, context);
}
