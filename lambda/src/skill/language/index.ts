import { languageOf, type Language } from '../../languages/supported.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { SkillWords } from './skill-words.ts';

export type { SkillWords } from './skill-words.ts';

/** Typed by the one list of languages, so a language without its words does not compile. */
const BY_LANGUAGE: Readonly<Record<Language, SkillWords>> = { en, es };

/** The skill's words for a locale's language; undefined for a language the skill does not speak. */
export function skillWordsFor(locale: string): SkillWords | undefined {
  const language = languageOf(locale);
  return language === undefined ? undefined : BY_LANGUAGE[language];
}
