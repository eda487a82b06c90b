import type { labels as englishLabels, verdicts as englishVerdicts } from '../en/labels.ts';

/** Cómo se nombra al usuario cada movimiento y cada valoración. */
export const labels = {
  fit_probe: 'preguntar por dudas o por tu encaje',
  performance_check: 'preguntar qué tal lo hiciste',
  hard_close: 'presionar para que decidan',
  needy: 'sonar desesperado',
  compensation_question: 'sacar el sueldo o las condiciones',
  self_undermining: 'rebajarte a ti mismo',
  pitch_recap: 'un último discurso de venta',
  role_question: 'una pregunta nueva sobre el puesto',
  process_question: 'preguntar por los próximos pasos',
  upbeat_close: 'una despedida animada',
  other: 'terminar sin una despedida clara',
  empty: 'no se dijo nada',
} as const satisfies Record<keyof typeof englishLabels, string>;

export const verdicts = {
  strong: 'Buena despedida',
  needs_work: 'Mejorable',
  risky: 'Despedida arriesgada',
  empty: 'No se oyó ninguna despedida',
} as const satisfies Record<keyof typeof englishVerdicts, string>;
