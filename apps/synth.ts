/**
 * `npm run synth`: everything: the Kubernetes manifests of every target into dist/ and the cdktf
 * stack of every target into cdktf.out/. Flags are passed to both apps.
 *
 * The two halves share nothing but config/, so the cloud app runs in a child process beside the
 * Kubernetes app (two cores: about a second less wall time); its output is printed after ours.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { runK8s } from './k8s';

interface ChildResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function runCloudInChild(argv: readonly string[]): Promise<ChildResult> {
  return new Promise((resolve) => {
    // process.execArgv carries tsx's loader, so the child runs TypeScript the same way we do.
    const child = spawn(process.execPath, [...process.execArgv, path.join(__dirname, 'cloud.ts'), ...argv], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (error) => resolve({ code: 1, stdout, stderr: `${stderr}error: could not start apps/cloud.ts: ${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function main(): Promise<number> {
  const started = performance.now();
  const argv = process.argv.slice(2);
  const cloud = runCloudInChild(argv);
  const k8s = await runK8s(argv);
  const cloudResult = await cloud;
  process.stdout.write(cloudResult.stdout);
  process.stderr.write(cloudResult.stderr);
  if (k8s !== 0) return k8s;
  if (cloudResult.code !== 0) return cloudResult.code;
  console.log(`synth: done in ${(performance.now() - started).toFixed(0)} ms`);
  return 0;
}

void main().then((code) => (process.exitCode = code));
