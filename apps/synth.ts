/**
 * `npm run synth`: everything, in one process: the Kubernetes manifests of every target into
 * dist/ and the cdktf stack of every target into cdktf.out/. Flags are passed to both apps.
 */
import { runCloud } from './cloud';
import { runK8s } from './k8s';

async function main(): Promise<number> {
  const started = performance.now();
  const argv = process.argv.slice(2);
  const k8s = await runK8s(argv);
  if (k8s !== 0) return k8s;
  const cloud = runCloud(argv);
  if (cloud !== 0) return cloud;
  console.log(`synth: done in ${(performance.now() - started).toFixed(0)} ms`);
  return 0;
}

void main().then((code) => (process.exitCode = code));
