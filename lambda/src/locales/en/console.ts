/** The terminal console's own words: everything it prints that the skill did not say. */
export const consoleText = {
  usage:
    'Usage: npm start -- [--locale en-US] [--screen] [--speak] [--verbose]\n\n  --locale   one of {{locales}} (default en-US)\n  --screen   act as a device with a screen (Echo Show)\n  --speak    also say the speech aloud with espeak-ng\n  --verbose  show the skill’s logs\n\nType what you would say to Alexa; /help lists what the skill understands, /quit leaves.',
  badLocale: 'Unknown locale "{{locale}}". Use one of: {{locales}}.',
  prompt: 'You: ',
  you: 'You',
  interviewer: 'Interviewer',
  coach: 'Coach',
  heard: 'Heard',
  sessionEnded: '(session ended)',
  screen: {
    feedback: '[screen: feedback shown]',
    scene: '[screen: scene shown]',
    other: '[screen: {{token}}]',
  },
  noEspeak: 'espeak-ng is not installed, so nothing will be said aloud; carrying on in text.',
  unknownCommand: 'There is no console command {{command}}. Type /help for what you can say.',
  help: {
    close: 'When the interviewer wraps up, type your close just as you would say it in the room.',
    phrases: 'You can also say:',
    commands: 'Console commands:',
    helpCommand: '/help   this list',
    quitCommand: '/quit   end the session and leave (end of input does the same)',
    afterEnd: 'After a session ends, press Enter to open the skill again, or type what you would ask it.',
  },
} as const;
