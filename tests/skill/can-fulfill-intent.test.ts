import type { canfulfill, RequestEnvelope, ResponseEnvelope, Slot } from 'ask-sdk-model';
import { requireLanguage, type Language } from '../../lambda/src/languages/supported.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_APPLICATION_ID } from '../../lambda/src/hosts/console/request-envelopes.ts';
import { resolveUtterance } from '../../lambda/src/hosts/console/resolve-utterance.ts';
import {
  MemoryPersistenceAdapter,
  type MemoryOperation,
} from '../../lambda/src/persistence/memory-adapter.ts';
import { buildSkill } from '../../lambda/src/skill/build-skill.ts';
import {
  loadInteractionModel,
  loadSkillManifest,
  SUPPORTED_LOCALES,
} from '../../lambda/src/skill/model/load-interaction-model.ts';
import { seededRandom } from '../support/conversation.ts';

interface SlotSaid {
  value: string;
  /** The value entity resolution matched in the slot's type, when it matched one. */
  resolvedTo?: string;
}

/** A CanFulfillIntentRequest as Alexa sends it before routing a request spoken without the skill's name. */
function canFulfillRequest(
  intentName: string,
  slots: Record<string, SlotSaid> = {},
  { locale = 'en-US', session }: { locale?: string; session?: Record<string, unknown> } = {},
): RequestEnvelope {
  const slotEntries = Object.entries(slots).map(([name, said]): [string, Slot] => [
    name,
    {
      name,
      value: said.value,
      confirmationStatus: 'NONE',
      ...(said.resolvedTo !== undefined && {
        resolutions: {
          resolutionsPerAuthority: [
            {
              authority: `${DEFAULT_APPLICATION_ID}.${name}`,
              status: { code: 'ER_SUCCESS_MATCH' },
              values: [{ value: { name: said.resolvedTo, id: said.resolvedTo } }],
            },
          ],
        },
      }),
    },
  ]);
  const request: canfulfill.CanFulfillIntentRequest = {
    type: 'CanFulfillIntentRequest',
    requestId: 'amzn1.echo-api.request.cfir-test',
    timestamp: '2026-11-29T19:00:00Z',
    locale,
    intent: {
      name: intentName,
      confirmationStatus: 'NONE',
      ...(slotEntries.length > 0 && { slots: Object.fromEntries(slotEntries) }),
    },
  };
  const user = { userId: 'amzn1.ask.account.cfir-test' };
  return {
    version: '1.0',
    ...(session && {
      session: {
        new: true,
        sessionId: 'amzn1.echo-api.session.cfir-test',
        application: { applicationId: DEFAULT_APPLICATION_ID },
        attributes: session,
        user,
      },
    }),
    context: {
      System: {
        application: { applicationId: DEFAULT_APPLICATION_ID },
        user,
        device: { deviceId: 'amzn1.ask.device.cfir-test', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request,
  };
}

/** The skill with a store that records every operation, so a test can tell nothing was read or written. */
function skillWithWatchedStore() {
  const operations: MemoryOperation[] = [];
  const adapter = new MemoryPersistenceAdapter({
    failWith: (operation) => {
      operations.push(operation);
      return undefined;
    },
  });
  return { skill: buildSkill({ persistenceAdapter: adapter, random: seededRandom(5) }), operations };
}

async function ask(request: RequestEnvelope) {
  const { skill, operations } = skillWithWatchedStore();
  const envelope: ResponseEnvelope = await skill.invoke(request);
  return { envelope, answer: envelope.response.canFulfillIntent, operations };
}

describe('answering Alexa’s question before a request made without the skill’s name', () => {
  it('the skill declares that it answers CanFulfillIntentRequest', () => {
    const interfaces = loadSkillManifest().apis?.custom?.interfaces ?? [];
    expect(interfaces.map((item) => item.type)).toContain('CAN_FULFILL_INTENT_REQUEST');
  });

  it.each(SUPPORTED_LOCALES)(
    '"how should I end a job interview" (tips) in %s: YES, silently, storing and changing nothing',
    async (locale) => {
      const { envelope, answer, operations } = await ask(canFulfillRequest('TipsIntent', {}, { locale }));
      expect(answer).toEqual({ canFulfill: 'YES' });
      expect(envelope.response.outputSpeech).toBeUndefined();
      expect(envelope.response.reprompt).toBeUndefined();
      expect(envelope.response.card).toBeUndefined();
      expect(envelope.response.directives).toBeUndefined();
      expect(envelope.response.shouldEndSession).toBeUndefined();
      expect(envelope.sessionAttributes).toBeUndefined();
      expect(operations).toEqual([]);
    },
  );

  it('leaves the attributes of a session it was sent exactly as they came', async () => {
    const attributes = { state: 'FEEDBACK', round: 3 };
    const { envelope, answer, operations } = await ask(
      canFulfillRequest('NewRoundIntent', {}, { session: structuredClone(attributes) }),
    );
    expect(answer?.canFulfill).toBe('YES');
    expect(envelope.sessionAttributes).toEqual(attributes);
    expect(operations).toEqual([]);
  });

  it('a format the model knows is understood and fulfilled', async () => {
    const { answer } = await ask(
      canFulfillRequest('SetFormatIntent', { format: { value: 'video call', resolvedTo: 'video' } }),
    );
    expect(answer).toEqual({
      canFulfill: 'YES',
      slots: { format: { canUnderstand: 'YES', canFulfill: 'YES' } },
    });
  });

  it('a format the model does not know cannot be fulfilled, so the intent is only a maybe', async () => {
    const { answer } = await ask(canFulfillRequest('SetFormatIntent', { format: { value: 'underwater' } }));
    expect(answer).toEqual({
      canFulfill: 'MAYBE',
      slots: { format: { canUnderstand: 'MAYBE', canFulfill: 'NO' } },
    });
  });

  it('any role and company can be used, though words the model does not list are only a maybe', async () => {
    const { answer } = await ask(
      canFulfillRequest('SetJobIntent', {
        role: { value: 'nurse', resolvedTo: 'nurse' },
        company: { value: 'initech' },
      }),
    );
    expect(answer).toEqual({
      canFulfill: 'MAYBE',
      slots: {
        role: { canUnderstand: 'YES', canFulfill: 'YES' },
        company: { canUnderstand: 'MAYBE', canFulfill: 'YES' },
      },
    });
    const named = await ask(
      canFulfillRequest('SetJobIntent', { role: { value: 'nurse', resolvedTo: 'nurse' } }),
    );
    expect(named.answer?.canFulfill).toBe('YES');
  });

  it('a request to set the job that names neither role nor company is a maybe', async () => {
    const { answer } = await ask(canFulfillRequest('SetJobIntent'));
    expect(answer).toEqual({ canFulfill: 'MAYBE' });
  });

  it('words that may be a close, and follow-ups about a close already heard, are maybes', async () => {
    const close = await ask(
      canFulfillRequest('CaptureCloseIntent', { closingWords: { value: 'did i answer all your questions' } }),
    );
    expect(close.answer).toEqual({
      canFulfill: 'MAYBE',
      slots: { closingWords: { canUnderstand: 'MAYBE', canFulfill: 'YES' } },
    });
    for (const name of ['WhyIntent', 'AnotherExampleIntent', 'DeleteDataIntent']) {
      expect((await ask(canFulfillRequest(name))).answer, name).toEqual({ canFulfill: 'MAYBE' });
    }
  });

  it('progress and a new round are the skill’s to give at any time', async () => {
    for (const name of ['ProgressIntent', 'NewRoundIntent']) {
      const { answer, operations } = await ask(canFulfillRequest(name));
      expect(answer, name).toEqual({ canFulfill: 'YES' });
      expect(operations, name).toEqual([]);
    }
  });

  it('built-in intents and intents of other skills get NO', async () => {
    for (const name of [
      'AMAZON.HelpIntent',
      'AMAZON.StopIntent',
      'AMAZON.FallbackIntent',
      'PlaySoundIntent',
    ]) {
      const { envelope, answer } = await ask(canFulfillRequest(name));
      expect(answer, name).toEqual({ canFulfill: 'NO' });
      expect(envelope.response.outputSpeech, name).toBeUndefined();
    }
  });

  it('names that every JavaScript object has are not the skill’s intents or slots', async () => {
    expect((await ask(canFulfillRequest('constructor'))).answer).toEqual({ canFulfill: 'NO' });
    const { answer } = await ask(canFulfillRequest('SetJobIntent', { toString: { value: 'nurse' } }));
    expect(answer).toEqual({
      canFulfill: 'NO',
      slots: { toString: { canUnderstand: 'NO', canFulfill: 'NO' } },
    });
  });

  it('a slot the intent does not have is not understood, and the answer is NO', async () => {
    const { answer } = await ask(canFulfillRequest('TipsIntent', { sound: { value: 'crickets' } }));
    expect(answer).toEqual({ canFulfill: 'NO', slots: { sound: { canUnderstand: 'NO', canFulfill: 'NO' } } });
  });

  /** What a person says who does not know the skill's name, per language: tips, tips, a round. */
  const NAME_FREE: Record<Language, readonly [string, string, string]> = {
    en: [
      'how should i end a job interview',
      'what should i say at the end of a job interview',
      'help me rehearse the end of a job interview',
    ],
    es: [
      'cómo debo terminar una entrevista de trabajo',
      'qué digo al final de una entrevista de trabajo',
      'ayúdame a ensayar el final de una entrevista de trabajo',
    ],
  };

  it.each(SUPPORTED_LOCALES)(
    'in %s, a person who does not know the skill’s name is heard as asking for tips or a round',
    (locale) => {
      const model = loadInteractionModel(locale).languageModel;
      const heardAs = (words: string) => resolveUtterance(model, words, { locale }).name;
      const [tip, otherTip, round] = NAME_FREE[requireLanguage(locale)];
      expect(heardAs(tip)).toBe('TipsIntent');
      expect(heardAs(otherTip)).toBe('TipsIntent');
      expect(heardAs(round)).toBe('NewRoundIntent');
    },
  );
});
