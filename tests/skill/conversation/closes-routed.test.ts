import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveUtterance } from '../../../lambda/src/hosts/console/resolve-utterance.ts';
import { requireLanguage, type Language } from '../../../lambda/src/languages/supported.ts';
import { Intents } from '../../../lambda/src/skill/intents.ts';
import {
  loadInteractionModel,
  SUPPORTED_LOCALES,
} from '../../../lambda/src/skill/model/load-interaction-model.ts';
import { asSpoken, readLabelledCloses, REPO_ROOT } from '../../support/corpus.ts';
import { Conversation } from '../../support/conversation.ts';

const FIXTURES = resolve(REPO_ROOT, 'tests/analyzer/fixtures');
/** The shared corpus of real closes for each language, outside the project. */
const SHARED: Readonly<Record<Language, string>> = {
  en: resolve(REPO_ROOT, '../shared/corpus/real-closes.dev.jsonl'),
  es: resolve(REPO_ROOT, '../shared/corpus/es/real-closes.dev.jsonl'),
};
for (const path of Object.values(SHARED)) {
  if (!existsSync(path))
    console.log(`notice: ${path} is absent; routing is checked on the project's sets only`);
}

/** Every close labelled in a language, as speech recognition would deliver it. */
function closesIn(language: Language): string[] {
  return [
    ...readdirSync(FIXTURES)
      .filter((file) => file.endsWith(`.${language}.jsonl`))
      .map((file) => resolve(FIXTURES, file)),
    ...(existsSync(SHARED[language]) ? [SHARED[language]] : []),
  ]
    .flatMap((file) => readLabelledCloses(file).map((row) => asSpoken(row.text)))
    .filter((close) => close !== '');
}

const CLOSES: Readonly<Record<Language, string[]>> = { en: closesIn('en'), es: closesIn('es') };

/** Intents whose samples a close may match whole, because the skill coaches them as the close they are. */
const RECOVERED: readonly string[] = [Intents.captureClose, Intents.no, Intents.progress];

describe.each(SUPPORTED_LOCALES)(
  'in the %s model, no sample of another intent takes a close whole',
  (locale) => {
    const model = loadInteractionModel(locale).languageModel;
    const closes = CLOSES[requireLanguage(locale)];
    it(`routes each of ${String(closes.length)} closes, in spoken form, to the close or to an intent coached as one`, () => {
      const taken = closes
        .map((close) => [close, resolveUtterance(model, close, { locale }).name] as const)
        .filter(([, intent]) => !RECOVERED.includes(intent));
      expect(taken).toEqual([]);
    });
  },
);

describe.each(['en-US', 'es-MX'])(
  'every close is coached in %s, while the interviewer waits or straight after feedback',
  (locale) => {
    const closes = CLOSES[requireLanguage(locale)];
    it(`coaches each of ${String(closes.length)} closes, one after another in one session`, async () => {
      const talk = new Conversation({ locale });
      await talk.launch();
      const missed: string[] = [];
      for (const [index, close] of closes.entries()) {
        const reply = await talk.say(close);
        const coached = reply.attributes.state === 'FEEDBACK' && reply.attributes.coached === index + 1;
        if (!coached) missed.push(close);
      }
      expect(missed).toEqual([]);
    }, 240_000);
  },
);
