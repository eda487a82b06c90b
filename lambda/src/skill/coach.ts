import {
  exampleClose,
  isRiskyMove,
  type AnalysisContext,
  type CloseAnalysis,
  type Move,
  type MoveLabel,
  type PrimaryLabel,
  type Verdict,
} from '../analyzer/index.ts';
import type { ListKey } from '../locales/index.ts';
import type { Line } from '../speech/speech.ts';
import { findParts, isCourtesyOnly, type ClosePart } from './close-parts.ts';
import type { Phrases, Values } from './phrases.ts';
import { quoteClauseAround, quotePhrase } from './quote.ts';
import type { InterviewFormat } from './session-state.ts';

/** The feedback turn, before it is turned into a response. */
export interface Feedback {
  reaction?: Line;
  /** The coach's lines; the last is always the offer of another round. */
  coaching: Line[];
  /** Which close was offered: the user's own, tightened, or an example. */
  offered: { kind: 'own' | 'rewrite' | 'example'; text: string };
  /** The verdict as the coach tells it, for the card and the screen to agree with the speech. */
  verdict: Verdict;
  /** The reason as the coach gives it, in plain text for the card and the screen. */
  reason: string;
}

/** What the coach knows of the session when it coaches a close. */
interface FeedbackContext {
  format: InterviewFormat;
  /** Primaries of the closes coached earlier this session, oldest first. */
  previous: readonly PrimaryLabel[];
  /** How many closes were coached this session: consecutive turns take different wording. */
  variant: number;
  /** Locale, role and company the close was analysed with, so a rotated example stays personal. */
  analysedWith?: AnalysisContext;
}

/** A kept close longer than this is read as the example instead: the turn must stay one breath. */
const MAX_SPOKEN_CLOSE_WORDS = 16;
/** The whole turn, reaction included, stays within this many words; the fuller reason waits for "why". */
export const MAX_FEEDBACK_WORDS = 60;

/** Questions a real interviewer would answer, briefly, before the coach steps in. */
const ANSWERED_QUESTIONS = ['process_question', 'compensation_question', 'role_question'] as const;
type AnsweredQuestion = (typeof ANSWERED_QUESTIONS)[number];

function isAnsweredQuestion(label: MoveLabel): label is AnsweredQuestion {
  return (ANSWERED_QUESTIONS as readonly string[]).includes(label);
}
/**
 * What the coach says about a close, in one breath: the verdict, the user's
 * own phrase quoted back, the reason in a sentence, one better close. The
 * fuller reason and more examples wait for "why" and "another example".
 */
export function composeFeedback(
  analysis: CloseAnalysis,
  phrases: Phrases,
  context: FeedbackContext,
): Feedback {
  const say = new Rotation(phrases, context.variant);
  if (
    (analysis.primary === 'upbeat_close' || analysis.primary === 'other') &&
    isCourtesyOnly(analysis.transcript, phrases)
  ) {
    return courtesyFeedback(analysis, phrases, context, say);
  }
  if (analysis.verdict === 'strong') return praiseFeedback(analysis, phrases, context, say);
  return slipFeedback(analysis, phrases, context, say);
}

/** A slip: what was said, why it costs, and a better line; the interviewer reacts first where one would. */
function slipFeedback(
  analysis: CloseAnalysis,
  phrases: Phrases,
  context: FeedbackContext,
  say: Rotation,
): Feedback {
  const move = analysis.moves.find((found) => found.label === analysis.primary);
  const quote = move ? quotePhrase(analysis.transcript, move.start, move.end, phrases) : undefined;
  const form = move?.question ? 'question' : 'statement';
  // An upbeat close last time was no slip, even if this one runs long.
  const repeated = analysis.primary !== 'upbeat_close' && context.previous.at(-1) === analysis.primary;
  const opening = repeated
    ? [quote ? say.line(`skill.coach.repeat.${form}`, { quote }) : say.line('skill.coach.repeat.plain')]
    : [
        // An empty close is asked for again before it reaches the coach; should one arrive, it needs work.
        say.line(`skill.coach.verdict.${analysis.verdict === 'empty' ? 'needs_work' : analysis.verdict}`),
        quote ? phrases.line(`skill.coach.finding.${form}`, { quote }) : undefined,
      ];
  const reason = phrases.line(analysis.advice.reason);
  // Over-long upbeat closes already hear it as their reason.
  const long =
    analysis.long && analysis.primary !== 'upbeat_close' ? say.line('skill.coach.long') : undefined;
  const offered = chooseClose(analysis, context);
  const reaction = move ? reactionTo(move, say) : undefined;
  const coaching = [
    ...opening,
    reason,
    long,
    offerLine(offered, say),
    phrases.line('skill.coach.offer'),
  ].filter((line): line is Line => line !== undefined);
  // A long role or company in the example can push the turn past one breath: the interviewer's line goes first.
  const heard = reaction && countWords([reaction, ...coaching]) <= MAX_FEEDBACK_WORDS ? reaction : undefined;
  return {
    ...(heard ? { reaction: heard } : {}),
    coaching,
    offered,
    verdict: analysis.verdict,
    reason: reason.text,
  };
}

/** Thanks or a goodbye alone: polite, and one line of interest short of a close. */
function courtesyFeedback(
  analysis: CloseAnalysis,
  phrases: Phrases,
  context: FeedbackContext,
  say: Rotation,
): Feedback {
  // Their own words tightened would still be only the courtesy: an example shows the line of interest.
  const offered = exampleFor(analysis, context);
  const reason = say.line('skill.coach.courtesy.reason');
  return {
    coaching: [
      say.line('skill.coach.courtesy.verdict'),
      reason,
      offerLine(offered, say),
      phrases.line('skill.coach.offer'),
    ],
    offered,
    verdict: 'needs_work',
    reason: reason.text,
  };
}

/** A strong close: praise for exactly what was said, in one of a few shapes so strong turns do not sound alike. */
function praiseFeedback(
  analysis: CloseAnalysis,
  phrases: Phrases,
  context: FeedbackContext,
  say: Rotation,
): Feedback {
  const { parts: present, lead } = findParts(analysis.transcript, phrases);
  const praised = [...analysis.moves].sort((a, b) => b.evidence.length - a.evidence.length)[0];
  let quote: string | undefined;
  if (lead) quote = quoteClauseAround(analysis.transcript, lead.start, lead.end, phrases);
  else if (praised) quote = quotePhrase(analysis.transcript, praised.start, praised.end, phrases);
  const parts = present.length > 0 ? joinParts(present, phrases) : undefined;

  let praise: Line;
  if (quote && parts) praise = say.line('skill.coach.praise.quoted', { quote, parts });
  else if (quote) praise = say.line('skill.coach.praise.general', { quote });
  else praise = phrases.line('skill.coach.praise.plain');

  const verdict = say.line('skill.coach.verdict.strong');
  const offer = phrases.line('skill.coach.offer');
  const shapes: Line[][] = [
    [verdict, praise, phrases.line(`skill.coach.ritual.${context.format}`), offer],
    [praise, say.line('skill.coach.keepIt'), offer],
    [verdict, praise, offer],
  ];
  return {
    coaching: say.choose(shapes),
    offered: { kind: 'own', text: analysis.rewrite },
    verdict: 'strong',
    reason: parts ? phrases.text('skill.coach.praise.card', { parts }) : phrases.text(analysis.advice.reason),
  };
}

/** A real interviewer deflects a risky close and answers a plain question briefly, in character. */
function reactionTo(move: Move, say: Rotation): Line | undefined {
  const label = move.label;
  if (isRiskyMove(label) || (move.question && isAnsweredQuestion(label)))
    return say.line(`skill.reaction.${label}`);
  return undefined;
}

function offerLine(offered: Feedback['offered'], say: Rotation): Line {
  const intro = offered.kind === 'rewrite' ? 'skill.coach.rewriteIntro' : 'skill.coach.exampleIntro';
  return say.line(intro, { close: offered.text });
}

/** The user's own words when enough survived and they are short; otherwise an example, rotated by turn. */
function chooseClose(analysis: CloseAnalysis, context: FeedbackContext): Feedback['offered'] {
  if (analysis.rewriteKeepsUserWords && words(analysis.rewrite) <= MAX_SPOKEN_CLOSE_WORDS) {
    return { kind: 'rewrite', text: analysis.rewrite };
  }
  return exampleFor(analysis, context);
}

function exampleFor(analysis: CloseAnalysis, context: FeedbackContext): Feedback['offered'] {
  const example = context.analysedWith
    ? exampleClose(context.analysedWith, context.variant)
    : analysis.example;
  return { kind: 'example', text: example };
}

/** "thanks", "thanks and real interest", "thanks, real interest and the hope to hear back". */
function joinParts(parts: readonly ClosePart[], phrases: Phrases): string {
  const names = parts.map((part) => phrases.text(`skill.coach.praise.parts.${part}`));
  const join = (rest: readonly string[]): string => {
    const [first = '', ...others] = rest;
    if (others.length === 0) return first;
    if (others.length === 1) return phrases.text('skill.coach.praise.pair', { first, last: others[0] ?? '' });
    return phrases.text('skill.coach.praise.series', { first, rest: join(others) });
  };
  return join(names);
}

/**
 * Wording that turns with the session: the n-th close coached takes the n-th
 * variation, so consecutive turns never sound the same word for word.
 */
class Rotation {
  private readonly turn: number;

  constructor(
    private readonly phrases: Phrases,
    variant: number,
  ) {
    this.turn = Number.isSafeInteger(variant) && variant > 0 ? variant : 0;
  }

  /** A list's n-th variation (a plain string key is said as it is). */
  line(key: ListKey, values: Values = {}): Line {
    return this.phrases.line(`${key}.${this.turn % this.phrases.count(key)}`, values);
  }

  choose<T>(options: readonly T[]): T {
    const chosen = options[this.turn % options.length];
    if (chosen === undefined) throw new RangeError('Rotation.choose needs at least one option');
    return chosen;
  }
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function countWords(lines: readonly Line[]): number {
  return lines.reduce((sum, line) => sum + words(line.text), 0);
}
