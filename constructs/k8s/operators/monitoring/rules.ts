import { Construct } from 'constructs';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../../../../imports/prometheusrules-monitoring.coreos.com';

/** kube-prometheus-stack release (fact sheet §3.7 [PROMSET]); its Prometheus selects rules by `release`. */
export const PROMETHEUS_RELEASE = 'monitoring';
export const RUNBOOK_BASE = 'https://docs.matih.ai/19-observability/runbooks';

type Severity = 'critical' | 'warning';

/** One alerting rule, before it becomes PrometheusRule JSON. */
export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly description: string;
}

/** Regex selector for a set of namespaces (`namespace=~"^(a|b)$"`). */
export function namespaceMatcher(namespaces: readonly string[]): string {
  return `namespace=~"^(${namespaces.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$"`;
}

/** Alerts every plane gets, scoped to its namespaces: crash loops, unavailable replicas, volumes filling up. */
export function workloadAlerts(prefix: string, namespaces: readonly string[]): AlertRule[] {
  if (namespaces.length === 0) throw new Error(`alerts ${prefix}: at least one namespace is required`);
  const ns = namespaceMatcher(namespaces);
  return [
    {
      alert: `${prefix}PodCrashLooping`,
      expr: `increase(kube_pod_container_status_restarts_total{${ns}}[15m]) > 3`,
      for: '5m',
      severity: 'critical',
      summary: 'A container is restarting repeatedly',
      description:
        'Container {{ $labels.container }} of pod {{ $labels.namespace }}/{{ $labels.pod }} restarted more than 3 times in 15 minutes.',
    },
    {
      alert: `${prefix}DeploymentReplicasUnavailable`,
      expr: `kube_deployment_status_replicas_unavailable{${ns}} > 0`,
      for: '15m',
      severity: 'warning',
      summary: 'A Deployment has unavailable replicas',
      description:
        'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has had {{ $value }} unavailable replica(s) for 15 minutes.',
    },
    {
      alert: `${prefix}PersistentVolumeAlmostFull`,
      expr: `kubelet_volume_stats_available_bytes{${ns}} / kubelet_volume_stats_capacity_bytes{${ns}} < 0.10`,
      for: '10m',
      severity: 'warning',
      summary: 'A persistent volume is more than 90% full',
      description: 'PVC {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} has less than 10% free space.',
    },
  ];
}

interface PlaneRulesProps {
  /** Plane name: the PrometheusRule is `matih-<plane>-alerts`. */
  readonly plane: string;
  readonly namespace: string;
  readonly rules: readonly AlertRule[];
  readonly labels: Readonly<Record<string, string>>;
}

/** One PrometheusRule per plane, every alert with severity, plane, summary, description and runbook. */
export class PlaneAlertRules extends Construct {
  readonly rule: PrometheusRule;

  constructor(scope: Construct, id: string, props: PlaneRulesProps) {
    super(scope, id);
    if (props.rules.length === 0) throw new Error(`PrometheusRule for plane ${props.plane} has no rules`);
    const seen = new Set<string>();
    for (const r of props.rules) {
      if (seen.has(r.alert)) throw new Error(`PrometheusRule for plane ${props.plane}: alert ${r.alert} is defined twice`);
      if (!/^\d+[smh]$/.test(r.for)) throw new Error(`alert ${r.alert}: "for" must be a duration such as 5m, found "${r.for}"`);
      seen.add(r.alert);
    }
    this.rule = new PrometheusRule(this, 'rule', {
      metadata: {
        name: `matih-${props.plane}-alerts`,
        namespace: props.namespace,
        labels: { ...props.labels, release: PROMETHEUS_RELEASE },
      },
      spec: {
        groups: [
          {
            name: `matih-${props.plane}`,
            rules: props.rules.map((r) => ({
              alert: r.alert,
              expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr),
              for: r.for,
              labels: { severity: r.severity, plane: props.plane },
              annotations: {
                summary: r.summary,
                description: r.description,
                runbook_url: `${RUNBOOK_BASE}/${r.alert.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`,
              },
            })),
          },
        ],
      },
    });
  }
}
