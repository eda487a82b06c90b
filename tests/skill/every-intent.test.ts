import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../lambda/src/locales/index.ts';
import { Intents } from '../../lambda/src/skill/intents.ts';
import {
  loadInteractionModel,
  SUPPORTED_LOCALES,
} from '../../lambda/src/skill/model/load-interaction-model.ts';
import { Conversation } from '../support/conversation.ts';

const SAMPLE_SLOTS: Record<string, Record<string, string>> = {
  CaptureCloseIntent: { closingWords: 'thank you i really enjoyed this' },
  SetJobIntent: { role: 'teacher', company: 'Northwind' },
  SetFormatIntent: { format: 'phone' },
};

/** How to reach each state the skill can be in before the intent arrives. */
const STATES = {
  'a fresh session': (talk: Conversation) => Promise.resolve(talk),
  'awaiting a close': async (talk: Conversation) => {
    await talk.launch();
    return talk;
  },
  'after feedback': async (talk: Conversation) => {
    await talk.launch();
    await talk.say('what are the next steps');
    return talk;
  },
};

describe.each(SUPPORTED_LOCALES)('the %s model and the code stay in sync', (locale) => {
  const intents = loadInteractionModel(locale).languageModel.intents;

  it('every intent the code names exists in the model', () => {
    const names = new Set(intents.map((intent) => intent.name));
    for (const name of Object.values(Intents)) expect(names, name).toContain(name);
  });

  describe.each(Object.entries(STATES))('in %s', (_state, reach) => {
    it.each(intents.map((intent) => intent.name))(
      '%s gets a proper answer, never the apology',
      async (name) => {
        const talk = await reach(new Conversation({ locale }));
        const reply = await talk.intent(name, SAMPLE_SLOTS[name]);
        expect(reply.speech.length).toBeGreaterThan(0);
        expect(reply.speech).not.toContain(translatorFor(locale).t('skill.error'));
      },
    );
  });
});
