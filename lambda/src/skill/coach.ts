import type { CloseAnalysis, Move, PrimaryLabel } from '../analyzer/index.ts';
import { isRiskyMove } from '../analyzer/verdict.ts';
import type { Line } from '../speech/speech.ts';
import type { Phrases } from './phrases.ts';
import type { InterviewFormat } from './session-state.ts';

/** The feedback turn, before it is turned into a response. */
export interface Feedback {
  reaction?: Line;
  coaching: Line[];
  reprompt: Line;
  /** The move the coach quoted, for highlighting on screens. */
  quoted?: Move;
  /** Which close was offered: the user's own, tightened, or an example. */
  offered: { kind: 'own' | 'rewrite' | 'example'; text: string };
}

/** What the coach knows of the session beyond this close. */
export interface FeedbackContext {
  format: InterviewFormat;
  /** The primary move of each close coached earlier this session, oldest first. */
  previous: readonly PrimaryLabel[];
  /** How many closes were coached this session before this one. */
  variant: number;
}

const MAX_QUOTE_WORDS = 10;
/** A kept close longer than this is read as the example instead: the turn must stay short. */
const MAX_SPOKEN_CLOSE_WORDS = 30;
/** The whole turn, reaction included, stays under this many words; the full reasons wait for "why". */
export const MAX_FEEDBACK_WORDS = 90;

/** What the coach says about a close: verdict, the finding in the user's words, the reason, a better close. */
export function composeFeedback(
  analysis: CloseAnalysis,
  phrases: Phrases,
  { format }: FeedbackContext,
): Feedback {
  const reprompt = phrases.line('skill.coach.offerReprompt');
  // The capture handler asks again rather than coach an empty close; should one arrive, it needs work.
  const verdict = phrases.pick(
    `skill.coach.verdict.${analysis.verdict === 'empty' ? 'needs_work' : analysis.verdict}`,
  );
  const offer = phrases.line('skill.coach.offer');

  if (analysis.verdict === 'strong') {
    // The fullest statement of interest says more about the close than a bare "thank you".
    const praised = analysis.moves
      .filter((move) => move.label === 'upbeat_close')
      .sort((a, b) => b.evidence.length - a.evidence.length)[0];
    const praise = praised
      ? phrases.line('skill.coach.praise.quoted', { quote: quote(praised.evidence) })
      : phrases.line('skill.coach.praise.plain');
    return {
      coaching: [verdict, praise, phrases.line(`skill.coach.ritual.${format}`), offer],
      reprompt,
      ...(praised ? { quoted: praised } : {}),
      offered: { kind: 'own', text: analysis.rewrite },
    };
  }

  const quoted = analysis.moves.find((move) => move.label === analysis.primary);
  const finding = quoted
    ? phrases.line(`skill.coach.finding.${quoted.question ? 'question' : 'statement'}`, {
        quote: quote(quoted.evidence),
      })
    : undefined;
  const reason = phrases.line(analysis.advice.reason);
  const reaction =
    analysis.primary !== 'other' && analysis.primary !== 'empty' && isRiskyMove(analysis.primary)
      ? phrases.pick(`skill.reaction.${analysis.primary}`)
      : undefined;

  const offered = chooseClose(analysis);
  const close = phrases.line(
    offered.kind === 'rewrite' ? 'skill.coach.rewriteIntro' : 'skill.coach.exampleIntro',
    {
      close: offered.text,
    },
  );
  const coaching = [verdict, finding, reason, close, offer].filter(
    (line): line is Line => line !== undefined,
  );
  const feedback: Feedback = { coaching, reprompt, offered, ...(quoted ? { quoted } : {}) };
  if (reaction && countWords([reaction, ...coaching]) <= MAX_FEEDBACK_WORDS) feedback.reaction = reaction;
  return feedback;
}

/** The user's own words when enough survived; otherwise the example, which is usually shorter. */
function chooseClose(analysis: CloseAnalysis): Feedback['offered'] {
  if (analysis.rewriteKeepsUserWords && words(analysis.rewrite) <= MAX_SPOKEN_CLOSE_WORDS) {
    return { kind: 'rewrite', text: analysis.rewrite };
  }
  return { kind: 'example', text: analysis.example };
}

export function quote(evidence: string): string {
  const all = evidence
    .trim()
    .replace(/[.!?,;:]+$/u, '')
    .split(/\s+/);
  return all.length <= MAX_QUOTE_WORDS ? all.join(' ') : `${all.slice(0, MAX_QUOTE_WORDS).join(' ')}…`;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function countWords(lines: readonly Line[]): number {
  return lines.reduce((sum, line) => sum + words(line.text), 0);
}
