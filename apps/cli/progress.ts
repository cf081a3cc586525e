/**
 * Progress of long runs, on stderr. On a terminal: one counter line, rewritten in place and
 * cleared before any other output. Otherwise (CI logs, pipes): nothing for short runs, and a plain
 * line whenever a step has kept the run silent for HEARTBEAT_MS, so 3,000 tenants never sit silent
 * for half a minute in a log.
 */
import type { Io, Output } from './io';
import { duration } from './io';

/** A plain progress line after this long without output (non-terminal only). */
export const HEARTBEAT_MS = 10_000;
/** The terminal line is redrawn at most this often. */
const REDRAW_MS = 80;

export class Progress {
  private readonly tty: boolean;
  private readonly started = Date.now();
  private status = '';
  private shown = '';
  private lastDraw = 0;
  private lastOutput = Date.now();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly stream: Output,
    env: Io['env'],
    private readonly quiet: boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.tty = stream.isTTY === true && env.TERM !== 'dumb' && !env.CI;
  }

  /** The current step (`k8s 2/5 prod-azure: gate`); drawn on a terminal, remembered for heartbeats otherwise. */
  update(status: string): void {
    if (this.quiet) return;
    this.status = status;
    this.timer ??= setInterval(() => this.tick(), this.tty ? 250 : 1000);
    this.timer.unref?.();
    this.tick();
  }

  /** Called by every other write: clears the terminal line so output never interleaves with it. */
  clear(): void {
    this.lastOutput = this.now();
    if (this.tty && this.shown) {
      this.stream.write('\r\u001b[K');
      this.shown = '';
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
    this.status = '';
  }

  private tick(): void {
    if (!this.status) return;
    const now = this.now();
    const elapsed = duration(now - this.started);
    if (this.tty) {
      if (now - this.lastDraw < REDRAW_MS && this.shown) return;
      const width = Math.max(20, (this.stream.columns ?? 80) - 1);
      const text = `${this.status} (${elapsed})`.slice(0, width);
      this.stream.write(`\r\u001b[K${text}`);
      this.shown = text;
      this.lastDraw = now;
    } else if (now - this.lastOutput >= HEARTBEAT_MS) {
      this.stream.write(`${this.status} (${elapsed} so far)\n`);
      this.lastOutput = now;
    }
  }
}
