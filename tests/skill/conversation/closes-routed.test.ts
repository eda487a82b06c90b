import { describe, expect, it } from 'vitest';
import { resolveUtterance } from '../../../lambda/src/hosts/console/resolve-utterance.ts';
import { requireLanguage, type Language } from '../../../lambda/src/languages/supported.ts';
import { Intents } from '../../../lambda/src/skill/intents.ts';
import {
  loadInteractionModel,
  SUPPORTED_LOCALES,
} from '../../../lambda/src/skill/model/load-interaction-model.ts';
import { spokenCloses } from '../../support/corpus.ts';
import { Conversation } from '../../support/conversation.ts';

const READER = 'tests/skill/conversation/closes-routed.test.ts';
const CLOSES: Readonly<Record<Language, string[]>> = {
  en: spokenCloses(READER, 'en'),
  es: spokenCloses(READER, 'es'),
};

/** Intents whose samples a close may match whole, because the skill coaches them as the close they are. */
const RECOVERED: readonly string[] = [Intents.captureClose, Intents.no, Intents.progress];

function routed(locale: string) {
  const model = loadInteractionModel(locale).languageModel;
  return CLOSES[requireLanguage(locale)].map((close) => ({
    close,
    intent: resolveUtterance(model, close, { locale }).name,
  }));
}

describe.each(SUPPORTED_LOCALES)(
  'in the %s model, no sample of another intent takes a close whole',
  (locale) => {
    it('routes every close in spoken form to the close, or to an intent coached as one', () => {
      const taken = routed(locale).filter(({ intent }) => !RECOVERED.includes(intent));
      expect(taken).toEqual([]);
    });
  },
);

describe.each(['en-US', 'es-MX'])(
  'every close is coached in %s, while the interviewer waits or straight after feedback',
  (locale) => {
    const all = routed(locale);
    const captured = all.filter(({ intent }) => intent === Intents.captureClose).map(({ close }) => close);

    it(`coaches each of ${String(captured.length)} closes, one after another in one session`, async () => {
      const talk = new Conversation({ locale });
      await talk.launch();
      const missed: string[] = [];
      for (const [index, close] of captured.entries()) {
        const reply = await talk.say(close);
        const coached = reply.attributes.state === 'FEEDBACK' && reply.attributes.coached === index + 1;
        if (!coached) missed.push(close);
      }
      expect(missed).toEqual([]);
    }, 240_000);

    // After feedback these mean "no more rounds" and "my progress"; said to the waiting interviewer, they are closes.
    const recovered = all.filter(({ intent }) => intent !== Intents.captureClose).map(({ close }) => close);
    it.runIf(recovered.length > 0)(
      'coaches the closes Alexa sends to "no" or "progress" when the interviewer waits',
      async () => {
        for (const close of recovered) {
          const talk = new Conversation({ locale });
          await talk.launch();
          const reply = await talk.say(close);
          expect(reply.attributes.state, close).toBe('FEEDBACK');
        }
      },
    );
  },
);
