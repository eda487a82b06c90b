import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Timing helpers for the benchmarks: per-call samples in microseconds and their summary. */
export interface Summary {
  medianUs: number;
  p99Us: number;
  maxUs: number;
  perSecond: number;
}

export function sample(inputs: readonly string[], rounds: number, fn: (input: string) => unknown): number[] {
  const samples: number[] = [];
  let sink = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      const result = fn(input);
      const end = process.hrtime.bigint();
      if (result) sink += 1;
      samples.push(Number(end - start) / 1000);
    }
  }
  if (sink < 0) console.log(sink);
  return samples;
}

/** The sample at quantile q (0..1) of an ascending array: the same rank rule as `summarise`. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => quantile(sorted, q);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    medianUs: at(0.5),
    p99Us: at(0.99),
    maxUs: sorted[sorted.length - 1] ?? 0,
    perSecond: total === 0 ? 0 : (sorted.length / total) * 1e6,
  };
}

export const fmt = (value: number, digits = 1) => value.toFixed(digits);

/** What else the machine was doing while a bench ran, from /proc/stat (Linux); undefined elsewhere. */
export interface MachineLoad {
  cores: number;
  /** Cores kept busy by everything but this process, on average over the interval. */
  otherCores: number;
}

function busySeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n', 1)[0]
      ?.trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    if (!fields || fields.length < 5 || fields.some((n) => !Number.isFinite(n))) return undefined;
    const total = fields.reduce((sum, n) => sum + n, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    // USER_HZ is 100 on every mainstream Linux build.
    return (total - idle) / 100;
  } catch {
    return undefined;
  }
}

/** Starts a meter; calling the result reads the other processes' load since the start. */
export function startLoadMeter(): () => MachineLoad | undefined {
  const busyAtStart = busySeconds();
  const selfAtStart = process.cpuUsage();
  const wallAtStart = process.hrtime.bigint();
  return () => {
    const busy = busySeconds();
    if (busy === undefined || busyAtStart === undefined) return undefined;
    const self = process.cpuUsage(selfAtStart);
    const wall = Number(process.hrtime.bigint() - wallAtStart) / 1e9;
    const other = busy - busyAtStart - (self.user + self.system) / 1e6;
    return { cores: availableParallelism(), otherCores: Math.max(0, other / wall) };
  };
}
