/**
 * Reviewer-facing files synth writes beside the manifests of a target, computed from the RENDERED
 * objects (so they run after rendering, not as a Feature): `INVENTORY.md` and `network.svg`.
 */
import type { ResolvedTarget } from '../../config/types';
import type { K8sObject } from '../k8s/object';
import type { RenderedTarget } from '../render/render';
import { schedulingAnalysis } from '../gate/scheduling/analysis';
import { toDot } from './dot';
import type { SvgRenderer } from './graphviz';
import { inventoryMarkdown } from './inventory';
import { buildNetworkGraph } from './network-graph';

export const INVENTORY_FILE = 'INVENTORY.md';
export const NETWORK_SVG_FILE = 'network.svg';

export function renderedObjects(rendered: RenderedTarget): K8sObject[] {
  return [...rendered.files.values()].flat();
}

/**
 * The insight files of one rendered target. Without a Graphviz renderer (synchronous callers such
 * as tests) `network.svg` is left out; apps/k8s.ts always passes one.
 */
export function insightFiles(rendered: RenderedTarget, model: ResolvedTarget, svg?: SvgRenderer): Map<string, string> {
  const objects = renderedObjects(rendered);
  const located = [...rendered.files].flatMap(([file, list]) => list.map((object) => ({ file, object })));
  const files = new Map<string, string>([
    [INVENTORY_FILE, inventoryMarkdown(model, objects, rendered.files, schedulingAnalysis(located, model))],
  ]);
  if (svg) files.set(NETWORK_SVG_FILE, svg(toDot(buildNetworkGraph(objects, model))));
  return files;
}
