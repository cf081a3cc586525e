/**
 * Runs the real synth (`tsx apps/k8s.ts`) as a child process against a temporary data folder and a
 * temporary, pre-filled output folder, and fingerprints folders so a test can prove that a failed
 * synth left its output byte-identical and touched nothing else.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Runner } from '../../apps/cli/command';
import { captureIo } from '../../apps/cli/io';
import { NODE_TS_ARGS } from '../../lib/runtime/node-args';
import { fingerprint } from '../support/fingerprint';

export { fingerprint };

export const REPO = path.resolve(__dirname, '..', '..');
export const SHIPPED_TENANTS = fs.readFileSync(path.join(REPO, 'config', 'tenants.yaml'), 'utf8');

export interface Workspace {
  /** Parent folder: holds only `data/` and `out/`, so anything else appearing is a stray write. */
  readonly root: string;
  readonly dataDir: string;
  readonly outDir: string;
}

/** A temp workspace: data/ with tenants.yaml (shipped unless given) and overrides, out/ pre-filled. */
export function workspace(
  options: { tenants?: string; overrides?: Record<string, string>; outFiles?: Record<string, string> } = {},
): Workspace {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-gate-'));
  const dataDir = path.join(root, 'data');
  const outDir = path.join(root, 'out');
  fs.mkdirSync(path.join(dataDir, 'overrides'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'tenants.yaml'), options.tenants ?? SHIPPED_TENANTS);
  for (const [name, text] of Object.entries(options.overrides ?? {})) fs.writeFileSync(path.join(dataDir, 'overrides', name), text);
  const outFiles = options.outFiles ?? {
    'dev-azure/platform/sentinel.yaml': 'kind: Sentinel\n',
    'prod-azure/tenants/acme.yaml': '# previous synth\n',
    'README.keep': 'not ours\n',
  };
  for (const [file, text] of Object.entries(outFiles)) {
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(outDir, file), text);
  }
  return { root, dataDir, outDir };
}

export interface RunResult {
  readonly code: number | null;
  readonly signal?: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ProcessOptions {
  /** Sends `signal` this many milliseconds after the start. */
  readonly killAfterMs?: number;
  /** Sends `signal` as soon as stdout contains this text. */
  readonly killOnStdout?: string;
  /** @default SIGKILL */
  readonly signal?: NodeJS.Signals;
}

/** `tsx apps/<app>.ts <args>` as a real process in the repository, without the caller's data and output folders. */
export function runApp(app: string, args: readonly string[], options: ProcessOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', CDK8S_CHECK_UPGRADE: 'false' };
    for (const name of ['MATIH_DATA_DIR', 'CDK8S_OUTDIR', 'CDKTF_OUTDIR', 'JEST_WORKER_ID']) delete env[name];
    // tsx keeps its compile cache in the system's temporary folder, not in the test run's (test/support/global-setup.ts).
    if (process.env.MATIH_TEST_SYSTEM_TMPDIR) env.TMPDIR = process.env.MATIH_TEST_SYSTEM_TMPDIR;
    // node with the apps' runtime, not the tsx CLI: the CLI runs the app in a child process of its own,
    // so a signal for the test would reach the wrapper (SIGKILL would orphan the real writer).
    const child = spawn(process.execPath, [...NODE_TS_ARGS, path.join(REPO, 'apps', `${app}.ts`), ...args], { cwd: REPO, env });
    let stdout = '';
    let stderr = '';
    let sent = false;
    const kill = () => {
      if (sent) return;
      sent = true;
      child.kill(options.signal ?? 'SIGKILL');
    };
    const timer = options.killAfterMs !== undefined ? setTimeout(kill, options.killAfterMs) : undefined;
    child.stdout.on('data', (d) => {
      stdout += d;
      if (options.killOnStdout && stdout.includes(options.killOnStdout)) kill();
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** The real synth (`tsx apps/k8s.ts`). */
export function runSynth(args: readonly string[]): Promise<RunResult> {
  return runApp('k8s', args);
}

/**
 * The same command in this process (its exported Runner, output captured): the exit code it returns
 * is the one the process exits with. Most cases use this to stay fast.
 */
export async function runInProcess(runner: Runner, args: readonly string[]): Promise<RunResult> {
  const io = captureIo();
  const code = await runner(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** Runs `tasks` with at most `limit` at a time (the machine has two cores). */
export async function pool<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
