/**
 * Why each move helps or hurts at the door, in the coach's voice. `reason` is
 * the one sentence said with the feedback; `detail` answers "why?".
 */
export const advice = {
  fit_probe: {
    reason: "A no-win question they can't answer candidly.",
    detail:
      "Some recruiters do suggest asking about concerns, and mid-interview it can work. At the door it backfires: they can't answer you candidly, the question puts them on the spot, and it takes time they may not have. Let your answers speak for your fit, and leave with a short, warm line about how interested you are.",
  },
  performance_check: {
    reason: 'It puts them on the spot, for nothing.',
    detail:
      "No interviewer will tell you at the door that an answer fell short, so you'll get a polite non-answer, and the question itself sounds needy. Trust the work you did in the interview. Close with thanks and your interest, then shake hands, smile and go.",
  },
  hard_close: {
    reason: 'Pushing for a yes now gets a brush-off.',
    detail:
      "Decisions are made after everyone's been seen, often by more than one person. Asking for the job, an offer or a start date at the door forces a polite brush-off and can read as presumptuous. Say you want the role, warmly and briefly, and let the thank-you note keep you in mind.",
  },
  needy: {
    reason: 'It leaves them with your pressure, not your strengths.',
    detail:
      "Employers hire people who want the role, not people who have to have it. Pleading or mentioning money worries makes the last thing they remember your pressure, not your strengths. Keep it to genuine enthusiasm: you're interested, you enjoyed the conversation, you hope to hear back.",
  },
  compensation_question: {
    reason: 'Save pay and perks for the recruiter.',
    detail:
      'Bringing up money or perks at the door makes them the last impression you leave. Those questions belong with the recruiter or when an offer is on the table, when you have the most leverage. For now, end on interest in the work itself.',
  },
  self_undermining: {
    reason: 'It hands them a reason to doubt you.',
    detail:
      "Everyone's nervous in interviews, and they know it; you don't need to say so. An apology, a confession of nerves or a bargain against yourself becomes the thing they remember. End steady and positive instead, even if you felt shaky.",
  },
  pitch_recap: {
    reason: 'Your answers already made the case.',
    detail:
      'Summing up your qualifications at the door takes time the interviewer may not have, and it can come across as pushy. Let your experience, skills and preparation do the closing. One upbeat line of interest is all the ending needs.',
  },
  role_question: {
    reason: 'New questions hold them at the door.',
    detail:
      "Curiosity about the role is great, and you should ask when they invite questions. Once they've signalled the end, a fresh question holds them past their schedule. Save it for the thank-you note or a later round, and close with thanks and interest.",
  },
  process_question: {
    reason: 'Fair, but ask earlier; end on interest.',
    detail:
      'Most interviewers tell you the next steps, and if not, the recruiter will. As a last line it can sound anxious. If you must ask, ask before the wrap-up, then finish with a short upbeat line about the role.',
  },
  upbeat_close: {
    reason: 'Warm, brief, and nothing for them to answer.',
    detail:
      'A short, upbeat statement of interest leaves them with enthusiasm and nothing to answer. Pair it with {{ritual}}, and you have done everything a close can do.',
  },
  upbeat_close_long: {
    reason: 'The warmth is right; trim it to one breath.',
    detail:
      "When they're wrapping up, every extra sentence keeps them from their next meeting. Keep your thanks and your interest, drop the rest, and aim for about ten seconds.",
  },
  other: {
    reason: "Fine, but it doesn't say you want the job.",
    detail:
      'Declining questions or making small talk is fine, but the last thing they hear should be that you want the role. A quick, upbeat statement of interest is all it takes, then {{ritual}}.',
  },
  empty: {
    reason: "I didn't catch a close there.",
    detail: 'When the interviewer wraps up, say a line or two as you would in the room, and I will coach it.',
  },
} as const satisfies Record<string, { reason: string; detail: string }>;
