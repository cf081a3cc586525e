/**
 * Properties of a whole rendered target. Each check returns its problems as strings;
 * an empty list means the property holds. The checks are plain functions so a test can also feed
 * them deliberately broken output and prove that each one can fail.
 */
import { TIER_QUOTAS } from '../../config/tenancy';
import type { ResolvedTarget, Tenant, TenantQuota } from '../../config/types';
import { factQuota, LIMIT_RANGE_FACTS } from '../facts/tenancy';
import { SECRET_LIKE_ENV } from '../../lib/model/validate';
import { API_SERVER_PORTS, PRIVATE_RANGES } from '../../constructs/k8s/network/network-policies';
import { QUOTA_KEYS, TENANT_LIMIT_RANGE } from '../../constructs/k8s/tenants/tenant';
import { REQUIRED_LABELS } from '../../constructs/k8s/core/labels';
import { INGRESS_CLASS, platformHosts, tenantHostOf } from '../../constructs/k8s/core/names';
import type { K8sObject } from '../../lib/k8s/object';
import { loadCrdSchemas } from '../../lib/gate/schemas';
import { tenantNamespace } from '../../lib/model/tenants';

export type Obj = K8sObject & { __file: string };
export type Check = (objects: readonly Obj[], model: ResolvedTarget) => string[];

type Any = any;

const id = (o: Obj) => `${o.__file}: ${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`;
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet']);
/** Cluster-scoped kinds: the built-in ones plus every imported CRD whose scope is Cluster. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'APIService',
  'CSIDriver',
  'VolumeAttachment',
  'FlowSchema',
  'PriorityLevelConfiguration',
  // Crossplane package kinds without an imported schema.
  'Function',
  'Configuration',
  'DeploymentRuntimeConfig',
  'ProviderConfig',
  'EnvironmentConfig',
  ...loadCrdSchemas()
    .filter((c) => c.scope === 'Cluster')
    .map((c) => c.kind),
]);
/** Kinds the baseline renders, in the folders it owns. */
export const BASELINE_KINDS = new Set([
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'ServiceAccount',
  'Role',
  'RoleBinding',
  'ConfigMap',
  'Deployment',
  'Service',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'ServiceMonitor',
  'Ingress',
]);
export const BASELINE_FOLDERS = ['platform/', 'workloads/', 'tenants/'];
export const isBaseline = (o: Obj) => BASELINE_KINDS.has(o.kind) && BASELINE_FOLDERS.some((f) => o.__file.startsWith(f));

/** Pod template of a workload object. */
export function podTemplate(o: Obj): Any | undefined {
  const spec = o.spec as Any;
  if (!WORKLOAD_KINDS.has(o.kind) || !spec) return undefined;
  return o.kind === 'CronJob' ? spec.jobTemplate?.spec?.template : spec.template;
}

function matches(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

export const restrictedContainers: Check = (objects) => {
  const problems: string[] = [];
  for (const o of objects) {
    const pod = podTemplate(o)?.spec;
    if (!pod) continue;
    const psc = pod.securityContext ?? {};
    for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
      const sc = c.securityContext ?? {};
      const where = `${id(o)} container ${c.name}`;
      if ((sc.runAsNonRoot ?? psc.runAsNonRoot) !== true) problems.push(`${where}: runAsNonRoot is not true`);
      const uid = sc.runAsUser ?? psc.runAsUser;
      if (!(typeof uid === 'number' && uid > 0)) problems.push(`${where}: runAsUser ${uid} is not a non-zero UID`);
      if (sc.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
      if (sc.readOnlyRootFilesystem !== true) problems.push(`${where}: readOnlyRootFilesystem is not true`);
      if (sc.privileged === true) problems.push(`${where}: privileged`);
      if (!(sc.capabilities?.drop ?? []).includes('ALL')) problems.push(`${where}: capabilities.drop lacks ALL`);
      if ((sc.seccompProfile?.type ?? psc.seccompProfile?.type) !== 'RuntimeDefault')
        problems.push(`${where}: seccompProfile is not RuntimeDefault`);
    }
  }
  return problems;
};

function isDnsEgress(p: Any): boolean {
  if (Object.keys(p.spec?.podSelector ?? {}).length > 0 || !(p.spec?.policyTypes ?? []).includes('Egress')) return false;
  return (p.spec?.egress ?? []).some((rule: Any) => {
    const toDns = (rule.to ?? []).some(
      (peer: Any) =>
        peer.podSelector?.matchLabels?.['k8s-app'] === 'kube-dns' &&
        peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'kube-system',
    );
    const ports = (rule.ports ?? []).map((x: Any) => `${x.protocol}/${x.port}`);
    return toDns && ports.includes('UDP/53') && ports.includes('TCP/53');
  });
}

export const namespaceDefaults: Check = (objects) => {
  const problems: string[] = [];
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
  for (const ns of objects.filter((o) => o.kind === 'Namespace')) {
    const here = policies.filter((p) => p.metadata.namespace === ns.metadata.name) as Any[];
    const deny = here.some(
      (p) =>
        Object.keys(p.spec.podSelector ?? {}).length === 0 &&
        ['Ingress', 'Egress'].every((t) => p.spec.policyTypes?.includes(t)) &&
        !p.spec.ingress &&
        !p.spec.egress,
    );
    if (!deny) problems.push(`${id(ns)}: no default-deny policy (podSelector {}, Ingress+Egress, no rules)`);
    if (!here.some(isDnsEgress)) problems.push(`${id(ns)}: no DNS egress to kube-dns on UDP and TCP 53`);
    const psa = ns.metadata.labels ?? {};
    for (const mode of ['enforce', 'audit', 'warn']) {
      if (!psa[`pod-security.kubernetes.io/${mode}`] || !psa[`pod-security.kubernetes.io/${mode}-version`])
        problems.push(`${id(ns)}: missing pinned pod-security ${mode} label`);
    }
    if (ns.metadata.name.startsWith('tenant-') && psa['pod-security.kubernetes.io/enforce'] !== 'restricted')
      problems.push(`${id(ns)}: tenant namespace not restricted`);
  }
  return problems;
};

/**
 * The quota a tenant's namespace must get: the fact sheet's tier table (test/facts/tenancy.ts) when
 * the tenant takes its tier's default, else the quota tenants.yaml states for it.
 */
function expectedQuota(tenant: Tenant): TenantQuota {
  return tenant.tier !== 'ENTERPRISE' && tenant.quota === TIER_QUOTAS[tenant.tier] ? factQuota(tenant.tier) : tenant.quota;
}

export const tenantQuotas: Check = (objects, model) => {
  const problems: string[] = [];
  for (const tenant of model.tenants) {
    const ns = tenantNamespace(tenant.slug);
    if (!objects.some((o) => o.kind === 'Namespace' && o.metadata.name === ns)) problems.push(`tenant ${tenant.slug}: no Namespace ${ns}`);
    const quota = objects.find((o) => o.kind === 'ResourceQuota' && o.metadata.namespace === ns) as Any;
    if (!quota) problems.push(`tenant ${tenant.slug}: no ResourceQuota`);
    else {
      const expected = expectedQuota(tenant);
      for (const [key, field] of Object.entries(QUOTA_KEYS)) {
        if (String(quota.spec?.hard?.[key]) !== String(expected[field]))
          problems.push(`tenant ${tenant.slug}: quota ${key} is ${quota.spec?.hard?.[key]}, expected ${expected[field]}`);
      }
    }
    const limits = objects.find(
      (o) => o.kind === 'LimitRange' && o.metadata.namespace === ns && o.metadata.name === TENANT_LIMIT_RANGE,
    ) as Any;
    const container = limits?.spec?.limits?.find((l: Any) => l.type === 'Container');
    if (!container) problems.push(`tenant ${tenant.slug}: no LimitRange ${TENANT_LIMIT_RANGE} for containers`);
    else {
      for (const kind of ['default', 'defaultRequest', 'max', 'min'] as const) {
        for (const res of ['cpu', 'memory'] as const) {
          if (container[kind]?.[res] !== LIMIT_RANGE_FACTS[kind][res])
            problems.push(
              `tenant ${tenant.slug}: LimitRange ${kind}.${res} is ${container[kind]?.[res]}, expected ${LIMIT_RANGE_FACTS[kind][res]}`,
            );
        }
      }
    }
  }
  return problems;
};

export const noWildcardRbac: Check = (objects) => {
  const problems: string[] = [];
  for (const o of objects.filter((x) => x.kind === 'Role' || x.kind === 'ClusterRole')) {
    ((o as Any).rules ?? []).forEach((rule: Any, i: number) => {
      for (const field of ['verbs', 'resources', 'apiGroups']) {
        if ((rule[field] ?? []).some((v: string) => v.includes('*'))) problems.push(`${id(o)}: rules[${i}].${field} uses *`);
      }
    });
  }
  return problems;
};

export const servicesSelectPods: Check = (objects) => {
  const problems: string[] = [];
  const pods = objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet');
  for (const svc of objects.filter((o) => o.kind === 'Service')) {
    const selector = (svc.spec as Any)?.selector;
    const found = pods.some((p) => p.metadata.namespace === svc.metadata.namespace && matches(selector, podTemplate(p)?.metadata?.labels));
    if (!found) problems.push(`${id(svc)}: selector ${JSON.stringify(selector)} matches no Deployment/StatefulSet pods in its namespace`);
  }
  return problems;
};

export const serviceAccountsExist: Check = (objects) => {
  const problems: string[] = [];
  const accounts = new Set(objects.filter((o) => o.kind === 'ServiceAccount').map((o) => `${o.metadata.namespace}/${o.metadata.name}`));
  for (const o of objects) {
    const name = podTemplate(o)?.spec?.serviceAccountName;
    if (name && !accounts.has(`${o.metadata.namespace}/${name}`))
      problems.push(`${id(o)}: ServiceAccount ${name} does not exist in ${o.metadata.namespace}`);
  }
  return problems;
};

export const noDefaultNamespace: Check = (objects) =>
  objects
    .filter((o) => !CLUSTER_SCOPED.has(o.kind) && (!o.metadata.namespace || o.metadata.namespace === 'default'))
    .map((o) => `${id(o)}: namespaced object ${o.metadata.namespace ? 'in default' : 'without a namespace'}`);

export const autoscaledHaveNoReplicas: Check = (objects) => {
  const problems: string[] = [];
  for (const hpa of objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
    const ref = (hpa.spec as Any).scaleTargetRef;
    const target = objects.find(
      (o) => o.kind === ref.kind && o.metadata.name === ref.name && o.metadata.namespace === hpa.metadata.namespace,
    );
    if (!target) problems.push(`${id(hpa)}: targets missing ${ref.kind} ${ref.name}`);
    else if ((target.spec as Any).replicas !== undefined)
      problems.push(`${id(target)}: has replicas although HPA ${hpa.metadata.name} owns them`);
  }
  return problems;
};

export const replicatedHavePdb: Check = (objects) => {
  const problems: string[] = [];
  const pdbs = objects.filter((o) => o.kind === 'PodDisruptionBudget');
  for (const d of objects.filter((o) => o.kind === 'Deployment')) {
    const hpa = objects.find(
      (o) =>
        o.kind === 'HorizontalPodAutoscaler' &&
        o.metadata.namespace === d.metadata.namespace &&
        (o.spec as Any).scaleTargetRef?.name === d.metadata.name,
    );
    const replicas = hpa ? ((hpa.spec as Any).minReplicas ?? 1) : ((d.spec as Any).replicas ?? 1);
    if (replicas <= 1) continue;
    const labels = podTemplate(d)?.metadata?.labels;
    if (!pdbs.some((p) => p.metadata.namespace === d.metadata.namespace && matches((p.spec as Any).selector?.matchLabels, labels))) {
      problems.push(`${id(d)}: ${replicas} replicas but no PodDisruptionBudget`);
    }
    if (!(podTemplate(d)?.spec?.topologySpreadConstraints?.length > 0) && !podTemplate(d)?.spec?.affinity?.podAntiAffinity) {
      problems.push(`${id(d)}: ${replicas} replicas but no topologySpreadConstraints or anti-affinity`);
    }
  }
  return problems;
};

export const immutableTags: Check = (objects, model) => {
  if (model.target.environment === 'dev') return [];
  const problems: string[] = [];
  for (const o of objects) {
    const pod = podTemplate(o)?.spec;
    for (const c of [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])]) {
      const image: string = c.image ?? '';
      const tag = image.includes('@') ? 'digest' : /:([^:/]+)$/.exec(image)?.[1];
      if (!tag || tag === 'latest') problems.push(`${id(o)} container ${c.name}: image "${image}" has no pinned tag`);
    }
  }
  return problems;
};

export const secretEnvFromSecrets: Check = (objects) => {
  const problems: string[] = [];
  for (const o of objects) {
    const pod = podTemplate(o)?.spec;
    for (const c of [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])]) {
      for (const e of c.env ?? []) {
        if (SECRET_LIKE_ENV.test(e.name) && !e.valueFrom?.secretKeyRef)
          problems.push(`${id(o)} container ${c.name}: ${e.name} is not read through secretKeyRef`);
      }
    }
  }
  return problems;
};

export const standardLabelsPresent: Check = (objects) => {
  const problems: string[] = [];
  for (const o of objects.filter(isBaseline)) {
    const missing = REQUIRED_LABELS.filter((k) => !o.metadata.labels?.[k]);
    if (missing.length > 0) problems.push(`${id(o)}: missing labels ${missing.join(', ')}`);
    const template = podTemplate(o);
    if (template) {
      const pm = REQUIRED_LABELS.filter((k) => !template.metadata?.labels?.[k]);
      if (pm.length > 0) problems.push(`${id(o)}: pod template misses labels ${pm.join(', ')}`);
    }
  }
  return problems;
};

export const tenantIsolation: Check = (objects) => {
  const problems: string[] = [];
  for (const p of objects.filter((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace?.startsWith('tenant-'))) {
    const text = JSON.stringify(p.spec);
    for (const m of text.matchAll(/"kubernetes\.io\/metadata\.name":"([^"]+)"/g)) {
      if (m[1].startsWith('tenant-') && m[1] !== p.metadata.namespace)
        problems.push(`${id(p)}: mentions another tenant's namespace ${m[1]}`);
    }
    if (text.includes('"matih.ai/namespace-type":"tenant"')) problems.push(`${id(p)}: selects tenant namespaces`);
    if (/"namespaceSelector":\{("matchLabels":\{\})?\}/.test(text)) problems.push(`${id(p)}: selects every namespace`);
  }
  return problems;
};

function egressPorts(policy: Any, namespace: string, pods: Record<string, string>): Set<number> {
  const ports = new Set<number>();
  for (const rule of policy?.spec?.egress ?? []) {
    const hit = (rule.to ?? []).some(
      (peer: Any) =>
        peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === namespace &&
        JSON.stringify(peer.podSelector?.matchLabels ?? {}) === JSON.stringify(Object.fromEntries(Object.entries(pods).sort())),
    );
    if (hit) for (const p of rule.ports ?? []) ports.add(p.port);
  }
  return ports;
}

/** Every first-party service's own policy opens egress to each dependency on all of its ports, and to its external endpoints. */
export const dependencyEgress: Check = (objects, model) => {
  const problems: string[] = [];
  for (const [name, c] of Object.entries(model.components)) {
    if (c.kind !== 'service') continue;
    const policy = objects.find(
      (o) => o.kind === 'NetworkPolicy' && o.metadata.name === name && o.metadata.namespace === c.namespace,
    ) as Any;
    if (!policy) {
      problems.push(`${name}: no NetworkPolicy ${c.namespace}/${name}`);
      continue;
    }
    for (const dep of c.dependsOn) {
      const d = model.components[dep];
      const open = egressPorts(policy, d.namespace, d.podSelector);
      const missing = d.ports.filter((p) => !open.has(p.port)).map((p) => p.port);
      if (missing.length > 0) problems.push(`${name}: no egress to ${dep} (${d.namespace}) on ${missing.join(', ')}`);
    }
    for (const ext of c.externalEgress) {
      const rule = (policy.spec.egress ?? []).find(
        (r: Any) =>
          r.to?.some((p: Any) => p.ipBlock?.cidr === ext.cidrs[0]) && ext.ports.every((port) => r.ports?.some((x: Any) => x.port === port)),
      );
      if (!rule) problems.push(`${name}: no egress to ${ext.name} ${ext.cidrs.join(',')} on ${ext.ports.join(',')}`);
      else if (ext.cidrs[0] === '0.0.0.0/0') {
        const except = rule.to.find((p: Any) => p.ipBlock)?.ipBlock?.except ?? [];
        if (!PRIVATE_RANGES.every((r) => except.includes(r)))
          problems.push(`${name}: internet egress ${ext.name} does not exclude private ranges`);
      }
    }
    const apiRule = (policy.spec.egress ?? []).some((r: Any) =>
      API_SERVER_PORTS.every((port) => r.ports?.some((x: Any) => x.port === port)),
    );
    if ((c.kubernetesApi ?? []).length > 0 && !apiRule) problems.push(`${name}: calls the Kubernetes API but has no API server egress`);
  }
  return problems;
};

/** First-party pods: no token unless they call the API, probes on the health path, node pool placement. */
export const firstPartyPods: Check = (objects, model) => {
  const problems: string[] = [];
  for (const [name, c] of Object.entries(model.components)) {
    if (c.kind !== 'service') continue;
    // A service with storage runs as a StatefulSet.
    const kind = c.storage ? 'StatefulSet' : 'Deployment';
    const d = objects.find((o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === c.namespace);
    if (!d) {
      problems.push(`${name}: no ${kind}`);
      continue;
    }
    const pod = podTemplate(d).spec;
    const usesApi = (c.kubernetesApi ?? []).length > 0;
    const sa = objects.find((o) => o.kind === 'ServiceAccount' && o.metadata.name === name && o.metadata.namespace === c.namespace) as Any;
    if (pod.serviceAccountName !== name || !sa) problems.push(`${name}: does not run as its own ServiceAccount`);
    if (!usesApi && (pod.automountServiceAccountToken !== false || sa?.automountServiceAccountToken !== false))
      problems.push(`${name}: mounts an API token it does not need`);
    const main = pod.containers[0];
    for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
      // A readinessPort makes readiness a TCP connection to that named port instead.
      if (probe === 'readinessProbe' && c.readinessPort !== undefined) {
        if (main[probe]?.tcpSocket?.port !== c.readinessPort) problems.push(`${name}: ${probe} not on port ${c.readinessPort}`);
      } else if (main[probe]?.httpGet?.path !== c.healthPath) problems.push(`${name}: ${probe} not on ${c.healthPath}`);
    }
    if (pod.nodeSelector?.['matih.ai/node-pool'] !== c.nodePool) problems.push(`${name}: not pinned to node pool ${c.nodePool}`);
    if (c.nodePool !== 'system' && !(pod.tolerations ?? []).length) problems.push(`${name}: no toleration for the ${c.nodePool} taint`);
    if (!main.image.endsWith(`:${c.image.tag}`)) problems.push(`${name}: image ${main.image} is not tag ${c.image.tag}`);
    if (!(main.volumeMounts ?? []).some((m: Any) => m.mountPath === '/tmp')) problems.push(`${name}: no writable /tmp`);
  }
  return problems;
};

/** Ingresses use the platform class and TLS; every platform host and tenant host has one. */
export const ingressRoutes: Check = (objects, model) => {
  const problems: string[] = [];
  const ingresses = objects.filter((o) => o.kind === 'Ingress') as Any[];
  for (const i of ingresses) {
    if (i.spec.ingressClassName !== INGRESS_CLASS)
      problems.push(`${id(i)}: ingress class ${i.spec.ingressClassName}, expected ${INGRESS_CLASS}`);
    for (const rule of i.spec.rules ?? []) {
      if (!(i.spec.tls ?? []).some((t: Any) => t.hosts?.includes(rule.host) && t.secretName))
        problems.push(`${id(i)}: host ${rule.host} has no TLS secret`);
    }
  }
  const hosts = new Map<string, Any>(ingresses.flatMap((i) => (i.spec.rules ?? []).map((r: Any) => [r.host, i] as const)));
  for (const h of platformHosts(model)) {
    const i = hosts.get(h.host);
    if (!i || i.metadata.namespace !== h.namespace || !i.spec.tls.some((t: Any) => t.secretName === h.secretName))
      problems.push(`host ${h.host}: no Ingress in ${h.namespace} with TLS secret ${h.secretName}`);
  }
  for (const t of model.tenants) {
    const route = tenantHostOf(model, t.slug);
    const i = route && hosts.get(route.host);
    if (route && (!i || i.metadata.namespace !== route.namespace || !i.spec.tls.some((x: Any) => x.secretName === route.secretName)))
      problems.push(`tenant ${t.slug}: no Ingress for ${route.host} with TLS secret ${route.secretName}`);
  }
  return problems;
};

export const CHECKS: Readonly<Record<string, Check>> = {
  ingressRoutes,
  restrictedContainers,
  namespaceDefaults,
  tenantQuotas,
  noWildcardRbac,
  servicesSelectPods,
  serviceAccountsExist,
  noDefaultNamespace,
  autoscaledHaveNoReplicas,
  replicatedHavePdb,
  immutableTags,
  secretEnvFromSecrets,
  standardLabelsPresent,
  tenantIsolation,
  dependencyEgress,
  firstPartyPods,
};
