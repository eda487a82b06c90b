import type { advice as english } from '../en/advice.ts';

/**
 * Por qué cada movimiento ayuda o perjudica al despedirse, con la voz del
 * coach. `reason` es la frase que acompaña la valoración; `detail` responde a "¿por qué?".
 */
export const advice = {
  fit_probe: {
    reason: 'Una pregunta que no pueden responder con franqueza.',
    detail:
      'Algunos reclutadores recomiendan preguntar por las dudas, y a mitad de la entrevista puede funcionar. En la puerta sale mal: no pueden contestarte con franqueza, la pregunta los pone en un aprieto y les quita un tiempo que quizá no tienen. Deja que tus respuestas hablen de tu encaje y despídete con una frase breve y cálida sobre tu interés.',
  },
  performance_check: {
    reason: 'Los pone en un aprieto, y para nada.',
    detail:
      'Ningún entrevistador te dirá en la puerta que una respuesta se quedó corta, así que recibirás una evasiva amable, y la pregunta en sí suena a inseguridad. Confía en el trabajo que hiciste en la entrevista. Despídete con agradecimiento e interés, da la mano, sonríe y vete.',
  },
  hard_close: {
    reason: 'Presionar ahora trae una negativa cortés.',
    detail:
      'La decisión se toma después de ver a todos los candidatos, a menudo entre varias personas. Pedir el puesto, una oferta o una fecha de incorporación en la puerta obliga a una evasiva y puede parecer presuntuoso. Di que quieres el puesto, con calidez y en pocas palabras, y deja que la nota de agradecimiento haga el resto.',
  },
  needy: {
    reason: 'Les deja tu presión, no tus fortalezas.',
    detail:
      'Las empresas contratan a quien quiere el puesto, no a quien no tiene otra opción. Suplicar o hablar de apuros de dinero hace que lo último que recuerden sea tu presión. Quédate con el entusiasmo sincero: te interesa, has disfrutado la conversación y esperas tener noticias.',
  },
  compensation_question: {
    reason: 'El sueldo, mejor con el reclutador.',
    detail:
      'Sacar el dinero o las condiciones en la puerta los convierte en tu última impresión. Esas preguntas son para el reclutador o para cuando haya una oferta sobre la mesa, que es cuando más margen tienes. Por ahora, termina hablando del interés por el trabajo en sí.',
  },
  self_undermining: {
    reason: 'Les das un motivo para dudar de ti.',
    detail:
      'Todo el mundo se pone nervioso en una entrevista, y lo saben; no hace falta decirlo. Una disculpa, una confesión de nervios o rebajarte a ti mismo se convierte en lo que recuerdan. Termina con firmeza y en positivo, aunque te sintieras inseguro.',
  },
  pitch_recap: {
    reason: 'Tus respuestas ya defendieron tu candidatura.',
    detail:
      'Resumir tus méritos en la puerta ocupa un tiempo que quizá no tienen y puede parecer insistente. Deja que tu experiencia, tus habilidades y tu preparación hagan el cierre. Basta con una frase animada de interés.',
  },
  role_question: {
    reason: 'Una pregunta nueva los retiene en la puerta.',
    detail:
      'La curiosidad por el puesto es estupenda, y conviene preguntar cuando te invitan a hacerlo. Cuando ya han dado la entrevista por terminada, una pregunta nueva los retrasa. Guárdala para la nota de agradecimiento o para otra ronda y despídete con agradecimiento e interés.',
  },
  process_question: {
    reason: 'Es justo, pero pregúntalo antes; cierra con interés.',
    detail:
      'La mayoría de los entrevistadores explican los próximos pasos y, si no, lo hará el reclutador. Como última frase puede sonar a ansiedad. Si necesitas preguntarlo, hazlo antes del cierre y termina con una frase breve y animada sobre el puesto.',
  },
  upbeat_close: {
    reason: 'Cálido, breve y sin nada que responder.',
    detail:
      'Una frase breve y animada de interés les deja entusiasmo y nada que responder. Acompáñala de {{ritual}}, y habrás hecho todo lo que puede hacer una despedida.',
  },
  upbeat_close_long: {
    reason: 'El tono es bueno; recórtalo a un tirón.',
    detail:
      'Cuando están cerrando, cada frase de más los retrasa para su siguiente reunión. Quédate con el agradecimiento y el interés, quita lo demás y apunta a unos diez segundos.',
  },
  other: {
    reason: 'Está bien, pero no dice que quieres el puesto.',
    detail:
      'Decir que no tienes preguntas o charlar un momento está bien, pero lo último que oigan debería ser que quieres el puesto. Basta con una frase breve y animada de interés y, luego, {{ritual}}.',
  },
  empty: {
    reason: 'No he oído ninguna despedida.',
    detail:
      'Cuando el entrevistador cierre, di una o dos frases como lo harías en la sala y te daré mi opinión.',
  },
} as const satisfies Record<keyof typeof english, { reason: string; detail: string }>;
