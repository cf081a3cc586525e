import type { ResolvedTarget } from '../../config/types';
import type { Feature } from '../../constructs/k8s/core/target-scope';
import type { K8sObject } from '../k8s/object';
import { PlatformCharts } from './platform-charts';

export interface RenderedTarget {
  readonly target: string;
  /** Path relative to dist/<target>/ -> objects in that file. */
  readonly files: Map<string, K8sObject[]>;
  /** Path relative to dist/<target>/ -> text of non-Kubernetes files (INVENTORY.md, network.svg). */
  readonly extraFiles: Map<string, string>;
}

/** Renders one target in memory: every feature in order, then the objects as plain JSON. */
export function renderTarget(model: ResolvedTarget, features: readonly Feature[]): RenderedTarget {
  const charts = new PlatformCharts(model);
  for (const feature of features) feature(charts, model);
  return { target: model.target.name, files: charts.render(), extraFiles: charts.extraFiles };
}

/** Every object of a rendered target, with the file it is written to. */
export function* objectsOf(rendered: RenderedTarget): Generator<{ file: string; object: K8sObject }> {
  for (const [file, objects] of rendered.files) {
    for (const object of objects) yield { file, object };
  }
}
