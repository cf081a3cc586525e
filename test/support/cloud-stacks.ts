/** The shipped config's cloud stacks as test/support/build-cache.ts caches them (run in a worker thread). */
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing, TerraformResource } from 'cdktf';
import { buildCloudApp, loadCloudTargets, withFastTokens } from '../../lib/synth/cloud';
import { isTaggable } from '../../constructs/cloud/common/tags';
import { type CachedStack, TAG_PROPERTIES } from './build-cache';

export function cloudStacks(): CachedStack[] {
  return withFastTokens(() =>
    loadCloudTargets().map((input) => {
      const [stack] = buildCloudApp([input], path.join(os.tmpdir(), 'matih-cloud-test')).stacks;
      return {
        target: input.target.name,
        text: Testing.synth(stack),
        resources: stack.node
          .findAll()
          .filter((c): c is TerraformResource => c instanceof TerraformResource)
          .map((r) => [r.terraformResourceType, stack.getLogicalId(r), TAG_PROPERTIES.filter((prop) => isTaggable(r, [prop]))] as const),
      };
    }),
  );
}
