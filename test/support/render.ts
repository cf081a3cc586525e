import type { K8sBuild } from '../../lib/synth/k8s';
import { TARGETS } from '../../config/targets';
import { loadPlatform } from '../../lib/model/load';
import type { K8sObject } from '../../lib/k8s/object';
import type { RenderedTarget } from '../../lib/render/render';
import { readBuildCache } from './build-cache';

type ShippedBuild = Pick<K8sBuild, 'model' | 'rendered' | 'problems' | 'warnings'>;

let cached: ShippedBuild | undefined;

/**
 * Every target of the shipped config: rendered once per `npm test` run by the global setup
 * (test/support/global-setup.ts), or here when a single file runs without it.
 */
export function shippedBuild(): ShippedBuild {
  if (cached) return cached;
  const fromCache = readBuildCache();
  if (fromCache) {
    cached = {
      model: loadPlatform(),
      problems: fromCache.problems,
      warnings: fromCache.warnings,
      rendered: fromCache.rendered.map((r) => ({ target: r.target, files: new Map(r.files), extraFiles: new Map(r.extraFiles) })),
    };
  } else {
    const { buildK8s } = require('../../lib/synth/k8s') as typeof import('../../lib/synth/k8s');
    cached = buildK8s();
  }
  return cached;
}

export function renderedTarget(name: string): RenderedTarget {
  const found = shippedBuild().rendered.find((r) => r.target === name);
  if (!found) throw new Error(`target ${name} was not rendered`);
  return found;
}

export function allObjects(rendered: RenderedTarget): Array<K8sObject & { __file: string }> {
  const result: Array<K8sObject & { __file: string }> = [];
  for (const [file, objects] of rendered.files) for (const o of objects) result.push({ ...o, __file: file });
  return result;
}

/** Every target of the model (config/targets): a new target is covered by every property test without editing one. */
export const TARGET_NAMES: readonly string[] = TARGETS.map((t) => t.name);

/** Every rendered cluster of the shipped fleet: the targets' platform clusters and their member clusters. */
export function clusterNames(): string[] {
  return shippedBuild().rendered.map((r) => r.target);
}
