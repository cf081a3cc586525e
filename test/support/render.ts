import { buildK8s, type K8sBuild } from '../../apps/lib/synth-k8s';
import type { K8sObject } from '../../constructs/core/platform-charts';
import type { RenderedTarget } from '../../constructs/core/render';

let cached: K8sBuild | undefined;

/** Every target of the shipped config, rendered once per test worker. */
export function shippedBuild(): K8sBuild {
  cached ??= buildK8s();
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

export const TARGET_NAMES = ['dev-azure', 'staging-azure', 'prod-azure', 'prod-aws', 'prod-gcp'] as const;
