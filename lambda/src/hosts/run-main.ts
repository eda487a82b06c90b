/**
 * Runs a command-line entry: its resolved number becomes the exit code (none
 * leaves the process running, as a server does); a failure is printed as one
 * line and exits 1, never as a stack trace to a user.
 */
export function runMain(main: () => Promise<number | undefined>): void {
  main().then(
    (code) => {
      if (code !== undefined) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
