/**
 * `npm run synth:k8s` (and `npx cdk8s synth`, cdk8s.yaml): the Kubernetes manifests of every
 * target (or `--target T`) into dist/<target>/, built and checked in memory, then swapped in.
 */
import { main } from './cli/command';
import { synthCommand } from './cli/synth-command';

export const runK8s = synthCommand(
  { name: 'synth:k8s', k8s: true, cloud: false },
  'Render the Kubernetes manifests of every target into dist/<target>/, checked by the model and the safety gate first.',
);

if (require.main === module) main(runK8s);
