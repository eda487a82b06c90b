import type { HandlerInput } from 'ask-sdk-core';
import type { CloseAnalysis } from '../analyzer/index.ts';
import type { TextKey } from '../locales/index.ts';
import { feedbackDirective, supportsApl } from '../display/apl.ts';
import { feedbackCard } from '../display/card.ts';
import { toneOf } from '../display/tone.ts';
import type { Feedback } from './coach.ts';
import type { Phrases } from './phrases.ts';

const CARD_TRANSCRIPT_CHARS = 600;
const CLOSE_TITLES: Record<Feedback['offered']['kind'], TextKey> = {
  own: 'skill.card.strong',
  rewrite: 'skill.card.rewrite',
  example: 'skill.card.example',
};

/** The feedback on paper: a card in the Alexa app, and an APL screen where the device has one. */
export function addFeedbackDisplays(
  input: HandlerInput,
  analysis: CloseAnalysis,
  feedback: Feedback,
  phrases: Phrases,
  scores: number[] = [],
): void {
  // The speech may tell a close differently from the analyzer (thanks alone is told to add interest): show what was said.
  const verdictLabel = phrases.text(`verdicts.${feedback.verdict}`);
  const advice = feedback.reason;
  const closeTitle = phrases.text(CLOSE_TITLES[feedback.offered.kind]);
  const closeText = feedback.offered.text;
  // Thanks alone, told to add interest, is not shown as an upbeat close either.
  const retold = feedback.verdict !== analysis.verdict;
  const moves = retold ? analysis.moves.filter((move) => move.label !== 'upbeat_close') : analysis.moves;

  const card = feedbackCard({
    title: phrases.text('skill.card.feedbackTitle', { verdict: verdictLabel }),
    lines: [
      { label: phrases.text('skill.card.youSaid'), text: clip(analysis.transcript) },
      ...moves.map((move) => ({
        label: phrases.text(`labels.${move.label}`),
        text: `“${clip(move.evidence)}”`,
      })),
      { label: phrases.text('skill.card.advice'), text: advice },
      { label: closeTitle, text: closeText },
    ],
  });
  input.responseBuilder.withSimpleCard(card.title, card.content);

  if (!supportsApl(input.requestEnvelope)) return;
  input.responseBuilder.addDirective(
    feedbackDirective({
      title: phrases.text('skill.card.title'),
      transcript: analysis.transcript,
      highlights: moves.map((move) => ({
        start: move.start,
        end: move.end,
        tone: toneOf(move.label),
      })),
      verdict: feedback.verdict,
      verdictLabel,
      advice,
      closeTitle,
      close: closeText,
      hint: phrases.text('skill.card.hint'),
      scores,
      scoresLabel: phrases.text('skill.card.scores'),
    }),
  );
}

function clip(text: string): string {
  return text.length <= CARD_TRANSCRIPT_CHARS ? text : `${text.slice(0, CARD_TRANSCRIPT_CHARS)}…`;
}
