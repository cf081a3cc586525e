import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** What one measured command cost. */
export interface Measurement {
  readonly label: string;
  readonly command: string;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  readonly wallMs: number;
  /** User + system CPU of every descendant process (from /proc), or of the Node processes (hook) without /proc. */
  readonly cpuMs: number | null;
  /** Largest peak RSS among the command's Node processes, in MiB (not their sum). */
  readonly peakRssMb: number | null;
  /** Node processes that reported at exit. */
  readonly nodeProcesses: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Extra environment variables. @default none */
  readonly env?: Readonly<Record<string, string>>;
  /** Killed after this long (then reported as timed out). @default 15 minutes */
  readonly timeoutMs?: number;
}

const HOOK = path.join(__dirname, 'usage-hook.cjs');

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on every mainstream Linux). */
const USER_HZ = 100;

/** CPU milliseconds of this process's waited-for descendants (cutime + cstime), or null without /proc. */
export function childrenCpuMs(): number | null {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); cutime and cstime are fields 16 and 17.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / USER_HZ;
  } catch {
    return null;
  }
}

interface HookLine {
  readonly cpuUs: number;
  readonly maxRssKb: number;
}

function readHookLines(file: string): HookLine[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as HookLine);
}

/**
 * Runs a command to completion in a fresh process tree and measures wall time, CPU and peak RSS.
 * Every Node process of the tree preloads usage-hook.cjs (through NODE_OPTIONS) and reports its
 * own figures at exit, so npm, tsx and jest children are all counted.
 */
export function runMeasured(options: RunOptions): Measurement {
  const usageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'matih-usage-')), 'usage.jsonl');
  const nodeOptions = [process.env.NODE_OPTIONS ?? '', `--require ${JSON.stringify(HOOK)}`].join(' ').trim();
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(options.command, options.args as string[], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, NODE_OPTIONS: nodeOptions, MATIH_BENCH_USAGE: usageFile, FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs ?? 15 * 60_000,
    killSignal: 'SIGKILL',
  });
  const wallMs = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  const lines = readHookLines(usageFile);
  fs.rmSync(path.dirname(usageFile), { recursive: true, force: true });
  const hookCpuMs = lines.length > 0 ? lines.reduce((sum, l) => sum + l.cpuUs, 0) / 1000 : null;
  return {
    label: options.label,
    command: [options.command, ...options.args].join(' '),
    exitCode: result.status,
    timedOut: result.error !== undefined && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
    wallMs,
    cpuMs: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : hookCpuMs,
    peakRssMb: lines.length > 0 ? Math.max(...lines.map((l) => l.maxRssKb)) / 1024 : null,
    nodeProcesses: lines.length,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? (result.error ? String(result.error) : ''),
  };
}

/** Files under a folder (recursively) and their total size in bytes. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!fs.existsSync(dir)) return { files, bytes };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
