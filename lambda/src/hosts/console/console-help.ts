import { Intents } from '../../skill/intents.ts';
import type { Translator } from '../../locales/index.ts';
import type { LanguageModelJson } from './resolve-utterance.ts';

/**
 * What the skill understands, read from the locale's own model so the list can never drift from it:
 * each intent's first sample with a word in it (a bare slot says nothing to a reader), slots shown as <name>.
 */
export function samplePhrases(model: LanguageModelJson): string[] {
  const phrases: string[] = [];
  for (const intent of model.intents) {
    // The close itself is introduced in prose; its samples are only wrappers around the slot.
    if (intent.name === Intents.captureClose) continue;
    const sample = (intent.samples ?? []).find((s) => /[\p{L}\p{N}]/u.test(s.replace(/\{[^{}]*\}/g, '')));
    if (sample !== undefined) phrases.push(sample.replace(/\{([^{}]*)\}/g, '<$1>'));
  }
  return phrases;
}

export function helpText(model: LanguageModelJson, t: Translator['t']): string[] {
  return [
    t('console.help.close'),
    t('console.help.phrases'),
    ...samplePhrases(model).map((phrase) => `  ${phrase}`),
    t('console.help.commands'),
    `  ${t('console.help.helpCommand')}`,
    `  ${t('console.help.quitCommand')}`,
    t('console.help.afterEnd'),
  ];
}
