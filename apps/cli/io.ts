/**
 * Where a command writes and what it knows about its terminal: injectable, so every command runs
 * in-process in tests with captured output and a chosen environment, exactly as in its process.
 */

export interface Output {
  write(text: string): void;
  /** True when the stream is a terminal: colour and the progress counter line only then. */
  readonly isTTY?: boolean;
  /** Terminal width, for the progress line. */
  readonly columns?: number;
}

export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Working directory paths in messages are shown relative to. */
  readonly cwd: string;
}

let stdoutClosed = false;
let listening = false;

/**
 * The process's streams. Output to a pipe whose reader has gone (`npm run diff | head`) is dropped
 * instead of crashing with EPIPE; the command finishes and exits with its own code.
 */
export function processIo(): Io {
  if (!listening) {
    listening = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      stdoutClosed = true;
    });
  }
  return {
    stdout: {
      write: (text) => void (stdoutClosed || process.stdout.write(text)),
      get isTTY() {
        return process.stdout.isTTY === true;
      },
      get columns() {
        return process.stdout.columns;
      },
    },
    stderr: {
      write: (text) => void process.stderr.write(text),
      get isTTY() {
        return process.stderr.isTTY === true;
      },
      get columns() {
        return process.stderr.columns;
      },
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** An Io that records what a command writes (tests, and commands that run other commands). */
export function captureIo(
  env: Readonly<Record<string, string | undefined>> = {},
  tty = false,
): Io & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: { write: (t) => void out.push(t), isTTY: tty, columns: 100 },
    stderr: { write: (t) => void err.push(t), isTTY: tty, columns: 100 },
    env,
    cwd: process.cwd(),
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

/** Colour only on a terminal, never with NO_COLOR set (https://no-color.org) or TERM=dumb. */
export function colorEnabled(stream: Output, env: Io['env']): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export interface Colors {
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

export function colors(enabled: boolean): Colors {
  if (!enabled) return { red: plain, green: plain, yellow: plain, cyan: plain, bold: plain, dim: plain };
  return { red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), bold: sgr(1, 22), dim: sgr(2, 22) };
}

/** `1 target`, `2 targets`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}

/** Milliseconds as people read them: `850 ms`, `12.4 s`. */
export function duration(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
