import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Line } from '../../speech/speech.ts';
import { Intents } from '../intents.ts';
import { newSpeech, requestContext } from '../request-context.ts';
import { withProfile } from '../progress.ts';
import { isIntent, slotId, slotText } from '../request-helpers.ts';
import { ask } from '../respond.ts';
import { type InterviewFormat, isFormat, readSession, type SessionState } from '../session-state.ts';

/** "I'm interviewing for a nurse role at Mercy": used at once in the examples and the interviewer's lines. */
export const setJob: RequestHandler = {
  canHandle: (input) => isIntent(input, Intents.setJob),
  handle(input) {
    const { phrases } = requestContext(input);
    const session = readSession(input);
    const role = slotText(input, 'role');
    const company = slotText(input, 'company');
    if (role) session.profile.role = role;
    if (company) session.profile.company = company;
    const { role: knownRole, company: knownCompany } = session.profile;
    const values = { role: knownRole ?? '', company: knownCompany ?? '' };
    const key =
      !role && !company ? 'missing' : knownRole && knownCompany ? 'both' : knownRole ? 'role' : 'company';
    return offerRound(
      input,
      session,
      phrases.line(`skill.job.${key}`, values),
      phrases.line('skill.job.offer'),
    );
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
      const question = phrases.line('skill.format.missing');
      return ask(input, session, newSpeech(input).coach(question), question);
    }
    session.profile.format = format;
    if (session.scenario) session.scenario.format = format;
    return offerRound(
      input,
      session,
      phrases.line(`skill.format.set.${format}`),
      phrases.line('skill.format.offer'),
    );
  },
};

/** Keeps the new details for later sessions too; a store that fails only costs that, and is not worth a word. */
async function offerRound(input: HandlerInput, session: SessionState, said: Line, offer: Line) {
  const { progress } = requestContext(input);
  if (progress.enabled) await progress.update(input, (current) => withProfile(current, session.profile));
  if (session.state !== 'AWAITING_CLOSE') session.state = 'FEEDBACK';
  return ask(input, session, newSpeech(input).coach(said, offer), offer);
}

/** Entity resolution's id when Alexa matched one; otherwise the words themselves, read loosely. */
export function formatFrom(id: string | undefined, words: string | undefined): InterviewFormat | undefined {
  if (isFormat(id)) return id;
  const said = (words ?? '').toLowerCase();
  // A "zoom call" is on video: camera words win over "call".
  if (/video|zoom|teams|camera|online|virtual|skype|webex|meet/.test(said)) return 'video';
  if (/phone|call|telephone/.test(said)) return 'phone';
  if (/person|office|onsite|on site|face/.test(said)) return 'in_person';
  return undefined;
}
