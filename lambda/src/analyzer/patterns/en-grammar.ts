import type { GrammarHook } from '../lexicon.ts';

const LEADING_ARTICLE = /^(an?|the)\s+/i;
const TRAILING_ROLE_NOUN = /\s+(role|position|job)$/i;
const VOWEL_START = /^[aeiou]/i;
const FIRST_PERSON_CONTRACTION = /^i['\u2019]/i;

/** English grammar the word lists cannot hold: "a"/"an", and "I" written upper case. */
export const englishGrammar: GrammarHook = {
  rolePhrases(role) {
    const bare = role.replace(LEADING_ARTICLE, '').replace(TRAILING_ROLE_NOUN, '');
    const article = VOWEL_START.test(bare) ? 'an' : 'a';
    return { bare, indefinite: `${article} ${bare}`, definite: `the ${bare}` };
  },
  respell(word) {
    return FIRST_PERSON_CONTRACTION.test(word) ? `I${word.slice(1)}` : word;
  },
};
