import type { PlatformNamespace, ResolvedTarget } from '../../../../config/types';
import { ARGOCD_NAMESPACE } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import { operatorLabels } from '../common';
import { type AlertRule, PlaneAlertRules, workloadAlerts } from './rules';
import type { OperatorAddOn } from '../add-on';

export { namespaceMatcher, PlaneAlertRules, PROMETHEUS_RELEASE, RUNBOOK_BASE, workloadAlerts, type AlertRule } from './rules';

/** The chart whose Prometheus evaluates the rules (and whose CRDs define PrometheusRule). */
const PROMETHEUS_COMPONENT = 'kube-prometheus-stack';
const DAY_SECONDS = 86_400;
/** Alert when a certificate expires within this many days (cert-manager renews at 30 days left). */
const CERTIFICATE_EXPIRY_DAYS = 14;

const KAFKA_ALERTS: AlertRule[] = [
  {
    alert: 'KafkaUnderReplicatedPartitions',
    expr: 'sum by (namespace, pod) (kafka_server_replicamanager_underreplicatedpartitions) > 0',
    for: '5m',
    severity: 'critical',
    summary: 'Kafka has under-replicated partitions',
    description:
      'Broker {{ $labels.namespace }}/{{ $labels.pod }} reports {{ $value }} under-replicated partition(s); a further broker loss can lose acknowledged writes.',
  },
  {
    alert: 'KafkaOfflinePartitions',
    expr: 'sum by (namespace) (kafka_controller_kafkacontroller_offlinepartitionscount) > 0',
    for: '1m',
    severity: 'critical',
    summary: 'Kafka has offline partitions',
    description: '{{ $value }} partition(s) in {{ $labels.namespace }} have no leader: producers and consumers of them are failing.',
  },
];

const CERTIFICATE_ALERTS: AlertRule[] = [
  {
    alert: 'CertificateExpiringSoon',
    expr: `certmanager_certificate_expiration_timestamp_seconds - time() < ${CERTIFICATE_EXPIRY_DAYS} * ${DAY_SECONDS}`,
    for: '1h',
    severity: 'critical',
    summary: `A certificate expires within ${CERTIFICATE_EXPIRY_DAYS} days`,
    description: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in less than 14 days and has not been renewed.',
  },
  {
    alert: 'CertificateNotReady',
    expr: 'max by (namespace, name) (certmanager_certificate_ready_status{condition="False"}) == 1',
    for: '15m',
    severity: 'warning',
    summary: 'A certificate is not ready',
    description: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} has not been ready for 15 minutes.',
  },
];

/** Namespaces of each plane; `platform` is everything that runs the platform itself. */
const PLANES: ReadonlyArray<{
  readonly plane: string;
  readonly prefix: string;
  readonly namespaces: readonly string[];
  readonly extra: readonly AlertRule[];
}> = [
  { plane: 'control-plane', prefix: 'ControlPlane', namespaces: ['matih-control-plane'] satisfies PlatformNamespace[], extra: [] },
  { plane: 'data-plane', prefix: 'DataPlane', namespaces: ['matih-data-plane'] satisfies PlatformNamespace[], extra: KAFKA_ALERTS },
  {
    plane: 'platform',
    prefix: 'Platform',
    namespaces: [
      ...(['matih-system', 'matih-ingress', 'matih-frontend', 'matih-monitoring', 'matih-observability'] satisfies PlatformNamespace[]),
      ARGOCD_NAMESPACE,
    ],
    extra: CERTIFICATE_ALERTS,
  },
];

/** One PrometheusRule per plane in `monitoring/<plane>.yaml`. */
function buildMonitoring(charts: TargetScope, model: ResolvedTarget): void {
  const prometheus = model.components[PROMETHEUS_COMPONENT];
  if (!prometheus) return;
  for (const p of PLANES) {
    new PlaneAlertRules(charts.group('monitoring', p.plane), 'rules', {
      plane: p.plane,
      namespace: prometheus.namespace,
      rules: [...workloadAlerts(p.prefix, p.namespaces), ...p.extra],
      labels: operatorLabels('alert-rules', prometheus.billing, 'alerting', `matih-${p.plane}-alerts`),
    });
  }
}

/** The add-on (../add-on.ts) built by `buildMonitoring`. */
export const monitoringAddOn: OperatorAddOn = { component: PROMETHEUS_COMPONENT, build: buildMonitoring };
