/**
 * Reviewer-facing files synth writes beside the manifests of a target, computed from the RENDERED
 * objects (so they run after rendering, not as a Feature): `INVENTORY.md` and `network.svg`.
 */
import type { ResolvedTarget } from '../../config/types';
import type { K8sObject } from '../k8s/object';
import type { RenderedTarget } from '../render/render';
import { schedulingAnalysis } from '../gate/scheduling/analysis';
import { overviewDot, toDot } from './dot';
import { namespacesOf, namespaceView, overview } from './graph-views';
import type { SvgRenderer } from './graphviz';
import { inventoryMarkdown } from './inventory';
import { buildNetworkGraph } from './network-graph';

export const INVENTORY_FILE = 'INVENTORY.md';
export const NETWORK_SVG_FILE = 'network.svg';
/** Per-namespace pictures: `network/<namespace>.svg`. */
export const NETWORK_DIR = 'network';

/** The file of a namespace's picture (`tenant namespaces` -> `network/tenants.svg`). */
export function namespaceSvgFile(namespace: string): string {
  return `${NETWORK_DIR}/${namespace === 'tenant namespaces' ? 'tenants' : namespace}.svg`;
}

/** The DOT text of every picture synth writes: the namespace overview and one per namespace. */
function networkPictures(objects: readonly K8sObject[], model: ResolvedTarget): Map<string, string> {
  const graph = buildNetworkGraph(objects, model);
  const labels = new Map(graph.nodes.filter((n) => n.kind !== 'pod' || n.origin === 'cluster').map((n) => [n.id, n.label]));
  const pictures = new Map<string, string>([[NETWORK_SVG_FILE, overviewDot(overview(graph), labels)]]);
  for (const ns of namespacesOf(graph)) pictures.set(namespaceSvgFile(ns), toDot(namespaceView(graph, ns)));
  return pictures;
}

export function renderedObjects(rendered: RenderedTarget): K8sObject[] {
  return [...rendered.files.values()].flat();
}

/** What the insight files of a target are computed from: its model and rendered objects by file. */
interface InsightJob {
  readonly target: ResolvedTarget;
  readonly files: Map<string, K8sObject[]>;
}

/**
 * The insight files of a target as synth writes them: a member cluster's network is its platform's
 * data plane (and tenants) with other addresses, so it gets no pictures of its own (a Graphviz layout
 * per member would dominate a fleet's synth); INVENTORY.md still.
 */
export function targetInsight(job: InsightJob, svg?: SvgRenderer): Map<string, string> {
  const member = job.target.fleet !== undefined && job.target.fleet.role !== 'platform';
  return insightFiles({ target: job.target.target.name, files: job.files, extraFiles: new Map() }, job.target, member ? undefined : svg);
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
  if (svg) for (const [file, dot] of networkPictures(objects, model)) files.set(file, svg(dot));
  return files;
}
