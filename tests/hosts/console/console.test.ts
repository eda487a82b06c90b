import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EntryRun, runEntry } from '../../support/run-entry.ts';
import { parseConsoleArguments } from '../../../lambda/src/hosts/console/console-options.ts';
import { renderTurn, speechParts } from '../../../lambda/src/hosts/console/render-turn.ts';
import {
  createDevice,
  intent,
  intentRequest,
  launchRequest,
  newSession,
  seededStamper,
  sessionEndedRequest,
  type ConsoleSession,
} from '../../../lambda/src/hosts/console/request-envelopes.ts';
import type { Turn } from '../../../lambda/src/hosts/console/skill-client.ts';
import { espeakNarrator } from '../../../lambda/src/hosts/console/speak-aloud.ts';
import { FEEDBACK_TOKEN } from '../../../lambda/src/display/apl.ts';
import { translatorFor } from '../../../lambda/src/locales/index.ts';
import { en } from '../../../lambda/src/locales/en/index.ts';

const ENTRY = 'lambda/src/hosts/console.ts';

type Run = EntryRun;

function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'closing-coach-console-'));
}

/** The console as a user runs it; each run gets a store of its own unless the test shares one on purpose. */
function runConsole(
  args: readonly string[],
  lines: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Run> {
  const stdin = lines.map((line) => `${line}\n`).join('');
  return runEntry(ENTRY, args, stdin, { CLOSING_COACH_DATA_DIR: freshDataDir(), ...env });
}

/** What the console printed in answer to one typed line: from its echo up to the next one. */
function answerTo(stdout: string, typed: string): string {
  const echo = `You: ${typed}`.trimEnd();
  const start = stdout.split('\n').findIndex((line) => line === echo);
  expect(start, `no echo of "${typed}" in:\n${stdout}`).toBeGreaterThanOrEqual(0);
  const after = stdout.split('\n').slice(start + 1);
  const next = after.findIndex((line) => line.startsWith('You:'));
  return (next === -1 ? after : after.slice(0, next)).join('\n');
}

function opening(stdout: string): string {
  return stdout.split('\nYou:')[0] ?? '';
}

const PERFORMANCE_CHECK = 'did i answer all your questions';

describe('npm start: a round in the terminal', () => {
  let round: Run;
  beforeAll(async () => {
    round = await runConsole([], [`thank you so much ${PERFORMANCE_CHECK}`, 'why', 'stop']);
  });

  it('opens with the welcome and the interviewer wrapping up, and exits 0', () => {
    expect(round.code).toBe(0);
    expect(round.stderr).toBe('');
    expect(opening(round.stdout)).toMatch(/^Coach: Welcome to Closing Coach\./);
    expect(opening(round.stdout)).toMatch(/^Interviewer: \S.{10,}$/m);
  });

  it('prints speech as text without SSML, and never the reprompt', () => {
    expect(round.stdout).not.toMatch(/<\/?(speak|voice)\b|&apos;/);
    expect(round.stdout).not.toContain(en.skill.coach.offerReprompt);
    for (const reprompt of Object.values(en.skill.awaitReprompt).flat())
      expect(round.stdout).not.toContain(reprompt);
  });

  it('coaches the close: the interviewer reacts, the coach quotes it, the flagged words are marked, a card follows', () => {
    const answer = answerTo(round.stdout, `thank you so much ${PERFORMANCE_CHECK}`);
    expect(answer).toMatch(/^Interviewer: \S/m);
    expect(answer).toMatch(new RegExp(`^Coach: .*You asked: ${PERFORMANCE_CHECK}\\.`, 'm'));
    expect(answer).toContain(`Heard: {thank you so much} [${PERFORMANCE_CHECK}]`);
    expect(answer).toContain(`┌ ${en.verdicts.risky}: your close`);
    expect(answer).toContain(`│ You said: thank you so much ${PERFORMANCE_CHECK}`);
  });

  it('answers "why" with the fuller reason, and does not mark the close again', () => {
    const answer = answerTo(round.stdout, 'why');
    expect(answer).toContain(en.advice.performance_check.detail);
    expect(answer).not.toContain('Heard:');
  });

  it('"stop" says goodbye with the thank-you-note reminder and ends the session once', () => {
    const answer = answerTo(round.stdout, 'stop');
    expect(answer).toMatch(/^Coach: .*thank-you note/m);
    expect(answer.trimEnd().endsWith('(session ended)')).toBe(true);
    expect(round.stdout.match(/\(session ended\)/g)).toHaveLength(1);
  });
});

describe('npm start -- --locale es-MX: a round in Spanish', () => {
  let round: Run;
  const close = 'muchas gracias por su tiempo cómo lo hice';
  beforeAll(async () => {
    round = await runConsole(['--locale', 'es-MX'], [close, 'por qué', 'otra ronda', 'no', 'para']);
  });

  it('speaks and labels everything in Spanish, and exits 0', () => {
    expect(round.code).toBe(0);
    expect(round.stderr).toBe('');
    expect(opening(round.stdout)).toMatch(/^Coach: Te doy la bienvenida a Coach de Cierre\./);
    expect(opening(round.stdout)).toMatch(/^Entrevistador: \S.{10,}\?$/m);
  });

  it('coaches the close in Spanish and understands Spanish follow-ups and built-in words', () => {
    const typedAs = (typed: string) => {
      const lines = round.stdout.split('\n');
      const start = lines.indexOf(`Tú: ${typed}`);
      expect(start, `no echo of "${typed}" in:\n${round.stdout}`).toBeGreaterThanOrEqual(0);
      const next = lines.slice(start + 1).findIndex((line) => line.startsWith('Tú:'));
      return lines.slice(start + 1, next < 0 ? undefined : start + 1 + next).join('\n');
    };
    expect(typedAs(close)).toMatch(/^Coach: .*Preguntaste: cómo lo hice\./m);
    expect(typedAs('por qué')).toMatch(/¿Otra ronda\?$/m);
    expect(typedAs('otra ronda')).toMatch(/^Entrevistador: /m);
    expect(typedAs('para')).toMatch(/^Coach: .*(nota de agradecimiento|Apretón de manos)/m);
    expect(typedAs('para')).toContain('(sesión terminada)');
  });
});

describe('npm start: arguments and console commands', () => {
  let bin: string;
  beforeAll(() => {
    bin = mkdtempSync(join(tmpdir(), 'closing-coach-console-'));
    // Stands in for espeak-ng: records each utterance's arguments and text, one line each.
    const fake = join(bin, 'espeak-ng');
    writeFileSync(
      fake,
      '#!/bin/sh\n[ "$1" = "--version" ] && exit 0\nprintf \'%s|%s\\n\' "$*" "$(cat)" >> "$FAKE_ESPEAK_LOG"\n',
    );
    chmodSync(fake, 0o755);
  });
  afterAll(() => {
    rmSync(bin, { recursive: true, force: true });
  });

  it('--locale en-GB runs a round in British English voices', async () => {
    const log = join(bin, 'gb.log');
    const run = await runConsole(['--locale', 'en-GB', '--speak'], [PERFORMANCE_CHECK], {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      FAKE_ESPEAK_LOG: log,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Coach: Welcome to Closing Coach/);
    expect(answerTo(run.stdout, PERFORMANCE_CHECK)).toContain(`[${PERFORMANCE_CHECK}]`);
    const voices = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ')[1]);
    expect(new Set(voices)).toEqual(new Set(['en+m3', 'en+f3']));
  });

  it('--speak says each passage aloud in order, the interviewer in a voice of its own', async () => {
    const log = join(bin, 'us.log');
    const run = await runConsole(['--speak'], [], {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      FAKE_ESPEAK_LOG: log,
    });
    expect(run.code).toBe(0);
    const spoken = readFileSync(log, 'utf8').trim().split('\n');
    expect(spoken[0]).toMatch(/^-v en-us\+f3 --stdin\|Welcome to Closing Coach/);
    expect(spoken[1]).toMatch(/^-v en-us\+m3 --stdin\|\S/);
    expect(spoken).toHaveLength(2);
  });

  it('a synthesiser that hangs is given up on, so the conversation goes on', async () => {
    const hang = join(bin, 'hang');
    writeFileSync(hang, '#!/bin/sh\nexec sleep 30\n');
    chmodSync(hang, 0o755);
    const started = Date.now();
    await espeakNarrator('en-US', { command: hang, timeoutMs: () => 200 }).say([
      { speaker: 'interviewer', text: 'Thanks for coming in.' },
      { speaker: 'coach', text: 'Strong close!' },
    ]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('--speak without espeak-ng says so once and carries on in text', async () => {
    const run = await runConsole(['--speak'], ['why'], { PATH: join(bin, 'nothing-here') });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line === en.console.noEspeak)).toHaveLength(1);
    expect(run.stdout).toContain('Coach: Welcome to Closing Coach');
  });

  it('keeps progress across runs in its local store, and --fresh starts a clean profile', async () => {
    const dataDir = freshDataDir();
    const first = await runConsole([], [PERFORMANCE_CHECK, '/quit'], { CLOSING_COACH_DATA_DIR: dataDir });
    expect(first.code).toBe(0);
    const second = await runConsole([], ['/quit'], { CLOSING_COACH_DATA_DIR: dataDir });
    expect(second.stdout).toMatch(/Welcome back! 1 round practised so far/);
    const fresh = await runConsole(['--fresh'], ['/quit'], { CLOSING_COACH_DATA_DIR: dataDir });
    expect(fresh.stdout).toMatch(/Welcome to Closing Coach/);
    expect(fresh.stdout).not.toMatch(/Welcome back/);
  });

  it('--locale xx-XX exits 2 with a message naming the supported locales, before starting the skill', async () => {
    const run = await runConsole(['--locale', 'xx-XX'], []);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown locale "xx-XX"');
    expect(run.stderr).toContain('en-US, en-GB');
    expect(run.stdout).toBe('');
  });

  it('an unknown option exits 2 with the usage', async () => {
    const run = await runConsole(['--loud'], []);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--loud');
    expect(run.stderr).toContain('Usage: npm start');
  });

  it('/quit ends the session and exits 0 without sending what follows', async () => {
    const run = await runConsole([], ['/quit', 'why']);
    expect(run.code).toBe(0);
    expect(answerTo(run.stdout, '/quit').trim()).toBe('(session ended)');
    expect(run.stdout).not.toContain('You: why');
  });

  it('a blank line while the interviewer waits is answered kindly; one after feedback sends nothing', async () => {
    const run = await runConsole([], ['', PERFORMANCE_CHECK, '']);
    expect(run.code).toBe(0);
    const [first, , second] = run.stdout.split(/^You:.*$/m).slice(1);
    expect(first).toContain(`Coach: ${en.skill.emptyClose}`);
    expect(second?.trim()).toBe('(session ended)');
  });

  it('/help lists the first sample phrase of each intent from the locale’s model', async () => {
    const run = await runConsole([], ['/help']);
    const help = answerTo(run.stdout, '/help');
    expect(help).toContain(en.console.help.close);
    for (const phrase of ['why', 'another example', 'tips', "i'm interviewing for <role>"]) {
      expect(help.split('\n')).toContain(`  ${phrase}`);
    }
    expect(help).toContain('/quit');
    expect(help).not.toContain('Coach:');
  });

  it('--screen notes the feedback shown on the screen; without it there is no screen', async () => {
    const [screen, voice] = await Promise.all([
      runConsole(['--screen'], [PERFORMANCE_CHECK]),
      runConsole([], [PERFORMANCE_CHECK]),
    ]);
    expect(answerTo(screen.stdout, PERFORMANCE_CHECK)).toContain(en.console.screen.feedback);
    expect(voice.stdout).not.toContain('[screen:');
  });

  it('after a goodbye, Enter opens the skill again', async () => {
    const run = await runConsole([], ['stop', '']);
    expect(answerTo(run.stdout, '')).toMatch(/^Coach: Welcome/m);
  });
});

describe('renderTurn', () => {
  const { t } = translatorFor('en-US');
  const device = createDevice({ screen: false, locale: 'en-US' }, seededStamper(1));
  const analysis = {
    transcript: 'thanks so much how did i do',
    moves: [
      { label: 'upbeat_close', evidence: 'thanks so much', start: 0, end: 14 },
      { label: 'performance_check', evidence: 'how did i do', start: 15, end: 27 },
    ],
  };

  function session(attributes: Record<string, unknown>): ConsoleSession {
    return { sessionId: 'amzn1.echo-api.session.test', attributes, new: false };
  }

  function turn(
    response: Partial<ResponseEnvelope['response']>,
    {
      request = launchRequest(device, newSession(seededStamper(2))),
      attributes = {},
    }: { request?: RequestEnvelope; attributes?: Record<string, unknown> } = {},
  ): Turn {
    return { request, response: { version: '1.0', sessionAttributes: attributes, response } };
  }

  const feedback = turn(
    {
      outputSpeech: {
        type: 'SSML',
        ssml: '<speak>Risky close. <voice name="Matthew">Oh, um, it was fine.</voice> You asked: how did i do. I&apos;d skip it.</speak>',
      },
      reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Would you like another round?</speak>' } },
      card: {
        type: 'Simple',
        title: 'Risky close: your close',
        content: 'You said: how did i do\n\nWhy it matters: it puts them on the spot.',
      },
      shouldEndSession: false,
    },
    {
      request: intentRequest(
        device,
        session({ state: 'AWAITING_CLOSE' }),
        intent('CaptureCloseIntent', { closingWords: analysis.transcript }),
      ),
      attributes: { state: 'FEEDBACK', lastAnalysis: analysis },
    },
  );

  it('gives each passage its speaker, in order, as plain text; the card follows indented; no reprompt', () => {
    expect(renderTurn(feedback, { t, colour: false })).toEqual([
      'Coach: Risky close.',
      'Interviewer: Oh, um, it was fine.',
      "Coach: You asked: how did i do. I'd skip it.",
      '  Heard: {thanks so much} [how did i do]',
      '  ┌ Risky close: your close',
      '  │ You said: how did i do',
      '  │ Why it matters: it puts them on the spot.',
    ]);
  });

  it('colours by speaker and tone on a terminal', () => {
    const lines = renderTurn(feedback, { t, colour: true });
    expect(lines[1]).toBe('\u001b[36mInterviewer: Oh, um, it was fine.\u001b[0m');
    expect(lines[3]).toContain('\u001b[32mthanks so much\u001b[0m');
    expect(lines[3]).toContain('\u001b[31mhow did i do\u001b[0m');
    expect(lines.join('\n')).not.toMatch(/[[{]how did i do/);
  });

  it('marks the close only on the turn that analysed it', () => {
    const why = turn(
      { outputSpeech: { type: 'SSML', ssml: '<speak>Because.</speak>' } },
      {
        request: intentRequest(
          device,
          session({ state: 'FEEDBACK', lastAnalysis: analysis }),
          intent('WhyIntent'),
        ),
        attributes: { state: 'FEEDBACK', lastAnalysis: analysis },
      },
    );
    expect(renderTurn(why, { t, colour: false })).toEqual(['Coach: Because.']);
  });

  it('marks the same close said again, but not an empty one that left the last analysis in place', () => {
    const again = turn(feedback.response.response, {
      request: intentRequest(
        device,
        session({ state: 'AWAITING_CLOSE', lastAnalysis: analysis }),
        intent('CaptureCloseIntent', { closingWords: analysis.transcript }),
      ),
      attributes: { state: 'FEEDBACK', lastAnalysis: analysis },
    });
    expect(renderTurn(again, { t, colour: false })).toContain('  Heard: {thanks so much} [how did i do]');
    const silence = turn(
      { outputSpeech: { type: 'SSML', ssml: '<speak>I didn’t catch any words there.</speak>' } },
      {
        request: intentRequest(
          device,
          session({ state: 'AWAITING_CLOSE', lastAnalysis: analysis }),
          intent('CaptureCloseIntent', { closingWords: undefined }),
        ),
        attributes: { state: 'AWAITING_CLOSE', lastAnalysis: analysis },
      },
    );
    expect(renderTurn(silence, { t, colour: false })).toEqual(['Coach: I didn’t catch any words there.']);
  });

  it('notes an APL screen and the end of the session', () => {
    const lines = renderTurn(
      turn({
        outputSpeech: { type: 'SSML', ssml: '<speak>Goodbye!</speak>' },
        directives: [
          {
            type: 'Alexa.Presentation.APL.RenderDocument',
            token: FEEDBACK_TOKEN,
            document: {},
            datasources: {},
          },
        ],
        shouldEndSession: true,
      }),
      { t, colour: false },
    );
    expect(lines).toEqual(['Coach: Goodbye!', '[screen: feedback shown]', '(session ended)']);
  });

  it('a SessionEndedRequest ends the session with nothing said', () => {
    const ended = turn({}, { request: sessionEndedRequest(device, session({}), 'USER_INITIATED') });
    expect(renderTurn(ended, { t, colour: false })).toEqual(['(session ended)']);
  });

  it('never passes terminal escape sequences through from the speech', () => {
    expect(speechParts('<speak>hi \u001b[2J there</speak>')).toEqual([
      { speaker: 'coach', text: 'hi [2J there' },
    ]);
  });
});

describe('parseConsoleArguments', () => {
  it('defaults to en-US with no screen, speech or logs', () => {
    expect(parseConsoleArguments([], {})).toEqual({
      kind: 'run',
      options: {
        locale: 'en-US',
        screen: false,
        speak: false,
        verbose: false,
        fresh: false,
        dataDir: '.data/dynamo',
      },
    });
  });

  it('accepts every flag, refuses unknown locales and options', () => {
    expect(
      parseConsoleArguments(
        ['--locale', 'en-AU', '--screen', '--speak', '--verbose', '--fresh', '--data-dir', '/tmp/elsewhere'],
        {},
      ),
    ).toEqual({
      kind: 'run',
      options: {
        locale: 'en-AU',
        screen: true,
        speak: true,
        verbose: true,
        fresh: true,
        dataDir: '/tmp/elsewhere',
      },
    });
    expect(parseConsoleArguments(['--locale', 'fr-FR'])).toEqual({ kind: 'bad-locale', locale: 'fr-FR' });
    expect(parseConsoleArguments(['extra']).kind).toBe('bad-arguments');
  });
});
