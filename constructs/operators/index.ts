import type { Feature } from '../core/platform-charts';
import { buildCrossplane } from './crossplane';
import { buildKubeRay } from './kuberay';
import { buildMonitoring } from './monitoring';
import { buildStrimzi } from './strimzi';
import { buildTemporal } from './temporal';

/**
 * Custom resources reconciled by the operators the GitOps feature installs: Kafka (Strimzi),
 * RayCluster (KubeRay), TemporalCluster, Crossplane packages/APIs/tenant buckets, alert rules.
 * Each builder renders nothing when its catalog component is disabled.
 */
export const operators: Feature = (charts, model) => {
  buildStrimzi(charts, model);
  buildKubeRay(charts, model);
  buildTemporal(charts, model);
  buildCrossplane(charts, model);
  buildMonitoring(charts, model);
};
