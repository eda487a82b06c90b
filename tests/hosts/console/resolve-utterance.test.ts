import { existsSync, readFileSync } from 'node:fs';
import type { Intent } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { loadInteractionModel } from '../../../lambda/src/skill/model/load-interaction-model.ts';
import {
  normaliseUtterance,
  resolveUtterance,
  type LanguageModelJson,
} from '../../../lambda/src/hosts/console/resolve-utterance.ts';

const SKILL_ID = 'amzn1.ask.skill.test';

const model: LanguageModelJson = {
  intents: [
    {
      name: 'CaptureCloseIntent',
      slots: [{ name: 'closingWords', type: 'CloseWords' }],
      samples: ['{closingWords}', 'my close is {closingWords}', "i'd say {closingWords}"],
    },
    { name: 'WhyIntent', samples: ['why', 'why is that', 'tell me more'] },
    { name: 'ProgressIntent', samples: ['how am i doing'] },
    {
      name: 'SetJobIntent',
      slots: [
        { name: 'role', type: 'JobRole' },
        { name: 'company', type: 'CompanyName' },
      ],
      samples: ["i'm interviewing for {role}", "i'm interviewing for a {role} role at {company}"],
    },
    {
      name: 'SetFormatIntent',
      slots: [{ name: 'format', type: 'InterviewFormat' }],
      samples: ['{format}', "it's a {format} interview"],
    },
    { name: 'NewRoundIntent', samples: ['another round'] },
    { name: 'AMAZON.HelpIntent', samples: [] },
    { name: 'AMAZON.StopIntent', samples: [] },
    { name: 'AMAZON.CancelIntent', samples: [] },
    { name: 'AMAZON.NavigateHomeIntent', samples: [] },
    { name: 'AMAZON.FallbackIntent', samples: [] },
    { name: 'AMAZON.YesIntent', samples: [] },
    { name: 'AMAZON.NoIntent', samples: ['maybe later'] },
    { name: 'AMAZON.RepeatIntent', samples: [] },
  ],
  types: [
    { name: 'CloseWords', values: [{ name: { value: 'thank you so much for your time' } }] },
    { name: 'JobRole', values: [{ name: { value: 'registered nurse', synonyms: ['Nurse', 'rn'] } }] },
    { name: 'CompanyName', values: [{ id: 'acme', name: { value: 'Acme', synonyms: [] } }] },
    {
      name: 'InterviewFormat',
      values: [
        { id: 'in_person', name: { value: 'in person', synonyms: ['face to face', 'onsite'] } },
        { id: 'phone', name: { value: 'phone', synonyms: ['phone call', 'over the phone'] } },
        { id: 'video', name: { value: 'video', synonyms: ['zoom', 'video call'] } },
      ],
    },
  ],
};

const awaiting = { skillId: SKILL_ID, today: new Date('2026-11-25T12:00:00Z') };
const browsing = awaiting;
const withoutCatchAll: LanguageModelJson = {
  ...model,
  intents: model.intents.filter((intent) => intent.name !== 'CaptureCloseIntent'),
};

function slotOf(intent: Intent, name: string) {
  const found = intent.slots?.[name];
  if (found === undefined) throw new Error(`${intent.name} has no slot ${name}`);
  return found;
}

describe('resolveUtterance', () => {
  it('free speech while awaiting a close becomes the close, whole line, as Alexa transcribes it', () => {
    const resolved = resolveUtterance(model, 'Thank you — I’m REALLY excited, honestly!', awaiting);

    expect(resolved.name).toBe('CaptureCloseIntent');
    expect(slotOf(resolved, 'closingWords')).toMatchObject({
      value: "thank you i'm really excited honestly",
      confirmationStatus: 'NONE',
      source: 'USER',
      slotValue: { type: 'Simple', value: "thank you i'm really excited honestly" },
    });
  });

  it('a carrier phrase is stripped so only the close itself lands in the slot', () => {
    const resolved = resolveUtterance(model, 'My close is: thanks for your time.', awaiting);

    expect(resolved.name).toBe('CaptureCloseIntent');
    expect(slotOf(resolved, 'closingWords').value).toBe('thanks for your time');
  });

  it('a carrier phrase is heard as a close even outside a round, as Alexa would route it', () => {
    const resolved = resolveUtterance(model, "I'd say thanks a lot", browsing);

    expect(resolved.name).toBe('CaptureCloseIntent');
    expect(slotOf(resolved, 'closingWords').value).toBe('thanks a lot');
  });

  it('free speech that no other sample takes goes to the close intent’s catch-all, in any state', () => {
    const resolved = resolveUtterance(model, 'thank you for your time', browsing);
    expect(resolved.name).toBe('CaptureCloseIntent');
    expect(slotOf(resolved, 'closingWords').value).toBe('thank you for your time');
  });

  it('a model without a catch-all sample sends free speech to the fallback intent', () => {
    expect(resolveUtterance(withoutCatchAll, 'thank you for your time', browsing)).toStrictEqual({
      name: 'AMAZON.FallbackIntent',
      confirmationStatus: 'NONE',
    });
    expect(resolveUtterance(withoutCatchAll, '', browsing).name).toBe('AMAZON.FallbackIntent');
  });

  it('an empty line while awaiting a close sends the close slot with no value key, as Alexa does', () => {
    const resolved = resolveUtterance(model, '  ?! ', awaiting);

    expect(resolved.name).toBe('CaptureCloseIntent');
    expect(slotOf(resolved, 'closingWords')).toStrictEqual({
      name: 'closingWords',
      confirmationStatus: 'NONE',
    });
  });

  it('a follow-up that matches a sample exactly wins over the close, even while awaiting one', () => {
    expect(resolveUtterance(model, 'Why?', awaiting).name).toBe('WhyIntent');
    expect(resolveUtterance(model, 'How am I doing', awaiting)).toStrictEqual({
      name: 'ProgressIntent',
      confirmationStatus: 'NONE',
    });
  });

  it('only whole lines match: a sample inside longer speech does not steal the close', () => {
    const resolved = resolveUtterance(model, 'why is that you ask because i love it', awaiting);

    expect(resolved.name).toBe('CaptureCloseIntent');
  });

  it('the sample with more literal words wins, so slots hold just the spoken values', () => {
    const resolved = resolveUtterance(model, "I'm interviewing for a nurse role at Acme", browsing);

    expect(resolved.name).toBe('SetJobIntent');
    expect(slotOf(resolved, 'role').value).toBe('nurse');
    expect(slotOf(resolved, 'company').value).toBe('acme');
  });

  it('when a line splits more than one way, earlier slots take the fewest words', () => {
    const pairs: LanguageModelJson = {
      intents: [
        {
          name: 'PairIntent',
          slots: [
            { name: 'first', type: 'AMAZON.SearchQuery' },
            { name: 'second', type: 'AMAZON.SearchQuery' },
          ],
          samples: ['{first} and {second}'],
        },
      ],
    };
    const resolved = resolveUtterance(pairs, 'salt and pepper and vinegar', browsing);

    expect(slotOf(resolved, 'first').value).toBe('salt');
    expect(slotOf(resolved, 'second').value).toBe('pepper and vinegar');
    expect(slotOf(resolved, 'first')).not.toHaveProperty('resolutions');
  });

  it('every slot of the intent is sent, and the ones not spoken have no value key', () => {
    const resolved = resolveUtterance(model, "i'm interviewing for a software engineer job", browsing);

    expect(slotOf(resolved, 'role').value).toBe('a software engineer job');
    expect(slotOf(resolved, 'company')).toStrictEqual({ name: 'company', confirmationStatus: 'NONE' });
  });

  it('a synonym resolves to its value and id, ignoring case, on the slot and in slotValue', () => {
    const format = slotOf(resolveUtterance(model, "It's a ZOOM interview", browsing), 'format');
    const expected = {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.${SKILL_ID}.InterviewFormat`,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: 'video', id: 'video' } }],
        },
      ],
    };

    expect(format.value).toBe('zoom');
    expect(format.resolutions).toEqual(expected);
    expect(format.slotValue).toEqual({ type: 'Simple', value: 'zoom', resolutions: expected });
  });

  it('a value without an id gets a stable made-up id, like Alexa gives it', () => {
    const role = () => slotOf(resolveUtterance(model, "i'm interviewing for RN", browsing), 'role');
    const value = role().resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value;

    expect(value?.name).toBe('registered nurse');
    expect(value?.id).toMatch(/^[0-9a-f]{32}$/);
    expect(role().resolutions).toEqual(role().resolutions);
  });

  it('an unknown value resolves to no match and carries no values', () => {
    const company = slotOf(
      resolveUtterance(model, "i'm interviewing for a nurse role at globex", browsing),
      'company',
    );
    const authority = company.resolutions?.resolutionsPerAuthority?.[0];

    expect(company.value).toBe('globex');
    expect(authority?.status.code).toBe('ER_SUCCESS_NO_MATCH');
    expect(authority?.authority).toBe(`amzn1.er-authority.echo-sdk.${SKILL_ID}.CompanyName`);
    expect(authority).not.toHaveProperty('values');
  });

  it('a close that happens to be a CloseWords sample value resolves like any custom value', () => {
    const close = slotOf(
      resolveUtterance(model, 'Thank you so much for your time', awaiting),
      'closingWords',
    );

    expect(close.resolutions?.resolutionsPerAuthority?.[0]?.status.code).toBe('ER_SUCCESS_MATCH');
  });

  it('a bare slot sample of a custom type takes only values of that type', () => {
    expect(resolveUtterance(model, 'face to face', browsing).name).toBe('SetFormatIntent');
    expect(resolveUtterance(model, 'face to face', awaiting).name).toBe('SetFormatIntent');
    expect(resolveUtterance(withoutCatchAll, 'face the music', browsing).name).toBe('AMAZON.FallbackIntent');
  });

  it('built-in intents understand their everyday phrases without samples', () => {
    const heard = (text: string) => resolveUtterance(model, text, browsing).name;

    expect(heard('Help')).toBe('AMAZON.HelpIntent');
    expect(heard('what can I do?')).toBe('AMAZON.HelpIntent');
    expect(heard('goodbye')).toBe('AMAZON.StopIntent');
    expect(heard('never mind')).toBe('AMAZON.CancelIntent');
    expect(heard('go home')).toBe('AMAZON.NavigateHomeIntent');
    expect(heard('Yep!')).toBe('AMAZON.YesIntent');
    expect(heard('no thanks')).toBe('AMAZON.NoIntent');
    expect(heard('maybe later')).toBe('AMAZON.NoIntent');
    expect(heard('say that again')).toBe('AMAZON.RepeatIntent');
    expect(heard('what')).toBe('AMAZON.RepeatIntent');
  });

  it('stop and help still work while a close is awaited', () => {
    expect(resolveUtterance(model, 'stop', awaiting).name).toBe('AMAZON.StopIntent');
    expect(resolveUtterance(model, 'help', awaiting).name).toBe('AMAZON.HelpIntent');
  });

  it('an optional built-in the model does not declare is never sent', () => {
    expect(resolveUtterance(withoutCatchAll, 'start over', browsing).name).toBe('AMAZON.FallbackIntent');
    const withStartOver: LanguageModelJson = {
      intents: [...withoutCatchAll.intents, { name: 'AMAZON.StartOverIntent', samples: [] }],
    };
    expect(resolveUtterance(withStartOver, 'start over', browsing).name).toBe('AMAZON.StartOverIntent');
  });

  it('a very long line against a two-slot sample resolves without backtracking blow-up', () => {
    const filler = Array.from({ length: 4000 }, () => 'at').join(' ');
    const started = performance.now();
    const resolved = resolveUtterance(model, `i'm interviewing for a ${filler} role at ${filler}`, browsing);

    expect(resolved.name).toBe('SetJobIntent');
    expect(slotOf(resolved, 'role').value).toBe(filler);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('normalising keeps apostrophes inside words and drops every other mark', () => {
    expect(normaliseUtterance("  'Don’t' — STOP!!   now, OK?  ")).toBe("don't stop now ok");
  });

  const enUS = new URL('../../../skill-package/interactionModels/custom/en-US.json', import.meta.url);
  it.skipIf(!existsSync(enUS))('the real en-US model routes closes, follow-ups and job details', () => {
    const real = (
      JSON.parse(readFileSync(enUS, 'utf8')) as { interactionModel: { languageModel: LanguageModelJson } }
    ).interactionModel.languageModel;

    const close = resolveUtterance(real, 'Did I answer all your questions?', awaiting);
    expect(close.name).toBe('CaptureCloseIntent');
    expect(slotOf(close, 'closingWords').value).toBe('did i answer all your questions');
    expect(resolveUtterance(real, 'why', awaiting).name).toBe('WhyIntent');
    expect(resolveUtterance(real, 'how am i doing', browsing).name).toBe('ProgressIntent');
    const job = resolveUtterance(real, "I'm interviewing for a nurse role at Acme", browsing);
    expect(job.name).toBe('SetJobIntent');
    expect(slotOf(job, 'role').value).toBe('nurse');
    expect(slotOf(job, 'company').value).toBe('acme');
  });

  it('a date slot takes only words that name a day, and sends the day itself', () => {
    const withDate: LanguageModelJson = {
      intents: [
        ...model.intents,
        {
          name: 'InterviewDateIntent',
          slots: [{ name: 'date', type: 'AMAZON.DATE' }],
          samples: ['{date}', "it's on {date}"],
        },
      ],
    };
    const friday = resolveUtterance(withDate, "it's on friday", awaiting);
    expect(friday.name).toBe('InterviewDateIntent');
    expect(slotOf(friday, 'date').value).toBe('2026-11-27');
    expect(slotOf(resolveUtterance(withDate, 'next tuesday', awaiting), 'date').value).toBe('2026-12-08');
    expect(slotOf(resolveUtterance(withDate, 'december 4th', awaiting), 'date').value).toBe('2026-12-04');
    expect(slotOf(resolveUtterance(withDate, 'tomorrow', awaiting), 'date').value).toBe('2026-11-26');
    expect(resolveUtterance(withDate, "it's been a pleasure", awaiting).name).toBe('CaptureCloseIntent');
  });
});

describe('resolveUtterance in Spanish', () => {
  const spanish = loadInteractionModel('es-MX').languageModel;
  // A Monday.
  const options = { locale: 'es-MX', today: new Date('2026-11-30T12:00:00Z') };

  it('hears Alexa’s built-in intents in Spanish words', () => {
    expect(resolveUtterance(spanish, 'sí', options).name).toBe('AMAZON.YesIntent');
    expect(resolveUtterance(spanish, 'claro', options).name).toBe('AMAZON.YesIntent');
    expect(resolveUtterance(spanish, 'vale', options).name).toBe('AMAZON.YesIntent');
    expect(resolveUtterance(spanish, 'no gracias', options).name).toBe('AMAZON.NoIntent');
    expect(resolveUtterance(spanish, 'para', options).name).toBe('AMAZON.StopIntent');
    expect(resolveUtterance(spanish, 'ayuda', options).name).toBe('AMAZON.HelpIntent');
  });

  it('names the day of the real interview from Spanish date words', () => {
    const day = (words: string) => slotOf(resolveUtterance(spanish, words, options), 'date').value;
    expect(day('mañana')).toBe('2026-12-01');
    expect(day('el viernes')).toBe('2026-12-04');
    expect(day('el próximo martes')).toBe('2026-12-08');
    expect(day('el 4 de diciembre')).toBe('2026-12-04');
    expect(day('el cuatro de diciembre')).toBe('2026-12-04');
  });

  it('leaves English built-in words to the English models', () => {
    expect(resolveUtterance(spanish, 'yes please', options).name).toBe('CaptureCloseIntent');
  });
});
