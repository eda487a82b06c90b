import type { GrammarHook } from '../lexicon.ts';

const LEADING_ARTICLE = /^(un|una|el|la|los|las)\s+/i;
const ROLE_NOUN = /^(puesto|cargo|trabajo|empleo|rol|plaza|posici\u00f3n|vacante)\s+de\s+/i;
const FEMININE_ARTICLE = /^(una|la|las)\s/i;
const MASCULINE_ARTICLE = /^(un|el|los)\s/i;
// Nouns for a person in -a are mostly feminine ("enfermera", "abogada"), except the
// common-gender -ista and -ta ("analista", "periodista", "economista", "atleta").
const FEMININE_ENDING = /(?<!ist|t)a$|ora$/i;

/**
 * Spanish grammar the word lists cannot hold: a role's noun takes "un"/"una",
 * "el"/"la" by its gender, taken from the article the user gave ("una
 * enfermera") or, failing that, from the noun's ending.
 */
export const spanishGrammar: GrammarHook = {
  rolePhrases(role) {
    const bare = role.replace(LEADING_ARTICLE, '').replace(ROLE_NOUN, '');
    const feminine = FEMININE_ARTICLE.test(role)
      ? true
      : MASCULINE_ARTICLE.test(role)
        ? false
        : FEMININE_ENDING.test(bare.split(' ')[0] ?? '');
    return {
      bare,
      indefinite: `${feminine ? 'una' : 'un'} ${bare}`,
      definite: `${feminine ? 'la' : 'el'} ${bare}`,
    };
  },
  respell: (word) => word,
};
