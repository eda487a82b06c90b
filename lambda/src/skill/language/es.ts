import type { SkillWords } from './skill-words.ts';

/** The Spanish words the skill itself reads: how people name a job, a company and an interview's format. */
export const es: SkillWords = {
  roleLeadWords: ['un', 'una', 'el', 'la', 'mi', 'de'],
  roleNouns: ['puesto', 'cargo', 'posición', 'posicion', 'trabajo', 'vacante', 'empleo', 'plaza', 'chamba'],
  companyJoiners: ['en', 'con', 'para'],
  // In-person words first ("en persona en la oficina"), then camera words, so a "llamada por zoom" is on video.
  formatWords: [
    [
      'in_person',
      ['presencial', 'en persona', 'cara a cara', 'en la oficina', 'oficina', 'en sus instalaciones'],
    ],
    [
      'video',
      [
        'videollamada',
        'video',
        'vídeo',
        'zoom',
        'teams',
        'cámara',
        'camara',
        'en línea',
        'en linea',
        'virtual',
        'meet',
      ],
    ],
    ['phone', ['teléfono', 'telefono', 'telefónica', 'telefonica', 'llamada', 'por teléfono']],
  ],
};
