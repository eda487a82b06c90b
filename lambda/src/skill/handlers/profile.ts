import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { TextKey } from '../../locales/index.ts';
import type { Line } from '../../speech/speech.ts';
import { Intents } from '../intents.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { withProfile } from '../progress.ts';
import { isIntent, slotId, slotText } from '../request-helpers.ts';
import { ask } from '../respond.ts';
import { nextPrompt } from '../next-prompt.ts';
import {
  capName,
  type InterviewFormat,
  isFormat,
  readSession,
  type SessionState,
  settleAfterAside,
} from '../session-state.ts';

/** "I'm interviewing for a nurse role at Mercy": used at once in the examples and the interviewer's lines. */
export const setJob: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.setJob),
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
    const { role, company } = roleAndCompany(slotText(input, 'role'), slotText(input, 'company'));
    if (role) session.profile.role = capName(role);
    if (company) session.profile.company = capName(company);
    const { role: knownRole, company: knownCompany } = session.profile;
    const values = { role: knownRole ?? '', company: knownCompany ?? '' };
    const key =
      !role && !company ? 'missing' : knownRole && knownCompany ? 'both' : knownRole ? 'role' : 'company';
    return offerRound(input, session, phrases.line(`skill.job.${key}`, values), 'skill.job.offer');
  },
};

/** "It's a phone interview": the interviewer's scene and the exit tips follow the format. */
export const setFormat: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.setFormat),
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
    const format = formatFrom(slotId(input, 'format'), slotText(input, 'format'));
    if (!format) {
      // While a close is awaited a question here would take the user's next words as the close.
      if (session.state === 'AWAITING_CLOSE') {
        const prompt = phrases.pick('skill.awaitReprompt');
        return ask(
          input,
          session,
          newSpeech(input).coach(phrases.line('skill.format.howToSay'), prompt),
          prompt,
        );
      }
      settleAfterAside(session);
      const question = phrases.line('skill.format.missing');
      return ask(input, session, newSpeech(input).coach(question), question);
    }
    session.profile.format = format;
    if (session.scenario) session.scenario.format = format;
    return offerRound(input, session, phrases.line(`skill.format.set.${format}`), 'skill.format.offer');
  },
};

/** Keeps the new details for later sessions too; a store that fails only costs that, and is not worth a word. */
async function offerRound(input: HandlerInput, session: SessionState, said: Line, offerKey: TextKey) {
  const { progress, phrases } = requestContext(input);
  if (progress.enabled) await progress.update(input, (current) => withProfile(current, session.profile));
  settleAfterAside(session);
  const offer = nextPrompt(session, phrases, offerKey);
  return ask(input, session, newSpeech(input).coach(said, offer), offer);
}

/**
 * The role and company as said. When Alexa hears "an engineering role at
 * initech" as one role, the company is split off where the user named it.
 */
export function roleAndCompany(
  roleWords: string | undefined,
  companyWords: string | undefined,
): { role?: string; company?: string } {
  const atCompany = companyWords === undefined ? / at (.+)$/i.exec(roleWords ?? '') : null;
  const role = plainRole(atCompany ? roleWords?.slice(0, atCompany.index) : roleWords);
  const company = atCompany?.[1]?.trim() ?? companyWords;
  return { ...(role && { role }), ...(company && { company }) };
}

/** "an engineering role" is said; "engineering" is kept, so lines can add their own article and noun. */
export function plainRole(words: string | undefined): string | undefined {
  const plain = words
    ?.trim()
    .replace(/^(an?|the|my)\s+/i, '')
    .replace(/\s+(role|position|job|post)$/i, '')
    .trim();
  return plain === '' ? undefined : plain;
}

/** Entity resolution's id when Alexa matched one; otherwise the words themselves, read loosely. */
export function formatFrom(id: string | undefined, words: string | undefined): InterviewFormat | undefined {
  if (isFormat(id)) return id;
  const said = (words ?? '').toLowerCase();
  // In-person words first ("an onsite meeting"); then camera words, so a "zoom call" is on video, not the phone.
  if (/\b(in person|face to face|office|onsite|on site)\b/.test(said)) return 'in_person';
  if (/\b(video|zoom|teams|camera|online|virtual|skype|webex|google meet)\b/.test(said)) return 'video';
  if (/\b(phone|call|telephone)\b/.test(said)) return 'phone';
  return undefined;
}
