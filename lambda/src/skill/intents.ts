/** Intent names of the interaction model (skill-package/interactionModels). */
export const Intents = {
  captureClose: 'CaptureCloseIntent',
  why: 'WhyIntent',
  anotherExample: 'AnotherExampleIntent',
  tips: 'TipsIntent',
  progress: 'ProgressIntent',
  setJob: 'SetJobIntent',
  setFormat: 'SetFormatIntent',
  interviewDate: 'InterviewDateIntent',
  newRound: 'NewRoundIntent',
  deleteData: 'DeleteDataIntent',
  help: 'AMAZON.HelpIntent',
  stop: 'AMAZON.StopIntent',
  cancel: 'AMAZON.CancelIntent',
  navigateHome: 'AMAZON.NavigateHomeIntent',
  fallback: 'AMAZON.FallbackIntent',
  yes: 'AMAZON.YesIntent',
  no: 'AMAZON.NoIntent',
  repeat: 'AMAZON.RepeatIntent',
  startOver: 'AMAZON.StartOverIntent',
} as const;

/** The capture intent's free-form slot (docs/ARCHITECTURE.md, "Contracts"). */
export const CLOSE_SLOT = 'closingWords';
