/** How each move and verdict is named to the user. */
export const labels = {
  fit_probe: 'asking about concerns or fit',
  performance_check: 'asking how you did',
  hard_close: 'pressing for a decision',
  needy: 'sounding desperate',
  compensation_question: 'raising pay or perks',
  self_undermining: 'undercutting yourself',
  pitch_recap: 'a last sales pitch',
  role_question: 'a new question about the job',
  process_question: 'asking about next steps',
  upbeat_close: 'an upbeat close',
  other: 'ending without a clear close',
  empty: 'nothing said',
} as const;

export const verdicts = {
  strong: 'Strong close',
  needs_work: 'Needs work',
  risky: 'Risky close',
  empty: 'No close heard',
} as const;
