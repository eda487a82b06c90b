import type { i18n } from 'i18next';
import type { Line } from '../speech/speech.ts';
import { cleanForDisplay, escapeForSpeech } from '../speech/ssml.ts';

export type Values = Record<string, string | number>;

/**
 * The skill's words for one request. Values are user words (a transcript, a
 * company name): each is escaped for SSML here and nowhere else.
 */
export class Phrases {
  constructor(
    private readonly i18n: i18n,
    private readonly random: () => number,
  ) {}

  line(key: string, values: Values = {}): Line {
    const forSpeech: Values = {};
    const forText: Values = {};
    for (const [name, value] of Object.entries(values)) {
      forSpeech[name] = typeof value === 'string' ? escapeForSpeech(value) : value;
      forText[name] = typeof value === 'string' ? cleanForDisplay(value) : value;
    }
    return { ssml: this.i18n.t(key, forSpeech), text: this.i18n.t(key, forText) };
  }

  /** One of the variations under `key`, at random, or avoiding `avoid` when there is a choice. */
  pick(key: string, values: Values = {}, avoid?: number): Line & { index: number } {
    const count = this.count(key);
    if (count === 0) return { ...this.line(key, values), index: 0 };
    let index = Math.floor(this.random() * count) % count;
    if (avoid !== undefined && count > 1 && index === avoid) index = (index + 1) % count;
    return { ...this.line(`${key}.${index}`, values), index };
  }

  count(key: string): number {
    const value: unknown = this.i18n.t(key, { returnObjects: true });
    return Array.isArray(value) ? value.length : 0;
  }

  /** Plain text for a key, for card titles and labels. */
  text(key: string, values: Values = {}): string {
    return this.line(key, values).text;
  }
}
