import type { Language } from '../../../languages/supported.ts';
import type { ConsoleWords } from './console-words.ts';
import { en } from './en.ts';
import { es } from './es.ts';

export type { ConsoleWords } from './console-words.ts';

/** Typed by the one list of languages, so a language the console cannot stand in for does not compile. */
export const CONSOLE_WORDS: Readonly<Record<Language, ConsoleWords>> = { en, es };
