import type { ChartComponent } from '../../../config/types';
import { FOLDERS } from '../core/layout';

/** Charts that define custom resource kinds: after namespaces (0), before stores and issuers (2). */
const OPERATOR_WAVE = 1;

/**
 * Sync wave of a Helm Application by category. Data, ML and observability charts come after the
 * secrets they read (wave 3) and before first-party workloads (wave 5).
 */
const CHART_WAVES: Readonly<Record<ChartComponent['category'], number>> = {
  operator: OPERATOR_WAVE,
  ingress: OPERATOR_WAVE,
  gitops: OPERATOR_WAVE,
  data: FOLDERS.data.wave,
  ml: FOLDERS.data.wave,
  observability: FOLDERS.data.wave,
};

/** A chart that provides kinds (kube-prometheus-stack: ServiceMonitor) syncs with the operators whatever its category. */
export function chartWave(chart: ChartComponent): number {
  return chart.providesKinds.length > 0 ? OPERATOR_WAVE : CHART_WAVES[chart.category];
}
