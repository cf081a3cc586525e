/**
 * The one command-line layer of every entry point: commander for parsing (help with usage and
 * examples, unknown flags and arguments rejected, --version), one exit-code table, one way to
 * print an error (once, one line for a user mistake, a stack trace only with --debug), colour only
 * on a terminal and never with NO_COLOR.
 *
 * Each command is a `Runner`: `(argv, io) => Promise<exit code>`, so tests run it in-process with
 * captured output, and `main` runs it as the process.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { InputError, ModelError } from '../../lib/model/errors';
import { DEFAULT_DATA_DIR, REPO_ROOT } from '../../lib/model/load';
import { type Colors, colorEnabled, colors, type Io, processIo } from './io';
import { Progress } from './progress';

/** The exit codes of every command (README "Exit codes"). */
export const EXIT = {
  /** Success; for diff: no changes. */
  ok: 0,
  /** Invalid input (flags, config/, tenants.yaml, overrides, a rejected gate); for diff: changes. */
  invalid: 1,
  changes: 1,
  /** diff only: at least one dangerous change. */
  dangerous: 2,
  /** The tool itself failed (a bug, an unreadable file, git or a child process failing). */
  failed: 3,
} as const;

export const EXIT_CODES_HELP = 'Exit codes: 0 ok, 1 invalid input, 3 the tool itself failed.';

export interface Context {
  readonly io: Io;
  /** A line to stdout (data and summaries). */
  readonly out: (line: string) => void;
  /** A line to stderr (errors, warnings, notes). */
  readonly err: (line: string) => void;
  /** Colours for stdout and stderr (identity functions when the stream is not a terminal). */
  readonly color: Colors;
  readonly errColor: Colors;
  readonly debug: boolean;
  readonly quiet: boolean;
  readonly progress: Progress;
  /** A path as shown in messages: relative to the working directory when inside it. */
  readonly show: (file: string) => string;
  /** A path given on the command line, resolved against the working directory. */
  readonly resolve: (file: string) => string;
}

export interface ArgumentSpec {
  readonly name: string;
  readonly description: string;
}

export interface CommandSpec<O> {
  /** The npm script: `synth:k8s`. */
  readonly name: string;
  readonly description: string;
  readonly arguments?: readonly ArgumentSpec[];
  /** `[command line, what it does]`, shown under "Examples". */
  readonly examples: ReadonlyArray<readonly [string, string]>;
  /** Shown after the examples. @default EXIT_CODES_HELP */
  readonly exitCodes?: string;
  /** Adds the command's options. */
  readonly options?: (command: Command) => void;
  readonly run: (ctx: Context, options: O, args: string[]) => Promise<number> | number;
}

export type Runner = (argv: readonly string[], io?: Io) => Promise<number>;

export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Commander's error text as one line: `error: unknown option '--targte' (did you mean --target?)`. */
export function oneLine(text: string): string {
  return `${text
    .trim()
    .replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')
    .replace(/\s*\n\s*/g, ' ')}\n`;
}

function examplesText(spec: CommandSpec<unknown>): string {
  const width = Math.max(...spec.examples.map(([line]) => line.length));
  const lines = spec.examples.map(([line, what]) => `  $ ${line.padEnd(width)}  # ${what}`);
  return `\nExamples:\n${lines.join('\n')}\n\n${spec.exitCodes ?? EXIT_CODES_HELP}\n`;
}

/** Builds the commander program of a command, writing to `io`. */
function program(spec: CommandSpec<unknown>, io: Io): Command {
  const command = new Command()
    .name(`npm run ${spec.name} --`)
    .description(spec.description)
    .helpOption('-h, --help', 'show this help')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .allowExcessArguments(false)
    .allowUnknownOption(false)
    .showSuggestionAfterError(true)
    .configureHelp({ helpWidth: 110, sortOptions: false })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(oneLine(text)),
    });
  for (const a of spec.arguments ?? []) command.argument(a.name, a.description);
  spec.options?.(command);
  command.addOption(new Option('--debug', 'show stack traces of internal errors'));
  command.addHelpText('after', examplesText(spec));
  return command;
}

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** The error text of a failure, and the exit code it maps to. */
export function describeFailure(error: unknown, debug: boolean): { text: string; code: number } {
  if (error instanceof ModelError) return { text: `error: invalid model in ${error.message}`, code: EXIT.invalid };
  if (error instanceof InputError) return { text: `error: ${error.message}`, code: EXIT.invalid };
  // Errors of node's own modules may come from another realm (vm contexts): recognise them by shape.
  const e = typeof error === 'object' && error !== null && 'message' in error ? (error as Error) : new Error(String(error));
  if (debug) return { text: `error: ${e.stack ?? e.message}`, code: EXIT.failed };
  return { text: `error: ${e.message.split('\n')[0]} (the tool failed; run again with --debug for the stack trace)`, code: EXIT.failed };
}

export function defineCommand<O>(spec: CommandSpec<O>): Runner {
  return async (argv, io = processIo()) => {
    const command = program(spec as CommandSpec<unknown>, io);
    let debug = argv.includes('--debug');
    const errColor = colors(colorEnabled(io.stderr, io.env));
    const err = (line: string) => io.stderr.write(`${line}\n`);
    let progress: Progress | undefined;
    try {
      try {
        command.parse([...argv], { from: 'user' });
      } catch (error) {
        if (error instanceof CommanderError)
          return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.invalid;
        throw error;
      }
      const options = command.opts() as O & { debug?: boolean; quiet?: boolean };
      debug = options.debug === true;
      const quiet = options.quiet === true;
      progress = new Progress(io.stderr, io.env, quiet);
      const ctx: Context = {
        io,
        out: (line) => {
          progress?.clear();
          io.stdout.write(`${line}\n`);
        },
        err: (line) => {
          progress?.clear();
          err(line);
        },
        color: colors(colorEnabled(io.stdout, io.env)),
        errColor,
        debug,
        quiet,
        progress,
        show: (file) => displayPath(file, io.cwd),
        resolve: (file) => path.resolve(io.cwd, file),
      };
      return await spec.run(ctx, options, command.args);
    } catch (error) {
      progress?.clear();
      const { text, code } = describeFailure(error, debug);
      err(code === EXIT.invalid ? text : errColor.red(text));
      return code;
    } finally {
      progress?.stop();
    }
  };
}

/**
 * Parses the process's arguments for a script that is not (yet) a Runner: prints help or the
 * version and exits 0, prints a one-line error and exits 1 for a bad flag or argument.
 */
export function parseProcessArgs<O>(spec: Omit<CommandSpec<O>, 'run'>): { options: O; args: string[] } {
  const io = processIo();
  const command = program({ ...spec, run: () => 0 } as CommandSpec<unknown>, io);
  try {
    command.parse(process.argv.slice(2), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError)
      process.exit(error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 1);
    throw error;
  }
  return { options: command.opts() as O, args: command.args };
}

/** Runs a command as the process: its exit code becomes the process's; output to a closed pipe is dropped (`| head`). */
export function main(runner: Runner): void {
  // tsx turns source maps on; cdktf records a full stack trace for every token it creates, and mapping
  // each through source maps cost about a second of a synth. Stack traces are only shown with --debug.
  if (!process.argv.includes('--debug')) process.setSourceMapsEnabled(false);
  const io = processIo();
  void runner(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}

// ---------------------------------------------------------------------------------------------
// Options shared by the commands (same name, same meaning everywhere).

/** `--target a --target b` and `--target a,b` give `[a, b]`. */
export function collectList(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

export function targetOption(command: Command, description = 'target(s) to work on; repeat or comma-separate (default: every target)') {
  command.addOption(new Option('-t, --target <name>', description).argParser(collectList));
}

export function dataDirOption(command: Command) {
  command.addOption(
    new Option(
      '--data-dir <dir>',
      'folder with tenants.yaml and overrides/ to use instead of config/ (default: $MATIH_DATA_DIR or config/)',
    ),
  );
}

export function quietOption(command: Command) {
  command.addOption(new Option('-q, --quiet', 'print nothing but errors and warnings'));
}

export function jsonOption(command: Command, what: string) {
  command.addOption(new Option('--json', `print ${what} as JSON (for CI and scripts)`));
}

/** The one target a command needs (`--target T`), or an InputError. */
export function singleTarget(targets: readonly string[] | undefined, command: string): string {
  if (!targets || targets.length === 0) throw new InputError(`--target is required (npm run ${command} -- --target <target>)`);
  if (targets.length > 1) throw new InputError(`--target takes one target here, found ${targets.length}: ${targets.join(', ')}`);
  return targets[0];
}

/** The data folder: `--data-dir`, else $MATIH_DATA_DIR, else config/; an InputError when it does not exist. */
export function dataDirOf(ctx: Context, dataDir: string | undefined): string {
  const given = dataDir ?? ctx.io.env.MATIH_DATA_DIR;
  const dir = given === undefined || given === '' ? DEFAULT_DATA_DIR : ctx.resolve(given);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw new InputError(`${dataDir !== undefined ? '--data-dir' : 'MATIH_DATA_DIR'} ${ctx.show(dir)} is not a folder`);
  return dir;
}
