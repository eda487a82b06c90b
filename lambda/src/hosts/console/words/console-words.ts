import type { DateWords } from '../spoken-date.ts';

/** A language's stand-ins, in the console, for what Alexa understands without the skill's model. */
export interface ConsoleWords {
  /** What Alexa's built-in intents understand without samples, reduced to a few phrases a typist would use. */
  builtInPhrases: Readonly<Record<string, readonly string[]>>;
  /** How people name a day, for AMAZON.DATE. */
  dates: DateWords;
}
