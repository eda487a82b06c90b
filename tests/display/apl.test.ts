import fc from 'fast-check';
import type { RequestEnvelope, SupportedInterfaces, interfaces } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import {
  feedbackDirective,
  sceneDirective,
  supportsApl,
  transcriptMarkup,
  type FeedbackScreen,
  type Highlight,
} from '../../lambda/src/display/apl.ts';

type Directive = interfaces.alexa.presentation.apl.RenderDocumentDirective;

function envelope(supportedInterfaces: SupportedInterfaces) {
  const request: RequestEnvelope = {
    version: '1.0',
    context: {
      System: {
        application: { applicationId: 'amzn1.ask.skill.test' },
        user: { userId: 'amzn1.ask.account.test' },
        device: { deviceId: 'amzn1.ask.device.test', supportedInterfaces },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: { type: 'LaunchRequest', requestId: 'req', timestamp: '2025-01-06T09:00:00Z', locale: 'en-US' },
  };
  return request;
}

/** Envelopes from simulators and old devices leave out parts the SDK types call required. */
function loose(value: unknown): RequestEnvelope {
  return value as RequestEnvelope;
}

function payload(directive: Directive): Record<string, unknown> {
  return (directive.datasources?.payload ?? {}) as Record<string, unknown>;
}

const RISKY = "<span color='#FF6B6B'>";
const WEAK = "<span color='#FFB547'>";
const GOOD = "<span color='#5FD38D'>";

function screen(overrides: Partial<FeedbackScreen> = {}): FeedbackScreen {
  return {
    title: 'Closing Coach',
    transcript: 'Thanks for your time.',
    highlights: [],
    verdict: 'strong',
    verdictLabel: 'Strong close',
    advice: 'That leaves a warm last impression.',
    closeTitle: 'Tightened close',
    close: 'Thank you, I enjoyed this and I would love to help the team ship.',
    hint: 'Say: why, another example, tips, or another round',
    ...overrides,
  };
}

function span(transcript: string, words: string, tone: Highlight['tone']): Highlight {
  const start = transcript.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the transcript`);
  return { start, end: start + words.length, tone };
}

/** Every Text component in the document, wherever it is nested. */
function textComponents(node: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) {
    for (const child of node) textComponents(child, found);
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    if (record.type === 'Text') found.push(record);
    for (const value of Object.values(record)) textComponents(value, found);
  }
  return found;
}

describe('supportsApl', () => {
  it('is true for a device that advertises APL', () => {
    expect(supportsApl(envelope({ 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } }))).toBe(
      true,
    );
  });

  it('is false for a voice-only device', () => {
    expect(supportsApl(envelope({ AudioPlayer: {} }))).toBe(false);
    expect(supportsApl(envelope({}))).toBe(false);
  });

  it.each([
    ['context', { version: '1.0', request: { type: 'LaunchRequest' } }],
    ['System', { version: '1.0', context: {} }],
    ['device', { version: '1.0', context: { System: {} } }],
    ['supportedInterfaces', { version: '1.0', context: { System: { device: { deviceId: 'd' } } } }],
  ])('is false, without throwing, when %s is missing', (_missing, value) => {
    expect(supportsApl(loose(value))).toBe(false);
  });
});

describe('feedback transcript markup', () => {
  it('escapes markup characters in what the user said', () => {
    const markup = transcriptMarkup('So <script>alert(1)</script> & thanks > all', []);
    expect(markup).toBe('So &lt;script&gt;alert(1)&lt;/script&gt; &amp; thanks &gt; all');
  });

  it('escapes exactly once, inside and outside highlights', () => {
    const transcript = 'I said &amp; then R&D <team>';
    const markup = transcriptMarkup(transcript, [span(transcript, 'R&D <team>', 'weak')]);
    expect(markup).toBe(`I said &amp;amp; then ${WEAK}R&amp;D &lt;team&gt;</span>`);
  });

  it('wraps exactly the flagged spans in the colour of their tone', () => {
    const transcript = 'Thanks so much. Did I get the job? I really need this. I am excited to help.';
    const markup = transcriptMarkup(transcript, [
      span(transcript, 'Did I get the job?', 'risky'),
      span(transcript, 'I really need this.', 'weak'),
      span(transcript, 'I am excited to help.', 'good'),
    ]);
    expect(markup).toBe(
      `Thanks so much. ${RISKY}Did I get the job?</span> ${WEAK}I really need this.</span> ` +
        `${GOOD}I am excited to help.</span>`,
    );
  });

  it('gives overlapping characters to the highlight listed first', () => {
    const markup = transcriptMarkup('abcdefghij', [
      { start: 2, end: 6, tone: 'risky' },
      { start: 0, end: 8, tone: 'good' },
    ]);
    expect(markup).toBe(`${GOOD}ab</span>${RISKY}cdef</span>${GOOD}gh</span>ij`);
  });

  it('clamps highlights that run outside the transcript and ignores empty or broken ones', () => {
    const highlights: Highlight[] = [
      { start: -5, end: 2, tone: 'risky' },
      { start: 8, end: 500, tone: 'good' },
      { start: 6, end: 4, tone: 'weak' },
      { start: Number.NaN, end: 5, tone: 'weak' },
      { start: 3, end: Number.POSITIVE_INFINITY, tone: 'weak' },
      { start: 20, end: 30, tone: 'weak' },
    ];
    let markup = '';
    expect(() => (markup = transcriptMarkup('abcdefghij', highlights))).not.toThrow();
    expect(markup).toBe(`${RISKY}ab</span>cdefgh${GOOD}ij</span>`);
  });

  it('never cuts an emoji in half at either end of a highlight', () => {
    const transcript = 'great 🚀 team';
    const rocket = transcript.indexOf('🚀');
    const startsInside = transcriptMarkup(transcript, [{ start: rocket + 1, end: rocket + 2, tone: 'good' }]);
    expect(startsInside).toBe(`great ${GOOD}🚀</span> team`);
    const endsInside = transcriptMarkup(transcript, [{ start: 0, end: rocket + 1, tone: 'risky' }]);
    expect(endsInside).toBe(`${RISKY}great 🚀</span> team`);
  });

  it('keeps the transcript text intact under any highlights', () => {
    const tone = fc.constantFrom<Highlight['tone']>('risky', 'weak', 'good');
    const highlight = fc.record({ start: fc.integer({ min: -20, max: 80 }), end: fc.integer(), tone });
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(highlight, { maxLength: 6 }), (transcript, hs) => {
        const markup = transcriptMarkup(transcript, hs);
        const opens = markup.match(/<span color='#[0-9A-F]{6}'>/g) ?? [];
        const closes = markup.match(/<\/span>/g) ?? [];
        expect(opens.length).toBe(closes.length);
        // Spans never nest: each opening tag is closed before the next one opens.
        expect(markup).not.toMatch(/<span[^>]*>[^<]*<span/);
        const plain = markup
          .replace(/<\/?span[^>]*>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        expect(plain).toBe(transcript);
      }),
    );
  });
});

describe('feedbackDirective', () => {
  it('renders the feedback document for the payload datasource', () => {
    const directive = feedbackDirective(screen());
    expect(directive.type).toBe('Alexa.Presentation.APL.RenderDocument');
    expect(directive.token).toBe('closingCoachFeedback');
    expect(directive.document).toMatchObject({
      type: 'APL',
      version: '2023.3',
      mainTemplate: { parameters: ['payload'] },
    });
    expect(Object.keys(directive.datasources ?? {})).toEqual(['payload']);
  });

  it('sends the highlighted, escaped transcript and escapes every other field', () => {
    const transcript = 'Thanks! <b>Did I get it?</b> & bye';
    const directive = feedbackDirective(
      screen({
        transcript,
        highlights: [span(transcript, 'Did I get it?', 'risky')],
        advice: 'Skip "did I get it" & <end> warmly',
        close: 'I loved R&D',
        verdictLabel: 'Risky <!>',
      }),
    );
    expect(payload(directive)).toMatchObject({
      transcript: `Thanks! &lt;b&gt;${RISKY}Did I get it?</span>&lt;/b&gt; &amp; bye`,
      advice: 'Skip "did I get it" &amp; &lt;end&gt; warmly',
      close: 'I loved R&amp;D',
      verdictLabel: 'Risky &lt;!&gt;',
    });
  });

  it('colours the verdict badge by verdict', () => {
    const colours = (['strong', 'needs_work', 'risky', 'empty'] as const).map(
      (verdict) => payload(feedbackDirective(screen({ verdict }))).verdictColor,
    );
    for (const colour of colours) expect(colour).toMatch(/^#[0-9A-F]{6}$/);
    expect(new Set(colours).size).toBe(4);
  });

  it('keeps all text in the datasource, binding every Text to a payload field', () => {
    const directive = feedbackDirective(
      screen({
        title: 'Zanzibar title',
        transcript: 'Quokka transcript words',
        verdictLabel: 'Narwhal label',
        advice: 'Axolotl advice',
        closeTitle: 'Pangolin heading',
        close: 'Capybara close',
        hint: 'Okapi hint',
      }),
    );
    const document = JSON.stringify(directive.document);
    for (const word of ['Zanzibar', 'Quokka', 'Narwhal', 'Axolotl', 'Pangolin', 'Capybara', 'Okapi']) {
      expect(document).not.toContain(word);
    }
    const texts = textComponents(directive.document);
    const fields = Object.keys(payload(directive));
    expect(texts.map((t) => t.text)).toEqual(
      expect.arrayContaining(['${payload.transcript}', '${payload.close}', '${payload.advice}']),
    );
    for (const t of texts) {
      const match = /^\$\{payload\.(\w+)\}$/.exec(String(t.text));
      expect(fields).toContain(match?.[1]);
    }
  });

  it('stays small: the document under 6 KB and the directive under 8 KB for a 2,000-character close', () => {
    const sentence = 'Thank you so much, did I get the job, I really need this & want it. ';
    const transcript = sentence.repeat(Math.ceil(2000 / sentence.length)).slice(0, 2000);
    const highlights: Highlight[] = [];
    for (let at = transcript.indexOf('did I'); at >= 0; at = transcript.indexOf('did I', at + 1)) {
      highlights.push({ start: at, end: at + 'did I get the job'.length, tone: 'risky' });
    }
    expect(highlights.length).toBeGreaterThan(20);
    const directive = feedbackDirective(screen({ transcript, highlights, verdict: 'risky' }));
    expect(Buffer.byteLength(JSON.stringify(directive.document))).toBeLessThan(6 * 1024);
    expect(Buffer.byteLength(JSON.stringify(directive))).toBeLessThan(8 * 1024);
  });

  it('does not throw on a transcript with no text and stray highlights', () => {
    const directive = feedbackDirective(
      screen({ transcript: '', verdict: 'empty', highlights: [{ start: 0, end: 10, tone: 'risky' }] }),
    );
    expect(payload(directive).transcript).toBe('');
  });
});

describe('sceneDirective', () => {
  it('shows the interviewer line through the datasource, escaped', () => {
    const directive = sceneDirective({
      title: 'Closing Coach',
      line: 'Any questions for us at AT&T <Labs>?',
      hint: 'Say your close.',
    });
    expect(directive.type).toBe('Alexa.Presentation.APL.RenderDocument');
    expect(directive.token).toBe('closingCoachScene');
    expect(directive.document).toMatchObject({
      version: '2023.3',
      mainTemplate: { parameters: ['payload'] },
    });
    expect(payload(directive).line).toBe('Any questions for us at AT&amp;T &lt;Labs&gt;?');
    expect(JSON.stringify(directive.document)).not.toContain('AT&');
    expect(textComponents(directive.document).map((t) => t.text)).toContain('${payload.line}');
  });
});
