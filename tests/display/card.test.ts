import { describe, expect, it } from 'vitest';
import { CARD_CONTENT_LIMIT, feedbackCard } from '../../lambda/src/display/card.ts';

describe('feedbackCard', () => {
  it('writes one "label: text" paragraph per line with a blank line between', () => {
    const card = feedbackCard({
      title: 'Closing Coach',
      lines: [
        { label: 'You said', text: 'Did I get the job?' },
        { label: 'Verdict', text: 'Risky' },
      ],
    });
    expect(card).toEqual({
      title: 'Closing Coach',
      content: 'You said: Did I get the job?\n\nVerdict: Risky',
    });
  });

  it('strips control characters from the text and drops lines left empty', () => {
    const card = feedbackCard({
      title: 'Closing\u0007 Coach',
      lines: [
        { label: 'You said', text: '  Thanks\u0000so much\r\n\tfor\u001Btoday \u2028' },
        { label: 'Advice', text: '\u0000\n ' },
        { label: '', text: 'Say another round.' },
      ],
    });
    expect(card.title).toBe('Closing Coach');
    expect(card.content).toBe('You said: Thanks so much for today\n\nSay another round.');
  });

  it(`caps the content at ${CARD_CONTENT_LIMIT} characters with an ellipsis`, () => {
    const long = 'word '.repeat(1000);
    const card = feedbackCard({
      title: 'Closing Coach',
      lines: [
        { label: 'One', text: long },
        { label: 'Two', text: long },
      ],
    });
    expect(card.content.length).toBeLessThanOrEqual(CARD_CONTENT_LIMIT);
    expect(card.content.length).toBeGreaterThan(CARD_CONTENT_LIMIT - 10);
    expect(card.content.endsWith('…')).toBe(true);
    expect(card.content.startsWith('One: word word')).toBe(true);
  });

  it('leaves content of exactly the limit untouched', () => {
    const text = 'x'.repeat(CARD_CONTENT_LIMIT - 'Label: '.length);
    const card = feedbackCard({ title: 'T', lines: [{ label: 'Label', text }] });
    expect(card.content).toBe(`Label: ${text}`);
  });

  it('does not split an emoji at the cap', () => {
    const text = `${'x'.repeat(CARD_CONTENT_LIMIT - 'L: '.length - 2)}🚀🚀🚀`;
    const card = feedbackCard({ title: 'T', lines: [{ label: 'L', text }] });
    expect(card.content.length).toBeLessThanOrEqual(CARD_CONTENT_LIMIT);
    expect(card.content.endsWith('x…')).toBe(true);
    expect(card.content).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
