import type { TextKey } from '../../locales/index.ts';
import type { HandlerInput } from 'ask-sdk-core';
import { analyzeClose } from '../../analyzer/index.ts';
import type { Line } from '../../speech/speech.ts';
import type { Heard } from '../conversation/heard.ts';
import { skillWordsFor, type SkillWords } from '../language/index.ts';
import { answerAside } from '../next-prompt.ts';
import { withProfile } from '../progress.ts';
import { requestContext } from '../request-context.ts';
import { playScene } from '../round.ts';
import { capName, type InterviewFormat, isFormat, type SessionState } from '../session-state.ts';
import { coachClose } from './coach-close.ts';
import type { Action } from './turn.ts';

/** Longer than this, a "role" is a sentence Alexa put in the role slot, not a job title. */
const MAX_ROLE_WORDS = 6;

/**
 * "I'm interviewing for a nurse role at Mercy": used at once in the examples
 * and the interviewer's lines. Words that read as a close are coached as one,
 * never kept as a role.
 */
export const setJob: Action = (turn) => {
  const { input, session, heard } = turn;
  const { phrases, locale } = requestContext(input);
  const words = skillWordsFor(locale);
  const { role, company } = words ? roleAndCompany(heard.role, heard.company, words) : {};
  const said = [heard.role, heard.company].filter(Boolean).join(' ');
  if ((role && readsAsClose(role, locale)) || (company && readsAsClose(company, locale))) {
    return coachClose({ ...turn, heard: { kind: 'close', words: said } });
  }
  if (role) session.profile.role = capName(role);
  if (company) session.profile.company = capName(titleCase(company, locale));
  const { role: knownRole, company: knownCompany } = session.profile;
  const values = { role: knownRole ?? '', company: knownCompany ?? '' };
  const key =
    !role && !company ? 'missing' : knownRole && knownCompany ? 'both' : knownRole ? 'role' : 'company';
  return keepProfile(input, session, phrases.line(`skill.job.${key}`, values), 'skill.job.offer');
};

/**
 * "It's a phone interview": the scene and the exit tips follow the format.
 * Set while the interviewer waits, the wrap-up is played again in the new
 * scene; words that name no format but read as a close are coached as one.
 */
export const setFormat: Action = async (turn) => {
  const { input, session, heard } = turn;
  const { phrases, locale } = requestContext(input);
  const format = formatFrom(heard, skillWordsFor(locale));
  if (!format) {
    if (heard.formatWords && readsAsClose(heard.formatWords, locale)) {
      return coachClose({ ...turn, heard: { kind: 'close', words: heard.formatWords } });
    }
    return answerAside(input, session, [phrases.line('skill.format.howToSay')], 'skill.format.offer');
  }
  session.profile.format = format;
  await saveProfile(input, session);
  if (session.state === 'AWAITING_CLOSE') {
    return playScene(input, session, [phrases.line(`skill.format.set.${format}`)]);
  }
  return answerAside(input, session, [phrases.line(`skill.format.set.${format}`)], 'skill.format.offer');
};

/** A store that fails only costs the details next session, and is not worth a word now. */
async function saveProfile(input: HandlerInput, session: SessionState): Promise<void> {
  const { progress } = requestContext(input);
  if (progress.enabled) await progress.update(input, (current) => withProfile(current, session.profile));
}

async function keepProfile(input: HandlerInput, session: SessionState, said: Line, offerKey: TextKey) {
  await saveProfile(input, session);
  return answerAside(input, session, [said], offerKey);
}

/** A job title is a few words in which the analyzer finds no move of a close. */
function readsAsClose(words: string, locale: string): boolean {
  const analysis = analyzeClose(words, { locale });
  return analysis.wordCount > MAX_ROLE_WORDS || analysis.moves.length > 0;
}

/** Speech recognition writes names in lower case; a company is spoken and shown with its capitals. */
function titleCase(name: string, locale: string): string {
  return name.replace(
    /(^|\s)(\p{Ll})/gu,
    (_, space: string, letter: string) => space + letter.toLocaleUpperCase(locale),
  );
}

/**
 * The role and company as said. When Alexa hears "an engineering role at
 * initech" as one role, the company is split off where the user named it.
 */
export function roleAndCompany(
  roleWords: string | undefined,
  companyWords: string | undefined,
  words: SkillWords,
): { role?: string; company?: string } {
  const split = companyWords === undefined && roleWords ? splitCompany(roleWords, words) : undefined;
  const role = plainRole(split ? split.role : roleWords, words);
  const company = split?.company ?? companyWords?.trim();
  return { ...(role && { role }), ...(company && { company }) };
}

function splitCompany(said: string, words: SkillWords): { role: string; company: string } | undefined {
  const parts = said.trim().split(/\s+/);
  const at = parts.findIndex((word, index) => index > 0 && words.companyJoiners.includes(word.toLowerCase()));
  if (at < 0 || at === parts.length - 1) return undefined;
  return { role: parts.slice(0, at).join(' '), company: parts.slice(at + 1).join(' ') };
}

/** "an engineering role" is said; "engineering" is kept, so lines can add their own article and noun. */
export function plainRole(said: string | undefined, words: SkillWords): string | undefined {
  const parts = (said ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length > 1 && words.roleLeadWords.includes(parts[0]?.toLowerCase() ?? '')) parts.shift();
  if (parts.length > 1 && words.roleNouns.includes(parts.at(-1)?.toLowerCase() ?? '')) parts.pop();
  const plain = parts.join(' ');
  return plain === '' ? undefined : plain;
}

/** Entity resolution's id when Alexa matched one; otherwise the words themselves, read loosely. */
export function formatFrom(
  heard: Pick<Heard, 'formatId' | 'formatWords'>,
  words: SkillWords | undefined,
): InterviewFormat | undefined {
  if (isFormat(heard.formatId)) return heard.formatId;
  const said = ` ${(heard.formatWords ?? '').toLowerCase().replace(/\s+/g, ' ')} `;
  for (const [format, phrases] of words?.formatWords ?? []) {
    if (phrases.some((phrase) => said.includes(` ${phrase} `))) return format;
  }
  return undefined;
}
