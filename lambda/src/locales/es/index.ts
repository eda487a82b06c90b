import { advice } from './advice.ts';
import { cli } from './cli.ts';
import { consoleText } from './console.ts';
import { labels, verdicts } from './labels.ts';
import { skill } from './skill.ts';

export const es = { advice, labels, verdicts, cli, console: consoleText, skill };
