/** Cloud stacks as the tests read them: synthesized text and every resource with its tag-like properties. */
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing, TerraformResource, type TerraformStack } from 'cdktf';
import { buildCloudApp, type CloudTargetInput, loadCloudTargets, withFastTokens } from '../../lib/synth/cloud';
import { isTaggable } from '../../constructs/cloud/common/tags';
import { type CachedStack, TAG_PROPERTIES } from './build-cache';

/** `Testing.synth` text of `stack` and every resource as [type, logical id, the TAG_PROPERTIES its class has]. */
export function synthesizedStack(stack: TerraformStack): Pick<CachedStack, 'text' | 'resources'> {
  return {
    text: Testing.synth(stack),
    resources: stack.node
      .findAll()
      .filter((c): c is TerraformResource => c instanceof TerraformResource)
      .map((r) => [r.terraformResourceType, stack.getLogicalId(r), TAG_PROPERTIES.filter((prop) => isTaggable(r, [prop]))] as const),
  };
}

/** One cluster's stack built as the cloud half builds it (token creation stacks off: the same JSON, a fraction of the CPU). */
export function synthesizeInput(input: CloudTargetInput): Pick<CachedStack, 'text' | 'resources'> {
  return withFastTokens(() => synthesizedStack(buildCloudApp([input], path.join(os.tmpdir(), 'matih-cloud-test')).stacks[0]));
}

/** The shipped config's stacks, for test/support/build-cache.ts (run in a worker thread). */
export function cloudStacks(): CachedStack[] {
  return loadCloudTargets().map((input) => ({ target: input.target.name, ...synthesizeInput(input) }));
}
