import { getRequestType, SkillBuilders, type Skill } from 'ask-sdk-core';
import i18next from 'i18next';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/**
 * Context for the cold-start bench, not a baseline: the hello-world skill
 * saying its one line through i18next, initialised the way
 * lambda/src/locales/index.ts initialises it. Its ratio to hello-world is what
 * i18next alone adds to a cold start.
 */
export function buildHelloI18nextSkill(): Skill {
  const strings = i18next.createInstance();
  void strings.init({
    fallbackLng: 'en',
    resources: { en: { translation: { hello: 'Hello from the baseline skill.' } } },
    initAsync: false,
    returnObjects: true,
    interpolation: { escapeValue: false },
  });
  return SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
      handle: (input) =>
        input.responseBuilder
          .speak(strings.getFixedT(input.requestEnvelope.request.locale ?? 'en')('hello'))
          .getResponse(),
    })
    .create();
}

let skill: Skill | undefined;

export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  skill ??= buildHelloI18nextSkill();
  return skill.invoke(event, context);
}
