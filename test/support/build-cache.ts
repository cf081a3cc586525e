/**
 * The shipped build, rendered once per `npm test` run instead of once per test file: jest loads
 * every test file in a fresh module registry, so a per-module cache would render all five targets
 * again in each of the dozen files that need them.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing, TerraformResource } from 'cdktf';
import { buildK8s } from '../../lib/synth/k8s';
import { buildCloudApp, cloudInput, withFastTokens } from '../../lib/synth/cloud';
import { isTaggable } from '../../constructs/cloud/common/tags';
import type { K8sObject } from '../../lib/k8s/object';
import type { GateProblem } from '../../lib/gate';

export const CACHE_ENV = 'MATIH_TEST_BUILD_CACHE';

/** Tag-like properties test/cloud checks on every resource that has them. */
export const TAG_PROPERTIES = ['tags', 'labels', 'resourceLabels'] as const;

/** One platform stack of the shipped config, synthesized once per run (test/cloud/helpers.ts `synth`). */
export interface CachedStack {
  readonly target: string;
  /** `Testing.synth` text. */
  readonly text: string;
  /** Every resource as [type, logical id, the TAG_PROPERTIES its class has]. */
  readonly resources: ReadonlyArray<readonly [string, string, readonly string[]]>;
}

export interface CachedBuild {
  readonly stacks: readonly CachedStack[];
  readonly problems: readonly GateProblem[];
  readonly warnings: readonly GateProblem[];
  readonly rendered: ReadonlyArray<{ target: string; files: Array<[string, K8sObject[]]>; extraFiles: Array<[string, string]> }>;
}

/** Renders the shipped config and writes it as JSON; returns the file. */
export function writeBuildCache(): string {
  const build = buildK8s();
  // Every cluster of the shipped fleet (platform and member clusters), one stack each, as the cloud half builds them.
  const inputs = build.model.targets.map(cloudInput);
  const stacks = withFastTokens(() =>
    inputs.map((input) => {
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
  const cache: CachedBuild = {
    stacks,
    problems: build.problems,
    warnings: build.warnings,
    rendered: build.rendered.map((r) => ({ target: r.target, files: [...r.files], extraFiles: [...r.extraFiles] })),
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'matih-test-')), 'build.json');
  fs.writeFileSync(file, JSON.stringify(cache));
  return file;
}

export function readBuildCache(): CachedBuild | undefined {
  const file = process.env[CACHE_ENV];
  if (!file || !fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CachedBuild;
}
