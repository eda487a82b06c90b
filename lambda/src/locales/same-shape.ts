/**
 * The shape of a language's resources, taken from the English ones: the same
 * keys at every depth, strings where English has strings, lists where it has
 * lists. A missing or misspelt key in another language is a compile error.
 */
export type SameShape<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: SameShape<T[K]> };
