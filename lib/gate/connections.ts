/**
 * The connections a target configures, read from its objects: every in-cluster host a client's
 * settings name (ConfigMap data, container environment, Helm values of Argo CD Applications, the
 * specs of operator resources), resolved against the Services the target renders or the model
 * declares (lib/model/services.ts), with the client's and the server's pods for the NetworkPolicy
 * check. Computed once per gate context; linear in the size of the target.
 */
import type { Component } from '../../config/types';
import { forEachPodSpec } from '../k8s/pod-specs';
import { groupBy, type K8sObject } from '../k8s/object';
import { declaredServices } from '../model/services';
import { decodedBase64, findHosts, findShortNames, type HostReference, siblingPorts, ADDRESS_KEY, LABEL_KEY } from './connection-settings';
import {
  asArray,
  describeObject,
  type GateContext,
  groupOf,
  isObject,
  type Json,
  type Located,
  ofKind,
  podSpecsOf,
  selects,
} from './context';
import { EXTERNAL_NAMESPACES } from './rules/shared/references';
import { RENDERED_CHART_PREFIX } from './scheduling/chart-pods';

export type Labels = Readonly<Record<string, string>>;

/** Pods on one side of a connection: their namespace and labels, and what they are. */
export interface PodSet {
  readonly namespace: string;
  readonly labels: Labels;
  /** `Deployment matih-control-plane/iam-service`, or `pods of component trino`. */
  readonly describe: string;
  /** Named ports of these pods (container ports, or the component's model ports). */
  readonly ports: ReadonlyMap<string, number>;
  /** Every port number they declare. */
  readonly numbers: ReadonlySet<number>;
  readonly component?: string;
  /**
   * Rendered by a chart in charts:verify (not by the platform): a numbered targetPort also reaches a port its
   * containers do not declare, when they declare none or an environment variable `…PORT` sets it (see targetPortOn).
   */
  readonly chart?: { readonly listens: ReadonlySet<number>; readonly declaresNone: boolean };
  /** Pods of a Job or CronJob: they run to completion, so a Service never counts on an undeclared port of theirs. */
  readonly runsToCompletion?: boolean;
}

export interface ServicePort {
  readonly name?: string;
  readonly port: number;
  /** Number, name, or undefined (= port). */
  readonly targetPort?: number | string;
  readonly protocol: string;
}

/**
 * An address behind a rendered Service without a selector, from the EndpointSlices that name it
 * (the fleet's endpoints of another cluster's Services): kube-proxy sends a Service port to the
 * slice port of the same name.
 */
export interface ServiceAddress {
  readonly ip: string;
  /** Slice port name ('' when unnamed) -> port number. */
  readonly ports: ReadonlyMap<string, number>;
  /** `EndpointSlice ns/name`. */
  readonly describe: string;
}

/** A Service clients can name: rendered by the target or declared by the model. */
export interface KnownService {
  readonly namespace: string;
  readonly name: string;
  readonly ports: readonly ServicePort[];
  readonly headless: boolean;
  /** Pods behind it. */
  readonly pods: readonly PodSet[];
  /** Addresses behind a Service without a selector (its EndpointSlices); empty otherwise. */
  readonly addresses: readonly ServiceAddress[];
  /** `Service ns/name` (rendered) or `Service ns/name (declared by components.<c>.services)`. */
  readonly describe: string;
  readonly rendered?: Located;
  readonly component?: string;
}

/** One host a client is configured with. */
export interface Connection {
  readonly client: Located;
  /** Where in the client object, e.g. `data.DB_HOST` or `spec.source.helm.valuesObject.openmetadata.config.database.host`. */
  readonly setting: string;
  readonly ref: HostReference;
  /** The Service's namespace (the client's own for a short name). */
  readonly namespace: string;
  /** Port the client connects to, or undefined when the setting gives none. */
  readonly port?: number;
  /** Why no port could be read, when `port` is undefined. */
  readonly unreadable?: string;
  /** The client's pods (several when many workloads share a ConfigMap). */
  readonly pods: readonly PodSet[];
  readonly component?: string;
}

export interface ConnectionIndex {
  readonly connections: readonly Connection[];
  readonly services: ReadonlyMap<string, KnownService>;
}

const keyOf = (namespace: string, name: string) => `${namespace}/${name}`;

function portsOfPodSpec(spec: Json): { ports: Map<string, number>; numbers: Set<number> } {
  const ports = new Map<string, number>();
  const numbers = new Set<number>();
  for (const c of [...asArray(spec.containers), ...asArray(spec.initContainers)]) {
    if (!isObject(c)) continue;
    for (const p of asArray(c.ports)) {
      if (!isObject(p) || typeof p.containerPort !== 'number') continue;
      numbers.add(p.containerPort);
      if (typeof p.name === 'string') ports.set(p.name, p.containerPort);
    }
  }
  return { ports, numbers };
}

/** Port numbers the containers' environment sets (`WEBHOOK_SERVER_PORT=9443`): where a chart tells its server to listen. */
function portsOfEnvironment(spec: Json): Set<number> {
  const numbers = new Set<number>();
  for (const c of [...asArray(spec.containers), ...asArray(spec.initContainers)]) {
    if (!isObject(c)) continue;
    for (const e of asArray(c.env)) {
      if (!isObject(e) || typeof e.name !== 'string' || !/PORT$/i.test(e.name) || typeof e.value !== 'string') continue;
      if (/^\d{1,5}$/.test(e.value.trim())) numbers.add(Number(e.value.trim()));
    }
  }
  return numbers;
}

function componentPods(name: string, c: Component): PodSet {
  return {
    namespace: c.namespace,
    labels: c.podSelector,
    describe: `pods of component ${name}`,
    ports: new Map(c.ports.map((p) => [p.name, p.port])),
    numbers: new Set(c.ports.map((p) => p.port)),
    component: name,
  };
}

/** The component whose pods carry these labels in this namespace (its podSelector is among them). */
function componentOfPods(
  byNamespace: ReadonlyMap<string, Array<[string, Component]>>,
  namespace: string,
  labels: Labels | undefined,
): string | undefined {
  if (!labels) return undefined;
  return byNamespace.get(namespace)?.find(([, c]) => selects(c.podSelector, labels))?.[0];
}

const cache = new WeakMap<GateContext, ConnectionIndex>();

export function connectionsOf(ctx: GateContext): ConnectionIndex {
  let found = cache.get(ctx);
  if (!found) cache.set(ctx, (found = build(ctx)));
  return found;
}

function build(ctx: GateContext): ConnectionIndex {
  const components = Object.entries(ctx.model?.components ?? {});
  const componentsByNamespace = groupBy(components, ([, c]) => c.namespace);
  // ---- pods: rendered pod templates per namespace, and chart/operator pods of the model ----
  const podSets: PodSet[] = [];
  const podSetOf = new Map<Json, PodSet>();
  for (const at of podSpecsOf(ctx)) {
    const namespace = at.object.metadata.namespace ?? '';
    const { ports, numbers } = portsOfPodSpec(at.spec);
    const labels = at.labels ?? {};
    const set: PodSet = {
      namespace,
      labels,
      describe: `${describeObject(at.object)}${at.path.startsWith('spec.template') || at.path === 'spec' ? '' : ` (${at.path})`}`,
      ports,
      numbers,
      component: componentOfPods(componentsByNamespace, namespace, at.labels),
      ...(at.file.startsWith(RENDERED_CHART_PREFIX)
        ? { chart: { listens: portsOfEnvironment(at.spec), declaresNone: numbers.size === 0 } }
        : {}),
      ...(at.object.kind === 'Job' || at.object.kind === 'CronJob' ? { runsToCompletion: true } : {}),
    };
    podSets.push(set);
    podSetOf.set(at.spec, set);
  }
  const modelPods = components.filter(([, c]) => c.kind !== 'service').map(([name, c]) => componentPods(name, c));
  const modelPodSets = new Set(modelPods);
  const podsByNamespace = groupBy([...podSets, ...modelPods], (p) => p.namespace);

  // ---- services: rendered ones, then the model's declared ones not rendered under the same name ----
  const services = new Map<string, KnownService>();
  const slices = endpointSlices(ctx);
  for (const located of ofKind(ctx, 'Service', '')) {
    const { object } = located;
    const spec = isObject(object.spec) ? object.spec : {};
    const namespace = object.metadata.namespace ?? '';
    const selector = isObject(spec.selector) ? (spec.selector as Labels) : undefined;
    const selected =
      selector && Object.keys(selector).length > 0 ? (podsByNamespace.get(namespace) ?? []).filter((p) => selects(selector, p.labels)) : [];
    // Pods rendered here (a chart's, in charts:verify) are the real ones: the model's ports of the component stand in only without them.
    const renderedPods = selected.filter((p) => !modelPodSets.has(p));
    const pods = renderedPods.length > 0 ? renderedPods : selected;
    services.set(keyOf(namespace, object.metadata.name), {
      namespace,
      name: object.metadata.name,
      headless: spec.clusterIP === 'None',
      ports: asArray(spec.ports)
        .filter(isObject)
        .map((p) => ({
          ...(typeof p.name === 'string' ? { name: p.name } : {}),
          port: Number(p.port),
          ...(typeof p.targetPort === 'number' || typeof p.targetPort === 'string' ? { targetPort: p.targetPort } : {}),
          protocol: String(p.protocol ?? 'TCP'),
        })),
      pods,
      addresses: selector && Object.keys(selector).length > 0 ? [] : (slices.get(keyOf(namespace, object.metadata.name)) ?? []),
      describe: describeObject(object),
      rendered: located,
      component: pods.find((p) => p.component)?.component,
    });
  }
  for (const [name, c] of components) {
    for (const d of declaredServices(name, c)) {
      const key = keyOf(d.namespace, d.name);
      if (services.has(key)) continue;
      services.set(key, {
        namespace: d.namespace,
        name: d.name,
        headless: d.headless,
        ports: d.ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.targetPort, protocol: p.protocol })),
        pods: [componentPods(name, c)],
        addresses: [],
        describe: `Service ${d.namespace}/${d.name} (declared by component ${name})`,
        component: name,
      });
    }
  }

  // ---- clients and their settings ----
  const namespaces = new Set([...EXTERNAL_NAMESPACES, ...ofKind(ctx, 'Namespace', '').map((n) => n.object.metadata.name)]);
  const isNamespace = (ns: string) => namespaces.has(ns);
  const connections: Connection[] = [];
  const consumers = configMapConsumers(ctx, podSetOf);
  const operatedBy = new Map<string, [string, Component]>();
  for (const [name, c] of components)
    if (c.kind === 'operated') for (const kind of c.resources) operatedBy.set(`${c.namespace}|${kind}`, [name, c]);

  const scan = (
    client: Located,
    pods: readonly PodSet[],
    component: string | undefined,
    root: unknown,
    path: string,
    skip?: ReadonlySet<unknown>,
  ) =>
    walkSettings(root, path, skip, (setting, key, value, siblings) => {
      const own = client.object.metadata.namespace ?? pods[0]?.namespace ?? '';
      for (const conn of settingConnections(key, value, siblings, isNamespace)) {
        connections.push({
          client,
          setting: conn.via ? `${setting} (${conn.via})` : setting,
          ref: conn.ref,
          namespace: conn.ref.namespace ?? own,
          ...(conn.port !== undefined ? { port: conn.port } : { unreadable: conn.unreadable }),
          pods,
          ...(component ? { component } : {}),
        });
      }
    });

  for (const located of ofKind(ctx, 'ConfigMap', '')) {
    const pods = consumers.get(keyOf(located.object.metadata.namespace ?? '', located.object.metadata.name)) ?? [];
    scan(located, pods, pods.find((p) => p.component)?.component, located.object.data, 'data');
  }
  for (const at of podSpecsOf(ctx)) {
    const set = podSetOf.get(at.spec)!;
    const located = { file: at.file, object: at.object };
    const pods = at.labels ? [set] : podsOfOwner(at.object, operatedBy, set);
    for (const kind of ['containers', 'initContainers']) {
      asArray(at.spec[kind]).forEach((container, i) => {
        if (!isObject(container)) return;
        scan(located, pods, pods[0]?.component, envAsMap(container.env), `${at.path}.${kind}[${i}].env`);
      });
    }
  }
  for (const located of ofKind(ctx, 'Application', 'argoproj.io')) {
    const spec = isObject(located.object.spec) ? located.object.spec : {};
    const name = located.object.metadata.name;
    const c = ctx.model?.components[name];
    const pods = c ? [componentPods(name, c)] : [];
    const sources: Array<[unknown, string]> = [
      [spec.source, 'spec.source'],
      ...asArray(spec.sources).map((s, i): [unknown, string] => [s, `spec.sources[${i}]`]),
    ];
    for (const [source, at] of sources) {
      const values = isObject(source) && isObject(source.helm) ? source.helm.valuesObject : undefined;
      if (values !== undefined) scan(located, pods, c ? name : undefined, values, `${at}.helm.valuesObject`);
    }
  }
  for (const located of ctx.objects) {
    const { object } = located;
    const owner = operatedBy.get(`${object.metadata.namespace ?? ''}|${groupOf(object.apiVersion)}/${object.kind}`);
    if (!owner) continue;
    const skip = new Set<unknown>();
    forEachPodSpec(object, ({ spec }) => skip.add(spec));
    scan(located, [componentPods(owner[0], owner[1])], owner[0], object.spec, 'spec', skip);
  }
  return { connections, services };
}

/** Service (namespace/name) -> the addresses of the EndpointSlices labelled with its name, with their ports. */
function endpointSlices(ctx: GateContext): Map<string, ServiceAddress[]> {
  const result = new Map<string, ServiceAddress[]>();
  for (const { object } of ofKind(ctx, 'EndpointSlice', 'discovery.k8s.io')) {
    const service = object.metadata.labels?.['kubernetes.io/service-name'];
    if (!service) continue;
    const slice = object as K8sObject & Json;
    const ports = new Map<string, number>();
    for (const p of asArray(slice.ports))
      if (isObject(p) && typeof p.port === 'number') ports.set(typeof p.name === 'string' ? p.name : '', p.port);
    const key = keyOf(object.metadata.namespace ?? '', service);
    const list = result.get(key) ?? [];
    for (const e of asArray(slice.endpoints))
      for (const ip of isObject(e) ? asArray(e.addresses) : [])
        if (typeof ip === 'string') list.push({ ip, ports, describe: describeObject(object) });
    result.set(key, list);
  }
  return result;
}

/** Pods of an operator resource's pod spec without labels: the operated component's. */
function podsOfOwner(object: K8sObject, operatedBy: ReadonlyMap<string, [string, Component]>, fallback: PodSet): PodSet[] {
  const owner = operatedBy.get(`${object.metadata.namespace ?? ''}|${groupOf(object.apiVersion)}/${object.kind}`);
  return owner ? [componentPods(owner[0], owner[1])] : [fallback];
}

/** ConfigMap (namespace/name) -> the pods that read it (envFrom, env valueFrom, volumes). */
function configMapConsumers(ctx: GateContext, podSetOf: ReadonlyMap<Json, PodSet>): Map<string, PodSet[]> {
  const result = new Map<string, PodSet[]>();
  const add = (namespace: string, name: unknown, set: PodSet) => {
    if (typeof name !== 'string') return;
    const key = keyOf(namespace, name);
    const list = result.get(key) ?? [];
    if (!list.includes(set)) list.push(set);
    result.set(key, list);
  };
  for (const at of podSpecsOf(ctx)) {
    const set = podSetOf.get(at.spec)!;
    const ns = at.object.metadata.namespace ?? '';
    for (const c of [...asArray(at.spec.containers), ...asArray(at.spec.initContainers)]) {
      if (!isObject(c)) continue;
      for (const from of asArray(c.envFrom)) if (isObject(from) && isObject(from.configMapRef)) add(ns, from.configMapRef.name, set);
      for (const env of asArray(c.env)) {
        const ref = isObject(env) && isObject(env.valueFrom) ? env.valueFrom.configMapKeyRef : undefined;
        if (isObject(ref)) add(ns, ref.name, set);
      }
    }
    for (const v of asArray(at.spec.volumes)) {
      if (!isObject(v)) continue;
      if (isObject(v.configMap)) add(ns, v.configMap.name, set);
      for (const s of isObject(v.projected) ? asArray(v.projected.sources) : [])
        if (isObject(s) && isObject(s.configMap)) add(ns, s.configMap.name, set);
    }
  }
  return result;
}

/** A container's `env` list as a name -> literal value map (valueFrom entries carry no setting). */
function envAsMap(env: unknown): Json {
  const map: Json = {};
  for (const e of asArray(env)) if (isObject(e) && typeof e.name === 'string' && typeof e.value === 'string') map[e.name] = e.value;
  return map;
}

type Visit = (path: string, key: string, value: string, siblings: ReadonlyMap<string, string>) => void;

/** Every string leaf under `root` with the scalar entries of its map; subtrees in `skip` (pod specs) are left out. */
function walkSettings(root: unknown, path: string, skip: ReadonlySet<unknown> | undefined, visit: Visit): void {
  if (skip?.has(root)) return;
  if (Array.isArray(root)) {
    root.forEach((item, i) => {
      if (typeof item === 'string') visit(`${path}[${i}]`, '', item, new Map());
      else if (typeof item === 'object' && item !== null) walkSettings(item, `${path}[${i}]`, skip, visit);
    });
    return;
  }
  if (!isObject(root)) return;
  let siblings: Map<string, string> | undefined;
  for (const [key, value] of Object.entries(root)) {
    if (typeof value === 'string') {
      siblings ??= new Map(
        Object.entries(root).flatMap(([k, v]) =>
          typeof v === 'string' || typeof v === 'number' ? [[k, String(v)] as [string, string]] : [],
        ),
      );
      visit(path ? `${path}.${key}` : key, key, value, siblings);
    } else if (typeof value === 'object' && value !== null) walkSettings(value, path ? `${path}.${key}` : key, skip, visit);
  }
}

interface SettingConnection {
  readonly ref: HostReference;
  readonly port?: number;
  readonly unreadable?: string;
  /** The neighbouring key the port came from, or the decoding applied. */
  readonly via?: string;
}

/** The hosts one setting names, each with the port it gives (its own, its scheme's, or a neighbouring `…port` key's). */
export function settingConnections(
  key: string,
  value: string,
  siblings: ReadonlyMap<string, string>,
  isNamespace: (ns: string) => boolean,
): SettingConnection[] {
  const decoded = decodedBase64(key, value);
  const text = decoded ?? value;
  // A label key's value is an identifier even when it reads like `<svc>.<ns>`; with a port or a scheme it is still an address.
  const refs = findHosts(text, isNamespace).filter(
    (r) => !LABEL_KEY.test(key) || r.port !== undefined || r.scheme !== undefined || r.unreadablePort !== undefined,
  );
  if (decoded === undefined && ADDRESS_KEY.test(key)) refs.push(...findShortNames(text));
  const result: SettingConnection[] = [];
  for (const ref of refs) {
    const via = decoded !== undefined ? 'base64-decoded' : undefined;
    if (ref.port !== undefined) {
      result.push({ ref, port: ref.port, ...(via ? { via } : {}) });
      continue;
    }
    const neighbours = ref.unreadablePort === undefined && decoded === undefined ? siblingPorts(key, siblings) : [];
    if (neighbours.length === 0) {
      result.push({
        ref,
        unreadable:
          ref.unreadablePort !== undefined
            ? `"${ref.unreadablePort}" after ${ref.host} is not a port number`
            : `no port after ${ref.host}, no default for its scheme and no neighbouring …PORT setting`,
        ...(via ? { via } : {}),
      });
      continue;
    }
    for (const n of neighbours) {
      result.push(
        n.port !== undefined
          ? { ref, port: n.port, via: n.key }
          : { ref, unreadable: `${n.key} "${n.text}" is not a port number`, via: n.key },
      );
    }
  }
  return result;
}

/**
 * Resolves a Service port a client names to the pod port behind it, per pod set; undefined when the pods lack it.
 * A name must be a declared container port (kube-proxy resolves it there). A number needs no declaration in
 * Kubernetes (containerPort is informational): the platform's own pods must declare it all the same, a chart's
 * long-running pods are taken at their word when they declare no port at all (hive-metastore) or their environment
 * sets the number (`WEBHOOK_SERVER_PORT`); pods of Jobs never, they are not servers.
 */
export function targetPortOn(svcPort: ServicePort, pods: PodSet): number | undefined {
  const target = svcPort.targetPort ?? svcPort.port;
  if (typeof target !== 'number') return pods.ports.get(target);
  if (pods.numbers.has(target)) return target;
  if (pods.chart && !pods.runsToCompletion && (pods.chart.declaresNone || pods.chart.listens.has(target))) return target;
  return undefined;
}
