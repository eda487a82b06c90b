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
