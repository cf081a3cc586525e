/**
 * Where each value of a rendered object came from: a model key (component base, environment
 * overlay, data-file override), a tenant entry, the target file, or a construct default. Rendered
 * fields are mapped to model keys by a small explicit table; the rest by equal value under the
 * same key name in the object's component; anything else is a construct default.
 */
import { TIER_QUOTAS } from '../../config/tenancy';
import type { Component, ResolvedTarget } from '../../config/types';
import type { K8sObject } from '../k8s/object';
import { HIKARI_POOL_SIZE_ENV } from '../model/datasource';
import { leaves } from './field-diff';
import { keyHistory, type SpecLayer } from './layers';

interface Provenance {
  readonly path: string;
  readonly value: unknown;
  /** Model key, e.g. `components.api-gateway.replicas`, `tenants[acme].quota.pods`, `target.storageClass`. */
  readonly key?: string;
  /** One-line origin: files and whether an overlay changed the value. */
  readonly origin: string;
}

type Ref = { spec: string[] } | { tenant: string; field: string } | { target: string } | { topic: string };

interface Rule {
  readonly kinds?: readonly string[];
  readonly path: RegExp;
  readonly ref: (m: RegExpMatchArray, c: string | undefined, o: K8sObject) => Ref | undefined;
}

const comp = (c: string | undefined, ...rest: string[]): Ref | undefined => (c ? { spec: ['components', c, ...rest] } : undefined);
const QUOTA_FIELDS: Record<string, string> = {
  'requests.cpu': 'requestsCpu',
  'requests.memory': 'requestsMemory',
  'limits.cpu': 'limitsCpu',
  'limits.memory': 'limitsMemory',
  pods: 'pods',
  services: 'services',
  persistentvolumeclaims: 'persistentVolumeClaims',
  'requests.storage': 'requestsStorage',
};
const KAFKA_CONFIG: Record<string, string> = {
  'default.replication.factor': 'replicationFactor',
  'offsets.topic.replication.factor': 'replicationFactor',
  'transaction.state.log.replication.factor': 'replicationFactor',
  'min.insync.replicas': 'minInsyncReplicas',
  'transaction.state.log.min.isr': 'minInsyncReplicas',
  'num.partitions': 'defaultPartitions',
  'log.retention.hours': 'retentionHours',
};
const CONTAINER = String.raw`spec\.template\.spec\.containers\[name=[^\]]+\]`;

/** Rendered field -> model key, for the values that matter. First match wins. */
const RULES: readonly Rule[] = [
  { kinds: ['Deployment', 'StatefulSet'], path: /^spec\.replicas$/, ref: (_, c) => comp(c, 'replicas') },
  { path: new RegExp(`^${CONTAINER}\\.image$`), ref: (_, c) => comp(c, 'image') },
  { path: new RegExp(`^${CONTAINER}\\.resources\\.(requests|limits)\\.(cpu|memory)$`), ref: (m, c) => comp(c, 'resources', m[1], m[2]) },
  { path: new RegExp(`^${CONTAINER}\\.ports\\[name=http\\]\\.containerPort$`), ref: (_, c) => comp(c, 'port') },
  { path: new RegExp(`^${CONTAINER}\\.(startup|liveness|readiness)Probe\\.httpGet\\.path$`), ref: (_, c) => comp(c, 'healthPath') },
  { path: new RegExp(`^${CONTAINER}\\.env\\[name=[^\\]]+\\]\\.valueFrom\\.secretKeyRef\\.(name|key)$`), ref: (_, c) => comp(c, 'secrets') },
  { path: /^spec\.template\.spec\.(nodeSelector|tolerations)/, ref: (_, c) => comp(c, 'nodePool') },
  { kinds: ['HorizontalPodAutoscaler'], path: /^spec\.(min|max)Replicas$/, ref: (m, c) => comp(c, 'autoscaling', `${m[1]}Replicas`) },
  {
    kinds: ['HorizontalPodAutoscaler'],
    path: /averageUtilization$/,
    ref: (_, c) => comp(c, 'autoscaling', 'targetCPUUtilizationPercentage'),
  },
  { kinds: ['PodDisruptionBudget'], path: /^spec\.minAvailable$/, ref: (_, c) => comp(c, 'pdbMinAvailable') },
  { kinds: ['ConfigMap'], path: new RegExp(`^data\\.${HIKARI_POOL_SIZE_ENV}$`), ref: () => ({ spec: ['settings', 'dbPoolSize'] }) },
  { kinds: ['ConfigMap'], path: /^data(?:\.([\w-]+)|\["(.+)"\])$/, ref: (m, c) => comp(c, 'config', m[1] ?? m[2]) },
  { kinds: ['Service'], path: /^spec\.ports\[name=http\]\.(port|targetPort)$/, ref: (_, c) => comp(c, 'port') },
  { kinds: ['Ingress'], path: /^metadata\.annotations\["(.+)"\]$/, ref: (m, c) => comp(c, 'ingress', 'annotations', m[1]) },
  { kinds: ['Ingress'], path: /host/, ref: () => ({ target: 'domain' }) },
  {
    path: /metadata\.labels\["matih\.ai\/(cost-center|application|team)"\]$/,
    ref: (m, c) => comp(c, 'billing', { 'cost-center': 'costCenter', application: 'application', team: 'team' }[m[1]]!),
  },
  { path: /metadata\.labels\["matih\.ai\/cost-center"\]$/, ref: () => ({ target: 'costCenter' }) },
  { path: /metadata\.labels\["app\.kubernetes\.io\/version"\]$/, ref: (_, c) => comp(c, 'image', 'tag') },
  {
    kinds: ['Application'],
    path: /^spec\.source\.(targetRevision|chart|repoURL)$/,
    ref: (m, c) => comp(c, 'chart', { targetRevision: 'version', chart: 'name', repoURL: 'repoURL' }[m[1]]!),
  },
  {
    kinds: ['Application'],
    path: /^spec\.source\.helm\.valuesObject\.(.+)$/,
    ref: (m, c) => comp(c, 'values', ...m[1].split('.').filter((s) => !s.startsWith('['))),
  },
  {
    kinds: ['KafkaNodePool'],
    path: /^spec\.replicas$/,
    ref: (_, __, o) => ({
      spec: ['settings', 'kafka', ((o.spec as { roles?: string[] })?.roles ?? []).includes('broker') ? 'brokers' : 'controllers'],
    }),
  },
  { kinds: ['KafkaNodePool'], path: /^spec\.storage.*\.size$/, ref: () => ({ spec: ['settings', 'kafka', 'brokerStorage'] }) },
  {
    kinds: ['KafkaNodePool'],
    path: /^spec\.resources\.(requests|limits)\.(cpu|memory)$/,
    ref: (m) => ({ spec: ['settings', 'kafka', 'brokerResources', m[1], m[2]] }),
  },
  {
    kinds: ['Kafka'],
    path: /^spec\.kafka\.config\["?([\w.]+)"?\]$/,
    ref: (m) => (KAFKA_CONFIG[m[1]] ? { spec: ['settings', 'kafka', KAFKA_CONFIG[m[1]]] } : undefined),
  },
  {
    kinds: ['KafkaTopic'],
    path: /^spec\.partitions$/,
    ref: (_, __, o) => ({ topic: (o.spec as { topicName?: string })?.topicName ?? o.metadata.name }),
  },
  { kinds: ['KafkaTopic'], path: /^spec\.replicas$/, ref: () => ({ spec: ['settings', 'kafka', 'replicationFactor'] }) },
  { kinds: ['ExternalSecret'], path: /^spec\.refreshInterval$/, ref: () => ({ spec: ['settings', 'secretRefreshInterval'] }) },
  { kinds: ['Certificate'], path: /^spec\.issuerRef\.name$/, ref: () => ({ spec: ['settings', 'certificateIssuer'] }) },
  {
    kinds: ['ResourceQuota'],
    path: /^spec\.hard(?:\.(\w+)|\["(.+)"\])$/,
    ref: (m, _, o) => {
      const field = QUOTA_FIELDS[m[1] ?? m[2]];
      const ns = o.metadata.namespace ?? '';
      return field && ns.startsWith('tenant-') ? { tenant: ns.slice('tenant-'.length), field } : undefined;
    },
  },
  { path: /storageClassName$/, ref: () => ({ target: 'storageClass' }) },
  // Operated components: their custom resources are sized by `components.<name>.sizing`.
  ...chSizing('ClickHouseInstallation', 'server'),
  ...chSizing('ClickHouseKeeperInstallation', 'keeper'),
  { kinds: ['SparkConnect'], path: /^spec\.(server|executor)\.(cores|instances|memory)$/, ref: (m, c) => comp(c, 'sizing', m[1], m[2]) },
  {
    kinds: ['SparkConnect'],
    path: /^spec\.server\.template\..*\.resources\.(requests|limits)\.(cpu|memory)$/,
    ref: (m, c) => comp(c, 'sizing', 'server', 'resources', m[1], m[2]),
  },
  {
    kinds: ['KafkaConnect'],
    path: /^spec\.resources\.(requests|limits)\.(cpu|memory)$/,
    ref: (m, c) => comp(c, 'sizing', 'resources', m[1], m[2]),
  },
  { kinds: ['TemporalCluster'], path: /^spec\.numHistoryShards$/, ref: (_, c) => comp(c, 'sizing', 'historyShards') },
  {
    kinds: ['TemporalCluster'],
    path: /^spec\.(?:services\.\w+|jobResources)\.?(?:resources)?\.(requests|limits)\.(cpu|memory)$/,
    ref: (m, c) => comp(c, 'sizing', 'resources', m[1], m[2]),
  },
  { kinds: ['TemporalNamespace'], path: /^spec\.retentionPeriod$/, ref: (_, c) => comp(c, 'sizing', 'retention') },
  {
    kinds: ['FlinkDeployment'],
    path: /^spec\.flinkConfiguration\["execution\.checkpointing\.interval"\]$/,
    ref: (_, c) => comp(c, 'sizing', 'checkpointIntervalSeconds'),
  },
  {
    kinds: ['FlinkDeployment'],
    path: /^spec\.flinkConfiguration\["taskmanager\.numberOfTaskSlots"\]$/,
    ref: (_, c) => comp(c, 'sizing', 'taskManager', 'slots'),
  },
  {
    kinds: ['FlinkDeployment'],
    path: /^spec\.flinkConfiguration\["slotmanager\.number-of-slots\.(min|max)"\]$/,
    ref: (m, c) => comp(c, 'sizing', 'taskManager', m[1]),
  },
  {
    kinds: ['FlinkDeployment'],
    path: /^spec\.(jobManager|taskManager)\.resource\.(cpu|memory)$/,
    ref: (m, c) => comp(c, 'sizing', m[1], m[2]),
  },
];

/** The ClickHouse (or Keeper) fields `components.clickhouse.sizing.<part>` sets. */
function chSizing(kind: string, part: 'server' | 'keeper'): Rule[] {
  return [
    {
      kinds: [kind],
      path: /^spec\.configuration\.clusters\[name=[^\]]+\]\.layout\.replicasCount$/,
      ref: (_, c) => comp(c, 'sizing', part, 'replicas'),
    },
    {
      kinds: [kind],
      path: /^spec\.templates\.podTemplates\[.*\.resources\.(requests|limits)\.(cpu|memory)$/,
      ref: (m, c) => comp(c, 'sizing', part, 'resources', m[1], m[2]),
    },
    {
      kinds: [kind],
      path: /^spec\.templates\.volumeClaimTemplates\[.*\.resources\.requests\.storage$/,
      ref: (_, c) => comp(c, 'sizing', part, 'storage'),
    },
  ];
}

/** Which constructs render the objects of a dist folder (for "construct default" answers). */
const FOLDER_FEATURE: Record<string, string> = {
  platform: 'constructs/k8s/baseline.ts',
  workloads: 'constructs/k8s/workloads/',
  tenants: 'constructs/k8s/tenants/',
  monitoring: 'constructs/k8s/operators/monitoring/',
  security: 'constructs/k8s/secrets/',
  secrets: 'constructs/k8s/secrets/',
  data: 'constructs/k8s/operators/',
  apps: 'constructs/k8s/gitops/',
  bootstrap: 'constructs/k8s/gitops/',
};

function constructDefault(path: string, file: string): string {
  if (/^metadata\.labels\["app\.kubernetes\.io\//.test(path)) return 'construct default (constructs/k8s/core/labels.ts)';
  if (/securityContext/.test(path)) return 'construct default (config/pod-security.ts)';
  if (/argocd\.argoproj\.io/.test(path)) return 'construct default (constructs/k8s/core/argocd.ts)';
  return `construct default (${FOLDER_FEATURE[file.split('/')[0]] ?? 'constructs/k8s/'})`;
}

/** The component an object belongs to: its `app.kubernetes.io/name` label, else its name. */
function componentOf(o: K8sObject, model: ResolvedTarget): string | undefined {
  const label = o.metadata.labels?.['app.kubernetes.io/name'];
  if (label && model.components[label]) return label;
  return model.components[o.metadata.name] ? o.metadata.name : undefined;
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function describeSpec(path: string[], layers: readonly SpecLayer[]): string {
  const h = keyHistory(path, layers);
  const base = `${h.base.file}${h.base.value === undefined ? ' (not in base)' : ` = ${show(h.base.value)}`}`;
  if (h.overrides.length === 0) return `${base}; not overridden`;
  return `${base}; overridden by ${h.overrides.map((o) => `${o.file}${o.removed ? ' (removed)' : ` = ${show(o.value)}`}`).join(', then ')}`;
}

function describe(ref: Ref, model: ResolvedTarget, layers: readonly SpecLayer[], tenantsFile: string): { key: string; origin: string } {
  if ('spec' in ref) return { key: ref.spec.join('.'), origin: describeSpec(ref.spec, layers) };
  if ('target' in ref) return { key: `target.${ref.target}`, origin: `config/targets/${model.target.name}.ts` };
  if ('topic' in ref) {
    const cap = describeSpec(['settings', 'kafka', 'capTopicPartitions'], layers);
    const sizing = describeSpec(['settings', 'kafka', 'defaultPartitions'], layers);
    return {
      key: `topics[${ref.topic}].partitions`,
      origin: `config/kafka-topics.ts (declared count); capped at settings.kafka.defaultPartitions when settings.kafka.capTopicPartitions (${cap}; default partitions: ${sizing})`,
    };
  }
  const tenant = model.tenants.find((t) => t.slug === ref.tenant);
  const key = `tenants[${ref.tenant}].quota.${ref.field}`;
  if (!tenant) return { key, origin: `${tenantsFile} (tenant not found on this target)` };
  // A partial quota in tenants.yaml is merged over the tier's: each key comes from one or the other.
  const field = ref.field as keyof typeof tenant.quota;
  const fromTier = tenant.tier !== 'ENTERPRISE' && TIER_QUOTAS[tenant.tier][field] === tenant.quota[field];
  return {
    key,
    origin: fromTier
      ? `config/tenancy.ts TIER_QUOTAS.${tenant.tier}.${ref.field} (tier of ${ref.tenant} in ${tenantsFile})`
      : `${tenantsFile} (own quota of ${ref.tenant})`,
  };
}

/** Leaf fields of a component spec keyed by their last segment, for value matching. */
function componentLeaves(c: Component): Array<[string[], unknown]> {
  const out: Array<[string[], unknown]> = [];
  const walk = (v: unknown, path: string[]) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    else out.push([path, v]);
  };
  walk(c, []);
  return out;
}

function lastSegment(path: string): string {
  const m = /(?:\.|\["?)([\w.-]+?)"?\]?$/.exec(path);
  return m ? m[1] : path;
}

interface ExplainInput {
  readonly model: ResolvedTarget;
  readonly object: K8sObject;
  /** File of the object, relative to dist/<target>/. */
  readonly file: string;
  readonly layers: readonly SpecLayer[];
  /** tenants.yaml as users name it. @default config/tenants.yaml */
  readonly tenantsFile?: string;
  /** Only fields at or below this path. @default every field */
  readonly field?: string;
}

/** Provenance of every leaf field of a rendered object (or those under `field`). */
export function explainObject(input: ExplainInput): Provenance[] {
  const { model, object, file, layers } = input;
  const tenantsFile = input.tenantsFile ?? 'config/tenants.yaml';
  const component = componentOf(object, model);
  const compLeaves = component ? componentLeaves(model.components[component]) : [];
  const result: Provenance[] = [];
  for (const [path, value] of leaves(object)) {
    if (input.field && !(path === input.field || path.startsWith(`${input.field}.`) || path.startsWith(`${input.field}[`))) continue;
    let ref: Ref | undefined;
    for (const rule of RULES) {
      if (rule.kinds && !rule.kinds.includes(object.kind)) continue;
      const m = rule.path.exec(path);
      if (m && (ref = rule.ref(m, component, object))) break;
    }
    if (!ref && component && value !== '' && (typeof value === 'string' || typeof value === 'number')) {
      const name = lastSegment(path);
      const hit = compLeaves.find(([p, v]) => v === value && p[p.length - 1] === name);
      if (hit) ref = { spec: ['components', component, ...hit[0]] };
    }
    if (!ref) {
      result.push({ path, value, origin: constructDefault(path, file) });
      continue;
    }
    const { key, origin } = describe(ref, model, layers, tenantsFile);
    result.push({ path, value, key, origin });
  }
  return result;
}

export function formatProvenance(items: readonly Provenance[]): string[] {
  return items.map((p) => `${p.path} = ${show(p.value)}  ← ${p.key ? `${p.key} (${p.origin})` : p.origin}`);
}
