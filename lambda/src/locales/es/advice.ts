import type { advice as english } from '../en/advice.ts';

/**
 * Por qué cada movimiento ayuda o perjudica al despedirse, con la voz del
 * coach. `reason` es la frase que acompaña la valoración; `detail` responde a "¿por qué?".
 */
export const advice = {
  fit_probe: {
    reason: 'Es una pregunta sin salida: un sí lo estropea todo y un no no promete nada.',
    detail:
      'Algunos reclutadores recomiendan preguntar por las dudas, y a mitad de la entrevista puede funcionar. En la puerta sale mal: no pueden contestarte con franqueza, la pregunta los pone en un aprieto y les quita un tiempo que quizá no tienen. Deja que tus respuestas hablen de tu encaje y despídete con una frase breve y cálida sobre tu interés.',
  },
  performance_check: {
    reason: 'Los pone en un aprieto, y nada de lo que digan te ayudará a conseguir el puesto.',
    detail:
      'Ningún entrevistador te dirá en la puerta que una respuesta se quedó corta, así que recibirás una evasiva amable, y la pregunta en sí suena a inseguridad. Confía en el trabajo que hiciste en la entrevista. Despídete con agradecimiento e interés, da la mano, sonríe y vete.',
  },
  hard_close: {
    reason: 'Presionar para que decidan en la puerta trae una negativa cortés, no un sí.',
    detail:
      'La decisión se toma después de ver a todos los candidatos, a menudo entre varias personas. Pedir el puesto, una oferta o una fecha de incorporación en la puerta obliga a una evasiva y puede parecer presuntuoso. Di que quieres el puesto, con calidez y en pocas palabras, y deja que la nota de agradecimiento haga el resto.',
  },
  needy: {
    reason: 'Sonar a que necesitas el trabajo deja en su memoria tu presión, no tus fortalezas.',
    detail:
      'Las empresas contratan a quien quiere el puesto, no a quien no tiene otra opción. Suplicar o hablar de apuros de dinero hace que lo último que recuerden sea tu presión. Quédate con el entusiasmo sincero: te interesa, has disfrutado la conversación y esperas tener noticias.',
  },
  compensation_question: {
    reason: 'El sueldo y las condiciones importan, pero háblalos con el reclutador, no al salir.',
    detail:
      'Sacar el dinero o las condiciones en la puerta los convierte en tu última impresión. Esas preguntas son para el reclutador o para cuando haya una oferta sobre la mesa, que es cuando más margen tienes. Por ahora, termina hablando del interés por el trabajo en sí.',
  },
  self_undermining: {
    reason: 'Disculparte o señalar tus puntos débiles les da un motivo para dudar de ti.',
    detail:
      'Todo el mundo se pone nervioso en una entrevista, y lo saben; no hace falta decirlo. Una disculpa, una confesión de nervios o rebajarte a ti mismo se convierte en lo que recuerdan. Termina con firmeza y en positivo, aunque te sintieras inseguro.',
  },
  pitch_recap: {
    reason: 'Tus respuestas ya defendieron tu candidatura; un último discurso solo alarga la despedida.',
    detail:
      'Resumir tus méritos en la puerta ocupa un tiempo que quizá no tienen y puede parecer insistente. Deja que tu experiencia, tus habilidades y tu preparación hagan el cierre. Basta con una frase animada de interés.',
  },
  role_question: {
    reason: 'Es una buena pregunta, pero una nueva los retiene justo cuando están cerrando.',
    detail:
      'La curiosidad por el puesto es estupenda, y conviene preguntar cuando te invitan a hacerlo. Cuando ya han dado la entrevista por terminada, una pregunta nueva los retrasa. Guárdala para la nota de agradecimiento o para otra ronda y despídete con agradecimiento e interés.',
  },
  process_question: {
    reason: 'Es razonable preguntarlo, pero antes, para que tus últimas palabras hablen de tu interés.',
    detail:
      'La mayoría de los entrevistadores explican los próximos pasos y, si no, lo hará el reclutador. Como última frase puede sonar a ansiedad. Si necesitas preguntarlo, hazlo antes del cierre y termina con una frase breve y animada sobre el puesto.',
  },
  upbeat_close: {
    reason: 'Agradecimiento, interés real y ganas de tener noticias, todo de un tirón.',
    detail:
      'Una frase breve y animada de interés les deja entusiasmo y nada que responder. Acompáñala de un apretón de manos firme, una sonrisa y una nota de agradecimiento en menos de un día, y habrás hecho todo lo que puede hacer una despedida.',
  },
  upbeat_close_long: {
    reason: 'El tono es el adecuado, pero se alarga; apunta a decirlo de un tirón.',
    detail:
      'Cuando están cerrando, cada frase de más los retrasa para su siguiente reunión. Quédate con el agradecimiento y el interés, quita lo demás y apunta a unos diez segundos.',
  },
  other: {
    reason: 'No te perjudica, pero no les dice que quieres el puesto.',
    detail:
      'Decir que no tienes preguntas o charlar un momento está bien, pero lo último que oigan debería ser que quieres el puesto. Basta con una frase breve y animada de interés, un apretón de manos, una sonrisa y una nota de agradecimiento.',
  },
  empty: {
    reason: 'No he oído ninguna despedida.',
    detail:
      'Cuando el entrevistador cierre, di una o dos frases como lo harías en la sala y te daré mi opinión.',
  },
} as const satisfies Record<keyof typeof english, { reason: string; detail: string }>;
