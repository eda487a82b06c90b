import { describe, expect, it } from 'vitest';
import { analyzeClose, exampleClose, type PrimaryLabel } from '../../lambda/src/analyzer/index.ts';
import { asSpoken } from '../support/corpus.ts';

/** Spanish wording: regional closes, speech as Alexa delivers it, articles that agree with the role. */
const es = { locale: 'es-ES' };

describe('Spanish closes as people say them in Spain, Mexico and the US', () => {
  const closes: [string, PrimaryLabel][] = [
    ['¿Cuándo empiezo?', 'hard_close'],
    ['¿Qué tal lo he hecho?', 'performance_check'],
    ['¿Cómo me fue?', 'performance_check'],
    ['Muchas gracias por su tiempo. ¿Le preocupa algo de mi perfil?', 'fit_probe'],
    ['¿Tienes alguna duda sobre mi experiencia?', 'fit_probe'],
    ['Necesito este trabajo, de verdad.', 'needy'],
    ['Denme chance, porfa, lo que sea.', 'needy'],
    ['¿Cuánto voy a cobrar?', 'compensation_question'],
    ['¿Las vacaciones se eligen libremente o hay que cogerlas en agosto?', 'compensation_question'],
    ['Perdone, estoy muy nerviosa.', 'self_undermining'],
    ['Como le decía, tengo diez años de experiencia en ventas.', 'pitch_recap'],
    ['¿A quién reportaría directamente?', 'role_question'],
    ['¿Y vosotros a qué os dedicáis?', 'role_question'],
    ['¿Cuáles son los próximos pasos del proceso?', 'process_question'],
    [
      'Muchas gracias por la entrevista, me ha encantado y espero tener noticias suyas pronto.',
      'upbeat_close',
    ],
    ['No, todo claro, gracias.', 'other'],
    ['¿Qué tal he respondido a sus preguntas?', 'performance_check'],
    ['¿Cómo lo estoy haciendo?', 'performance_check'],
    ['¿Qué tal voy?', 'performance_check'],
    ['¿Me contactan ustedes por correo o por teléfono?', 'process_question'],
    ['Quedo atenta a sus noticias por correo o por teléfono. Muchas gracias.', 'upbeat_close'],
    ['Una pregunta: ¿los horarios son fijos?', 'compensation_question'],
  ];

  it.each(closes)('reads %j, written', (text, primary) => {
    expect(analyzeClose(text, es).primary).toBe(primary);
  });

  it.each(closes)('reads %j, spoken without punctuation', (text, primary) => {
    expect(analyzeClose(asSpoken(text), { locale: 'es-MX' }).primary).toBe(primary);
  });

  it('reads speech that dropped an accent', () => {
    expect(analyzeClose('cuando empiezo', es).primary).toBe('hard_close');
    expect(analyzeClose('que tal lo he hecho', es).primary).toBe('performance_check');
    // "cómo voy" asks how it is going; "cómo voy a…" asks something else.
    expect(analyzeClose('cómo voy a saber si me eligieron', es).primary).not.toBe('performance_check');
  });

  it('tells a question word from the conjunction without its accent', () => {
    expect(analyzeClose('me encanta cómo trabajan aquí', es).primary).toBe('upbeat_close');
    expect(analyzeClose('gracias me encanta como trabajan', es).primary).toBe('upbeat_close');
    expect(analyzeClose('gracias qué interesante todo', es).primary).toBe('upbeat_close');
  });

  it('hears an unpunctuated yes/no question by how it opens or the alternatives it offers', () => {
    expect(analyzeClose('gracias por todo hay posibilidad de crecer en la empresa', es).primary).toBe(
      'role_question',
    );
    expect(analyzeClose('el equipo trabaja más con clientes en inglés o en español', es).primary).toBe(
      'role_question',
    );
  });
});

describe('Spanish examples and rewrites', () => {
  it('give the role the article its gender takes, from the article the user gave or the noun', () => {
    const examples = (role: string) =>
      Array.from({ length: 6 }, (_, variant) =>
        exampleClose({ ...es, role, company: 'Mercy' }, variant),
      ).join(' ');
    expect(examples('una enfermera')).toMatch(/\buna enfermera\b/);
    expect(examples('enfermero')).toMatch(/\bun enfermero\b/);
    expect(examples('programadora')).toMatch(/\buna programadora\b/);
    expect(examples('el analista')).toMatch(/\bun analista\b/);
    expect(examples('una enfermera')).not.toMatch(/\bun enfermera\b|una una/);
  });

  it('never write English into a Spanish close', () => {
    const analysis = analyzeClose('gracias cuándo empiezo', {
      ...es,
      role: 'una enfermera',
      company: 'Mercy',
    });
    expect(`${analysis.example} ${analysis.rewrite}`).not.toMatch(/\b(the|role|hope|thank)\b/i);
    expect(analysis.example).toContain('enfermera');
    expect(analysis.example).not.toContain('una enfermera role');
  });

  it("keep the user's thanks, drop the risky question and end on interest", () => {
    const analysis = analyzeClose('muchas gracias por su tiempo le preocupa algo de mi perfil', {
      ...es,
      company: 'Mercy',
    });
    expect(analysis.rewriteKeepsUserWords).toBe(true);
    expect(analysis.rewrite).toMatch(/^Muchas gracias por su tiempo\./);
    expect(analysis.rewrite).not.toMatch(/preocupa/);
    expect(analysis.rewrite).toMatch(/Mercy/);
  });
});
