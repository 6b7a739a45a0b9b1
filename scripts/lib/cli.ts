/**
 * What every command-line tool here shares: paths as the person typed them, and one-line
 * messages instead of stack traces, whatever goes wrong.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The project root, holding `data/`. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Where the person ran the command: npm runs scripts from the project root instead. */
export function userCwd(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/** A problem with how the command was called; printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** A problem the person can fix, such as a missing file; printed on its own, exit code 1. */
export class CliError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      String((error as Error).message ?? error)
        .split('\n')[0]!
        .replace(/\. To specify a positional.*$/, ''),
    );
  }
}

/**
 * Runs a command's main function and exits with its code. Anything thrown becomes one line on
 * stderr: the usage for a UsageError, the message for a CliError, and for anything else a
 * short note that it is a bug.
 */
export function run(name: string, usage: string, main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        if (error instanceof UsageError) {
          process.stderr.write(`${name}: ${error.message}\nusage: ${usage}\n`);
          process.exitCode = 2;
          return;
        }
        if (error instanceof CliError) {
          process.stderr.write(`${name}: ${error.message}\n`);
          process.exitCode = 1;
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(
          `${name}: internal error: ${message.split('\n')[0]}; please report this as a bug\n`,
        );
        process.exitCode = 2;
      },
    );
}
