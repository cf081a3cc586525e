/**
 * `npm run synth`: every target's Kubernetes manifests into dist/ and cdktf stack into cdktf.out/,
 * written as one unit (apps/cli/synth-command.ts, lib/synth/synth.ts).
 */
// First, so the worker loads cdktf while the imports below load (apps/cli/early-worker.ts).
import './cli/early-worker';
import { main } from './cli/command';
import { synthCommand } from './cli/synth-command';

export const runSynth = synthCommand(
  { name: 'synth', k8s: true, cloud: true },
  'Render the Kubernetes manifests (dist/<target>/) and the cdktf stacks (cdktf.out/stacks/<target>/) of every target, checked by the model and the safety gate, and write both as one unit.',
);

if (require.main === module) main(runSynth);
