import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { ReadAheadAdapter } from '../persistence/read-ahead.ts';
import { buildSkill } from '../skill/build-skill.ts';
import { isForSkill } from './application-id.ts';

interface Host {
  skill: Skill;
  store?: ReadAheadAdapter;
}

let host: Promise<Host> | undefined;

/**
 * The skill for this container, built on the first request and reused while
 * the container is warm. The DynamoDB client is loaded only when a table is
 * configured, so a skill without persistence never pays for it.
 */
async function hostForEnvironment(): Promise<Host> {
  if (!process.env.DYNAMODB_TABLE?.trim()) return { skill: buildSkill() };
  const [{ adapterFromEnvironment }, { ReadAheadAdapter }] = await Promise.all([
    import('../persistence/adapter-from-env.ts'),
    import('../persistence/read-ahead.ts'),
  ]);
  const adapter = adapterFromEnvironment();
  if (!adapter) return { skill: buildSkill() };
  const store = new ReadAheadAdapter(adapter);
  return { skill: buildSkill({ persistenceAdapter: store }), store };
}

/**
 * The Lambda entry (docs/ARCHITECTURE.md, "Contracts"): `handler(event, context)`, async so no callback is
 * involved. With SKILL_ID set, a request for any other skill fails the invocation and is never answered.
 */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  const skillId = process.env.SKILL_ID?.trim();
  if (skillId && !isForSkill(event, skillId)) {
    throw new Error('Refused: the request is for another skill (SKILL_ID)');
  }
  host ??= hostForEnvironment();
  const { skill, store } = await host;
  // A launch reads the user's progress first thing: start that read now, so
  // its round trip runs while the skill does the rest of its first-turn work.
  if (event.request.type === 'LaunchRequest') store?.readAhead(event);
  try {
    return await skill.invoke(event, context);
  } finally {
    store?.discard();
  }
}
