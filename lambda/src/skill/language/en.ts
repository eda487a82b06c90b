import type { SkillWords } from './skill-words.ts';

/** The English words the skill itself reads: how people name a job, a company and an interview's format. */
export const en: SkillWords = {
  roleLeadWords: ['a', 'an', 'the', 'my'],
  roleNouns: ['role', 'position', 'job', 'post', 'opening'],
  companyJoiners: ['at', 'with', 'for'],
  // In-person words come first ("an onsite meeting"), then camera words, so a "zoom call" is on video, not the phone.
  formatWords: [
    ['in_person', ['in person', 'face to face', 'office', 'onsite', 'on site']],
    ['video', ['video', 'zoom', 'teams', 'camera', 'online', 'virtual', 'skype', 'webex', 'google meet']],
    ['phone', ['phone', 'call', 'telephone']],
  ],
};
