import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Translator } from '../../locales/index.ts';
import { translatorFor } from '../../locales/index.ts';
import { startLocalStore } from '../../persistence/local-store.ts';
import { buildSkill } from '../../skill/build-skill.ts';
import { loadInteractionModel } from '../../skill/model/load-interaction-model.ts';
import { helpText } from './console-help.ts';
import type { ConsoleOptions } from './console-options.ts';
import { renderTurn, responseSpeech } from './render-turn.ts';
import { createDevice } from './request-envelopes.ts';
import { SkillClient, type Turn } from './skill-client.ts';
import { espeakAvailable, espeakNarrator, type Narrator } from './speak-aloud.ts';

export interface ConsoleIo {
  input: Readable;
  output: Writable;
  /** Someone at a keyboard: a prompt and line editing. Otherwise each line read is echoed, so a piped run reads as a transcript. */
  interactive: boolean;
  colour: boolean;
}

const QUIT = '/quit';
const HELP = '/help';

/** A rehearsal in the terminal: the real skill, real request envelopes, one typed line per turn. Resolves to the exit code. */
export async function runConsole(options: ConsoleOptions, io: ConsoleIo): Promise<number> {
  const { t } = translatorFor(options.locale);
  const write = (lines: readonly string[]) => {
    io.output.write(lines.map((line) => `${line}\n`).join(''));
  };
  const { languageModel } = loadInteractionModel(options.locale);
  const store = await startLocalStore({ dataDir: options.dataDir, fresh: options.fresh });
  try {
    const client = new SkillClient(
      buildSkill({ persistenceAdapter: store.adapter }),
      // One user for every run, so progress kept in the store greets them next time.
      createDevice({ screen: options.screen, locale: options.locale, userId: CONSOLE_USER }),
      languageModel,
    );
    return await converse(client, languageModel, options, io, write, t);
  } finally {
    await store.close();
  }
}

const CONSOLE_USER = 'amzn1.ask.account.closing-coach-console';

async function converse(
  client: SkillClient,
  languageModel: ReturnType<typeof loadInteractionModel>['languageModel'],
  options: ConsoleOptions,
  io: ConsoleIo,
  write: (lines: readonly string[]) => void,
  t: Translator['t'],
): Promise<number> {
  let narrator: Narrator | undefined;
  if (options.speak) {
    if (espeakAvailable()) narrator = espeakNarrator(options.locale);
    else write([t('console.noEspeak')]);
  }

  // Whether Alexa would still be listening: a stop, or a session the skill closed, leaves nothing to end.
  // An object, not a `let`: TypeScript cannot see the closure below change a local and would narrow it.
  const session = { open: false };
  const show = async (turn: Turn) => {
    write([...renderTurn(turn, { t, colour: io.colour }), '']);
    session.open =
      turn.response.response.shouldEndSession !== true && turn.request.request.type !== 'SessionEndedRequest';
    await narrator?.say(responseSpeech(turn));
  };

  await show(await client.launch());

  const lines = createInterface({
    input: io.input,
    ...(io.interactive && { output: io.output, terminal: true }),
    crlfDelay: Infinity,
  });
  // Ctrl+C at the prompt leaves as /quit does, so the skill still hears the session end.
  lines.on('SIGINT', () => {
    lines.close();
  });
  const prompt = () => {
    if (io.interactive) lines.prompt();
  };
  lines.setPrompt(t('console.prompt'));
  prompt();

  for await (const typed of lines) {
    const line = typed.trim();
    if (!io.interactive) write([`${t('console.prompt')}${line}`.trimEnd()]);
    if (line === QUIT) break;
    if (line === HELP) {
      write([...helpText(languageModel, t), '']);
    } else if (line.startsWith('/')) {
      write([t('console.unknownCommand', { command: line.split(/\s/, 1)[0] ?? line }), '']);
    } else if (line !== '') {
      await show(await client.say(line));
    } else if (!session.open) {
      // Enter after a goodbye opens the skill again, as "Alexa, open closing coach" would.
      await show(await client.launch());
    } else if (client.awaitingClose) {
      // Silence while the interviewer waits is a close with no words; the skill asks again kindly.
      await show(await client.say(''));
    }
    prompt();
  }
  lines.close();

  if (session.open) await show(await client.end());
  return 0;
}
