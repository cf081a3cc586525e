import { RAY_CLUSTER_NAME } from '../../../../config/components/ml-infrastructure';
import type { ResolvedTarget } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import { operatedComponent, operatorLabels } from '../common';
import { MatihRayCluster } from './ray-cluster';
import type { OperatorAddOn } from '../add-on';

export { GPU_RESOURCE, MatihRayCluster, RAY_GPU_IMAGE, RAY_HEAD_PORTS, RAY_IMAGE, RAY_VERSION } from './ray-cluster';

/** The RayCluster of fact sheet §3.5 in `data/ray.yaml`; not prune-protected (no state of its own). */
function buildKubeRay(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent(model, 'ray');
  if (!component) return;
  new MatihRayCluster(charts.group('data', 'ray'), 'ray', {
    name: RAY_CLUSTER_NAME,
    namespace: component.namespace,
    sizing: model.settings.ray,
    nodePool: component.nodePool,
    labels: operatorLabels('ray', component.billing, undefined, RAY_CLUSTER_NAME),
  });
}

/** The add-on (../add-on.ts) built by `buildKubeRay`. */
export const kubeRayAddOn: OperatorAddOn = { component: 'ray', build: buildKubeRay };
