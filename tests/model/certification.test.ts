import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireLanguage, type Language } from '../../lambda/src/languages/supported.ts';
import { MemoryPersistenceAdapter } from '../../lambda/src/persistence/memory-adapter.ts';
import { REMINDER_PERMISSION } from '../../lambda/src/reminders/thank-you-reminder.ts';
import {
  SUPPORTED_LOCALES,
  loadInteractionModel,
  loadSkillManifest,
  type SkillManifest,
} from '../../lambda/src/skill/model/load-interaction-model.ts';
import { emptyProgress } from '../../lambda/src/skill/progress.ts';
import { Conversation } from '../support/conversation.ts';
import {
  findIconProblems,
  findPermissionDifferences,
  findPolicyBlanks,
  findPrivacyUrlProblems,
  findUndocumentedFields,
  isPlaceholderHost,
  keysDeep,
  permissionScopesIn,
  pngSize,
} from './certification-rules.ts';

const ROOT = new URL('../../', import.meta.url);
const SKILL_PACKAGE = new URL('skill-package/', ROOT);
const SOURCE_DIR = fileURLToPath(new URL('lambda/src/', ROOT));
const POLICY_PATH = fileURLToPath(new URL('docs/PRIVACY.md', ROOT));
// The placeholder privacy URL is fine while developing and wrong at submission:
// `CLOSING_COACH_RELEASE=1 npx vitest run tests/model` is the check before `ask deploy` for certification.
const RELEASE = process.env.CLOSING_COACH_RELEASE === '1';

const manifest = loadSkillManifest();
const policy = readFileSync(POLICY_PATH, 'utf8');
/** The words that delete the data in each language, said in the policy and sampled in the model. */
const DELETE_WORDS: Readonly<Record<Language, string>> = { en: 'delete my data', es: 'borra mis datos' };

function readAsset(relativePath: string): Buffer | undefined {
  const url = new URL(relativePath, SKILL_PACKAGE);
  return existsSync(url) ? readFileSync(url) : undefined;
}

function permissionsTheCodeUses(): string[] {
  const files = readdirSync(SOURCE_DIR, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  return [
    ...new Set(files.flatMap((file) => permissionScopesIn(readFileSync(join(SOURCE_DIR, file), 'utf8')))),
  ];
}

/** What the skill really writes for a user who practised a round and gave role, company and format. */
async function storedAfterAFullSession(): Promise<Record<string, unknown>> {
  const adapter = new MemoryPersistenceAdapter();
  const talk = new Conversation({ adapter, userId: 'amzn1.ask.account.privacy-policy-test' });
  await talk.launch();
  await talk.say('how did i do');
  await talk.say("i'm interviewing for a nurse role at mercy hospital");
  await talk.say("it's a video interview");
  return adapter.getAttributes(talk.client.envelope());
}

describe('certification: icons', () => {
  it('gives every locale a 108 px and a 512 px PNG shipped in skill-package', () => {
    expect(findIconProblems(manifest, { locales: SUPPORTED_LOCALES, readAsset })).toEqual([]);
  });
});

describe('certification: privacy', () => {
  let stored: Record<string, unknown> = {};
  beforeAll(async () => {
    stored = await storedAfterAFullSession();
  });

  it('gives every locale an https privacy policy URL', () => {
    expect(findPrivacyUrlProblems(manifest, { locales: SUPPORTED_LOCALES, release: false })).toEqual([]);
  });

  it.skipIf(!RELEASE)('points every privacy policy URL at a real host for submission', () => {
    expect(findPrivacyUrlProblems(manifest, { locales: SUPPORTED_LOCALES, release: true })).toEqual([]);
  });

  it.skipIf(!RELEASE)('names the publisher to contact in the privacy policy for submission', () => {
    expect(findPolicyBlanks(policy)).toEqual([]);
  });

  it('answers that personal information is used, since role and company are kept per user', () => {
    expect(stored.profile).toMatchObject({ role: 'nurse', company: 'Mercy Hospital' });
    expect(manifest.privacyAndCompliance?.usesPersonalInfo).toBe(true);
  });

  it('has a privacy policy naming every field the skill stores', () => {
    expect(stored.profile, 'the session should have set every profile field').toMatchObject({
      role: 'nurse',
      company: 'Mercy Hospital',
      format: 'video',
    });
    expect(stored.history, 'the session should have recorded a round').toHaveLength(1);
    const fields = [...keysDeep(emptyProgress()), ...keysDeep(stored)];
    expect(findUndocumentedFields(policy, fields)).toEqual([]);
  });

  it('tells users a way to delete their data that every locale understands', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const words = DELETE_WORDS[requireLanguage(locale)];
      expect(policy).toContain(words);
      const intent = loadInteractionModel(locale).languageModel.intents.find(
        (candidate) => candidate.name === 'DeleteDataIntent',
      );
      expect(intent?.samples, locale).toContain(words);
    }
  });

  it('explains the one permission it asks for', () => {
    expect(policy).toContain(REMINDER_PERMISSION);
  });
});

describe('certification: permissions', () => {
  it('declares exactly the permissions the code uses', () => {
    const used = permissionsTheCodeUses();
    expect(used).toContain(REMINDER_PERMISSION);
    expect(findPermissionDifferences(manifest, used)).toEqual([]);
  });
});

// Each rule must pass a sound package and fire on a broken one, or the checks above prove nothing.
describe('the certification rules themselves', () => {
  const SMALL = 'file://assets/images/small.png';
  const LARGE = 'file://assets/images/large.png';

  function pngHeader(width: number, height: number): Buffer {
    const header = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
    header.writeUInt32BE(13, 8);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(width, 16);
    header.writeUInt32BE(height, 20);
    return header;
  }

  function soundManifest(): SkillManifest {
    return {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: { 'en-US': { name: 'Closing Coach', smallIconUri: SMALL, largeIconUri: LARGE } },
      },
      privacyAndCompliance: {
        usesPersonalInfo: true,
        locales: { 'en-US': { privacyPolicyUrl: 'https://coach.example.com/privacy' } },
      },
      permissions: [{ name: 'alexa::alerts:reminders:skill:readwrite' }],
    };
  }

  const soundAssets = new Map<string, Buffer>([
    ['assets/images/small.png', pngHeader(108, 108)],
    ['assets/images/large.png', pngHeader(512, 512)],
  ]);

  const soundOptions = { locales: ['en-US'], readAsset: (path: string) => soundAssets.get(path) };

  const en = (m: SkillManifest) => {
    const info = m.publishingInformation?.locales?.['en-US'];
    if (!info) throw new Error('fixture has no en-US publishing information');
    return info;
  };
  const privacyOf = (m: SkillManifest) => {
    const info = m.privacyAndCompliance?.locales?.['en-US'];
    if (!info) throw new Error('fixture has no en-US privacy information');
    return info;
  };

  it('reads a PNG size from its header and refuses what is not a PNG', () => {
    expect(pngSize(pngHeader(108, 64))).toEqual({ width: 108, height: 64 });
    expect(pngSize(Buffer.from('GIF89a and then some more bytes here'))).toBeUndefined();
    expect(pngSize(pngHeader(108, 108).subarray(0, 20))).toBeUndefined();
  });

  it('accepts sound icons', () => {
    expect(findIconProblems(soundManifest(), soundOptions)).toEqual([]);
  });

  it.each([
    {
      rule: 'a missing icon',
      mentions: 'smallIconUri is missing',
      breakIt: (m: SkillManifest) => delete en(m).smallIconUri,
    },
    {
      rule: 'an icon not in the package',
      mentions: 'is not a file:// path',
      breakIt: (m: SkillManifest) => (en(m).largeIconUri = 'https://cdn.example.com/large.png'),
    },
    {
      rule: 'an icon file that is not there',
      mentions: 'does not exist',
      breakIt: (m: SkillManifest) => (en(m).smallIconUri = 'file://assets/images/gone.png'),
    },
    {
      rule: 'an icon path leaving the package',
      mentions: 'outside the skill package',
      breakIt: (m: SkillManifest) => (en(m).smallIconUri = 'file://../secrets/small.png'),
    },
    {
      rule: 'icons swapped (wrong sizes)',
      mentions: 'is 512x512, expected 108x108',
      breakIt: (m: SkillManifest) => {
        en(m).smallIconUri = LARGE;
        en(m).largeIconUri = SMALL;
      },
    },
  ])('flags $rule', ({ breakIt, mentions }) => {
    const broken = soundManifest();
    breakIt(broken);
    expect(findIconProblems(broken, soundOptions).join('\n')).toContain(mentions);
  });

  it('flags an icon that is not a PNG', () => {
    const assets = new Map(soundAssets).set('assets/images/small.png', Buffer.from('<svg></svg>'));
    expect(
      findIconProblems(soundManifest(), { locales: ['en-US'], readAsset: (path) => assets.get(path) }).join(
        '\n',
      ),
    ).toContain('is not a PNG');
  });

  it('flags a published locale with no icons at all', () => {
    const problems = findIconProblems(soundManifest(), { ...soundOptions, locales: ['en-US', 'en-GB'] });
    expect(problems).toEqual(['en-GB: smallIconUri is missing', 'en-GB: largeIconUri is missing']);
  });

  it.each([
    { rule: 'a missing URL', url: '', mentions: 'privacyPolicyUrl is missing' },
    { rule: 'a plain http URL', url: 'http://coach.example.org/privacy', mentions: 'is not https' },
    { rule: 'something that is not a URL', url: 'our website', mentions: 'is not a URL' },
  ])('flags $rule as a privacy policy URL', ({ url, mentions }) => {
    const broken = soundManifest();
    privacyOf(broken).privacyPolicyUrl = url;
    const problems = findPrivacyUrlProblems(broken, { locales: ['en-US'], release: false });
    expect(problems.join('\n')).toContain(mentions);
  });

  it('flags a locale with no privacy entry at all', () => {
    const problems = findPrivacyUrlProblems(soundManifest(), { locales: ['en-US', 'en-GB'], release: false });
    expect(problems).toEqual(['en-GB: privacyPolicyUrl is missing']);
  });

  it('lets a placeholder privacy URL through while developing and stops it for a release', () => {
    expect(findPrivacyUrlProblems(soundManifest(), { locales: ['en-US'], release: false })).toEqual([]);
    const problems = findPrivacyUrlProblems(soundManifest(), { locales: ['en-US'], release: true });
    expect(problems.join('\n')).toContain('still the placeholder');
    const real = soundManifest();
    privacyOf(real).privacyPolicyUrl = 'https://coaching.acme-careers.co.uk/closing-coach/privacy';
    expect(findPrivacyUrlProblems(real, { locales: ['en-US'], release: true })).toEqual([]);
  });

  it('knows the reserved example hosts and nothing else', () => {
    for (const host of ['example.com', 'www.example.org', 'privacy.coach.example', 'localhost', 'x.test']) {
      expect(isPlaceholderHost(host), host).toBe(true);
    }
    for (const host of ['examples.com', 'myexample.com', 'example.com.au', 'testing.io']) {
      expect(isPlaceholderHost(host), host).toBe(false);
    }
  });

  it('flags a permission the code uses but the manifest lacks, and one declared for nothing', () => {
    const used = ['alexa::alerts:reminders:skill:readwrite', 'alexa::profile:email:read'];
    expect(findPermissionDifferences(soundManifest(), used)).toEqual([
      'permission alexa::profile:email:read is used but not declared',
    ]);
    expect(findPermissionDifferences(soundManifest(), [])).toEqual([
      'permission alexa::alerts:reminders:skill:readwrite is declared but no code uses it',
    ]);
  });

  it('finds permission scopes quoted in source, whatever the quotes', () => {
    const source = `const a = 'alexa::alerts:reminders:skill:readwrite'; const b = "alexa::profile:email:read";
      const c = \`alexa:devices:all:address:country_and_postal_code:read\`; // alexa is mentioned, unquoted`;
    expect(permissionScopesIn(source)).toEqual([
      'alexa::alerts:reminders:skill:readwrite',
      'alexa::profile:email:read',
      'alexa:devices:all:address:country_and_postal_code:read',
    ]);
  });

  it('finds the blanks a publisher must fill in the policy', () => {
    const draft = 'Contact: `<your contact email>`. Hosted at <https://coach.example.com/privacy>.';
    expect(findPolicyBlanks(draft)).toEqual([
      'the privacy policy still says "<your contact email>"; fill in your own details',
    ]);
    expect(findPolicyBlanks('Contact: privacy@acme-careers.co.uk.')).toEqual([]);
  });

  it('walks every key of a stored record, inside arrays and nested objects', () => {
    const record = { rounds: 1, history: [{ date: 'd', score: 3 }], profile: { role: 'nurse' } };
    expect(keysDeep(record).sort()).toEqual(['date', 'history', 'profile', 'role', 'rounds', 'score']);
  });

  it('flags a stored field the policy does not name', () => {
    const draft = 'We keep `rounds` and `history`.';
    expect(findUndocumentedFields(draft, ['rounds', 'history', 'lastTranscript', 'rounds'])).toEqual([
      'the privacy policy does not mention the stored field `lastTranscript`',
    ]);
  });
});
