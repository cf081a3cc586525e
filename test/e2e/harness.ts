/**
 * Runs the real synth (`tsx apps/k8s.ts`) as a child process against a temporary data folder and a
 * temporary, pre-filled output folder, and fingerprints folders so a test can prove that a failed
 * synth left its output byte-identical and touched nothing else.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
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

/** Relative path -> sha256 of every file (and `dir/` entries for folders) under `dir`. */
export function fingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current, entry.name);
      const rel = path.relative(dir, full);
      if (entry.isDirectory()) {
        result[`${rel}/`] = 'dir';
        walk(full);
      } else {
        result[rel] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return result;
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `tsx apps/k8s.ts <args>` in the repository, without MATIH_DATA_DIR from the caller's environment. */
export function runSynth(args: readonly string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.MATIH_DATA_DIR;
    delete env.CDK8S_OUTDIR;
    const child = spawn(TSX, [path.join(REPO, 'apps', 'k8s.ts'), ...args], { cwd: REPO, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The same synth in this process (`runK8s` of apps/k8s.ts, with console output captured): the
 * exit code it returns is the one the process exits with. Most cases use this to stay fast; a few
 * keep the real child process to prove the process-level exit code.
 */
export async function runSynthInProcess(args: readonly string[]): Promise<RunResult> {
  const { runK8s } = await import('../../apps/k8s');
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void stdout.push(`${a.join(' ')}\n`));
  const error = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void stderr.push(`${a.join(' ')}\n`));
  const saved = process.env.MATIH_DATA_DIR;
  delete process.env.MATIH_DATA_DIR;
  try {
    const code = await runK8s(args);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    if (saved !== undefined) process.env.MATIH_DATA_DIR = saved;
  }
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
