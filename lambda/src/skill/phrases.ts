import type { ListKey, TextKey, Translator, Values } from '../locales/index.ts';
import type { Line } from '../speech/speech.ts';
import { cleanForDisplay, escapeForSpeech } from '../speech/ssml.ts';

export type { Values } from '../locales/index.ts';

/**
 * The skill's words for one request. Values are user words (a transcript, a
 * company name): each is escaped for SSML here and nowhere else.
 */
export class Phrases {
  constructor(
    private readonly translator: Translator,
    private readonly random: () => number,
  ) {}

  /**
   * Stands for the language's strings, the same for every request in that language: what is built from
   * them (word lists) is cached on it. Opaque, so nothing reaches the translator past this class's escaping.
   */
  get strings(): object {
    return this.translator;
  }

  line(key: TextKey, values: Values = {}): Line {
    const forSpeech: Values = {};
    const forText: Values = {};
    let differs = false;
    for (const [name, value] of Object.entries(values)) {
      forSpeech[name] = typeof value === 'string' ? escapeForSpeech(value) : value;
      forText[name] = typeof value === 'string' ? cleanForDisplay(value) : value;
      differs ||= forSpeech[name] !== forText[name];
    }
    const text = this.translator.t(key, forText);
    // The resources hold no XML metacharacters, so one translation serves both when the values need no escaping.
    return { ssml: differs ? this.translator.t(key, forSpeech) : text, text };
  }

  /** One of the variations under `key`, at random, or avoiding `avoid` when there is a choice. */
  pick(key: ListKey, values: Values = {}, avoid?: number): Line & { index: number } {
    const count = this.count(key);
    // Said as nothing rather than as its key; tests/locales keeps every list filled.
    if (count === 0) return { ssml: '', text: '', index: 0 };
    let index = Math.floor(this.random() * count) % count;
    if (avoid !== undefined && count > 1 && index === avoid) index = (index + 1) % count;
    return { ...this.line(`${key}.${index}`, values), index };
  }

  count(key: ListKey): number {
    return this.translator.size(key);
  }

  /** Plain text for a key, for card titles and labels. */
  text(key: TextKey, values: Values = {}): string {
    return this.line(key, values).text;
  }
}
