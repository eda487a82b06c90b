import type { RequestEnvelope } from 'ask-sdk-model';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDevice, launchRequest, newSession } from '../../lambda/src/hosts/console/request-envelopes.ts';
import { handler } from '../../lambda/src/hosts/lambda.ts';

const MINE = 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555';
const THEIRS = 'amzn1.ask.skill.99999999-0000-4000-8000-000000000000';

function launchFor(applicationId: string): RequestEnvelope {
  return launchRequest(createDevice({ screen: false, locale: 'en-US', applicationId }), newSession());
}

describe('the Lambda entry with SKILL_ID', () => {
  beforeEach(() => {
    vi.stubEnv('CLOSING_COACH_QUIET', '1');
    vi.stubEnv('DYNAMODB_TABLE', '');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("fails the invocation, with no speech, for another skill's request", async () => {
    vi.stubEnv('SKILL_ID', MINE);
    await expect(handler(launchFor(THEIRS))).rejects.toThrow(/another skill/);
    const sessionOnly = launchFor(MINE);
    if (sessionOnly.session) sessionOnly.session.application.applicationId = THEIRS;
    await expect(handler(sessionOnly)).rejects.toThrow(/another skill/);
  });

  it('answers its own skill, and any skill when SKILL_ID is not set', async () => {
    vi.stubEnv('SKILL_ID', MINE);
    expect((await handler(launchFor(MINE))).response.outputSpeech).toBeDefined();
    vi.stubEnv('SKILL_ID', '');
    expect((await handler(launchFor(THEIRS))).response.outputSpeech).toBeDefined();
  });
});
