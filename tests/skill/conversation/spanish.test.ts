import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../lambda/src/languages/supported.ts';
import { MemoryPersistenceAdapter } from '../../../lambda/src/persistence/memory-adapter.ts';
import { INTERVIEWER_VOICES } from '../../../lambda/src/speech/voices.ts';
import { Conversation } from '../../support/conversation.ts';

// A Monday, so "el próximo martes" is the eighth of December.
const MONDAY = new Date('2026-11-30T10:00:00Z');

function spanishTalk(locale: string, userId = 'amzn1.ask.account.spanish'): Conversation {
  return new Conversation({
    locale,
    adapter: new MemoryPersistenceAdapter(),
    userId,
    now: () => MONDAY,
  });
}

describe.each(LANGUAGES.es.locales)('a conversation in Spanish through the %s model', (locale) => {
  it('opens in Spanish, with the interviewer in the locale’s own Polly voice asking for the close', async () => {
    const talk = spanishTalk(locale);
    const opening = await talk.launch();
    expect(opening.coach).toMatch(/Te doy la bienvenida a Coach de Cierre/);
    expect(opening.raw.response.outputSpeech).toMatchObject({
      ssml: expect.stringContaining(`<voice name="${INTERVIEWER_VOICES[locale]}">`) as unknown,
    });
    expect(opening.interviewer).toMatch(/¿[^?]+\?$/);
    expect(opening.attributes.state).toBe('AWAITING_CLOSE');
  });

  it('coaches a whole round: a risky close gets the interviewer’s deflection, the words quoted back and a better close', async () => {
    const talk = spanishTalk(locale);
    await talk.launch();
    const feedback = await talk.say('muchas gracias por su tiempo cómo lo hice');
    expect(feedback.attributes.state).toBe('FEEDBACK');
    expect(feedback.interviewer.length).toBeGreaterThan(0);
    expect(feedback.coach).toMatch(/^Arriesgado\. /);
    expect(feedback.coach).toMatch(/Preguntaste: cómo lo hice\./);
    expect(feedback.coach).toMatch(/¿Otra ronda\?$/);
    expect(feedback.card?.title).toMatch(/tu cierre$/);
  });

  it('praises an upbeat close and ends with the exit ritual', async () => {
    const talk = spanishTalk(locale);
    await talk.launch();
    const feedback = await talk.say('gracias por su tiempo me encantaría unirme al equipo');
    expect(feedback.coach).toMatch(
      /Dijiste me encantaría unirme al equipo: agradecimiento y un interés real/,
    );
    expect(feedback.coach).toMatch(/nota de agradecimiento/);
  });

  it('answers the follow-ups in Spanish: why, another example, tips, and a new round', async () => {
    const talk = spanishTalk(locale);
    await talk.launch();
    await talk.say('cuáles son los próximos pasos');
    const why = await talk.say('por qué');
    expect(why.coach).toMatch(/¿Otra ronda\?$/);
    expect(why.attributes.state).toBe('FEEDBACK');
    const example = await talk.say('otro ejemplo');
    expect(example.coach).toMatch(/^Aquí tienes otro que podrías usar: .+ ¿Quieres probarlo tú\?$/);
    const tips = await talk.say('consejos');
    expect(tips.coach).toMatch(/nota de agradecimiento/);
    const round = await talk.say('otra ronda');
    expect(round.attributes.state).toBe('AWAITING_CLOSE');
    expect(round.interviewer).toMatch(/\?$/);
  });

  it('takes the role, company and format in Spanish and uses them', async () => {
    const talk = spanishTalk(locale);
    await talk.launch();
    const job = await talk.say('tengo una entrevista para enfermera en Hospital Ángeles');
    expect(job.coach).toMatch(/enfermera en Hospital Ángeles/);
    const format = await talk.say('es una entrevista por teléfono');
    expect(format.coach).toMatch(/entrevista por teléfono/);
    const tips = await talk.say('consejos');
    expect(tips.coach).toMatch(/^Por teléfono:/);
  });

  it('says how the user is doing, from what was kept', async () => {
    const talk = spanishTalk(locale);
    await talk.launch();
    await talk.say('me van a dar el trabajo');
    const progress = await talk.say('cómo voy');
    expect(progress.coach).toMatch(/Has practicado 1 ronda\./);
    expect(progress.coach).toMatch(/\?$/);
  });

  it('helps in Spanish while the interviewer waits, and stops with a warm goodbye', async () => {
    const talk = spanishTalk(locale);
    await talk.launch();
    const help = await talk.say('ayuda');
    expect(help.coach).toMatch(/El entrevistador acaba de despedirse/);
    expect(help.attributes.state).toBe('AWAITING_CLOSE');
    const stop = await talk.say('para');
    expect(stop.ended).toBe(true);
    expect(stop.coach).toMatch(/nota de agradecimiento|Apretón de manos/);
  });

  it('deletes what it kept only after a spoken sí', async () => {
    const talk = spanishTalk(locale);
    await talk.launch();
    await talk.say('gracias por todo fue un gusto');
    const confirm = await talk.say('borra mis datos');
    expect(confirm.coach).toMatch(/No se puede deshacer\. ¿Sí o no\?$/);
    const done = await talk.say('sí');
    expect(done.coach).toMatch(/He borrado todo/);
    const progress = await talk.say('cómo voy');
    expect(progress.coach).toMatch(/Todavía no has practicado/);
  });

  it('offers the thank-you reminder for the day after the real interview, named in Spanish', async () => {
    const talk = spanishTalk(locale);
    await talk.launch();
    await talk.say('tengo una entrevista en Bimbo');
    await talk.say('gracias por su tiempo me encantaría unirme al equipo');
    const when = await talk.say('no');
    expect(when.coach).toMatch(/¿Cuándo es tu entrevista\?$/);
    const offer = await talk.say('el próximo martes');
    expect(offer.coach).toMatch(/^¡Mucha suerte! ¿Te recuerdo el miércoles.* 9 de diciembre/);
    const yes = await talk.say('sí');
    expect(yes.coach).toMatch(/necesito tu permiso/);
  });
});

describe('words Alexa routes to a built-in or a follow-up, said to the waiting interviewer', () => {
  it.each(LANGUAGES.es.locales)(
    'in %s, "no" and "cómo voy" are coached as the closes they are',
    async (locale) => {
      const declining = spanishTalk(locale);
      await declining.launch();
      const no = await declining.say('no');
      expect(no.attributes.state).toBe('FEEDBACK');
      expect(no.card?.content).toMatch(/Dijiste: no/);

      const asking = spanishTalk(locale);
      await asking.launch();
      const howAmIDoing = await asking.say('cómo voy');
      expect(howAmIDoing.attributes.state).toBe('FEEDBACK');
      // Asked of the interviewer, it is asking how the interview went.
      expect(howAmIDoing.attributes.lastAnalysis).toMatchObject({ primary: 'performance_check' });
    },
  );
});
