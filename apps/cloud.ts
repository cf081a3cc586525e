/**
 * `npm run synth:cloud` (and `npx cdktf synth|diff|deploy`, cdktf.json): one cdktf stack per target
 * (or `--target T`) into cdktf.out/stacks/<target>/.
 */
import { main } from './cli/command';
import { synthCommand } from './cli/synth-command';

export const runCloud = synthCommand(
  { name: 'synth:cloud', k8s: false, cloud: true },
  'Synthesize the cdktf stack of every target into cdktf.out/stacks/<target>/ (Terraform JSON).',
);

if (require.main === module) main(runCloud);
