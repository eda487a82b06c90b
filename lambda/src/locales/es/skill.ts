import type { skill as english } from '../en/skill.ts';
import type { SameShape } from '../same-shape.ts';

/**
 * Everything the skill says in Spanish, for Spain, Mexico and the US alike.
 * The coach says "tú"; the interviewer, playing a stranger, says "usted".
 * Arrays are variations picked at random. A question that leaves the
 * microphone open ends with "?". No "&" or "<": user words are escaped where
 * speech is built.
 */
export const skill: SameShape<typeof english> = {
  welcome: {
    first:
      'Te doy la bienvenida a Coach de Cierre. Yo hago de entrevistador que se despide; tú dices tu cierre, tal como lo harías de verdad.',
    back_one: '¡Qué bueno verte otra vez! Llevas {{count}} ronda practicada.',
    back_other: '¡Qué bueno verte otra vez! Llevas {{count}} rondas practicadas.',
    streak_one: 'Llevas {{count}} cierre fuerte seguido.',
    streak_other: 'Llevas {{count}} cierres fuertes seguidos.',
    again: 'Vamos allá.',
  },
  interviewer: {
    in_person: [
      'Bueno, hasta aquí el tiempo que teníamos hoy. Muchas gracias por venir.',
      'Creo que por mi parte ya está todo. Gracias por acercarse hasta la oficina.',
      'Se nos acaba el tiempo, así que lo dejamos aquí. Ha sido un gusto conocerle.',
      'Muy bien, no le entretengo más. Gracias por venir hoy.',
      'Eso es todo por mi parte. En un momento le acompaño a la salida.',
    ],
    phone: [
      'Bueno, ya casi es la media hora, así que le dejo. Gracias por atender la llamada.',
      'Esas eran todas mis preguntas para esta llamada. Gracias por su tiempo.',
      'Tengo otra llamada en un minuto, así que lo dejamos aquí. Un gusto hablar con usted.',
      'Perfecto, creo que tengo todo lo que necesitaba. Gracias por tomar la llamada.',
    ],
    video: [
      'Parece que ya se nos acabó el tiempo. Gracias por conectarse a la videollamada.',
      'Bien, por mi parte es todo. Gracias por conectarse esta mañana.',
      'Tenemos que dejarlo aquí, tengo otra reunión. Gracias por su tiempo hoy.',
      'Muy bien, creo que lo hemos cubierto todo. Gracias por unirse a la llamada.',
    ],
    question: [
      '¿Quiere añadir algo antes de terminar?',
      '¿Algún comentario final?',
      '¿Algo más por su parte?',
      'Antes de cerrar, ¿hay algo que quiera decir?',
    ],
    withCompany: [
      'Gracias de nuevo por su interés en {{company}}. Estaremos en contacto.',
      'Nos alegra que le interese {{company}}.',
    ],
  },
  reaction: {
    fit_probe: [
      'Ah. Bueno, es difícil decirlo por ahora.',
      'Mmm. Lo revisaremos todo en equipo.',
      'Prefiero no entrar en eso hoy.',
    ],
    performance_check: [
      'Ah, eh, estuvo bien. Estaremos en contacto.',
      'Es un poco pronto para decirlo.',
      'Bueno, hoy no puedo darle una valoración.',
    ],
    hard_close: [
      'Ja, bueno, todavía no estamos en ese punto.',
      'Eso no es algo que pueda prometer hoy.',
      'No nos adelantemos.',
    ],
    needy: [
      'Ah. Vale. Bueno, ya le avisaremos.',
      'Entiendo. Le avisaremos en cualquier caso.',
      'Bien, eh, gracias por contármelo.',
    ],
  },
  coach: {
    verdict: {
      strong: ['¡Buen cierre!', 'Ese es un gran cierre.', 'Muy bien hecho.'],
      needs_work: ['Casi, pero todavía no.', 'No está mal, pero puede ser más fuerte.'],
      risky: ['Cierre arriesgado.', 'Cuidado, ese es arriesgado.'],
    },
    finding: {
      question: 'Preguntaste: {{quote}}.',
      statement: 'Dijiste: {{quote}}.',
    },
    praise: {
      quoted: 'Dijiste {{quote}}: cálido, breve y sin nada que tengan que responder.',
      plain: 'Cálido, breve y sin nada que tengan que responder.',
    },
    ritual: {
      in_person: 'Luego, un apretón de manos firme, una sonrisa y una nota de agradecimiento en un día.',
      phone: 'Luego, una despedida cálida y una nota de agradecimiento en un día.',
      video: 'Luego, una sonrisa a la cámara y una nota de agradecimiento en un día.',
    },
    rewriteIntro: 'Pruébalo así: {{close}}',
    exampleIntro: 'Prueba algo como: {{close}}',
    offer: '¿Otra ronda?',
    offerReprompt: 'Puedes preguntar por qué, o pedir consejos. ¿Quieres otra ronda?',
  },
  awaitReprompt: {
    in_person: ['Como lo harías en la sala: ¿cómo cerrarías?', 'Te toca: ¿qué dices antes de dar la mano?'],
    phone: ['Como lo harías en la llamada: ¿cómo cerrarías?', 'Te toca: ¿qué dices antes de colgar?'],
    video: [
      'Como lo harías ante la cámara: ¿cómo cerrarías?',
      'Te toca: ¿qué dices antes de que termine la llamada?',
    ],
  },
  heardAs: {
    no: 'no',
    progress: 'cómo voy',
  },
  waiting: {
    yes: 'Genial. Adelante, dile tu cierre al entrevistador.',
    why: 'Los últimos treinta segundos son lo que más recuerdan, así que eso es lo que practicamos.',
  },
  why: '{{detail}} ¿Otra ronda?',
  whyStrong: '{{detail}} ¿Vamos con otra ronda?',
  whyNothing: 'Todavía no hemos hecho ninguna ronda. Empecemos una.',
  example: 'Aquí tienes otro que podrías usar: {{close}} ¿Quieres probarlo tú?',
  exampleWhileWaiting: 'Aquí tienes uno que podrías usar: {{close}}',
  startOver: 'Empezamos de cero.',
  tips: {
    in_person:
      'En persona: di tu frase, da un apretón de manos firme, sonríe y sal. Luego envía una nota de agradecimiento breve en un día, mencionando algo de lo que hablaron.',
    phone:
      'Por teléfono: di tu frase sonriendo, que se nota en la voz, y despídete con calidez en vez de dejarlo a medias. Envía un correo de agradecimiento ese mismo día.',
    video:
      'Por video: mira a la cámara, no a la pantalla, al decir tu frase, sonríe y deja que ellos terminen la llamada. Envía una nota de agradecimiento en un día.',
    offer: '¿Quieres practicar otra ronda?',
  },
  progress: {
    session_one: 'Llevas {{count}} ronda practicada en esta sesión.',
    session_other: 'Llevas {{count}} rondas practicadas en esta sesión.',
    noneYet: 'Todavía no has practicado ninguna ronda.',
    notSaved: 'Aquí no puedo guardar tu progreso entre sesiones, pero lo recordaré mientras practicamos.',
    total_one: 'Has practicado {{count}} ronda.',
    total_other: 'Has practicado {{count}} rondas.',
    streak_one: '{{count}} cierre fuerte seguido.',
    streak_other: '{{count}} cierres fuertes seguidos.',
    pitfallFading: 'Tu tropiezo más común es {{pitfall}}, y cada vez aparece menos.',
    pitfallStays: 'Tu tropiezo más común es {{pitfall}}: ese es el que hay que trabajar.',
    noPitfall: 'Ningún tropiezo se repite.',
    unavailable: 'Ahora mismo no puedo acceder a tu progreso guardado, pero podemos seguir practicando.',
    saveFailed: 'No pude guardar esta ronda, pero sigamos.',
    offer: '¿Otra ronda?',
    offerFirst: '¿Empezamos una ronda?',
  },
  job: {
    both: 'Entendido: {{role}} en {{company}}. Lo usaré en los ejemplos.',
    role: 'Entendido: el puesto de {{role}}. Lo usaré en los ejemplos.',
    company: 'Entendido: {{company}}. Lo usaré en los ejemplos.',
    missing:
      'Dime el puesto, la empresa o ambos. Por ejemplo: tengo una entrevista para enfermera en el Hospital Ángeles.',
    offer: '¿Practicamos una ronda con eso?',
  },
  format: {
    set: {
      in_person: 'Vale, una entrevista presencial. Prepararé la escena en la sala.',
      phone: 'Vale, una entrevista por teléfono. Prepararé la escena en una llamada.',
      video: 'Vale, una entrevista por video. Prepararé la escena ante la cámara.',
    },
    howToSay: 'Para elegir el formato, di: es una entrevista por teléfono, o por video, o en persona.',
    offer: '¿Practicamos una ronda?',
  },
  deleteData: {
    nothing: 'Aquí no guardo nada sobre ti entre sesiones, así que no hay nada que borrar.',
    confirm: '¿Borro tu progreso guardado y los datos de tu entrevista? No se puede deshacer. ¿Sí o no?',
    done: 'Listo. He borrado todo lo que guardaba sobre ti.',
    kept: 'De acuerdo, lo conservo.',
    failed: 'Perdona, ahora mismo no pude acceder a tus datos. Inténtalo de nuevo en un momento.',
    offer: '¿Otra ronda?',
  },
  reminder: {
    askDate:
      'Queda un último paso después de la entrevista real: la nota de agradecimiento. Puedo recordártelo al día siguiente. ¿Cuándo es tu entrevista?',
    askDateAgain: '¿Qué día es la entrevista real, por ejemplo el próximo martes?',
    dateUnclear: 'Necesito el día concreto, como el viernes o el 4 de diciembre.',
    noDate: 'Sin problema, no pondré ningún recordatorio.',
    offer: '¡Mucha suerte! ¿Te recuerdo el {{day}} a las {{time}} que envíes tu nota de agradecimiento?',
    offerAgain: '¿Pongo ese recordatorio para la nota de agradecimiento? ¿Sí o no?',
    text: 'Es hora de enviar tu nota de agradecimiento. Breve, cálida y concreta.',
    textCompany: 'Es hora de enviar tu nota de agradecimiento a {{company}}. Breve, cálida y concreta.',
    created: 'Listo: te lo recordaré el {{day}} a las {{time}}.',
    permission:
      'Para poner recordatorios necesito tu permiso. Te he enviado una tarjeta a la app de Alexa donde puedes darlo.',
    failed: 'Ahora mismo no pude poner el recordatorio. Apúntalo tú: una nota de agradecimiento en un día.',
    declined: 'Sin problema, no volveré a preguntar.',
  },
  help: {
    awaiting:
      'El entrevistador acaba de despedirse. Di tus palabras de cierre como lo harías de verdad, por ejemplo: gracias por su tiempo, este puesto me entusiasma mucho.',
    feedback:
      'Di un cierre nuevo para intentarlo otra vez, o pregunta por qué, pide otro ejemplo, consejos para despedirte, o cómo vas. ¿Qué te gustaría?',
    general:
      'Hago de entrevistador que se despide, tú practicas tu cierre y yo te doy consejos. Dime el puesto y la empresa, o si es en persona, por teléfono o por video, y pregúntame cómo vas cuando quieras. ¿Empezamos una ronda?',
    question: 'Solo di sí o no.',
    date: 'Solo dime el día de la entrevista, o di no.',
  },
  fallback: {
    awaiting:
      'Perdona, no te entendí. Di tu cierre en voz alta, por ejemplo: muchas gracias, me encantaría unirme al equipo.',
    general:
      'Perdona, no te entendí. Di un cierre para probarlo, o di otra ronda, por qué, consejos o ayuda. ¿Qué te gustaría?',
  },
  emptyClose: 'No oí ninguna palabra. Di tu cierre como se lo dirías al entrevistador.',
  goodbye: [
    'Mucha suerte. Y recuerda la nota de agradecimiento en un día. ¡Hasta luego!',
    'Tú puedes. Apretón de manos, sonrisa y una nota de agradecimiento después. ¡Hasta pronto!',
    'A por ello. No olvides la nota de agradecimiento. ¡Adiós!',
  ],
  unsupportedLanguage:
    'Lo siento, Coach de Cierre todavía no habla este idioma. Por ahora entrena en español y en inglés. ¡Adiós!',
  noRepeat: 'Todavía no hay nada que repetir. ¿Empezamos una ronda?',
  error: 'Perdona, algo falló por mi parte. Sigamos: dilo otra vez, o pide ayuda.',
  errorReprompt: '¿Qué te gustaría hacer?',
  card: {
    title: 'Coach de Cierre',
    feedbackTitle: '{{verdict}}: tu cierre',
    youSaid: 'Dijiste',
    strong: 'Tu cierre',
    advice: 'Por qué importa',
    rewrite: 'Tu cierre, más directo',
    example: 'Un cierre de ejemplo',
    welcomeTitle: 'Coach de Cierre',
    welcome: 'El entrevistador se está despidiendo. Di tu cierre tal como lo harías de verdad.',
    hint: 'Di: por qué, otro ejemplo, consejos u otra ronda.',
    scores: 'Tus puntuaciones recientes',
  },
};
