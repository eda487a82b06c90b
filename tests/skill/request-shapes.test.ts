import type { RequestEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import {
  createDevice,
  exceptionEncounteredRequest,
  intent,
  intentRequest,
  launchRequest,
  newSession,
  seededStamper,
} from '../../lambda/src/hosts/console/request-envelopes.ts';
import { buildSkill } from '../../lambda/src/skill/build-skill.ts';
import { certify, Conversation, heard, seededRandom } from '../support/conversation.ts';
import { VIEWPORT_WITHOUT_APL } from '../support/devices.ts';

const stamper = seededStamper(3);
const device = createDevice({ screen: false, locale: 'en-US' }, stamper);
const skill = buildSkill({ random: seededRandom(3) });

async function send(request: RequestEnvelope, screen = false) {
  const response = await skill.invoke(request);
  await certify({ request, response }, screen);
  return heard(response);
}

describe('every request shape Alexa really sends', () => {
  it('a session that starts on a close, without a launch, is coached at once', async () => {
    const opening = intentRequest(
      device,
      newSession(stamper),
      intent('CaptureCloseIntent', { closingWords: 'how did i do' }),
    );
    const reply = await send(opening);
    expect(reply.coach).toContain('how did i do');
    expect(reply.attributes.state).toBe('FEEDBACK');
  });

  it('a session that starts on "tips" answers it and offers a round', async () => {
    const reply = await send(intentRequest(device, newSession(stamper), intent('TipsIntent')));
    expect(reply.coach).toMatch(/shake hands/);
    expect(reply.ended).toBe(false);
  });

  it('a capture with no words in its slot asks again kindly, and stays in the round', async () => {
    const talk = new Conversation();
    await talk.launch();
    const noValueKey = await talk.intent('CaptureCloseIntent', { closingWords: undefined });
    expect(noValueKey.coach).toMatch(/didn’t catch any words/);
    expect(noValueKey.attributes.state).toBe('AWAITING_CLOSE');
    const noSlots = await talk.intent('CaptureCloseIntent');
    expect(noSlots.attributes.state).toBe('AWAITING_CLOSE');
    const wordless = await talk.intent('CaptureCloseIntent', { closingWords: '🙂 ... ' });
    expect(wordless.coach).toMatch(/didn’t catch any words/);
  });

  it('reads a close sent only as a slotValue object, as newer Alexa requests do', async () => {
    const talk = new Conversation();
    await talk.launch();
    const spoken = intent('CaptureCloseIntent', { closingWords: 'when can i start' });
    const only = spoken.slots?.closingWords;
    if (only) delete (only as { value?: string }).value;
    const reply = await talk.hear(await talk.client.intent(spoken));
    expect(reply.coach).toContain('when can i start');
  });

  it('a format slot whose resolution has no values falls back to the words said', async () => {
    const talk = new Conversation();
    await talk.launch();
    const spoken = intent('SetFormatIntent', { format: 'a zoom call' });
    const format = spoken.slots?.format;
    if (format) {
      format.resolutions = {
        resolutionsPerAuthority: [
          {
            authority: 'amzn1.er-authority.echo-sdk.x.InterviewFormat',
            status: { code: 'ER_SUCCESS_NO_MATCH' },
            values: [],
          },
        ],
      };
    }
    const reply = await talk.hear(await talk.client.intent(spoken));
    expect(reply.coach).toMatch(/video interview/);
  });

  it('a request with no session and no context, like an exception report, gets no speech and no error', async () => {
    const report = exceptionEncounteredRequest(
      device,
      { type: 'INVALID_RESPONSE', message: 'bad' },
      'amzn1.echo-api.request.x',
      {
        stamper,
      },
    );
    const bare = { ...report } as Partial<RequestEnvelope>;
    delete bare.context;
    const reply = await send(bare as RequestEnvelope);
    expect(reply.speech).toBe('');
  });

  it('skill events and request types no handler claims are acknowledged silently', async () => {
    const event = {
      version: '1.0',
      context: launchRequest(device, newSession(stamper)).context,
      request: {
        type: 'AlexaSkillEvent.SkillEnabled',
        requestId: 'amzn1.echo-api.request.event',
        timestamp: '2026-11-27T00:00:00Z',
        eventCreationTime: '2026-11-27T00:00:00Z',
      },
    } as unknown as RequestEnvelope;
    const reply = await send(event);
    expect(reply.speech).toBe('');
  });

  it('a screen device with a viewport but no APL support gets no APL', async () => {
    const screenless = createDevice({ screen: false, locale: 'en-GB' }, stamper);
    const launch = launchRequest(screenless, newSession(stamper));
    launch.context.Viewport = VIEWPORT_WITHOUT_APL;
    const reply = await send(launch);
    expect(reply.directives.filter((d) => d.startsWith('Alexa.Presentation'))).toEqual([]);
  });

  it('a screen device gets the scene while it waits and the highlighted feedback after', async () => {
    const talk = new Conversation({ screen: true });
    const opening = await talk.launch();
    expect(opening.directives).toContain('Alexa.Presentation.APL.RenderDocument');
    const feedback = await talk.say('how much vacation do i get');
    expect(feedback.directives).toContain('Alexa.Presentation.APL.RenderDocument');
  });

  it('an unknown language gets a kind goodbye, never English coaching passed off as French', async () => {
    const french = createDevice({ screen: false, locale: 'fr-FR' }, stamper);
    const reply = await send(launchRequest(french, newSession(stamper)));
    expect(reply.coach).toMatch(/doesn’t speak this language yet/);
    expect(reply.coach).not.toMatch(/Welcome to Closing Coach/);
    expect(reply.ended).toBe(true);
  });

  it('garbled session attributes are ignored, not trusted', async () => {
    const session = newSession(stamper);
    session.attributes = { state: 'NONSENSE', round: 'three', lastAnalysis: { moves: 'x' }, profile: 42 };
    session.new = false;
    const reply = await send(intentRequest(device, session, intent('WhyIntent')));
    expect(reply.attributes.state).toBe('AWAITING_CLOSE');
  });

  it('characters that would break SSML are escaped exactly once', async () => {
    const talk = new Conversation();
    await talk.launch();
    await talk.say("i'm interviewing at at&t <labs>");
    const reply = await talk.intent('CaptureCloseIntent', {
      closingWords: 'how did i do at r&d <b>really</b> "great" & more',
    });
    const ssml = reply.raw.response.outputSpeech?.type === 'SSML' ? reply.raw.response.outputSpeech.ssml : '';
    expect(ssml).toContain('&amp;');
    expect(ssml).not.toContain('&amp;amp;');
    expect(ssml).not.toMatch(/<b>/);
  });

  it('a close of ten thousand characters is coached, within the speech limit', async () => {
    const talk = new Conversation();
    await talk.launch();
    const reply = await talk.intent('CaptureCloseIntent', {
      closingWords: 'thank you so much i really enjoyed it '.repeat(300),
    });
    expect(reply.attributes.lastAnalysis).toMatchObject({ long: true });
    expect(reply.speech.length).toBeLessThan(8000);
  });
});
