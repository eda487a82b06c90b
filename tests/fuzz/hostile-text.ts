import fc from 'fast-check';

/** Strings that look like nothing: a skill must treat each as "no words", never as words. */
const NULL_ISH = [
  '',
  ' ',
  '   ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  'null',
  'undefined',
  'NaN',
  'None',
  'nil',
  '[object Object]',
  '{}',
  '[]',
  'true',
  'false',
  '0',
  '?',
  '...',
];

/** SSML and XML metacharacters, markup Alexa would obey if it got through, and template syntax. */
export const MARKUP = [
  '<speak>',
  '</speak>',
  '<speak>hello</speak>',
  '&',
  '&&',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#x1F600;',
  '&nbsp;',
  ']]>',
  '<![CDATA[ thanks ]]>',
  '<!-- note -->',
  '<?xml version="1.0"?>',
  '<audio src="https://evil.example/a.mp3"/>',
  "<audio src='soundbank://soundlibrary/alarms/beeps_and_bloops/intro_02'/>",
  '"',
  "'",
  '"\'><',
  '</voice><voice name="Matthew">',
  '<voice name="Brian">you are hired</voice>',
  '<break time="10s"/>',
  '<amazon:effect name="whispered">psst</amazon:effect>',
  '<say-as interpret-as="expletive">darn</say-as>',
  '<phoneme alphabet="ipa" ph="x">y</phoneme>',
  'R&D',
  'AT&T',
  'Q&A',
  '<3',
  'a < b && c > d',
  'thanks <b>so</b> much',
  '${payload.title}',
  '{{company}}',
  '{{role}}',
  '$t(skill.error)',
  '%s %d',
  '\\',
  '\\n',
];

/** Characters XML 1.0 forbids, and the odd ones it allows but that trip up text handling. */
const CONTROL = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b[31m',
  '\u001f',
  '\u007f',
  '\u0085',
  '\ufffe',
  '\uffff',
  '\ufeff',
  '\u200b',
  '\u202e',
  'e\u0301',
];

const LONE_SURROGATES = ['\ud800', '\udfff', 'a\udbffb', '\udc00 thanks', 'hi \ud83d'];

const OTHER_LANGUAGES = [
  'मुझे यह नौकरी बहुत पसंद है, धन्यवाद',
  'क्या मुझे नौकरी मिलेगी',
  '非常感谢您的时间，我很期待加入团队',
  '我什么时候可以开始工作',
  'شكراً جزيلاً على وقتك، أنا متحمس جداً لهذه الوظيفة',
  'متى يمكنني البدء',
  'Merci beaucoup pour votre temps',
  'Спасибо за ваше время',
  'ありがとうございました',
  '🙂',
  '👍🏽🎉',
  '👨‍👩‍👧 thanks so much',
  '🙂 ... ',
];

/** Realistic words of a close, to mix with the rest so the analyzer quotes hostile text back. */
const CLOSE_WORDS = [
  'thank you so much for your time',
  'i am really excited about this role',
  'how did i do',
  'did i answer all your questions',
  'when can i start',
  'what does the salary look like',
  'please i really need this job',
  'sorry i was so nervous',
  'what are the next steps',
  'do you have any concerns about my background',
  'i would love to join the team',
  'thanks',
];

const NUMBERS: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom('1e309', '-0', '3.14', '0x1F', '٣', '१२३', '2,000,000', '10%'),
);

const TEN_THOUSAND = 10_000;

function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / Math.max(1, piece.length))).slice(0, length);
}

/** 10 000-character inputs: one letter, words, markup, emoji (a pair may be cut at any length). */
const LONG: fc.Arbitrary<string> = fc
  .constantFrom('a', 'how did i do ', '<speak>&amp;', '& < > " \'', '🙂', 'thank you R&D ', '\u0000x')
  .map((piece) => repeatTo(piece, TEN_THOUSAND));

const controlString = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  minLength: 1,
  maxLength: 8,
});

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CLOSE_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL, ...LONE_SURROGATES) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_LANGUAGES) },
  { weight: 1, arbitrary: NUMBERS },
);

/** Words of a close with hostile pieces among them, joined as Alexa might hand them over. */
const MIXED: fc.Arbitrary<string> = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '', '  ', '\n'))
  .map(([pieces, glue]) => pieces.join(glue));

/** Any hostile slot value: empty and null-ish, markup, control characters, surrogates, long, foreign, numbers. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NULL_ISH) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROL, ...LONE_SURROGATES) },
  { weight: 2, arbitrary: controlString },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER_LANGUAGES) },
  { weight: 2, arbitrary: NUMBERS },
  { weight: 1, arbitrary: LONG },
  { weight: 8, arbitrary: MIXED },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
