import { Intents } from '../../skill/intents.ts';
import type { Translator } from '../../locales/index.ts';
import { MOVE_LABELS, type MoveLabel } from '../../analyzer/index.ts';
import { FEEDBACK_TOKEN, SCENE_TOKEN } from '../../display/apl.ts';
import { markSpans } from '../../display/mark-spans.ts';
import type { Tone } from '../../display/tone.ts';
import { blankControlCharacters } from '../../common/control-characters.ts';
import type { Speaker } from '../../speech/speech.ts';
import { ssmlToText } from '../../speech/ssml.ts';
import type { Turn } from './skill-client.ts';

export interface SpeechPart {
  speaker: Speaker;
  text: string;
}

export interface RenderOptions {
  t: Translator['t'];
  /** ANSI colours; off for pipes, files and NO_COLOR, where marks are brackets instead. */
  colour: boolean;
}

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  cyan: '\u001b[36m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  green: '\u001b[32m',
} as const;

const TONE_COLOUR: Record<Tone, string> = { risky: ANSI.red, weak: ANSI.yellow, good: ANSI.green };

const VOICE = /<voice\b[^>]*>([\s\S]*?)<\/voice>/g;

/** The speech in order, split by who says it: `<voice>` passages are the interviewer's, the rest the coach's. */
export function speechParts(ssml: string): SpeechPart[] {
  const parts: SpeechPart[] = [];
  const add = (speaker: Speaker, fragment: string) => {
    // The skill quotes the user's words back; a terminal would obey any escape sequence hidden in them.
    const text = ssmlToText(blankControlCharacters(fragment));
    if (text !== '') parts.push({ speaker, text });
  };
  let at = 0;
  for (const match of ssml.matchAll(VOICE)) {
    add('coach', ssml.slice(at, match.index));
    add('interviewer', match[1] ?? '');
    at = match.index + match[0].length;
  }
  add('coach', ssml.slice(at));
  return parts;
}

export function responseSpeech(turn: Turn): SpeechPart[] {
  const speech = turn.response.response.outputSpeech;
  return speech?.type === 'SSML' ? speechParts(speech.ssml) : [];
}

/** The part of a stored analysis the console shows; session attributes arrive as untyped JSON. */
export interface MarkedClose {
  transcript: string;
  moves: { label: MoveLabel; start: number; end: number }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMarkedClose(value: unknown): value is MarkedClose {
  if (!isRecord(value) || typeof value.transcript !== 'string' || !Array.isArray(value.moves)) return false;
  const length = value.transcript.length;
  return (value.moves as unknown[]).every(
    (move) =>
      isRecord(move) &&
      (MOVE_LABELS as readonly unknown[]).includes(move.label) &&
      typeof move.start === 'number' &&
      typeof move.end === 'number' &&
      move.start >= 0 &&
      move.start <= move.end &&
      move.end <= length,
  );
}

/** The analysis this turn produced, if it produced one. */
export function freshAnalysis(turn: Turn): MarkedClose | undefined {
  const after: Record<string, unknown> = turn.response.sessionAttributes ?? {};
  if (!isMarkedClose(after.lastAnalysis)) return undefined;
  const before: Record<string, unknown> = turn.request.session?.attributes ?? {};
  const { request } = turn.request;
  // The same close said twice analyses identically, so comparing values alone would hide the second
  // round; a capture that moved the round on (an empty one stays AWAITING_CLOSE) counts as fresh too.
  const captured =
    request.type === 'IntentRequest' &&
    request.intent.name === Intents.captureClose &&
    after.state !== 'AWAITING_CLOSE';
  return captured || JSON.stringify(before.lastAnalysis) !== JSON.stringify(after.lastAnalysis)
    ? after.lastAnalysis
    : undefined;
}

/** The transcript with each flagged span marked by tone: colours on a terminal, brackets elsewhere. */
export function markTranscript(close: MarkedClose, colour: boolean): string {
  const mark = (words: string, tone: Tone) =>
    colour ? `${TONE_COLOUR[tone]}${words}${ANSI.reset}` : tone === 'good' ? `{${words}}` : `[${words}]`;
  return markSpans(close.transcript, close.moves, mark, blankControlCharacters);
}

function paint(colour: boolean, codes: string, text: string): string {
  return colour ? `${codes}${text}${ANSI.reset}` : text;
}

function screenNotes(turn: Turn, t: Translator['t']): string[] {
  return (turn.response.response.directives ?? [])
    .filter((directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument')
    .map((directive) => {
      const token = 'token' in directive && typeof directive.token === 'string' ? directive.token : '';
      if (token === FEEDBACK_TOKEN) return t('console.screen.feedback');
      if (token === SCENE_TOKEN) return t('console.screen.scene');
      return t('console.screen.other', { token: blankControlCharacters(token) });
    });
}

/**
 * One turn as terminal text: who said what, the close with its flagged words marked when this turn
 * analysed one, the card indented below, screen notes, and whether the session ended. The reprompt
 * is left out: Alexa says it only after a silence, which a typed conversation never has.
 */
export function renderTurn(turn: Turn, { t, colour }: RenderOptions): string[] {
  const lines: string[] = [];
  for (const part of responseSpeech(turn)) {
    lines.push(
      part.speaker === 'interviewer'
        ? paint(colour, ANSI.cyan, `${t('console.interviewer')}: ${part.text}`)
        : `${paint(colour, ANSI.bold, `${t('console.coach')}:`)} ${part.text}`,
    );
  }
  const analysis = freshAnalysis(turn);
  if (analysis)
    lines.push(`  ${paint(colour, ANSI.bold, `${t('console.heard')}:`)} ${markTranscript(analysis, colour)}`);
  const { card } = turn.response.response;
  if (card?.type === 'Simple' || card?.type === 'Standard') {
    const body = card.type === 'Simple' ? card.content : card.text;
    // Framed, so a reader can tell the card (what the Alexa app shows) from what was said.
    lines.push(`  ┌ ${paint(colour, ANSI.bold, blankControlCharacters(card.title ?? ''))}`);
    for (const line of (body ?? '').split('\n')) {
      if (line.trim() !== '') lines.push(`  │ ${blankControlCharacters(line)}`);
    }
  }
  for (const note of screenNotes(turn, t)) lines.push(paint(colour, ANSI.dim, note));
  const ended =
    turn.response.response.shouldEndSession === true || turn.request.request.type === 'SessionEndedRequest';
  if (ended) lines.push(paint(colour, ANSI.dim, t('console.sessionEnded')));
  return lines;
}
