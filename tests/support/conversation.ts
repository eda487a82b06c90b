import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { expect } from 'vitest';
import { createDevice, seededStamper } from '../../lambda/src/hosts/console/request-envelopes.ts';
import { SkillClient, type Turn } from '../../lambda/src/hosts/console/skill-client.ts';
import type { AtomicPersistenceAdapter } from '../../lambda/src/persistence/atomic-adapter.ts';
import { buildSkill } from '../../lambda/src/skill/build-skill.ts';
import { loadInteractionModel } from '../../lambda/src/skill/model/load-interaction-model.ts';
import { ssmlToText } from '../../lambda/src/speech/ssml.ts';
import { ssmlErrors } from './ssml-validity.ts';

process.env.CLOSING_COACH_QUIET = '1';

/** What the user hears and sees on one turn. */
export interface Heard {
  /** The whole speech as text. */
  speech: string;
  /** Only the coach's words; only the interviewer's. */
  coach: string;
  interviewer: string;
  reprompt: string | undefined;
  ended: boolean;
  card: { title: string; content: string } | undefined;
  directives: string[];
  attributes: Record<string, unknown>;
  raw: ResponseEnvelope;
}

export interface ConversationOptions {
  locale?: string;
  screen?: boolean;
  seed?: number;
  /** A store shared by conversations of the same user, as DynamoDB would be. */
  adapter?: AtomicPersistenceAdapter;
  userId?: string;
  apiEndpoint?: string;
  apiAccessToken?: string;
  now?: () => Date;
}

function languageModelOf(locale: string) {
  return loadInteractionModel(locale).languageModel;
}

/** A deterministic stand-in for Math.random, so every run hears the same phrasings. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A conversation with the real skill through real request envelopes; every response is certified. */
export class Conversation {
  readonly client: SkillClient;

  constructor({ locale = 'en-US', screen = false, seed = 7, ...options }: ConversationOptions = {}) {
    // Alexa's clock and the skill's agree, so "friday" is the Friday the skill counts from.
    const stamper = options.now ? seededStamper(seed, options.now()) : seededStamper(seed);
    const skill = buildSkill({
      random: seededRandom(seed),
      ...(options.adapter && { persistenceAdapter: options.adapter }),
      ...(options.now && { now: options.now }),
    });
    const device = createDevice(
      {
        screen,
        locale,
        ...(options.userId && { userId: options.userId }),
        ...(options.apiEndpoint && { apiEndpoint: options.apiEndpoint }),
        ...(options.apiAccessToken && { apiAccessToken: options.apiAccessToken }),
      },
      stamper,
    );
    this.client = new SkillClient(skill, device, languageModelOf(locale), stamper);
  }

  async launch(): Promise<Heard> {
    return this.hear(await this.client.launch());
  }

  /** The user says these words; the interaction model routes them. */
  async say(words: string): Promise<Heard> {
    return this.hear(await this.client.say(words));
  }

  async intent(name: string, slots?: Record<string, string | undefined>): Promise<Heard> {
    const { intent } = await import('../../lambda/src/hosts/console/request-envelopes.ts');
    return this.hear(await this.client.intent(intent(name, slots)));
  }

  async end(): Promise<Heard> {
    return this.hear(await this.client.end());
  }

  async hear(turn: Turn): Promise<Heard> {
    await certify(turn, this.client.device.screen);
    return heard(turn.response);
  }
}

export function heard(raw: ResponseEnvelope): Heard {
  const { response } = raw;
  const ssml = response.outputSpeech?.type === 'SSML' ? response.outputSpeech.ssml : '';
  const reprompt = response.reprompt?.outputSpeech;
  const card: ui.SimpleCard | undefined = response.card?.type === 'Simple' ? response.card : undefined;
  return {
    speech: ssmlToText(ssml),
    coach: ssmlToText(ssml.replace(/<voice[^>]*>[\s\S]*?<\/voice>/g, ' ')),
    interviewer: [...ssml.matchAll(/<voice[^>]*>([\s\S]*?)<\/voice>/g)]
      .map((m) => ssmlToText(m[1] ?? ''))
      .join(' '),
    reprompt: reprompt?.type === 'SSML' ? ssmlToText(reprompt.ssml) : undefined,
    ended: response.shouldEndSession === true,
    card: card ? { title: card.title ?? '', content: card.content ?? '' } : undefined,
    directives: (response.directives ?? []).map((directive) => directive.type),
    attributes: raw.sessionAttributes ?? {},
    raw,
  };
}

const MAX_SPEECH_CHARS = 8000;

/** What Alexa and certification demand of every response. */
export async function certify({ request, response: raw }: Turn, screen: boolean): Promise<void> {
  const { response } = raw;
  const type = request.request.type;
  const ssmls = [response.outputSpeech, response.reprompt?.outputSpeech]
    .map((speech) => (speech?.type === 'SSML' ? speech.ssml : undefined))
    .filter((ssml): ssml is string => ssml !== undefined);
  for (const ssml of ssmls) {
    const errors = await ssmlErrors(ssml, request.request.locale ?? 'en-US');
    expect(errors, `invalid SSML: ${ssml}`).toBeUndefined();
    expect(ssml.length).toBeLessThan(MAX_SPEECH_CHARS);
  }
  if (type === 'SessionEndedRequest' || type === 'System.ExceptionEncountered') {
    expect(response.outputSpeech).toBeUndefined();
    expect(response.reprompt).toBeUndefined();
    return;
  }
  const open = response.shouldEndSession !== true && response.outputSpeech !== undefined;
  if (open) {
    const reprompt = response.reprompt?.outputSpeech;
    expect(reprompt, 'an open session needs a reprompt').toBeDefined();
    const text = reprompt?.type === 'SSML' ? ssmlToText(reprompt.ssml) : '';
    expect(text, 'a reprompt must ask a question').toContain('?');
    const said = response.outputSpeech?.type === 'SSML' ? ssmlToText(response.outputSpeech.ssml) : '';
    expect(said, 'an open microphone follows a question').toMatch(/\?$/);
  }
  const apl = (response.directives ?? []).filter((d) => d.type.startsWith('Alexa.Presentation.APL'));
  if (!screen) expect(apl, 'APL only for devices that support it').toEqual([]);
  if (type === 'LaunchRequest') {
    expect((response.directives ?? []).some((d) => d.type.startsWith('Dialog.'))).toBe(false);
  }
}
