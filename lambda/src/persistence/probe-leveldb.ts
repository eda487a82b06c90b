import { createRequire } from 'node:module';

/** The part of `level`'s Level class the probe uses. */
interface LevelDatabase {
  open(): Promise<void>;
  close(): Promise<void>;
}
type LevelConstructor = new (location: string) => LevelDatabase;

/**
 * Opens and closes the LevelDB in `dataDir` with dynalite's own copy of `level`, before dynalite does.
 * dynalite opens lazily and, when that fails (an empty MANIFEST, say), throws from inside a callback,
 * which ends the process with a stack trace; opening it here first turns that into a rejected promise.
 */
export async function probeLevelDb(dataDir: string): Promise<void> {
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { Level } = fromDynalite('level') as { Level: LevelConstructor };
  const db = new Level(dataDir);
  try {
    await db.open();
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    throw new Error(
      `The local store in ${dataDir} cannot be opened (${cause instanceof Error ? cause.message : String(cause)}); restore it from a backup or move the folder away`,
      { cause: error },
    );
  }
  await db.close();
}
