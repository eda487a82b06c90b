/**
 * Pure checks for what Alexa certification asks of the skill package beyond the interaction
 * model: icons, the privacy policy URL, the permissions and the policy's coverage of what is
 * stored. Like model-rules.ts, each returns human-readable problems (empty when the rule holds).
 */
import type { SkillManifest } from '../../lambda/src/skill/model/load-interaction-model.ts';

/** The sizes the skill package import accepts for the two icons, in pixels (square). */
export const ICON_SIZES = { smallIconUri: 108, largeIconUri: 512 } as const;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const LOCAL_FILE = 'file://';

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  // Signature (8), then the first chunk: length (4), type (4), width (4), height (4).
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface IconOptions {
  locales: readonly string[];
  /** A file's bytes by its path inside the skill package, or undefined when there is none. */
  readAsset: (relativePath: string) => Buffer | undefined;
}

/**
 * Every locale names both icons as local files in the skill package (the ASK CLI zips
 * `skill-package/` and the import resolves `file://` paths against it), and each file is a PNG
 * of the size Alexa requires.
 */
export function findIconProblems(manifest: SkillManifest, { locales, readAsset }: IconOptions): string[] {
  const problems: string[] = [];
  for (const locale of locales) {
    const info = manifest.publishingInformation?.locales?.[locale];
    const uris = { smallIconUri: info?.smallIconUri, largeIconUri: info?.largeIconUri };
    for (const [field, size] of Object.entries(ICON_SIZES)) {
      const uri = field === 'smallIconUri' ? uris.smallIconUri : uris.largeIconUri;
      const problem = iconProblem(uri, size, readAsset);
      if (problem) problems.push(`${locale}: ${field} ${problem}`);
    }
  }
  return problems;
}

function iconProblem(
  uri: string | undefined,
  size: number,
  readAsset: IconOptions['readAsset'],
): string | undefined {
  if (uri === undefined || uri === '') return 'is missing';
  if (!uri.startsWith(LOCAL_FILE)) return `"${uri}" is not a ${LOCAL_FILE} path in the skill package`;
  const relativePath = uri.slice(LOCAL_FILE.length);
  if (relativePath.split('/').includes('..')) return `"${uri}" points outside the skill package`;
  const bytes = readAsset(relativePath);
  if (bytes === undefined) return `"${uri}" does not exist in the skill package`;
  const found = pngSize(bytes);
  if (!found) return `"${uri}" is not a PNG`;
  if (found.width !== size || found.height !== size) {
    return `"${uri}" is ${found.width}x${found.height}, expected ${size}x${size}`;
  }
  return undefined;
}

/** Hosts reserved for examples and tests (RFC 2606, RFC 6761): a URL there is a placeholder. */
export function isPlaceholderHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  const reservedDomains = ['example.com', 'example.net', 'example.org'];
  const reservedTopLevel = ['example', 'test', 'invalid', 'localhost'];
  return (
    reservedDomains.some((domain) => host === domain || host.endsWith(`.${domain}`)) ||
    reservedTopLevel.some((top) => host === top || host.endsWith(`.${top}`))
  );
}

export interface PrivacyUrlOptions {
  locales: readonly string[];
  /** For submission: a placeholder host is then a problem, not just a reminder. */
  release: boolean;
}

/** Every published locale has a privacyPolicyUrl that is https and, for a release, a real host. */
export function findPrivacyUrlProblems(manifest: SkillManifest, options: PrivacyUrlOptions): string[] {
  const problems: string[] = [];
  const perLocale = manifest.privacyAndCompliance?.locales ?? {};
  for (const locale of options.locales) {
    const url = perLocale[locale]?.privacyPolicyUrl;
    if (url === undefined || url === '') {
      problems.push(`${locale}: privacyPolicyUrl is missing`);
      continue;
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${locale}: privacyPolicyUrl "${url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== 'https:') problems.push(`${locale}: privacyPolicyUrl "${url}" is not https`);
    if (options.release && isPlaceholderHost(parsed.hostname)) {
      problems.push(
        `${locale}: privacyPolicyUrl "${url}" is still the placeholder; point it at your hosted copy of docs/PRIVACY.md`,
      );
    }
  }
  return problems;
}

/** The manifest asks for exactly the permissions the code uses: none missing, none idle. */
export function findPermissionDifferences(manifest: SkillManifest, used: readonly string[]): string[] {
  const declared = new Set<string>((manifest.permissions ?? []).map((permission) => permission.name));
  const needed = new Set(used);
  return [
    ...[...needed]
      .filter((name) => !declared.has(name))
      .map((name) => `permission ${name} is used but not declared`),
    ...[...declared]
      .filter((name) => !needed.has(name))
      .map((name) => `permission ${name} is declared but no code uses it`),
  ];
}

/**
 * Permission scope names quoted in source text, such as 'alexa::alerts:reminders:skill:readwrite'
 * (the scopes Amazon defines all start with one of these prefixes).
 */
export function permissionScopesIn(source: string): string[] {
  const quotedScope = /['"`]((?:alexa|avs|dash|payments):{1,2}[a-z0-9_:.-]+)['"`]/gi;
  return [...source.matchAll(quotedScope)].map((match) => match[1] ?? '');
}

/** Every key of a stored value, at any depth (array elements are walked, their indexes are not keys). */
export function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysDeep(inner)]);
}

/** Field names the policy does not name (as `code`), so a new stored field cannot go unmentioned. */
export function findUndocumentedFields(policy: string, fields: Iterable<string>): string[] {
  return [...new Set(fields)]
    .filter((field) => !policy.includes(`\`${field}\``))
    .map((field) => `the privacy policy does not mention the stored field \`${field}\``);
}

/** Blanks left for the publisher to fill in, written as `<your …>` in the policy. */
export function findPolicyBlanks(policy: string): string[] {
  return [...policy.matchAll(/<your [^<>\n]+>/g)].map(
    (match) => `the privacy policy still says "${match[0]}"; fill in your own details`,
  );
}
