/**
 * Waits for `work` at most `ms` milliseconds; past that, settles with what
 * `onTimeout` returns (or rejects with what it throws) and stops waiting. The
 * work itself goes on unless `onTimeout` aborts it. The timer never outlives
 * the wait, so it cannot keep a process or a Lambda invocation alive.
 */
export async function withTimeout<T, F = never>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => F,
): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<F>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(onTimeout());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
