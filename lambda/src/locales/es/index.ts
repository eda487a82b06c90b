import { advice } from './advice.ts';
import { cli } from './cli.ts';
import { labels, verdicts } from './labels.ts';

export const es = { advice, labels, verdicts, cli };
