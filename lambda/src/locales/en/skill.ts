/**
 * Everything the skill says, in two voices: the interviewer (role-play, a Polly
 * voice) and the coach (Alexa's own). Arrays are variations picked at random.
 * No "&" or "<" here: user words are escaped for SSML where speech is built.
 */
export const skill = {
  welcome: {
    first:
      'Welcome to Closing Coach. I’ll play the interviewer wrapping up; you say your close, just as you would for real.',
    back_one: 'Welcome back! {{count}} round practised so far.',
    back_other: 'Welcome back! {{count}} rounds practised so far.',
    streak_one: 'You’re on {{count}} strong close in a row.',
    streak_other: 'You’re on {{count}} strong closes in a row.',
    again: 'Here we go.',
  },
  interviewer: {
    in_person: [
      "Well, that's all the time we have today. Thanks so much for coming in.",
      'I think that covers everything on my side. Thank you for making the trip in.',
      "We're just about out of time, so let's wrap it up there. It was good to meet you.",
      "Right, I'll let you go. Thanks for coming in today.",
      "That's everything from me. I'll walk you out in a moment.",
    ],
    phone: [
      "Okay, we're coming up on the half hour, so I'll let you go. Thanks for your time on the phone today.",
      "That's all my questions for this call. Thanks for making the time.",
      "I've got another call in a minute, so let's leave it there. Good talking with you.",
      "Great, I think that's everything I needed. Thanks for hopping on the call.",
    ],
    video: [
      "Looks like we're at time. Thanks for joining the video call today.",
      "Okay, that's everything on my end. Thanks for logging on this morning.",
      "We'll have to stop there, I've got another meeting. Thanks for your time today.",
      "Good, I think we've covered it all. Thanks for jumping on the call.",
    ],
    question: [
      'Anything you’d like to add before we finish?',
      'Any last thoughts from you?',
      'Anything else from your side?',
      'Before we wrap up, anything you want to say?',
    ],
    withCompany: [
      'Thanks again for your interest in {{company}}. We’ll be in touch.',
      'We’re glad you’re interested in {{company}}.',
    ],
  },
  reaction: {
    fit_probe: [
      "Oh. Well, it's hard to say at this point.",
      "Hmm. We'll review everything as a team.",
      "I'd rather not get into that today.",
    ],
    performance_check: [
      "Oh, um, it was fine. We'll be in touch.",
      "It's a bit early for me to say.",
      "Well, I can't really give feedback today.",
    ],
    hard_close: [
      "Ha, well, we're not quite there yet.",
      "That's not something I can commit to today.",
      "Let's not get ahead of ourselves.",
    ],
    needy: [
      "Oh. Okay. Well, we'll let you know.",
      "I see. We'll be in touch either way.",
      'Right, um, thanks for sharing that.',
    ],
  },
  coach: {
    verdict: {
      strong: ['Strong close!', 'That’s a great close.', 'Nicely done.'],
      needs_work: ['Close, but not quite.', 'Not bad, but it could be stronger.'],
      risky: ['Risky close.', 'Careful, that one’s risky.'],
    },
    finding: {
      question: 'You asked: {{quote}}.',
      statement: 'You said: {{quote}}.',
    },
    praise: {
      quoted: 'You said {{quote}}: warm, brief, and nothing for them to answer.',
      plain: 'Warm, brief, and nothing for them to answer.',
    },
    ritual: {
      in_person: 'Then a firm handshake, a smile, and a thank-you note within a day.',
      phone: 'Then a warm goodbye, and a thank-you note within a day.',
      video: 'Then a smile at the camera, and a thank-you note within a day.',
    },
    rewriteIntro: 'Try it this way: {{close}}',
    exampleIntro: 'Try something like: {{close}}',
    offer: 'Want another round?',
    offerReprompt: 'You can ask why, or for tips. Would you like another round?',
  },
  awaitReprompt: {
    in_person: [
      'Just as you would in the room: how would you close?',
      'Your turn: what do you say before you shake hands?',
    ],
    phone: [
      'Just as you would on the call: how would you close?',
      'Your turn: what do you say before you hang up?',
    ],
    video: [
      'Just as you would on camera: how would you close?',
      'Your turn: what do you say before the call ends?',
    ],
  },
  heardAs: {
    no: 'no',
    progress: 'how am I doing',
  },
  waiting: {
    yes: 'Great. Go ahead and say your close to the interviewer.',
    why: 'The last thirty seconds are what they remember, so that’s what we practise.',
  },
  why: '{{detail}} Want another round?',
  whyStrong: '{{detail}} Ready for another round?',
  whyNothing: 'We haven’t done a round yet. Let’s start one.',
  example: 'Here’s another you could use: {{close}} Want to try it yourself?',
  exampleWhileWaiting: 'Here’s one you could use: {{close}}',
  startOver: 'Starting fresh.',
  tips: {
    in_person:
      'In person: say your line, shake hands firmly, smile, and head out. Then send a short thank-you note within a day, mentioning something you talked about.',
    phone:
      'On the phone: say your line with a smile, they can hear it, and end warmly rather than trailing off. Send a thank-you email the same day.',
    video:
      'On video: look at the camera, not the screen, as you say your line, smile, and wait for them to end the call. Send a thank-you note within a day.',
    offer: 'Want to practise another round?',
  },
  progress: {
    session_one: 'You’ve practised {{count}} round so far this session.',
    session_other: 'You’ve practised {{count}} rounds so far this session.',
    noneYet: 'You haven’t practised a round yet.',
    notSaved: 'I can’t keep your progress between sessions here, but I’ll remember it while we practise.',
    total_one: 'You’ve practised {{count}} round.',
    total_other: 'You’ve practised {{count}} rounds.',
    streak_one: '{{count}} strong close in a row.',
    streak_other: '{{count}} strong closes in a row.',
    pitfallFading: 'Your most common slip is {{pitfall}}, and it’s fading.',
    pitfallStays: 'Your most common slip is {{pitfall}}: that’s the one to work on.',
    noPitfall: 'No slip keeps coming back.',
    unavailable: 'I can’t reach your saved progress right now, but we can keep practising.',
    saveFailed: 'I couldn’t save this round, but let’s keep going.',
    offer: 'Want another round?',
    offerFirst: 'Want to start a round?',
  },
  job: {
    both: 'Got it: {{role}} at {{company}}. I’ll use that in the examples.',
    role: 'Got it: the {{role}} role. I’ll use that in the examples.',
    company: 'Got it: {{company}}. I’ll use that in the examples.',
    missing:
      'Tell me the role, the company, or both. For example: I’m interviewing for a nurse role at Mercy Hospital.',
    offer: 'Want to practise a round with that?',
  },
  format: {
    set: {
      in_person: 'Okay, an in-person interview. I’ll set the scene in the room.',
      phone: 'Okay, a phone interview. I’ll set the scene on a call.',
      video: 'Okay, a video interview. I’ll set the scene on camera.',
    },
    howToSay: 'To set the format, say: it’s a phone interview, or a video interview, or in person.',
    offer: 'Want to practise a round?',
  },
  deleteData: {
    nothing: 'I don’t keep anything about you between sessions here, so there’s nothing to delete.',
    confirm: 'Delete your saved progress and interview details? This can’t be undone. Yes or no?',
    done: 'Done. I’ve deleted everything I kept about you.',
    kept: 'Okay, I’ve kept it.',
    failed: 'Sorry, I couldn’t reach your data just now. Please try again in a moment.',
    offer: 'Want another round?',
  },
  reminder: {
    askDate:
      'One last step comes after the real interview: the thank-you note. I can remind you the day after. When is your interview?',
    askDateAgain: 'Which day is the real interview, for example next Tuesday?',
    dateUnclear: 'I need the day itself, like Friday or December the fourth.',
    noDate: 'No problem, I won’t set a reminder.',
    offer: 'Good luck! Shall I remind you on {{day}} at {{time}} to send your thank-you note?',
    offerAgain: 'Shall I set that thank-you note reminder? Yes or no?',
    text: 'Time to send your thank-you note. Keep it short, warm and specific.',
    textCompany: 'Time to send {{company}} your thank-you note. Keep it short, warm and specific.',
    created: 'Done: I’ll remind you on {{day}} at {{time}}.',
    permission:
      'To set reminders I need your permission. I’ve sent a card to your Alexa app where you can allow it.',
    failed: 'I couldn’t set the reminder just now. Jot it down instead: a thank-you note within a day.',
    declined: 'No problem, I won’t ask again.',
  },
  help: {
    awaiting:
      'The interviewer has just wrapped up. Say your closing words as you would for real, for example: thank you for your time, I’m really excited about this role.',
    feedback:
      'Say a new close to try again, or ask why, for another example, for tips on leaving, or how you’re doing. What would you like?',
    general:
      'I play an interviewer wrapping up, you practise your close, and I coach it. Tell me the role and company, or whether it’s in person, by phone or on video, and ask how you’re doing any time. Want to start a round?',
    question: 'Just say yes or no.',
    date: 'Just tell me the day of the interview, or say no.',
  },
  fallback: {
    awaiting:
      'Sorry, I didn’t catch that. Just say your close out loud, for example: thanks so much, I’d love to join the team.',
    general:
      'Sorry, I didn’t get that. Say a close to try it, or say another round, why, tips, or help. What would you like?',
  },
  emptyClose: 'I didn’t catch any words there. Say your close as you would to the interviewer.',
  goodbye: [
    'Good luck in there. And remember the thank-you note within a day. Goodbye!',
    'You’ve got this. Handshake, smile, and a thank-you note afterwards. Bye for now!',
    'Go get them. Don’t forget that thank-you note. Goodbye!',
  ],
  unsupportedLanguage:
    'Sorry, Closing Coach doesn’t speak this language yet. For now it coaches in English and Spanish. Goodbye!',
  noRepeat: 'There’s nothing to repeat yet. Want to start a round?',
  error: 'Sorry, something went wrong on my side. Let’s keep going: say that again, or ask for help.',
  errorReprompt: 'What would you like to do?',
  card: {
    title: 'Closing Coach',
    feedbackTitle: '{{verdict}}: your close',
    youSaid: 'You said',
    strong: 'Your close',
    advice: 'Why it matters',
    rewrite: 'Your close, tightened',
    example: 'An example close',
    welcomeTitle: 'Closing Coach',
    welcome: 'The interviewer is wrapping up. Say your close just as you would for real.',
    hint: 'Say: why, another example, tips, or another round.',
    scores: 'Your recent scores',
  },
};
