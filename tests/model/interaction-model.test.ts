import { describe, it, expect } from 'vitest';
import { requireLanguage, type Language } from '../../lambda/src/languages/supported.ts';
import {
  SUPPORTED_LOCALES,
  loadInteractionModel,
  loadSkillManifest,
  type InteractionModel,
  type SkillManifest,
} from '../../lambda/src/skill/model/load-interaction-model.ts';
import {
  checkExamplePhrases,
  checkFallbackSensitivity,
  checkInvocationName,
  checkManifest,
  checkSlot,
  checkSpokenSlotValues,
  checkTypeIds,
  findAdjacentSlots,
  findDialogModelProblems,
  findBadSampleCharacters,
  findBadSlotValues,
  findBareSearchQuerySamples,
  findCustomIntentsWithoutSamples,
  findDuplicateSlotValues,
  findLocaleDifferences,
  findMissingIntents,
  findOverlongSamples,
  findSamplesInSeveralIntents,
  findSlotValuesThatShadowSamples,
  findUndeclaredSlotReferences,
  findUnknownSlotTypes,
  findUnusedSlotTypes,
  type ManifestExpectations,
  type SlotValueShape,
} from './model-rules.ts';

/** The skill's name in each language, as spoken to open it and as shown in the store. */
const INVOCATION_NAME: Readonly<Record<Language, string>> = { en: 'closing coach', es: 'coach de cierre' };
const STORE_NAME: Readonly<Record<Language, string>> = { en: 'Closing Coach', es: 'Coach de Cierre' };

const CUSTOM_INTENTS = [
  'CaptureCloseIntent',
  'WhyIntent',
  'AnotherExampleIntent',
  'TipsIntent',
  'ProgressIntent',
  'SetJobIntent',
  'SetFormatIntent',
  'NewRoundIntent',
  'DeleteDataIntent',
] as const;

const BUILT_IN_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
] as const;

// Handlers read these slots by name; renaming one in the model silently empties it at runtime.
const SLOT_CONTRACT = [
  ['CaptureCloseIntent', 'closingWords', 'CloseWords'],
  ['SetJobIntent', 'role', 'JobRole'],
  ['SetJobIntent', 'company', 'CompanyName'],
  ['SetFormatIntent', 'format', 'InterviewFormat'],
] as const;

const CLOSE_WORDS_SHAPE: SlotValueShape = { minValues: 60, minWords: 3, maxWords: 30 };

const MANIFEST_EXPECTATIONS: ManifestExpectations = {
  locales: SUPPORTED_LOCALES,
  name: STORE_NAME,
  permissions: ['alexa::alerts:reminders:skill:readwrite'],
  interfaces: ['ALEXA_PRESENTATION_APL'],
};

const models = new Map<string, InteractionModel>(
  SUPPORTED_LOCALES.map((locale) => [locale, loadInteractionModel(locale)]),
);
const manifest = loadSkillManifest();

function modelFor(locale: string): InteractionModel {
  const model = models.get(locale);
  if (!model) throw new Error(`no model loaded for ${locale}`);
  return model;
}

describe.each(SUPPORTED_LOCALES)('the %s interaction model', (locale) => {
  const model = modelFor(locale);
  const language = requireLanguage(locale);

  it("is invoked by its language's name for the skill, a name Alexa accepts", () => {
    expect(model.languageModel.invocationName).toBe(INVOCATION_NAME[language]);
    expect(checkInvocationName(model.languageModel.invocationName, language)).toEqual([]);
  });

  it('has every custom intent the skill handles', () => {
    expect(findMissingIntents(model, CUSTOM_INTENTS)).toEqual([]);
  });

  it('has every built-in intent the skill handles', () => {
    expect(findMissingIntents(model, BUILT_IN_INTENTS)).toEqual([]);
  });

  it('gives every custom intent sample utterances', () => {
    expect(findCustomIntentsWithoutSamples(model)).toEqual([]);
  });

  it('keeps the slot names and types the handlers read', () => {
    expect(SLOT_CONTRACT.flatMap(([intent, slot, type]) => checkSlot(model, intent, slot, type))).toEqual([]);
  });

  it('every sample utterance belongs to exactly one intent', () => {
    expect(findSamplesInSeveralIntents(model, language)).toEqual([]);
  });

  it('no slot value turns a sample into another intent’s utterance', () => {
    expect(findSlotValuesThatShadowSamples(model, language)).toEqual([]);
  });

  it('declares every slot its samples mention', () => {
    expect(findUndeclaredSlotReferences(model)).toEqual([]);
  });

  it('types every slot with a slot type it defines or an AMAZON built-in', () => {
    expect(findUnknownSlotTypes(model)).toEqual([]);
  });

  it('uses every custom slot type it defines', () => {
    expect(findUnusedSlotTypes(model)).toEqual([]);
  });

  it('wraps any AMAZON.SearchQuery slot in a carrier phrase', () => {
    expect(findBareSearchQuerySamples(model)).toEqual([]);
  });

  it('writes samples with letters, spaces, apostrophes, abbreviation periods and slot braces only', () => {
    expect(findBadSampleCharacters(model)).toEqual([]);
  });

  it('never puts two slots side by side', () => {
    expect(findAdjacentSlots(model)).toEqual([]);
  });

  it('has a dialog model that can elicit the close, with its prompt', () => {
    expect(findDialogModelProblems(model)).toEqual([]);
    expect(model.dialog?.intents.map((intent) => intent.name)).toContain('CaptureCloseIntent');
  });

  it('keeps every sample within 200 characters', () => {
    expect(findOverlongSamples(model)).toEqual([]);
  });

  it('lists each slot value and synonym once within its type', () => {
    expect(findDuplicateSlotValues(model)).toEqual([]);
  });

  it('keeps slot values short and free of punctuation', () => {
    expect(findBadSlotValues(model)).toEqual([]);
  });

  it('offers at least 60 closes of 3 to 30 lower-case words, as speech recognition delivers them', () => {
    expect(checkSpokenSlotValues(model, 'CloseWords', CLOSE_WORDS_SHAPE)).toEqual([]);
  });

  it('captures a close spoken on its own as well as behind carrier phrases', () => {
    const samples = model.languageModel.intents.find((i) => i.name === 'CaptureCloseIntent')?.samples ?? [];
    expect(samples).toContain('{closingWords}');
    expect(samples.filter((sample) => sample !== '{closingWords}').length).toBeGreaterThanOrEqual(8);
  });

  it('resolves interview formats to exactly in_person, phone and video', () => {
    expect(checkTypeIds(model, 'InterviewFormat', ['in_person', 'phone', 'video'])).toEqual([]);
  });

  it('keeps fallback intent sensitivity LOW so free-form closes are not swallowed', () => {
    expect(checkFallbackSensitivity(model, 'LOW')).toEqual([]);
  });

  it('contains the example phrases skill.json advertises for this locale', () => {
    const phrases = manifest.publishingInformation?.locales?.[locale]?.examplePhrases;
    expect(checkExamplePhrases(phrases, model, language)).toEqual([]);
  });
});

describe('all locales together', () => {
  it('share the same invocation name, intents, slots and slot types', () => {
    expect(findLocaleDifferences(models)).toEqual([]);
  });
});

describe('skill.json', () => {
  it('publishes Closing Coach in the supported locales with honest privacy answers and the needed permissions', () => {
    expect(checkManifest(manifest, MANIFEST_EXPECTATIONS)).toEqual([]);
  });

  it('declares no purchases, ads or child targeting', () => {
    expect(manifest.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      containsAds: false,
      isChildDirected: false,
    });
  });
});

// The lint is only worth trusting if each rule passes a sound model and fires on a broken one.
describe('the lint rules themselves', () => {
  function wellFormedModel(): InteractionModel {
    return {
      languageModel: {
        invocationName: 'closing coach',
        modelConfiguration: { fallbackIntentSensitivity: { level: 'LOW' } },
        intents: [
          {
            name: 'CaptureCloseIntent',
            slots: [{ name: 'closingWords', type: 'CloseWords' }],
            samples: ['{closingWords}', 'i would say {closingWords}'],
          },
          { name: 'TipsIntent', samples: ['tips', 'for tips', "what's the etiquette in the u. s."] },
          { name: 'NewRoundIntent', samples: ['again', 'another round'] },
          {
            name: 'SetJobIntent',
            slots: [
              { name: 'role', type: 'JobRole' },
              { name: 'company', type: 'CompanyName' },
            ],
            samples: ['i am interviewing for a {role} role at {company}'],
          },
          { name: 'AMAZON.HelpIntent', samples: ['what do i do'] },
          { name: 'AMAZON.RepeatIntent' },
          { name: 'AMAZON.StopIntent' },
        ],
        types: [
          {
            name: 'CloseWords',
            values: [
              { name: { value: 'thank you for your time', synonyms: [] } },
              { name: { value: 'how did i do', synonyms: [] } },
            ],
          },
          { name: 'JobRole', values: [{ name: { value: 'nurse', synonyms: ['registered nurse'] } }] },
          { name: 'CompanyName', values: [{ name: { value: 'city hospital', synonyms: [] } }] },
        ],
      },
    };
  }

  function wellFormedManifest(): SkillManifest {
    return {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: {
          'en-US': {
            name: STORE_NAME.en,
            summary: 'Rehearse the close of an interview.',
            description: 'Practise the last thirty seconds.',
            keywords: ['interview'],
            examplePhrases: [
              'Alexa, open closing coach',
              'Alexa, ask closing coach for tips',
              'Alexa, tell closing coach I am interviewing for a nurse role at city hospital',
            ],
          },
        },
        category: 'EDUCATION_AND_REFERENCE',
        isAvailableWorldwide: false,
        distributionCountries: ['US'],
        testingInstructions: 'Say open closing coach.',
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        usesPersonalInfo: false,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
      },
      apis: { custom: { interfaces: [{ type: 'ALEXA_PRESENTATION_APL' }] } },
      permissions: [{ name: 'alexa::alerts:reminders:skill:readwrite' }],
    };
  }

  const smallManifestExpectations: ManifestExpectations = { ...MANIFEST_EXPECTATIONS, locales: ['en-US'] };
  const smallCloseShape: SlotValueShape = { minValues: 2, minWords: 3, maxWords: 30 };

  interface Fixture {
    model: InteractionModel;
    manifest: SkillManifest;
  }

  function intentNamed(model: InteractionModel, name: string) {
    const intent = model.languageModel.intents.find((candidate) => candidate.name === name);
    if (!intent) throw new Error(`fixture has no ${name}`);
    return intent;
  }

  function typeNamed(model: InteractionModel, name: string) {
    const type = model.languageModel.types?.find((candidate) => candidate.name === name);
    if (!type) throw new Error(`fixture has no type ${name}`);
    return type;
  }

  function addSample(model: InteractionModel, intentName: string, sample: string): void {
    const intent = intentNamed(model, intentName);
    intent.samples = [...(intent.samples ?? []), sample];
  }

  function setExamplePhrases(fixture: Fixture, phrases: string[]): void {
    const info = fixture.manifest.publishingInformation?.locales?.['en-US'];
    if (!info) throw new Error('fixture has no en-US publishing information');
    info.examplePhrases = phrases;
  }

  function withInterviewFormat(model: InteractionModel, ids: string[]): void {
    intentNamed(model, 'TipsIntent').slots = [{ name: 'format', type: 'InterviewFormat' }];
    addSample(model, 'TipsIntent', 'tips for a {format} interview');
    model.languageModel.types?.push({
      name: 'InterviewFormat',
      values: ids.map((id) => ({ id, name: { value: id.replace('_', ' '), synonyms: [] } })),
    });
  }

  const examplePhrasesOf = (fixture: Fixture): string[] =>
    checkExamplePhrases(
      fixture.manifest.publishingInformation?.locales?.['en-US']?.examplePhrases,
      fixture.model,
    );

  interface RuleCase {
    rule: string;
    check: (fixture: Fixture) => string[];
    breakIt: (fixture: Fixture) => void;
    /** A fragment of the expected problem, so the right rule is shown to fire for the right reason. */
    mentions: string;
  }

  const invocationName = (fixture: Fixture): string[] =>
    checkInvocationName(fixture.model.languageModel.invocationName);
  const renameInvocation = (name: string) => (fixture: Fixture) => {
    fixture.model.languageModel.invocationName = name;
  };

  const cases: RuleCase[] = [
    {
      rule: 'invocation name of one word',
      check: invocationName,
      breakIt: renameInvocation('coach'),
      mentions: 'two words',
    },
    {
      rule: 'invocation name with capitals or punctuation',
      check: invocationName,
      breakIt: renameInvocation('Closing Coach!'),
      mentions: 'lower-case',
    },
    {
      rule: 'invocation name with "skill"',
      check: invocationName,
      breakIt: renameInvocation('closing coach skill'),
      mentions: 'reserved "skill"',
    },
    {
      rule: 'invocation name with a launch word',
      check: invocationName,
      breakIt: renameInvocation('start closing coach'),
      mentions: 'launch word "start"',
    },
    {
      rule: 'invocation name ending in a connecting word',
      check: invocationName,
      breakIt: renameInvocation('coach for'),
      mentions: 'connecting word "for"',
    },
    {
      rule: 'a sample in two intents, ignoring case and spacing',
      check: (f) => findSamplesInSeveralIntents(f.model),
      breakIt: (f) => {
        addSample(f.model, 'NewRoundIntent', 'For  Tips');
      },
      mentions: '"for tips" is a sample of NewRoundIntent and TipsIntent',
    },
    {
      rule: 'a custom sample that a built-in intent already owns',
      check: (f) => findSamplesInSeveralIntents(f.model),
      breakIt: (f) => {
        addSample(f.model, 'NewRoundIntent', 'say that again');
      },
      mentions: 'AMAZON.RepeatIntent',
    },
    {
      rule: 'a slot value that completes a sample into another intent’s sample',
      check: (f) => findSlotValuesThatShadowSamples(f.model),
      breakIt: (f) => {
        typeNamed(f.model, 'CloseWords').values?.push({ name: { value: 'another round', synonyms: [] } });
      },
      mentions: 'NewRoundIntent',
    },
    {
      rule: 'a sample naming an undeclared slot',
      check: (f) => findUndeclaredSlotReferences(f.model),
      breakIt: (f) => {
        addSample(f.model, 'TipsIntent', 'tips for {format} interviews');
      },
      mentions: '{format}',
    },
    {
      rule: 'a slot whose type is not defined',
      check: (f) => findUnknownSlotTypes(f.model),
      breakIt: (f) => {
        intentNamed(f.model, 'TipsIntent').slots = [{ name: 'topic', type: 'TipTopic' }];
      },
      mentions: 'TipTopic',
    },
    {
      rule: 'a slot type no slot uses',
      check: (f) => findUnusedSlotTypes(f.model),
      breakIt: (f) => {
        f.model.languageModel.types?.push({
          name: 'Orphan',
          values: [{ name: { value: 'x', synonyms: [] } }],
        });
      },
      mentions: 'Orphan',
    },
    {
      rule: 'a bare AMAZON.SearchQuery sample',
      check: (f) => findBareSearchQuerySamples(f.model),
      breakIt: (f) => {
        const capture = intentNamed(f.model, 'CaptureCloseIntent');
        capture.slots = [{ name: 'closingWords', type: 'AMAZON.SearchQuery' }];
      },
      mentions: '"{closingWords}" is a bare AMAZON.SearchQuery slot',
    },
    {
      rule: 'a missing required intent',
      check: (f) => findMissingIntents(f.model, ['AMAZON.StopIntent', 'TipsIntent']),
      breakIt: (f) => {
        f.model.languageModel.intents = f.model.languageModel.intents.filter(
          (i) => i.name !== 'AMAZON.StopIntent',
        );
      },
      mentions: 'AMAZON.StopIntent',
    },
    {
      rule: 'a custom intent without samples',
      check: (f) => findCustomIntentsWithoutSamples(f.model),
      breakIt: (f) => {
        f.model.languageModel.intents.push({ name: 'WhyIntent', samples: [] });
      },
      mentions: 'WhyIntent',
    },
    {
      rule: 'a sample with a digit',
      check: (f) => findBadSampleCharacters(f.model),
      breakIt: (f) => {
        addSample(f.model, 'TipsIntent', 'give me 3 tips');
      },
      mentions: 'spell numbers out',
    },
    {
      rule: 'a sample with punctuation',
      check: (f) => findBadSampleCharacters(f.model),
      breakIt: (f) => {
        addSample(f.model, 'TipsIntent', 'any tips?');
      },
      mentions: '"?"',
    },
    {
      rule: 'a sample with a sentence-ending period',
      check: (f) => findBadSampleCharacters(f.model),
      breakIt: (f) => {
        addSample(f.model, 'TipsIntent', 'give me tips.');
      },
      mentions: 'period outside a spoken abbreviation',
    },
    {
      rule: 'a sample with a stray brace',
      check: (f) => findBadSampleCharacters(f.model),
      breakIt: (f) => {
        addSample(f.model, 'CaptureCloseIntent', 'i would end with {closingWords');
      },
      mentions: 'unmatched brace',
    },
    {
      rule: 'a dialog slot whose prompt is missing',
      check: (f) => findDialogModelProblems(f.model),
      breakIt: (f) => {
        f.model.dialog = {
          intents: [
            {
              name: 'CaptureCloseIntent',
              slots: [
                {
                  name: 'closingWords',
                  type: 'CloseWords',
                  elicitationRequired: true,
                  prompts: { elicitation: 'Elicit.Missing' },
                },
              ],
            },
          ],
        };
      },
      mentions: 'Elicit.Missing',
    },
    {
      rule: 'two adjacent slots',
      check: (f) => findAdjacentSlots(f.model),
      breakIt: (f) => {
        addSample(f.model, 'SetJobIntent', 'i am a {role} {company}');
      },
      mentions: 'no words between',
    },
    {
      rule: 'a sample over 200 characters',
      check: (f) => findOverlongSamples(f.model),
      breakIt: (f) => {
        addSample(f.model, 'TipsIntent', `tips ${'please '.repeat(40)}`.trim());
      },
      mentions: 'over 200',
    },
    {
      rule: 'a slot value listed twice',
      check: (f) => findDuplicateSlotValues(f.model),
      breakIt: (f) => {
        typeNamed(f.model, 'JobRole').values?.push({ name: { value: 'Registered Nurse', synonyms: [] } });
      },
      mentions: 'more than once',
    },
    {
      rule: 'a slot value with punctuation',
      check: (f) => findBadSlotValues(f.model),
      breakIt: (f) => {
        typeNamed(f.model, 'CompanyName').values?.push({ name: { value: 'acme, inc', synonyms: [] } });
      },
      mentions: 'acme, inc',
    },
    {
      rule: 'too few closes',
      check: (f) => checkSpokenSlotValues(f.model, 'CloseWords', smallCloseShape),
      breakIt: (f) => {
        typeNamed(f.model, 'CloseWords').values?.pop();
      },
      mentions: 'fewer than 2',
    },
    {
      rule: 'a close too short to be a close',
      check: (f) => checkSpokenSlotValues(f.model, 'CloseWords', smallCloseShape),
      breakIt: (f) => {
        typeNamed(f.model, 'CloseWords').values?.push({ name: { value: 'bye', synonyms: [] } });
      },
      mentions: 'outside 3 to 30',
    },
    {
      rule: 'a close not written as speech recognition delivers it',
      check: (f) => checkSpokenSlotValues(f.model, 'CloseWords', smallCloseShape),
      breakIt: (f) => {
        typeNamed(f.model, 'CloseWords').values?.push({
          name: { value: 'Thanks for your time', synonyms: [] },
        });
      },
      mentions: 'not lower-case',
    },
    {
      rule: 'a slot with the wrong type for its handler',
      check: (f) => checkSlot(f.model, 'CaptureCloseIntent', 'closingWords', 'CloseWords'),
      breakIt: (f) => {
        intentNamed(f.model, 'CaptureCloseIntent').slots = [
          { name: 'closingWords', type: 'AMAZON.SearchQuery' },
        ];
      },
      mentions: 'not CloseWords',
    },
    {
      rule: 'interview format ids other than in_person, phone and video',
      check: (f) => checkTypeIds(f.model, 'InterviewFormat', ['in_person', 'phone', 'video']),
      breakIt: (f) => {
        const format = typeNamed(f.model, 'InterviewFormat');
        format.values = format.values?.filter((value) => value.id !== 'phone');
      },
      mentions: 'expected [in_person, phone, video]',
    },
    {
      rule: 'fallback sensitivity other than LOW',
      check: (f) => checkFallbackSensitivity(f.model, 'LOW'),
      breakIt: (f) => {
        f.model.languageModel.modelConfiguration = { fallbackIntentSensitivity: { level: 'HIGH' } };
      },
      mentions: 'HIGH',
    },
    {
      rule: 'locales whose intents differ',
      check: (f) =>
        findLocaleDifferences(
          new Map([
            ['en-US', wellFormedModel()],
            ['en-GB', f.model],
          ]),
        ),
      breakIt: (f) => {
        f.model.languageModel.intents = f.model.languageModel.intents.filter((i) => i.name !== 'TipsIntent');
      },
      mentions: 'intent TipsIntent',
    },
    {
      rule: 'locales whose slot types differ',
      check: (f) =>
        findLocaleDifferences(
          new Map([
            ['en-US', wellFormedModel()],
            ['en-GB', f.model],
          ]),
        ),
      breakIt: (f) => {
        intentNamed(f.model, 'SetJobIntent').slots = [
          { name: 'role', type: 'AMAZON.Occupation' },
          { name: 'company', type: 'CompanyName' },
        ];
      },
      mentions: 'role:AMAZON.Occupation',
    },
    {
      rule: 'an example phrase that matches no sample',
      check: examplePhrasesOf,
      breakIt: (f) => {
        setExamplePhrases(f, [
          'Alexa, open closing coach',
          'Alexa, ask closing coach for tips',
          'Alexa, ask closing coach for a pony',
        ]);
      },
      mentions: '"for a pony" matches no sample',
    },
    {
      rule: 'a first example phrase that is not an open',
      check: examplePhrasesOf,
      breakIt: (f) => {
        setExamplePhrases(f, [
          'Alexa, ask closing coach for tips',
          'Alexa, open closing coach',
          'Alexa, launch closing coach',
        ]);
      },
      mentions: 'must start "Alexa, open closing coach"',
    },
    {
      rule: 'an example phrase that asks for nothing',
      check: examplePhrasesOf,
      breakIt: (f) => {
        setExamplePhrases(f, [
          'Alexa, open closing coach',
          'Alexa, ask closing coach for tips',
          'Alexa, ask closing coach',
        ]);
      },
      mentions: 'asks for nothing',
    },
    {
      rule: 'an example phrase naming another skill',
      check: examplePhrasesOf,
      breakIt: (f) => {
        setExamplePhrases(f, [
          'Alexa, open closing coach',
          'Alexa, ask closing coach for tips',
          'Alexa, ask interview coach for tips',
        ]);
      },
      mentions: 'is not "Alexa, <launch verb> closing coach',
    },
    {
      rule: 'more or fewer than three example phrases',
      check: examplePhrasesOf,
      breakIt: (f) => {
        setExamplePhrases(f, ['Alexa, open closing coach']);
      },
      mentions: 'exactly three',
    },
    {
      rule: 'a manifest with a checked-in endpoint',
      check: (f) => checkManifest(f.manifest, smallManifestExpectations),
      breakIt: (f) => {
        f.manifest.apis = {
          custom: { endpoint: { uri: 'arn:aws:lambda:us-east-1:000000000000:function:x' } },
        };
      },
      mentions: 'apis.custom.endpoint',
    },
    {
      rule: 'a manifest missing a locale',
      check: (f) => checkManifest(f.manifest, smallManifestExpectations),
      breakIt: (f) => {
        const locales = f.manifest.publishingInformation?.locales;
        const english = locales?.['en-US'];
        if (!locales || !english) throw new Error('fixture has no en-US publishing information');
        f.manifest.publishingInformation = {
          ...f.manifest.publishingInformation,
          locales: { 'en-GB': english },
        };
      },
      mentions: 'published locales are [en-GB], expected [en-US]',
    },
    {
      rule: 'a manifest with an unknown category',
      check: (f) => checkManifest(f.manifest, smallManifestExpectations),
      breakIt: (f) => {
        if (f.manifest.publishingInformation) f.manifest.publishingInformation.category = 'CAREERS';
      },
      mentions: '"CAREERS"',
    },
    {
      rule: 'a manifest using personal information without a privacy policy',
      check: (f) => checkManifest(f.manifest, smallManifestExpectations),
      breakIt: (f) => {
        if (f.manifest.privacyAndCompliance) f.manifest.privacyAndCompliance.usesPersonalInfo = true;
      },
      mentions: 'privacyPolicyUrl',
    },
    {
      rule: 'a manifest without the reminders permission',
      check: (f) => checkManifest(f.manifest, smallManifestExpectations),
      breakIt: (f) => {
        f.manifest.permissions = [];
      },
      mentions: 'alexa::alerts:reminders:skill:readwrite',
    },
  ];

  function freshFixture(rule: string): Fixture {
    const model = wellFormedModel();
    // The format-id rule needs a type the minimal model otherwise does without.
    if (rule.startsWith('interview format')) withInterviewFormat(model, ['in_person', 'phone', 'video']);
    return { model, manifest: wellFormedManifest() };
  }

  it.each(cases)('accepts the well-formed fixture before checking for $rule', ({ rule, check }) => {
    expect(check(freshFixture(rule))).toEqual([]);
  });

  it.each(cases)('flags $rule', ({ rule, check, breakIt, mentions }) => {
    const fixture = freshFixture(rule);
    breakIt(fixture);
    const problems = check(fixture);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(mentions);
  });
});
