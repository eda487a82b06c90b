import { describe, expect, it } from 'vitest';
import { analyzeClose } from '../../../lambda/src/analyzer/index.ts';
import { en } from '../../../lambda/src/locales/en/index.ts';
import { es } from '../../../lambda/src/locales/es/index.ts';
import { translatorFor } from '../../../lambda/src/locales/index.ts';
import { composeFeedback } from '../../../lambda/src/skill/coach.ts';
import { Phrases } from '../../../lambda/src/skill/phrases.ts';
import { quoteClauseAround, quotePhrase } from '../../../lambda/src/skill/quote.ts';
import { seededRandom } from '../../support/conversation.ts';
import { spokenCloses } from '../../support/corpus.ts';

const phrases = new Phrases(translatorFor('en-US'), seededRandom(5));
const words = en.skill.coach.quoteWords;
const cannotEnd = new Set<string>(words.cannotEnd);
const endsOnlyAtAStop = new Set<string>([...words.stranded, ...words.auxiliaries]);
const clauseOpeners = new Set<string>(words.clauseOpeners);

/** Why a quote does not end on a whole phrase, or undefined when it does. */
function hangingEnd(transcript: string, quote: string): string | undefined {
  if (/…|\.\.\.$/u.test(quote)) return 'ends with an ellipsis';
  const at = transcript.indexOf(quote);
  if (at < 0) return 'is not the user’s own words';
  const last = quote.split(/\s+/).at(-1) ?? '';
  if (cannotEnd.has(last)) return `ends on "${last}"`;
  const next = transcript
    .slice(at + quote.length)
    .trim()
    .split(/\s+/)[0];
  if (endsOnlyAtAStop.has(last) && next && !clauseOpeners.has(next))
    return `ends on "${last}" before "${next}"`;
  return undefined;
}

describe('quoting the user', () => {
  const closes = spokenCloses('tests/skill/feedback/quotes.test.ts');

  it('no quote ends mid-phrase over the corpus and the project sets', () => {
    const hanging: string[] = [];
    let quotes = 0;
    for (const close of closes) {
      const analysis = analyzeClose(close);
      for (const move of analysis.moves) {
        for (const quote of [
          quotePhrase(analysis.transcript, move.start, move.end, phrases),
          quoteClauseAround(analysis.transcript, move.start, move.end, phrases),
        ]) {
          quotes += 1;
          const why = hangingEnd(analysis.transcript, quote);
          if (why) hanging.push(`"${quote}" ${why}, in: ${close}`);
        }
      }
    }
    console.log(`quotes checked: ${quotes}, ending mid-phrase: ${hanging.length}`);
    expect(hanging).toEqual([]);
  });

  it('the feedback never cuts a quote with an ellipsis', () => {
    const cut = closes.filter((close, turn) => {
      const feedback = composeFeedback(analyzeClose(close), phrases, {
        format: 'video',
        previous: [],
        variant: turn,
      });
      return feedback.coaching.some((line) => line.text.includes('…'));
    });
    expect(cut).toEqual([]);
  });

  it('a long question is quoted by its head, not cut after "in this"', () => {
    const transcript = 'what challenges do you see for the person in this role going forward';
    expect(quotePhrase(transcript, 0, transcript.length, phrases)).toBe('what challenges do you see');
  });

  it('a clause left hanging on "and" is quoted without it', () => {
    const transcript = "i'm really excited about the role and i think i'd fit in well";
    expect(quotePhrase(transcript, 0, 37, phrases)).toBe("i'm really excited about the role");
  });

  it('a preposition ends a quote where the user’s own question ends', () => {
    const transcript = 'who would i be reporting to';
    expect(quotePhrase(transcript, 0, transcript.length, phrases)).toBe(transcript);
  });

  it('a single word of evidence is quoted with its clause', () => {
    const transcript = 'i dont have any concerns at all im just really excited thanks';
    const at = transcript.indexOf('excited');
    expect(quoteClauseAround(transcript, at, at + 'excited'.length, phrases)).toBe('im just really excited');
  });
});

describe('quoting the user in Spanish', () => {
  const spanish = new Phrases(translatorFor('es-MX'), seededRandom(5));
  const cannotEndInSpanish = new Set<string>(es.skill.coach.quoteWords.cannotEnd);
  const closes = spokenCloses('tests/skill/feedback/quotes.test.ts', 'es');

  it('no quote ends on a word that leaves it hanging, or with an ellipsis, over every Spanish close', () => {
    const hanging: string[] = [];
    let quotes = 0;
    for (const close of closes) {
      const analysis = analyzeClose(close, { locale: 'es-MX' });
      for (const move of analysis.moves) {
        for (const quote of [
          quotePhrase(analysis.transcript, move.start, move.end, spanish),
          quoteClauseAround(analysis.transcript, move.start, move.end, spanish),
        ]) {
          quotes += 1;
          const last = quote.split(/\s+/).at(-1) ?? '';
          if (/…|\.\.\.$/u.test(quote)) hanging.push(`"${quote}" ends with an ellipsis, in: ${close}`);
          else if (cannotEndInSpanish.has(last)) hanging.push(`"${quote}" ends on "${last}", in: ${close}`);
        }
      }
    }
    console.log(`Spanish quotes checked: ${quotes}, ending on a hanging word: ${hanging.length}`);
    expect(hanging).toEqual([]);
  });

  it('the Spanish feedback never cuts a quote with an ellipsis', () => {
    const cut = closes.filter((close, turn) => {
      const feedback = composeFeedback(analyzeClose(close, { locale: 'es-MX' }), spanish, {
        format: 'in_person',
        previous: [],
        variant: turn,
      });
      return feedback.coaching.some((line) => line.text.includes('…'));
    });
    expect(cut).toEqual([]);
  });

  it('a clause left hanging on "y" is quoted without it', () => {
    const transcript = 'me encanta el puesto y creo que encajaría bien';
    expect(quotePhrase(transcript, 0, 'me encanta el puesto y'.length, spanish)).toBe('me encanta el puesto');
  });

  it('a question that ends on its preposition is quoted whole', () => {
    const transcript = 'con quién trabajaría';
    expect(quotePhrase(transcript, 0, transcript.length, spanish)).toBe(transcript);
  });
});
