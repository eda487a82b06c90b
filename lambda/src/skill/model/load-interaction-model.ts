import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { v1 } from 'ask-smapi-model';
import { LANGUAGES, SUPPORTED_LANGUAGES, type Language } from '../../languages/supported.ts';

export type InteractionModel = v1.skill.interactionModel.InteractionModelSchema;
export type SkillManifest = v1.skill.Manifest.SkillManifest;

export type SupportedLocale = (typeof LANGUAGES)[Language]['locales'][number];

/** Every Alexa locale of every supported language, from the one list in languages/supported.ts. */
export const SUPPORTED_LOCALES: readonly SupportedLocale[] = SUPPORTED_LANGUAGES.flatMap(
  (language) => LANGUAGES[language].locales,
);

// Resolved from this module rather than process.cwd() so the console and the tests find the
// skill package wherever they are started from. The Lambda bundle never loads the model files
// (Alexa resolves intents there), so the ESM-only import.meta is no problem for the CJS build.
const SKILL_PACKAGE_URL = new URL('../../../../skill-package/', import.meta.url);

export function isSupportedLocale(locale: string): locale is SupportedLocale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(locale);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJson(relativePath: string): unknown {
  const path = fileURLToPath(new URL(relativePath, SKILL_PACKAGE_URL));
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

// Checks only what every consumer dereferences unconditionally, so a truncated or mis-nested
// file fails here with its path instead of as a TypeError deep inside intent resolution.
function assertInteractionModel(
  raw: unknown,
  source: string,
): asserts raw is { interactionModel: InteractionModel } {
  const languageModel =
    isRecord(raw) && isRecord(raw.interactionModel) ? raw.interactionModel.languageModel : undefined;
  if (!isRecord(languageModel)) {
    throw new Error(`${source}: expected interactionModel.languageModel`);
  }
  if (typeof languageModel.invocationName !== 'string') {
    throw new Error(`${source}: languageModel.invocationName must be a string`);
  }
  if (!Array.isArray(languageModel.intents)) {
    throw new Error(`${source}: languageModel.intents must be an array`);
  }
  if (languageModel.types !== undefined && !Array.isArray(languageModel.types)) {
    throw new Error(`${source}: languageModel.types must be an array when present`);
  }
}

// The SMAPI type makes `synonyms` required, yet Alexa accepts values without it (and most models
// omit it); filling it in keeps the declared type true for every reader of the loaded model.
function fillMissingSynonyms(types: unknown): void {
  if (!Array.isArray(types)) return;
  for (const type of types as unknown[]) {
    if (!isRecord(type) || !Array.isArray(type.values)) continue;
    for (const value of type.values as unknown[]) {
      if (isRecord(value) && isRecord(value.name) && value.name.synonyms === undefined) {
        value.name.synonyms = [];
      }
    }
  }
}

function assertManifestEnvelope(raw: unknown, source: string): asserts raw is { manifest: SkillManifest } {
  if (!isRecord(raw) || !isRecord(raw.manifest)) {
    throw new Error(`${source}: expected a top-level "manifest" object`);
  }
}

const modelCache = new Map<SupportedLocale, InteractionModel>();

/**
 * The interaction model Alexa builds for `locale`, as written in
 * `skill-package/interactionModels/custom/<locale>.json`. Cached per process; the returned
 * object is shared, so treat it as read-only.
 */
export function loadInteractionModel(locale: string): InteractionModel {
  // Validating against the list also keeps an arbitrary locale string out of the file path.
  if (!isSupportedLocale(locale)) {
    throw new Error(`Unsupported locale "${locale}"; expected one of ${SUPPORTED_LOCALES.join(', ')}`);
  }
  const cached = modelCache.get(locale);
  if (cached) return cached;
  const source = `interactionModels/custom/${locale}.json`;
  const raw = readJson(source);
  assertInteractionModel(raw, source);
  fillMissingSynonyms(raw.interactionModel.languageModel.types);
  modelCache.set(locale, raw.interactionModel);
  return raw.interactionModel;
}

/** The skill manifest from `skill-package/skill.json`, without its `manifest` envelope. */
export function loadSkillManifest(): SkillManifest {
  const raw = readJson('skill.json');
  assertManifestEnvelope(raw, 'skill.json');
  return raw.manifest;
}
