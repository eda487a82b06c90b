import { en } from './en.ts';
import type { SkillWords } from './skill-words.ts';

export type { SkillWords } from './skill-words.ts';

const BY_LANGUAGE: ReadonlyMap<string, SkillWords> = new Map([['en', en]]);

/** The skill's words for a locale's language; undefined for a language the skill does not speak. */
export function skillWordsFor(locale: string): SkillWords | undefined {
  return BY_LANGUAGE.get(locale.split('-')[0]?.toLowerCase() ?? '');
}
