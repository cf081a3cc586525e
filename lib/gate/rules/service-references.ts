/**
 * Ingress backends, Service and PodDisruptionBudget selectors and HorizontalPodAutoscaler targets
 * find what they name in the target; a miss is a 503, a budget that protects nothing, or an
 * autoscaler looping on "not found".
 */
import { asArray, type Finding, type GateContext, isObject, type Json, ofKind, podSpecsOf, selects } from '../context';
import { objectKey } from './shared/references';

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
  const services = new Map(
    ofKind(ctx, 'Service', '').map(({ object }) => [objectKey(object.metadata.namespace, object.metadata.name), object]),
  );
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
      const target = services.get(objectKey(object.metadata.namespace, String(service.name)));
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
        (names = new Set((ctx.byKind.get(kind) ?? []).map(({ object: o }) => objectKey(o.metadata.namespace, o.metadata.name)))),
      );
    return names.has(objectKey(namespace, name));
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
