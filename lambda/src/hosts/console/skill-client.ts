import type { Skill } from 'ask-sdk-core';
import type { Intent, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  continueSession,
  type ConsoleSession,
  type Device,
  intentRequest,
  launchRequest,
  newSession,
  randomStamper,
  sessionEndedRequest,
  type Stamper,
} from './request-envelopes.ts';
import { type LanguageModelJson, resolveUtterance } from './resolve-utterance.ts';

export interface Turn {
  request: RequestEnvelope;
  response: ResponseEnvelope;
}

/**
 * Plays Alexa's part for one user: builds the envelopes, carries the session
 * attributes from turn to turn, resolves typed words against the model, and
 * starts a new session after one ends. The console and the tests share it.
 */
export class SkillClient {
  private session: ConsoleSession;

  constructor(
    private readonly skill: Skill,
    readonly device: Device,
    private readonly model: LanguageModelJson,
    private readonly stamper: Stamper = randomStamper,
  ) {
    this.session = newSession(stamper);
  }

  get attributes(): Record<string, unknown> {
    return this.session.attributes;
  }

  get awaitingClose(): boolean {
    return this.session.attributes.state === 'AWAITING_CLOSE';
  }

  /** An envelope for this user and session, as the next request would carry it; for reading what a store holds. */
  envelope(): RequestEnvelope {
    return launchRequest(this.device, this.session, { stamper: this.stamper });
  }

  launch(): Promise<Turn> {
    return this.send(launchRequest(this.device, this.session, { stamper: this.stamper }));
  }

  /** Typed or spoken words, routed the way the interaction model would route them now. */
  say(words: string): Promise<Turn> {
    return this.intent(
      resolveUtterance(this.model, words, { today: this.stamper.now(), locale: this.device.locale }),
    );
  }

  intent(spoken: Intent): Promise<Turn> {
    return this.send(intentRequest(this.device, this.session, spoken, { stamper: this.stamper }));
  }

  end(): Promise<Turn> {
    return this.send(
      sessionEndedRequest(this.device, this.session, 'USER_INITIATED', undefined, { stamper: this.stamper }),
    );
  }

  async send(request: RequestEnvelope): Promise<Turn> {
    const response = await this.skill.invoke(request);
    this.session =
      response.response.shouldEndSession === true || request.request.type === 'SessionEndedRequest'
        ? newSession(this.stamper)
        : continueSession(this.session, response.sessionAttributes);
    return { request, response };
  }
}
