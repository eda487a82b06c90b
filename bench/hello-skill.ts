import { getRequestType, SkillBuilders, type Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/**
 * The baseline for the skill benchmarks: the smallest useful ask-sdk-core
 * skill, a LaunchRequest handler that speaks one line. It is bundled exactly
 * as the Lambda is (bench/bundles.ts) and exported the same way as
 * lambda/src/hosts/lambda.ts, so a ratio against it shows what Closing Coach
 * itself adds on top of Node and the ASK SDK.
 */
export function buildHelloSkill(): Skill {
  return SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
      handle: (input) => input.responseBuilder.speak('Hello from the baseline skill.').getResponse(),
    })
    .create();
}

let skill: Skill | undefined;

export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  skill ??= buildHelloSkill();
  return skill.invoke(event, context);
}
