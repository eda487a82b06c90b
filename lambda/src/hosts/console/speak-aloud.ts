import { spawn, spawnSync } from 'node:child_process';
import type { SupportedLocale } from '../../skill/model/load-interaction-model.ts';
import type { SpeechPart } from './render-turn.ts';

/** Says a turn's speech aloud. */
export interface Narrator {
  /** Resolves once every part has been said, or given up on. */
  say(parts: readonly SpeechPart[]): Promise<void>;
}

export interface EspeakOptions {
  command?: string;
  /** Longest wait for one utterance; by default scaled to its length. */
  timeoutMs?: (text: string) => number;
}

// espeak-ng has no Canadian, Australian or Indian English; its British voice is the nearer for the last two.
// Its Latin American Spanish serves Mexico and the US.
const LANGUAGE: Record<SupportedLocale, string> = {
  'en-US': 'en-us',
  'en-CA': 'en-us',
  'en-GB': 'en',
  'en-AU': 'en',
  'en-IN': 'en',
  'es-ES': 'es',
  'es-MX': 'es-419',
  'es-US': 'es-419',
};

// Two variants of one language, so the role-play is heard as someone other than the coach,
// as the skill does on a device with its Polly voice.
const VARIANT: Record<SpeechPart['speaker'], string> = { interviewer: 'm3', coach: 'f3' };

/** Speech runs at roughly fifteen characters a second; twice that budget plus a start-up allowance. */
function defaultTimeout(text: string): number {
  return Math.min(120_000, 5_000 + 130 * text.length);
}

export function espeakAvailable(command = 'espeak-ng'): boolean {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore', timeout: 5_000 });
  return probe.error === undefined && probe.status === 0;
}

function utter(command: string, voice: string, text: string, limitMs: number): Promise<void> {
  return new Promise((resolve) => {
    // Text goes through stdin so words that start with "-" are never read as options.
    const child = spawn(command, ['-v', voice, '--stdin'], { stdio: ['pipe', 'ignore', 'ignore'] });
    // A stuck synthesiser must not hold the conversation; this is the only process it is allowed to end.
    const timer = setTimeout(() => child.kill(), limitMs);
    const finish = () => {
      clearTimeout(timer);
      resolve();
    };
    child.once('error', finish);
    child.once('close', finish);
    // espeak-ng may exit before reading everything; the broken pipe that follows is not our failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(`${text}\n`);
  });
}

/** Says each part in turn, never two at once, the interviewer and the coach in different voices. */
export function espeakNarrator(locale: SupportedLocale, options: EspeakOptions = {}): Narrator {
  const command = options.command ?? 'espeak-ng';
  const timeoutMs = options.timeoutMs ?? defaultTimeout;
  return {
    async say(parts) {
      for (const part of parts) {
        await utter(command, `${LANGUAGE[locale]}+${VARIANT[part.speaker]}`, part.text, timeoutMs(part.text));
      }
    },
  };
}
