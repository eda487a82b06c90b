import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SUPPORTED_LANGUAGES } from '../../lambda/src/languages/supported.ts';
import { translatorFor } from '../../lambda/src/locales/index.ts';
import { ssmlToText } from '../../lambda/src/speech/ssml.ts';
import { ssmlErrors } from '../support/ssml-validity.ts';
import { markupProblem, unescapedUserText } from './ssml-markup.ts';

/** A broken promise of the skill, with enough of the turn to replay it by eye. */
export class Violation extends Error {
  override name = 'Violation';
}

export interface TurnFacts {
  request: RequestEnvelope;
  response: unknown;
  /** Whether the device advertised APL. */
  apl: boolean;
  /** Whether the persistence adapter failed at least once during this turn. */
  storeFailed: boolean;
  /** Every user-supplied string of the run so far (slot values, hostile attributes). */
  userTexts: readonly string[];
}

const MAX_SPEECH_CHARS = 8000;
/** The skill's apology in every language it speaks. */
const APOLOGIES = SUPPORTED_LANGUAGES.map((language) => translatorFor(language).t('skill.error'));
const SPOKEN = new Set(['LaunchRequest', 'IntentRequest']);
const SILENT = new Set(['SessionEndedRequest', 'System.ExceptionEncountered']);
const CARD_TYPES = new Set(['Simple', 'Standard', 'LinkAccount', 'AskForPermissionsConsent']);

function fail(message: string): never {
  throw new Violation(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The SSML of an outputSpeech, after checking it is a well-formed SSML outputSpeech. */
function ssmlOf(speech: unknown, where: string): string | undefined {
  if (speech === undefined) return undefined;
  if (!isRecord(speech)) fail(`${where} is not an object`);
  if (speech.type !== 'SSML') fail(`${where}.type is ${JSON.stringify(speech.type)}, not SSML`);
  if (typeof speech.ssml !== 'string') fail(`${where}.ssml is not a string`);
  return speech.ssml;
}

/** The shape Alexa accepts, checked field by field rather than trusted from the types. */
function assertEnvelope(envelope: unknown): asserts envelope is ResponseEnvelope {
  if (!isRecord(envelope)) fail('the response envelope is not an object');
  if (envelope.version !== '1.0') fail(`version is ${JSON.stringify(envelope.version)}`);
  if (envelope.sessionAttributes !== undefined && !isRecord(envelope.sessionAttributes))
    fail('sessionAttributes is not an object');
  const response = envelope.response;
  if (!isRecord(response)) fail('response is not an object');
  const end = response.shouldEndSession;
  if (end !== undefined && end !== null && typeof end !== 'boolean')
    fail('shouldEndSession is not a boolean');
  ssmlOf(response.outputSpeech, 'outputSpeech');
  if (response.reprompt !== undefined) {
    if (!isRecord(response.reprompt)) fail('reprompt is not an object');
    if (ssmlOf(response.reprompt.outputSpeech, 'reprompt.outputSpeech') === undefined)
      fail('a reprompt without outputSpeech');
  }
  const card = response.card;
  if (card !== undefined) {
    if (!isRecord(card) || typeof card.type !== 'string' || !CARD_TYPES.has(card.type))
      fail(`card of type ${JSON.stringify(isRecord(card) ? card.type : card)}`);
    for (const field of ['title', 'content', 'text'] as const)
      if (card[field] !== undefined && typeof card[field] !== 'string') fail(`card.${field} is not a string`);
  }
  const directives = response.directives;
  if (directives !== undefined) {
    if (!Array.isArray(directives)) fail('directives is not an array');
    for (const directive of directives as unknown[])
      if (!isRecord(directive) || typeof directive.type !== 'string') fail('a directive without a type');
  }
  // What goes over the wire is JSON: nothing may be lost or changed on the way.
  let wire: unknown;
  try {
    wire = JSON.parse(JSON.stringify(envelope));
  } catch (error) {
    fail(`the envelope does not serialise: ${String(error)}`);
  }
  if (!sameJson(wire, envelope))
    fail('the envelope changes when serialised (undefined in an array, NaN, ...)');
}

function sameJson(wire: unknown, value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && wire === value;
  if (Array.isArray(value))
    return Array.isArray(wire) && wire.length === value.length && value.every((v, i) => sameJson(wire[i], v));
  if (isRecord(value)) {
    if (!isRecord(wire)) return false;
    return Object.entries(value).every(([key, v]) =>
      v === undefined ? !(key in wire) : sameJson(wire[key], v),
    );
  }
  return wire === value;
}

/** Everything the brief demands of one turn; throws a Violation on the first broken promise. */
export async function checkTurn(facts: TurnFacts): Promise<void> {
  const { request, response: envelope } = facts;
  assertEnvelope(envelope);
  const { response } = envelope;
  const type = request.request.type;
  const speech = ssmlOf(response.outputSpeech, 'outputSpeech');
  const reprompt = ssmlOf(response.reprompt?.outputSpeech, 'reprompt.outputSpeech');

  for (const [where, ssml] of [
    ['speech', speech],
    ['reprompt', reprompt],
  ] as const) {
    if (ssml === undefined) continue;
    if (ssml.length >= MAX_SPEECH_CHARS)
      fail(`${where} is ${String(ssml.length)} characters; Alexa takes under ${String(MAX_SPEECH_CHARS)}`);
    const problem = markupProblem(ssml);
    if (problem) fail(`${where} SSML does not parse as the skill's SSML: ${problem}`);
    const errors = await ssmlErrors(ssml, request.request.locale ?? 'en-US');
    if (errors) fail(`${where} SSML fails ssml-check-core: ${JSON.stringify(errors)} in ${clip(ssml)}`);
    for (const text of facts.userTexts) {
      const leak = unescapedUserText(ssml, text);
      if (leak) fail(`${where}: ${leak}`);
    }
  }

  if (SILENT.has(type)) {
    if (speech !== undefined || reprompt !== undefined) fail(`${type} answered with speech: ${clip(speech)}`);
  } else if (!SPOKEN.has(type)) {
    // Skill events, APL user events and the like are acknowledged without a word.
    if (speech !== undefined || reprompt !== undefined) fail(`${type} answered with speech: ${clip(speech)}`);
  } else if (speech === undefined) {
    fail(`${type} got no speech at all`);
  }

  const open = response.shouldEndSession !== true && speech !== undefined;
  if (open) {
    if (reprompt === undefined) fail(`the session stays open without a reprompt after ${clip(speech)}`);
    if (!ssmlToText(reprompt).includes('?')) fail(`the reprompt asks no question: ${clip(reprompt)}`);
  }

  const directives = response.directives ?? [];
  if (!facts.apl && directives.some((d) => d.type.startsWith('Alexa.Presentation.APL')))
    fail('an APL directive for a device without APL');
  const dialog = directives.filter((d) => d.type.startsWith('Dialog.'));
  if (dialog.length > 0 && (type !== 'IntentRequest' || response.shouldEndSession === true))
    fail(
      `${dialog.map((d) => d.type).join(', ')} in reply to ${type}, shouldEndSession ${String(response.shouldEndSession)}`,
    );

  if (!facts.storeFailed) {
    for (const ssml of [speech, reprompt])
      if (ssml !== undefined && APOLOGIES.some((apology) => ssmlToText(ssml).includes(apology)))
        fail(`the generic apology, with no store failure: ${clip(ssml)}`);
  }
}

export function clip(text: string | undefined, max = 400): string {
  if (text === undefined) return '(none)';
  return JSON.stringify(text.length <= max ? text : `${text.slice(0, max)}… (${String(text.length)} chars)`);
}
