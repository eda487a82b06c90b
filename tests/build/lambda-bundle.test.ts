import { BUNDLE_BUDGET_KB } from '../../scripts/lambda-bundle-options.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { resolve } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDevice,
  launchRequest,
  newSession,
  seededStamper,
} from '../../lambda/src/hosts/console/request-envelopes.ts';
import { LAMBDA_BUNDLE_OPTIONS } from '../../scripts/lambda-bundle-options.ts';
import { REPO_ROOT } from '../support/corpus.ts';

const bundle = resolve(REPO_ROOT, 'lambda/dist/index.js');

describe('npm run build', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: 'pipe' });
  }, 60_000);

  it(`writes one CommonJS bundle under ${String(BUNDLE_BUDGET_KB)} KB`, () => {
    expect(statSync(bundle).size).toBeLessThan(BUNDLE_BUDGET_KB * 1024);
    expect(JSON.parse(readFileSync(resolve(REPO_ROOT, 'lambda/dist/package.json'), 'utf8'))).toEqual({
      type: 'commonjs',
    });
  });

  it('is plain ASCII, so a cold start reads and compiles it as one-byte text', () => {
    const text = readFileSync(bundle, 'latin1');
    expect(text.length).toBeGreaterThan(0);
    expect(text.match(/[\u0080-\uffff].{0,20}/)?.[0]).toBeUndefined();
  });

  it('needs nothing at run time but Node’s own modules, so it runs on a runtime without the AWS SDK', () => {
    const required = [...readFileSync(bundle, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map(
      (match) => match[1],
    );
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((name) => name === undefined || !isBuiltin(name))).toEqual([]);
  });

  it('exports a handler that answers a launch with the interviewer’s wrap-up', async () => {
    const load = createRequire(import.meta.url);
    const { handler } = load(bundle) as { handler: (event: RequestEnvelope) => Promise<ResponseEnvelope> };
    const stamper = seededStamper(1);
    const device = createDevice({ screen: false, locale: 'en-AU' }, stamper);
    const reply = await handler(launchRequest(device, newSession(stamper), { stamper }));
    const speech = reply.response.outputSpeech;
    expect(speech?.type === 'SSML' ? speech.ssml : '').toMatch(/<voice name="Russell">/);
    expect(reply.sessionAttributes?.state).toBe('AWAITING_CLOSE');
  });

  it('is built for the Node.js that ask-resources.json deploys it to', () => {
    const resources = JSON.parse(readFileSync(resolve(REPO_ROOT, 'ask-resources.json'), 'utf8')) as {
      profiles: { default: { skillInfrastructure: { userConfig: { runtime: string } } } };
    };
    const runtime = resources.profiles.default.skillInfrastructure.userConfig.runtime;
    expect(runtime).toBe('nodejs24.x');
    expect(LAMBDA_BUNDLE_OPTIONS.target).toBe(runtime.replace(/^nodejs(\d+)\.x$/, 'node$1'));
  });
});
