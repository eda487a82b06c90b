import type { Skill } from 'ask-sdk-core';
import type { Intent, RequestEnvelope, ResponseEnvelope, Slot, slu } from 'ask-sdk-model';
import {
  type ConsoleSession,
  continueSession,
  createDevice,
  type Device,
  exceptionEncounteredRequest,
  intent,
  intentRequest,
  launchRequest,
  newSession,
  seededStamper,
  sessionEndedRequest,
  slot,
  type Stamper,
} from '../../lambda/src/hosts/console/request-envelopes.ts';
import { MemoryPersistenceAdapter } from '../../lambda/src/persistence/memory-adapter.ts';
import { buildSkill } from '../../lambda/src/skill/build-skill.ts';
import { isSupportedLocale } from '../../lambda/src/skill/model/load-interaction-model.ts';
import { seededRandom } from '../support/conversation.ts';
import { checkTurn, clip, Violation } from './oracle.ts';
import type { IntentStep, Scenario, SlotSpec, Step, StoreSpec } from './scenario.ts';
import { VIEWPORT_WITHOUT_APL } from '../support/devices.ts';

/** A closed port on this machine: reminder calls fail at once and never leave it. */
export const CLOSED_ENDPOINT = 'http://127.0.0.1:9';
const NOW = new Date('2025-03-04T18:30:00Z');

/** What the fuzzing did, across every run. */
export interface FuzzStats {
  /** Fuzzed requests (the generated steps), each checked. */
  turns: number;
  /** Requests that reached a realistic starting state, each checked as well. */
  setupTurns: number;
  runs: number;
  requests: Map<string, number>;
  states: Map<string, number>;
}

export function emptyStats(): FuzzStats {
  return { turns: 0, setupTurns: 0, runs: 0, requests: new Map(), states: new Map() };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Every string inside a JSON value, for the check that none reaches the SSML unescaped. */
function stringsIn(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) stringsIn(item, into);
}

/** One generated conversation, played against a fresh skill the way Alexa would carry it. */
export class FuzzRun {
  private readonly skill: Skill;
  private readonly device: Device;
  private readonly stamper: Stamper;
  private readonly adapter: MemoryPersistenceAdapter | undefined;
  private session: ConsoleSession;
  private storeFailures = 0;
  /** Strings the user (or a hostile session) supplied; only those with "<" or "&" matter. */
  private readonly userTexts = new Set<string>();
  private readonly log: string[] = [];

  constructor(
    private readonly scenario: Scenario,
    private readonly storeSpec: StoreSpec | undefined,
    private readonly stats: FuzzStats,
  ) {
    this.stamper = seededStamper(scenario.seed);
    this.device = createDevice(
      {
        screen: scenario.device.kind === 'screen',
        locale: scenario.locale,
        apiEndpoint: CLOSED_ENDPOINT,
        ...(scenario.device.apiAccessToken && { apiAccessToken: 'fuzz.api.access.token' }),
      },
      this.stamper,
    );
    this.adapter = storeSpec && new MemoryPersistenceAdapter({ delayMs: storeSpec.delayMs });
    this.skill = buildSkill({
      random: seededRandom(scenario.seed),
      now: () => NOW,
      ...(this.adapter && { persistenceAdapter: this.adapter }),
    });
    this.session = newSession(this.stamper);
  }

  async play(): Promise<void> {
    await this.prepareStore();
    await this.reachStart();
    for (const step of this.scenario.steps) {
      await this.send(this.envelopeFor(step), describe(step), false);
    }
  }

  private async prepareStore(): Promise<void> {
    const spec = this.storeSpec;
    const adapter = this.adapter;
    if (!spec || !adapter) return;
    if (spec.stored) {
      stringsIn(spec.stored, this.userTexts);
      await adapter.saveAttributes(this.withDevice(launchRequest(this.device, this.session)), spec.stored);
    }
    const failing = spec.failing;
    if (!failing) return;
    let call = 0;
    adapter.failWith = (operation) => {
      if (!failing.operations.includes(operation)) return undefined;
      const fails = failing.pattern[call++ % failing.pattern.length] === true;
      if (!fails) return undefined;
      this.storeFailures += 1;
      return new Error(`fuzz: the store refuses ${operation}`);
    };
  }

  /** Reaches the starting state with real turns (each checked too), or forges the session. */
  private async reachStart(): Promise<void> {
    const start = this.scenario.start;
    const launch = () =>
      this.send(this.envelopeFor({ kind: 'launch', inSession: false }), 'setup: launch', true);
    const capture = (close: string) =>
      this.send(
        this.envelopeFor(
          { kind: 'intent', name: 'CaptureCloseIntent', slots: {} },
          intent('CaptureCloseIntent', { closingWords: close }),
        ),
        `setup: capture ${JSON.stringify(close)}`,
        true,
      );
    switch (start.kind) {
      case 'fresh':
        return;
      case 'hostile':
        stringsIn(start.attributes, this.userTexts);
        this.session = {
          sessionId: this.session.sessionId,
          attributes: structuredClone(start.attributes),
          new: false,
        };
        return;
      case 'launched':
        await launch();
        this.expectState('AWAITING_CLOSE');
        return;
      case 'captured':
        await launch();
        await capture(start.close);
        this.expectState('FEEDBACK');
        return;
      case 'strong':
        // The reminder is offered for a real interview, one with a company named, once practice is over.
        await launch();
        await this.send(
          this.envelopeFor(
            { kind: 'intent', name: 'SetJobIntent', slots: {} },
            intent('SetJobIntent', { role: 'data analyst', company: 'northwind traders' }),
          ),
          'setup: a data analyst role at northwind traders',
          true,
        );
        await capture(start.close);
        this.expectState('FEEDBACK');
        // "No" to another round asks when the real interview is; its day brings the reminder's offer.
        await this.send(
          this.envelopeFor({ kind: 'intent', name: 'AMAZON.NoIntent', slots: {} }),
          'setup: no',
          true,
        );
        this.expectState('ASK_INTERVIEW_DATE');
        await this.send(
          this.envelopeFor(
            { kind: 'intent', name: 'InterviewDateIntent', slots: {} },
            intent('InterviewDateIntent', { date: '2026-12-03' }),
          ),
          'setup: the interview is on 2026-12-03',
          true,
        );
        this.expectState('OFFER_REMINDER');
        return;
      case 'deleting':
        await launch();
        await this.send(
          this.envelopeFor({ kind: 'intent', name: 'DeleteDataIntent', slots: {} }),
          'setup: delete my data',
          true,
        );
        // Without a store there is nothing to confirm: the skill says so and the round goes on.
        if (this.adapter) this.expectState('CONFIRM_DELETE');
        return;
    }
  }

  private expectState(state: string): void {
    // A language the skill does not speak ends every session with a kind word: no state to reach.
    if (!isSupportedLocale(this.scenario.locale)) return;
    const reached = this.session.attributes.state;
    if (reached !== state)
      throw new Violation(
        `setup for "${this.scenario.start.kind}" reached ${JSON.stringify(reached)}, not ${state}\n${this.log.join('\n')}`,
      );
  }

  private envelopeFor(step: Step, spoken?: Intent): RequestEnvelope {
    const options = { stamper: this.stamper };
    switch (step.kind) {
      case 'launch':
        if (!step.inSession) this.session = newSession(this.stamper);
        return this.withDevice(launchRequest(this.device, this.session, options));
      case 'intent':
        return this.withDevice(
          intentRequest(this.device, this.session, spoken ?? this.intentOf(step), {
            ...options,
            ...(step.dialogState && { dialogState: step.dialogState }),
          }),
        );
      case 'sessionEnded':
        return this.withDevice(
          sessionEndedRequest(
            this.device,
            this.session,
            step.reason,
            step.reason === 'ERROR' ? { type: 'INVALID_RESPONSE', message: step.message } : undefined,
            options,
          ),
        );
      case 'exception':
        return this.withDevice(
          exceptionEncounteredRequest(
            this.device,
            { type: step.errorType as 'INVALID_RESPONSE', message: step.message },
            `amzn1.echo-api.request.${this.stamper.uuid()}`,
            options,
          ),
        );
      case 'event': {
        const base = this.withDevice(launchRequest(this.device, this.session, options));
        const { requestId, timestamp, locale } = base.request;
        const request: Record<string, unknown> = { type: step.type, requestId, timestamp, locale };
        if (step.type === 'Alexa.Presentation.APL.UserEvent') {
          Object.assign(request, {
            token: 'closingCoachFeedback',
            arguments: [step.argument],
            source: { type: 'TouchWrapper', handler: 'Press', id: 'fuzz' },
          });
        } else {
          Object.assign(request, {
            eventCreationTime: timestamp,
            eventPublishingTime: timestamp,
            body: { note: step.argument },
          });
        }
        return {
          version: '1.0',
          ...(step.withSession && { session: base.session }),
          ...(step.withContext && { context: base.context }),
          request,
        } as unknown as RequestEnvelope;
      }
    }
  }

  /** The device's quirks that the shared envelope builders do not cover. */
  private withDevice(envelope: RequestEnvelope): RequestEnvelope {
    if (this.scenario.device.kind === 'viewportWithoutApl')
      envelope.context.Viewport = structuredClone(VIEWPORT_WITHOUT_APL);
    return envelope;
  }

  private intentOf(step: IntentStep): Intent {
    const spoken: Intent = { name: step.name, confirmationStatus: 'NONE' };
    if (step.slots === 'missing') return spoken;
    spoken.slots = Object.fromEntries(
      Object.entries(step.slots).map(([name, spec]) => [name, this.slotOf(name, spec)]),
    );
    return spoken;
  }

  private slotOf(name: string, spec: SlotSpec): Slot {
    if ('value' in spec) this.userTexts.add(spec.value);
    switch (spec.shape) {
      case 'noValue':
        return { name, confirmationStatus: 'NONE' };
      case 'value':
        return slot(name, spec.value);
      case 'valueOnly':
        return { name, value: spec.value, confirmationStatus: 'NONE' };
      case 'slotValueOnly':
        return { name, confirmationStatus: 'NONE', slotValue: { type: 'Simple', value: spec.value } };
      case 'resolved': {
        const resolutions: slu.entityresolution.Resolutions = {
          resolutionsPerAuthority: [
            {
              authority: `amzn1.er-authority.echo-sdk.fuzz.${name}`,
              status: { code: spec.status },
              values: spec.ids.map((id) => ({ value: { name: spec.value, id } })),
            },
          ],
        };
        return slot(name, spec.value, resolutions);
      }
      case 'list':
        for (const value of spec.values) this.userTexts.add(value);
        return {
          name,
          confirmationStatus: 'NONE',
          slotValue: { type: 'List', values: spec.values.map((value) => ({ type: 'Simple', value })) },
        } as unknown as Slot;
    }
  }

  private async send(request: RequestEnvelope, description: string, setup: boolean): Promise<void> {
    const failuresBefore = this.storeFailures;
    const stateBefore: unknown = request.session ? request.session.attributes?.state : '(no session)';
    this.log.push(
      `${setup ? 'setup' : 'turn'} ${String(this.log.length + 1)}: ${description} in state ${clip(JSON.stringify(stateBefore), 60)}`,
    );
    let response: ResponseEnvelope;
    try {
      response = await this.skill.invoke(request);
    } catch (error) {
      throw new Violation(`skill.invoke rejected: ${String(error)}\n${this.log.join('\n')}`);
    }
    try {
      await checkTurn({
        request,
        response,
        apl: this.scenario.device.kind === 'screen',
        storeFailed: this.storeFailures > failuresBefore,
        userTexts: [...this.userTexts].filter((text) => text.includes('<') || text.includes('&')),
      });
    } catch (error) {
      if (!(error instanceof Violation)) throw error;
      // Read loosely: the violation may be that the envelope is malformed.
      const speech = (response as Partial<ResponseEnvelope>).response?.outputSpeech;
      throw new Violation(
        `${error.message}\n--- locale ${this.scenario.locale}, device ${JSON.stringify(this.scenario.device)}, store ${this.storeSpec ? 'yes' : 'no'}, start ${this.scenario.start.kind}\n${this.log.join('\n')}\n--- speech: ${clip(speech?.type === 'SSML' ? speech.ssml : undefined, 1200)}`,
      );
    }
    if (setup) this.stats.setupTurns += 1;
    else this.stats.turns += 1;
    bump(
      this.stats.requests,
      request.request.type === 'IntentRequest'
        ? `IntentRequest ${(request.request as { intent: Intent }).intent.name}`
        : request.request.type,
    );
    if (!request.session) return;
    bump(this.stats.states, stateName(request.session.attributes?.state));
    const ended =
      response.response.shouldEndSession === true || request.request.type === 'SessionEndedRequest';
    this.session = ended
      ? newSession(this.stamper)
      : continueSession(this.session, response.sessionAttributes);
  }
}

const STATES = new Set([
  'AWAITING_CLOSE',
  'FEEDBACK',
  'CONFIRM_DELETE',
  'ASK_INTERVIEW_DATE',
  'OFFER_REMINDER',
]);

function stateName(state: unknown): string {
  if (state === undefined) return '(none)';
  return typeof state === 'string' && STATES.has(state) ? state : '(forged)';
}

function describe(step: Step): string {
  switch (step.kind) {
    case 'launch':
      return `LaunchRequest (${step.inSession ? 'in the open session' : 'new session'})`;
    case 'intent':
      return `IntentRequest ${JSON.stringify(step.name)} slots ${step.slots === 'missing' ? '(no slots object)' : clip(JSON.stringify(step.slots), 300)}${step.dialogState ? ` dialogState ${step.dialogState}` : ''}`;
    case 'sessionEnded':
      return `SessionEndedRequest ${step.reason}`;
    case 'exception':
      return `System.ExceptionEncountered ${step.errorType} (no session)`;
    case 'event':
      return `${step.type} ${step.withSession ? 'with' : 'without'} session, ${step.withContext ? 'with' : 'without'} context`;
  }
}
