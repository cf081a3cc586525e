/**
 * Every name one object uses to find another resolves within the rendered target: Secrets,
 * Services and their ports, pods behind selectors, ServiceAccounts, issuers, secret stores,
 * roles, Kafka clusters and namespaces. A reference that does not resolve is a pod stuck in
 * ContainerCreating, a 503, or a controller looping on "not found".
 */
import { ARGOCD_NAMESPACE } from '../../../config/types';
import type { K8sObject } from '../../k8s/object';
import { podSpecSecretReferences, secretProducers } from '../../../constructs/k8s/secrets/references';
import { asArray, type Finding, type GateContext, isObject, type Json, ofKind, podSpecsOf, selects } from '../context';

/** Namespaces objects may live in without the target rendering them (Argo CD installs its own). */
export const EXTERNAL_NAMESPACES: readonly string[] = [ARGOCD_NAMESPACE, 'kube-system'];
/**
 * ClusterRoles every cluster has: the user-facing roles and the API server's bootstrap roles that
 * charts bind to (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings).
 */
export const BUILT_IN_CLUSTER_ROLES: readonly string[] = [
  'admin',
  'edit',
  'view',
  'cluster-admin',
  'system:auth-delegator',
  'system:basic-user',
  'system:discovery',
  'system:public-info-viewer',
  'system:kube-dns',
  'system:node-proxier',
  'system:persistent-volume-provisioner',
  'system:volume-scheduler',
  'system:service-account-issuer-discovery',
  'system:monitoring',
];
/** Roles the API server creates in kube-system (same source): extension API servers bind the first one. */
export const BUILT_IN_ROLES: readonly string[] = [
  'kube-system/extension-apiserver-authentication-reader',
  'kube-system/system::leader-locking-kube-controller-manager',
  'kube-system/system::leader-locking-kube-scheduler',
];

const key = (namespace: string | undefined, name: string) => `${namespace ?? ''}/${name}`;

function names(ctx: GateContext, kind: string, group: string): Set<string> {
  return new Set(ofKind(ctx, kind, group).map(({ object }) => key(object.metadata.namespace, object.metadata.name)));
}

/** secretKeyRef, envFrom, secret volumes, pull secrets and Ingress TLS name a Secret some producer makes in that namespace. */
export function secretReferencesRule(ctx: GateContext): Finding[] {
  const produced = new Set(secretProducers(ctx.objects.map((l) => l.object)).map((p) => key(p.namespace, p.secret)));
  // A Secret the target renders itself exists (whether it may be rendered is the no-secrets rule's question).
  for (const { object } of ofKind(ctx, 'Secret', '')) produced.add(key(object.metadata.namespace, object.metadata.name));
  const findings: Finding[] = [];
  // The pod specs the context already found: no second walk over every object.
  for (const { file, object, spec, path } of podSpecsOf(ctx)) {
    for (const ref of podSpecSecretReferences(object, spec, path)) {
      if (ref.optional || produced.has(key(ref.namespace, ref.secret))) continue;
      findings.push({
        file,
        object,
        message: `${ref.path}: Secret ${ref.namespace}/${ref.secret} is produced by no ExternalSecret, Certificate or operator resource (Strimzi, ECK, CloudNativePG, MongoDB) in the target`,
      });
    }
  }
  for (const { file, object } of ofKind(ctx, 'Ingress', 'networking.k8s.io')) {
    asArray((object.spec as Json | undefined)?.tls).forEach((tls, i) => {
      if (isObject(tls) && typeof tls.secretName === 'string' && !produced.has(key(object.metadata.namespace, tls.secretName))) {
        findings.push({
          file,
          object,
          message: `spec.tls[${i}].secretName: Secret ${object.metadata.namespace}/${tls.secretName} is produced by no Certificate or ExternalSecret in the target`,
        });
      }
    });
  }
  return findings;
}

/** Label sets of every pod the target runs: rendered pod templates, and pods of charts and operators the model declares. */
function podLabelsByNamespace(ctx: GateContext): Map<string, Array<Readonly<Record<string, string>>>> {
  const result = new Map<string, Array<Readonly<Record<string, string>>>>();
  const add = (ns: string, labels: Readonly<Record<string, string>>) => {
    const list = result.get(ns);
    if (list) list.push(labels);
    else result.set(ns, [labels]);
  };
  for (const { object, labels } of podSpecsOf(ctx)) if (labels) add(object.metadata.namespace ?? '', labels);
  for (const component of Object.values(ctx.model?.components ?? {})) {
    if (component.kind !== 'service') add(component.namespace, component.podSelector);
  }
  // The Prometheus operator runs the pods of a Prometheus or Alertmanager resource with these labels
  // (prometheus-operator pkg/prometheus and pkg/alertmanager statefulset.go) plus spec.podMetadata.labels.
  for (const kind of ['Prometheus', 'Alertmanager']) {
    for (const { object } of ofKind(ctx, kind, 'monitoring.coreos.com')) {
      const name = object.metadata.name;
      const own = (object.spec as Json | undefined)?.podMetadata;
      const extra = isObject(own) && isObject(own.labels) ? (own.labels as Record<string, string>) : {};
      add(object.metadata.namespace ?? '', {
        ...extra,
        'app.kubernetes.io/name': kind.toLowerCase(),
        'app.kubernetes.io/instance': name,
        'app.kubernetes.io/managed-by': 'prometheus-operator',
        [kind.toLowerCase()]: name,
        ...(kind === 'Prometheus' ? { 'operator.prometheus.io/name': name } : {}),
      });
    }
  }
  return result;
}

/** Ingress backends name a Service (and port) in their namespace; Service, PDB selectors and HPA targets find their pods. */
export function serviceReferencesRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  const services = new Map(ofKind(ctx, 'Service', '').map(({ object }) => [key(object.metadata.namespace, object.metadata.name), object]));
  const pods = podLabelsByNamespace(ctx);
  for (const { file, object } of ofKind(ctx, 'Ingress', 'networking.k8s.io')) {
    const spec = isObject(object.spec) ? object.spec : {};
    const backends: Array<{ path: string; backend: unknown }> = [];
    if (spec.defaultBackend) backends.push({ path: 'spec.defaultBackend', backend: spec.defaultBackend });
    asArray(spec.rules).forEach((rule, i) => {
      const paths = isObject(rule) && isObject(rule.http) ? asArray(rule.http.paths) : [];
      paths.forEach((p, j) =>
        backends.push({ path: `spec.rules[${i}].http.paths[${j}].backend`, backend: isObject(p) ? p.backend : undefined }),
      );
    });
    for (const { path, backend } of backends) {
      const service = isObject(backend) && isObject(backend.service) ? backend.service : undefined;
      if (!service) continue;
      const target = services.get(key(object.metadata.namespace, String(service.name)));
      if (!target) {
        findings.push({ file, object, message: `${path}: Service ${object.metadata.namespace}/${String(service.name)} is not rendered` });
        continue;
      }
      const port = isObject(service.port) ? service.port : {};
      const ports = asArray((target.spec as Json | undefined)?.ports).filter(isObject);
      const found = port.name !== undefined ? ports.some((p) => p.name === port.name) : ports.some((p) => p.port === port.number);
      if (!found)
        findings.push({
          file,
          object,
          message: `${path}: Service ${object.metadata.namespace}/${String(service.name)} has no port ${JSON.stringify(port.name ?? port.number)}`,
        });
    }
  }
  const selectorFinds = (ns: string | undefined, selector: Record<string, string>) =>
    (pods.get(ns ?? '') ?? []).some((labels) => selects(selector, labels));
  for (const { file, object } of ofKind(ctx, 'Service', '')) {
    const selector = (object.spec as Json | undefined)?.selector;
    if (
      isObject(selector) &&
      Object.keys(selector).length > 0 &&
      !selectorFinds(object.metadata.namespace, selector as Record<string, string>)
    ) {
      findings.push({
        file,
        object,
        message: `spec.selector ${JSON.stringify(selector)} matches no pod template in ${object.metadata.namespace} (and no chart or operator pods of the model)`,
      });
    }
  }
  for (const { file, object } of ofKind(ctx, 'PodDisruptionBudget', 'policy')) {
    const selector = isObject(object.spec) && isObject(object.spec.selector) ? object.spec.selector.matchLabels : undefined;
    if (isObject(selector) && !selectorFinds(object.metadata.namespace, selector as Record<string, string>)) {
      findings.push({
        file,
        object,
        message: `spec.selector.matchLabels ${JSON.stringify(selector)} matches no pod template in ${object.metadata.namespace}`,
      });
    }
  }
  // Only the kinds HPAs name are indexed, once each.
  const scalable = new Map<string, Set<string>>();
  const rendered = (kind: string, namespace: string | undefined, name: string) => {
    let names = scalable.get(kind);
    if (!names)
      scalable.set(
        kind,
        (names = new Set((ctx.byKind.get(kind) ?? []).map(({ object: o }) => key(o.metadata.namespace, o.metadata.name)))),
      );
    return names.has(key(namespace, name));
  };
  for (const { file, object } of ofKind(ctx, 'HorizontalPodAutoscaler', 'autoscaling')) {
    const ref = isObject(object.spec) && isObject(object.spec.scaleTargetRef) ? object.spec.scaleTargetRef : {};
    if (!rendered(String(ref.kind), object.metadata.namespace, String(ref.name))) {
      findings.push({
        file,
        object,
        message: `spec.scaleTargetRef: ${String(ref.kind)} ${object.metadata.namespace}/${String(ref.name)} is not rendered`,
      });
    }
  }
  return findings;
}

/** serviceAccountName of every pod spec is a ServiceAccount rendered in its namespace. */
export function serviceAccountReferencesRule(ctx: GateContext): Finding[] {
  const accounts = names(ctx, 'ServiceAccount', '');
  const anyNamespace = new Set(ofKind(ctx, 'ServiceAccount', '').map(({ object }) => object.metadata.name));
  const findings: Finding[] = [];
  for (const { file, object, spec, path } of podSpecsOf(ctx)) {
    const ns = object.metadata.namespace;
    const name = spec.serviceAccountName ?? spec.serviceAccount;
    if (typeof name !== 'string' || name === 'default') continue;
    // A cluster-scoped owner (Crossplane DeploymentRuntimeConfig) runs its pods in its controller's namespace.
    if (ns === undefined ? anyNamespace.has(name) : accounts.has(key(ns, name))) continue;
    findings.push({
      file,
      object,
      message: `${path}.serviceAccountName: ServiceAccount ${ns === undefined ? '' : `${ns}/`}${name} is not rendered${ns === undefined ? ' in any namespace' : ''}`,
    });
  }
  return findings;
}

/** Certificates name a rendered (Cluster)Issuer; ExternalSecrets a rendered (Cluster)SecretStore. */
export function issuerAndStoreReferencesRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  const rendered = new Map<string, Set<string>>();
  const namesOf = (kind: string, group: string) => {
    if (!rendered.has(kind)) rendered.set(kind, names(ctx, kind, group));
    return rendered.get(kind)!;
  };
  const check = (
    located: { file: string; object: K8sObject },
    path: string,
    ref: unknown,
    defaultKind: string,
    clusterKind: string,
    group: string,
  ) => {
    const { object } = located;
    const r = isObject(ref) ? ref : {};
    const kind = String(r.kind ?? defaultKind);
    const found = namesOf(kind, group).has(key(kind === clusterKind ? undefined : object.metadata.namespace, String(r.name)));
    if (!found) findings.push({ ...located, message: `${path}: ${kind} ${String(r.name)} is not rendered in the target` });
  };
  for (const located of ofKind(ctx, 'Certificate', 'cert-manager.io')) {
    check(located, 'spec.issuerRef', (located.object.spec as Json | undefined)?.issuerRef, 'Issuer', 'ClusterIssuer', 'cert-manager.io');
  }
  for (const located of ofKind(ctx, 'ExternalSecret', 'external-secrets.io')) {
    check(
      located,
      'spec.secretStoreRef',
      (located.object.spec as Json | undefined)?.secretStoreRef,
      'SecretStore',
      'ClusterSecretStore',
      'external-secrets.io',
    );
  }
  return findings;
}

/** RoleBindings name a Role in their namespace or a ClusterRole; ClusterRoleBindings a ClusterRole. Built-in user-facing roles count. */
export function roleReferencesRule(ctx: GateContext): Finding[] {
  const roles = names(ctx, 'Role', 'rbac.authorization.k8s.io');
  for (const role of BUILT_IN_ROLES) roles.add(role);
  const clusterRoles = names(ctx, 'ClusterRole', 'rbac.authorization.k8s.io');
  for (const role of BUILT_IN_CLUSTER_ROLES) clusterRoles.add(key(undefined, role));
  const findings: Finding[] = [];
  for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
    for (const { file, object } of ofKind(ctx, kind, 'rbac.authorization.k8s.io')) {
      const ref = isObject(object.roleRef) ? object.roleRef : {};
      const found =
        ref.kind === 'Role' && kind === 'RoleBinding'
          ? roles.has(key(object.metadata.namespace, String(ref.name)))
          : ref.kind === 'ClusterRole' && clusterRoles.has(key(undefined, String(ref.name)));
      if (!found)
        findings.push({
          file,
          object,
          message: `roleRef: ${String(ref.kind)} ${String(ref.name)} is not rendered${kind === 'ClusterRoleBinding' && ref.kind === 'Role' ? ' (a ClusterRoleBinding can only reference a ClusterRole)' : ''}`,
        });
    }
  }
  return findings;
}

/** Strimzi KafkaTopics and KafkaUsers name (label `strimzi.io/cluster`) a Kafka rendered in their namespace. */
export function kafkaClusterReferencesRule(ctx: GateContext): Finding[] {
  const clusters = names(ctx, 'Kafka', 'kafka.strimzi.io');
  const findings: Finding[] = [];
  for (const kind of ['KafkaTopic', 'KafkaUser', 'KafkaNodePool']) {
    for (const { file, object } of ofKind(ctx, kind, 'kafka.strimzi.io')) {
      const cluster = object.metadata.labels?.['strimzi.io/cluster'];
      if (cluster === undefined)
        findings.push({ file, object, message: 'label strimzi.io/cluster is missing: the Strimzi operator ignores it' });
      else if (!clusters.has(key(object.metadata.namespace, cluster)))
        findings.push({ file, object, message: `label strimzi.io/cluster: Kafka ${object.metadata.namespace}/${cluster} is not rendered` });
    }
  }
  return findings;
}

/** Namespaced objects live in a Namespace the target renders (or one Argo CD / Kubernetes provides). */
export function namespaceReferencesRule(ctx: GateContext): Finding[] {
  const namespaces = new Set([...EXTERNAL_NAMESPACES, ...ofKind(ctx, 'Namespace', '').map(({ object }) => object.metadata.name)]);
  return ctx.objects
    .filter(({ object }) => object.metadata.namespace !== undefined && !namespaces.has(object.metadata.namespace))
    .map(({ file, object }) => ({
      file,
      object,
      message: `metadata.namespace: Namespace ${object.metadata.namespace} is not rendered in the target`,
    }));
}
