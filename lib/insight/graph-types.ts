/** Nodes and edges of the network picture (lib/insight/network-graph.ts builds them, flows.ts connects them). */
import type { Endpoint } from './network-policy';

export type GraphNode = Endpoint & {
  /** Shown in the picture. */
  readonly label: string;
  /** Not a rendered pod: from the model (Helm chart, operator-run software), a tenant namespace, outside the cluster, or a whole namespace folded into one node (graph-views.ts). */
  readonly origin: 'workload' | 'component' | 'tenant' | 'cluster' | 'external' | 'namespace';
  /** Id of the tenant group the node stands for; its `namespace` is then the group's representative. */
  readonly group?: string;
};

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** `8081`, `53/UDP`, sorted. */
  readonly ports: readonly string[];
}
