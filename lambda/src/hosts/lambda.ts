import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../skill/build-skill.ts';

const skill = buildSkill();

/** The Lambda entry (DESIGN §4): `handler(event, context)`, async so no callback is involved. */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
