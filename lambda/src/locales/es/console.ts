import type { consoleText as english } from '../en/console.ts';
import type { SameShape } from '../same-shape.ts';

/** The terminal console's own words in Spanish: everything it prints that the skill did not say. */
export const consoleText: SameShape<typeof english> = {
  usage: [
    'Uso: npm start -- [--locale es-MX] [--screen] [--speak] [--fresh] [--data-dir DIR] [--verbose]',
    '',
    '  --locale    uno de {{locales}} (por defecto en-US)',
    '  --screen    actúa como un dispositivo con pantalla (Echo Show): se anuncian las vistas APL',
    '  --speak     además, di el texto en voz alta con espeak-ng',
    '  --fresh     empieza con un perfil limpio: olvida las rondas, la racha y los datos guardados',
    '  --data-dir  dónde se guarda el progreso entre sesiones (por defecto .data/dynamo, o CLOSING_COACH_DATA_DIR)',
    '  --verbose   muestra los registros de la skill',
    '  -h, --help  este texto',
    '',
    'Escribe lo que le dirías a Alexa: tu cierre cuando el entrevistador se despide, y luego por qué, otro ejemplo,',
    'consejos, cómo voy, otra ronda, o un cierre nuevo directamente. /help muestra lo que la skill',
    'entiende, /quit sale.',
  ].join('\n'),
  badLocale: 'Idioma desconocido "{{locale}}". Usa uno de: {{locales}}.',
  prompt: 'Tú: ',
  you: 'Tú',
  interviewer: 'Entrevistador',
  coach: 'Coach',
  heard: 'Entendido',
  sessionEnded: '(sesión terminada)',
  screen: {
    feedback: '[pantalla: se muestra la valoración]',
    scene: '[pantalla: se muestra la escena]',
    other: '[pantalla: {{token}}]',
  },
  noEspeak: 'espeak-ng no está instalado, así que no se dirá nada en voz alta; seguimos en texto.',
  unknownCommand: 'No hay ningún comando de consola {{command}}. Escribe /help para ver lo que puedes decir.',
  help: {
    close:
      'Cuando el entrevistador se despida, escribe tu cierre tal como lo dirías. Después de la valoración, un cierre nuevo empieza la siguiente ronda.',
    phrases: 'También puedes decir:',
    commands: 'Comandos de la consola:',
    helpCommand: '/help   esta lista',
    quitCommand: '/quit   termina la sesión y sal (el fin de la entrada hace lo mismo)',
    afterEnd:
      'Cuando termine una sesión, pulsa Intro para abrir la skill otra vez, o escribe lo que le preguntarías.',
  },
};
