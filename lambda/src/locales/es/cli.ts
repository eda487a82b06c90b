import type { cli as english } from '../en/cli.ts';

/** Títulos y mensajes del informe del analizador en la línea de órdenes. */
export const cli = {
  usage:
    'Uso: npm run analyze -- --locale es-ES "tus palabras de despedida" [--role PUESTO] [--company EMPRESA]\n     npm run --silent analyze -- --jsonl < despedidas.jsonl',
  heading: 'Closing Coach: análisis de tu despedida',
  youSaid: 'Dijiste',
  verdict: 'Valoración',
  score: 'Puntuación',
  length: 'Duración',
  lengthValue_one: '{{count}} palabra, unos {{seconds}} segundos',
  lengthValue_other: '{{count}} palabras, unos {{seconds}} segundos',
  tooLong: 'demasiado larga para una despedida',
  moves: 'Qué hace',
  noMoves: 'ningún movimiento claro',
  why: 'Por qué',
  ritual:
    'un apretón de manos o una despedida cálida, una sonrisa y una nota de agradecimiento en menos de un día',
  more: 'Más',
  rewrite: 'Tu despedida, más ajustada',
  example: 'Un ejemplo de despedida',
  badJson: 'no es JSON válido',
  badText: 'necesita un texto en "text"',
  textTooLong: 'el texto pasa de {{max}} caracteres',
  unsupportedLocale: 'no hay analizador para el idioma de "{{locale}}" (disponibles: {{supported}})',
  noText: 'Escribe la despedida como argumento, o usa --jsonl con líneas JSON por la entrada estándar.',
} as const satisfies Record<keyof typeof english, string>;
