import { describe, expect, it } from 'vitest';
import {
  MOVE_LABELS,
  type AdviceTopic,
  type PrimaryLabel,
  type RiskyMove,
  type Verdict,
} from '../../lambda/src/analyzer/index.ts';
import { en } from '../../lambda/src/locales/en/index.ts';
import {
  translatorFor,
  type ListKey,
  type TextKey,
  type Translator,
} from '../../lambda/src/locales/index.ts';
import { SUPPORTED_LOCALES } from '../../lambda/src/skill/model/load-interaction-model.ts';
import { SUPPORTED_LANGUAGES } from '../../lambda/src/languages/supported.ts';
import { INTERVIEW_FORMATS } from '../../lambda/src/skill/session-state.ts';

/** Every member of a string union, listed once; the type check fails when the union gains one not listed. */
function every<T extends string>(members: Record<T, true>): T[] {
  return Object.keys(members) as T[];
}

const PRIMARIES = every<PrimaryLabel>({
  ...(Object.fromEntries(MOVE_LABELS.map((label) => [label, true])) as Record<
    (typeof MOVE_LABELS)[number],
    true
  >),
  other: true,
  empty: true,
});
const VERDICTS = every<Verdict>({ strong: true, needs_work: true, risky: true, empty: true });
const ADVICE_TOPICS = every<AdviceTopic>({
  ...Object.fromEntries(PRIMARIES.map((label) => [label, true])),
  upbeat_close_long: true,
} as Record<AdviceTopic, true>);
const RISKY_MOVES = every<RiskyMove>({
  fit_probe: true,
  performance_check: true,
  hard_close: true,
  needy: true,
});

/** The keys the code builds at run time from labels, verdicts, formats and states, as it builds them. */
const BUILT_TEXT_KEYS: TextKey[] = [
  ...PRIMARIES.map((label) => `labels.${label}` as const),
  ...VERDICTS.map((verdict) => `verdicts.${verdict}` as const),
  ...ADVICE_TOPICS.flatMap((topic) => [`advice.${topic}.reason`, `advice.${topic}.detail`] as const),
  ...INTERVIEW_FORMATS.flatMap(
    (format) =>
      [`skill.tips.${format}`, `skill.coach.ritual.${format}`, `skill.format.set.${format}`] as const,
  ),
  ...(['missing', 'both', 'role', 'company'] as const).map((known) => `skill.job.${known}` as const),
  ...(['awaiting', 'feedback', 'general'] as const).map((state) => `skill.help.${state}` as const),
  ...(['question', 'statement'] as const).map((form) => `skill.coach.finding.${form}` as const),
  ...(['badJson', 'badText'] as const).map((error) => `cli.${error}` as const),
];

const BUILT_LIST_KEYS: ListKey[] = [
  ...INTERVIEW_FORMATS.map((format) => `skill.interviewer.${format}` as const),
  ...VERDICTS.filter((verdict) => verdict !== 'empty').map(
    (verdict) => `skill.coach.verdict.${verdict}` as const,
  ),
  ...RISKY_MOVES.map((label) => `skill.reaction.${label}` as const),
];

/** Every key the English resources hold, walked at run time: strings (plural families folded) and lists. */
function resourceKeys(node: unknown, prefix = ''): { text: string[]; lists: string[] } {
  if (typeof node === 'string')
    return { text: [prefix.replace(/_(zero|one|two|few|many|other)$/, '')], lists: [] };
  if (Array.isArray(node)) return { text: node.map((_, index) => `${prefix}.${index}`), lists: [prefix] };
  const found = { text: [] as string[], lists: [] as string[] };
  for (const [name, child] of Object.entries(node as Record<string, unknown>)) {
    const inner = resourceKeys(child, prefix === '' ? name : `${prefix}.${name}`);
    found.text.push(...inner.text);
    found.lists.push(...inner.lists);
  }
  return found;
}

function expectTranslated(translator: Translator, key: TextKey): void {
  const text = translator.t(key, { count: 2 });
  expect(text, key).not.toBe(key);
  expect(text.trim(), key).not.toBe('');
}

describe.each(SUPPORTED_LOCALES)('the i18n keys in %s', (locale) => {
  const translator = translatorFor(locale);

  it('has a string for every key built from a label, verdict, advice topic, format or state', () => {
    for (const key of BUILT_TEXT_KEYS) expectTranslated(translator, key);
  });

  it('has variations for every list the coach picks from at run time', () => {
    for (const key of BUILT_LIST_KEYS) expect(translator.size(key), key).toBeGreaterThan(0);
  });

  it('resolves every string and fills every list of the English resources', () => {
    const { text, lists } = resourceKeys(en);
    for (const key of text) expectTranslated(translator, key as TextKey);
    for (const key of lists) expect(translator.size(key as ListKey), key).toBeGreaterThan(0);
  });
});

describe('the key types', () => {
  const { t, size } = translatorFor('en-US');

  it('refuse, at type-check time, a key the resources lack, which would otherwise be spoken as itself', () => {
    // @ts-expect-error an upbeat close gets no interviewer reaction: there is nothing to answer
    expect(size('skill.reaction.upbeat_close')).toBe(0);
    // @ts-expect-error a list is picked from, not said whole
    expect(t('skill.interviewer.phone')).toBe('skill.interviewer.phone');
  });

  it('take a plural family by its base name and a list entry by its index', () => {
    expect(t('skill.welcome.back', { count: 1 })).toBe('Welcome back! 1 round practised so far.');
    expect(t('skill.interviewer.phone.0')).toBe(en.skill.interviewer.phone[0]);
  });
});

describe('translators', () => {
  it('are one per language, so what is built from their strings is kept across requests', () => {
    expect(translatorFor('en-GB')).toBe(translatorFor('en-US'));
    expect(translatorFor('es-MX')).toBe(translatorFor('es-ES'));
    expect(translatorFor('es-MX')).not.toBe(translatorFor('en-US'));
  });

  it('speak English for a language the resources lack, as i18next falls back', () => {
    expect(translatorFor('fr-FR')).toBe(translatorFor('en-US'));
    expect(translatorFor('fr-FR').t('skill.welcome.back', { count: 2 })).toBe(
      'Welcome back! 2 rounds practised so far.',
    );
  });

  it('pick the plural form by the rules of the language they speak, not of the locale asked for', () => {
    // French counts 0 as singular; the English a French locale falls back to does not.
    expect(translatorFor('fr-FR').t('skill.welcome.back', { count: 0 })).toBe(
      'Welcome back! 0 rounds practised so far.',
    );
    expect(translatorFor('es-US').t('skill.welcome.back', { count: 1 })).not.toBe(
      translatorFor('es-US').t('skill.welcome.back', { count: 3 }),
    );
  });
});

describe('lines said whatever the scene', () => {
  it.each(SUPPORTED_LANGUAGES)('never name a handshake in %s: the interview may be a call', (language) => {
    const translator = translatorFor(language);
    const goodbyes = Array.from({ length: translator.size('skill.goodbye') }, (_, index) =>
      translator.t(`skill.goodbye.${index}`),
    );
    expect(goodbyes.length).toBeGreaterThan(0);
    for (const goodbye of goodbyes) expect(goodbye).not.toMatch(/handshake|apretón/i);
  });
});
