import type { InterviewFormat } from '../session-state.ts';

/** A language's words for what the skill parses itself (the analyzer has its own lexicon). */
export interface SkillWords {
  /** Said before a role and dropped: "an engineering role" keeps "engineering". */
  roleLeadWords: readonly string[];
  /** Said after a role and dropped, so lines can add their own noun. */
  roleNouns: readonly string[];
  /** Words that join a role to its company when Alexa hears both as the role. */
  companyJoiners: readonly string[];
  /** Phrases that name each format, checked in order. */
  formatWords: readonly (readonly [InterviewFormat, readonly string[]])[];
}
