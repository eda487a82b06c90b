import type { RequestEnvelope, interfaces } from 'ask-sdk-model';

type RenderDocumentDirective = interfaces.alexa.presentation.apl.RenderDocumentDirective;

export type HighlightTone = 'risky' | 'weak' | 'good';
export type ScreenVerdict = 'strong' | 'needs_work' | 'risky' | 'empty';

export interface Highlight {
  /** UTF-16 offsets into the transcript, as `transcript.slice(start, end)`. */
  start: number;
  end: number;
  tone: HighlightTone;
}

export interface FeedbackScreen {
  title: string;
  transcript: string;
  highlights: Highlight[];
  verdict: ScreenVerdict;
  verdictLabel: string;
  advice: string;
  closeTitle: string;
  close: string;
  hint: string;
  /** Recent round scores, oldest first, for a small chart; omitted or empty hides it. */
  scores?: number[];
  scoresLabel?: string;
}

/** The interviewer's wrap-up line, on screen while the user speaks their close. */
export interface SceneScreen {
  title: string;
  line: string;
  hint: string;
}

export const FEEDBACK_TOKEN = 'closingCoachFeedback';
export const SCENE_TOKEN = 'closingCoachScene';

/**
 * Alexa omits whole branches of `context` for some callers (simulators, test tools, old devices),
 * so every step is optional here whatever ask-sdk-model claims.
 */
export function supportsApl(envelope: RequestEnvelope): boolean {
  const loose = envelope as {
    context?: { System?: { device?: { supportedInterfaces?: Record<string, unknown> } } };
  };
  const interfacesSupported = loose.context?.System?.device?.supportedInterfaces;
  return interfacesSupported?.['Alexa.Presentation.APL'] != null;
}

/**
 * Text components always parse their text as markup, so anything that did not come from this
 * module's own tags must be escaped, or a user saying "R&D <team>" would garble the screen.
 */
export function escapeAplMarkup(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

const TONE_COLORS: Record<HighlightTone, string> = {
  risky: '#FF6B6B',
  weak: '#FFB547',
  good: '#5FD38D',
};
// Index 0 means "not highlighted", so the per-character table can start zeroed.
const TONES: readonly HighlightTone[] = ['risky', 'weak', 'good'];

const VERDICT_COLORS: Record<ScreenVerdict, string> = {
  strong: '#1F8A4C',
  needs_work: '#B86E00',
  risky: '#C23B3B',
  empty: '#4B5563',
};

function isInsidePair(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  const at = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
}

/**
 * Builds the transcript as APL markup with each flagged span coloured by tone. Highlights come from
 * the analyzer and from session state that may be stale, so they are clamped to the text, and where
 * they overlap the earlier one keeps the characters: it is the finding the coach leads with.
 */
export function transcriptMarkup(transcript: string, highlights: readonly Highlight[]): string {
  const length = transcript.length;
  const owner = new Uint8Array(length);
  for (const { start, end, tone } of highlights) {
    const toneIndex = TONES.indexOf(tone) + 1;
    if (toneIndex === 0 || !Number.isFinite(start) || !Number.isFinite(end)) continue;
    let from = Math.min(length, Math.max(0, Math.floor(start)));
    let to = Math.min(length, Math.max(0, Math.ceil(end)));
    // A tag between the halves of a surrogate pair would break the emoji or letter it encodes.
    if (isInsidePair(transcript, from)) from -= 1;
    if (isInsidePair(transcript, to)) to += 1;
    for (let i = from; i < to; i++) {
      if (owner[i] === 0) owner[i] = toneIndex;
    }
  }

  let markup = '';
  let runStart = 0;
  while (runStart < length) {
    const code = owner[runStart] ?? 0;
    let runEnd = runStart + 1;
    while (runEnd < length && owner[runEnd] === code) runEnd++;
    const text = escapeAplMarkup(transcript.slice(runStart, runEnd));
    const tone = TONES[code - 1];
    markup += tone ? `<span color='${TONE_COLORS[tone]}'>${text}</span>` : text;
    runStart = runEnd;
  }
  return markup;
}

// Later blocks override earlier ones, so the defaults suit a 1280x800 hub and a 960x540 TV.
const RESOURCES = [
  { dimensions: { titleSize: '40dp', bodySize: '30dp', smallSize: '22dp', padX: '56dp', padY: '36dp' } },
  {
    when: '${viewport.width < 600}',
    dimensions: { titleSize: '26dp', bodySize: '20dp', smallSize: '16dp', padX: '28dp', padY: '24dp' },
  },
  // Corners of a round screen are cut off, so content keeps clear of them.
  { when: "${viewport.shape == 'round'}", dimensions: { padX: '64dp', padY: '56dp' } },
];

const STYLES = {
  body: {
    values: [
      { color: '#EEF1F5', fontSize: '@bodySize' },
      { when: "${viewport.shape == 'round'}", textAlign: 'center' },
    ],
  },
  title: { extend: 'body', values: [{ fontSize: '@titleSize', fontWeight: 'bold' }] },
  small: { extend: 'body', values: [{ fontSize: '@smallSize', color: '#A3ACB9' }] },
};

function text(field: string, style: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'Text', style, text: `\${payload.${field}}`, ...extra };
}

function aplDocument(items: Record<string, unknown>[]): Record<string, unknown> {
  return {
    type: 'APL',
    version: '2023.3',
    theme: 'dark',
    resources: RESOURCES,
    styles: STYLES,
    mainTemplate: {
      parameters: ['payload'],
      items: [
        {
          type: 'Frame',
          width: '100vw',
          height: '100vh',
          backgroundColor: '#111821',
          items: [
            {
              type: 'ScrollView',
              width: '100%',
              height: '100%',
              items: [
                {
                  type: 'Container',
                  paddingLeft: '@padX',
                  paddingRight: '@padX',
                  paddingTop: '@padY',
                  paddingBottom: '@padY',
                  items,
                },
              ],
            },
          ],
        },
      ],
    },
  };
}

const CHART_HEIGHT_DP = 60;
const MAX_BARS = 12;

/** Bars for the score chart: height by score, colour by the verdict band the score falls in. */
function scoreBars(scores: readonly number[] = []): { height: string; color: string }[] {
  return scores.slice(-MAX_BARS).map((score) => {
    const clamped = Math.max(0, Math.min(100, Number.isFinite(score) ? score : 0));
    const color =
      clamped >= 75
        ? VERDICT_COLORS.strong
        : clamped >= 40
          ? VERDICT_COLORS.needs_work
          : VERDICT_COLORS.risky;
    return { height: `${Math.max(4, Math.round((clamped / 100) * CHART_HEIGHT_DP))}dp`, color };
  });
}

const BADGE_ALIGN = "${viewport.shape == 'round' ? 'center' : 'start'}";

const FEEDBACK_DOCUMENT = aplDocument([
  text('title', 'title'),
  {
    type: 'Frame',
    alignSelf: BADGE_ALIGN,
    spacing: '12dp',
    borderRadius: '10dp',
    backgroundColor: '${payload.verdictColor}',
    paddingLeft: '16dp',
    paddingRight: '16dp',
    paddingTop: '4dp',
    paddingBottom: '4dp',
    items: [text('verdictLabel', 'small', { color: '#FFFFFF', fontWeight: 'bold' })],
  },
  text('transcript', 'body', { spacing: '20dp', fontStyle: 'italic' }),
  text('advice', 'body', { spacing: '20dp' }),
  {
    type: 'Frame',
    spacing: '20dp',
    borderRadius: '12dp',
    borderWidth: '2dp',
    borderColor: '#4DA3FF',
    backgroundColor: '#17324D',
    paddingLeft: '20dp',
    paddingRight: '20dp',
    paddingTop: '14dp',
    paddingBottom: '14dp',
    items: [
      {
        type: 'Container',
        items: [text('closeTitle', 'small', { color: '#9CCBFF' }), text('close', 'body', { spacing: '6dp' })],
      },
    ],
  },
  {
    type: 'Container',
    when: '${payload.scores.length > 0}',
    spacing: '20dp',
    items: [
      text('scoresLabel', 'small'),
      {
        type: 'Container',
        direction: 'row',
        alignItems: 'end',
        height: `${CHART_HEIGHT_DP}dp`,
        spacing: '6dp',
        data: '${payload.scores}',
        items: [
          {
            type: 'Frame',
            width: '14dp',
            height: '${data.height}',
            spacing: '6dp',
            borderRadius: '3dp',
            backgroundColor: '${data.color}',
          },
        ],
      },
    ],
  },
  text('hint', 'small', { spacing: '20dp' }),
]);

const SCENE_DOCUMENT = aplDocument([
  text('title', 'small'),
  text('line', 'title', { spacing: '24dp', fontWeight: 'normal', fontStyle: 'italic' }),
  text('hint', 'small', { spacing: '32dp' }),
]);

export function feedbackDirective(screen: FeedbackScreen): RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: FEEDBACK_TOKEN,
    document: FEEDBACK_DOCUMENT,
    datasources: {
      payload: {
        title: escapeAplMarkup(screen.title),
        transcript: transcriptMarkup(screen.transcript, screen.highlights),
        verdict: screen.verdict,
        verdictLabel: escapeAplMarkup(screen.verdictLabel),
        verdictColor: VERDICT_COLORS[screen.verdict],
        advice: escapeAplMarkup(screen.advice),
        closeTitle: escapeAplMarkup(screen.closeTitle),
        close: escapeAplMarkup(screen.close),
        hint: escapeAplMarkup(screen.hint),
        scores: scoreBars(screen.scores),
        scoresLabel: escapeAplMarkup(screen.scoresLabel ?? ''),
      },
    },
  };
}

export function sceneDirective(screen: SceneScreen): RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: SCENE_TOKEN,
    document: SCENE_DOCUMENT,
    datasources: {
      payload: {
        title: escapeAplMarkup(screen.title),
        line: escapeAplMarkup(screen.line),
        hint: escapeAplMarkup(screen.hint),
      },
    },
  };
}
