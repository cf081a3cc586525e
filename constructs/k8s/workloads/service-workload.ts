import { createHash } from 'node:crypto';
import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { NODE_POOL_LABEL, poolTolerations } from '../../../config/node-pools';
import type { ApiGrant, ResolvedIdentity, ServiceComponent } from '../../../config/types';
import { ServiceMonitor } from '../../../imports/servicemonitors-monitoring.coreos.com';
import { LABEL, standardLabels } from '../core/labels';
import { resourceRequirements } from '../core/resources';
import { ingressAnnotations } from '../core/ingress-annotations';
import { INGRESS_CLASS, tlsSecretName } from '../core/names';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext, writableVolumes } from '../core/security-context';
import { kafkaClientMount, type KafkaClientMount, usesKafka } from '../secrets/kafka-credentials';
import type { NetworkPolicySpec } from '../network/network-policies';
import { renderNetworkPolicy } from '../network/network-policy';
import { checkRules, roleRules } from './rbac';

/** Release name of kube-prometheus-stack (fact sheet §3.7); its Prometheus selects ServiceMonitors by `release`. */
export const PROMETHEUS_RELEASE = 'monitoring';
/** Prometheus scrape interval (fact sheet §3.7: 15 s). */
const SCRAPE_INTERVAL = '15s';

interface ServiceWorkloadProps {
  /** Component name: the name of every object, the container and the ServiceAccount. */
  readonly name: string;
  readonly component: ServiceComponent;
  /** The target's DNS zone; a service with `ingress` gets `<hostPrefix>.<domain>`. */
  readonly domain: string;
  /** Cloud workload identity bound to the service's ServiceAccount. @default none */
  readonly identity?: ResolvedIdentity;
  /** The service's NetworkPolicy (from componentPolicies). @default none rendered */
  readonly networkPolicy?: NetworkPolicySpec;
  /**
   * Namespace of the target's Kafka cluster: a service that produces or consumes mounts its client
   * certificate and the cluster CA (constructs/k8s/secrets/kafka-credentials.ts).
   * @default no Kafka cluster: a service that uses Kafka is an error
   */
  readonly kafkaNamespace?: string;
  /**
   * StorageClass of the volume claims of a service with `storage` (the target's class, as the
   * operators' claims use): never the cluster default, which EKS does not have from 1.30 on.
   * @default none: a service with storage is an error
   */
  readonly storageClass?: string;
}

/** A service's Role as its component declares it (kubernetesApi), or undefined when it calls no API. */
export function serviceApiGrant(name: string, c: ServiceComponent): ApiGrant | undefined {
  if (!c.kubernetesApi || c.kubernetesApi.length === 0) return undefined;
  return {
    roleKind: 'Role',
    namespace: c.namespace,
    role: name,
    subject: { kind: 'ServiceAccount', name, namespace: c.namespace },
    permissions: c.kubernetesApi,
    declaredAt: `components.${name}.kubernetesApi`,
  };
}

/** Startup probe budget: JVMs with Spring need minutes on small nodes, the rest much less. */
const STARTUP_FAILURES: Record<ServiceComponent['runtime'], number> = { java: 36, python: 24, node: 12, go: 36, jvm: 36, static: 12 };

/** Name of the headless Service that gives a stateful service's pods their stable DNS names (`<pod>.<name>-headless`). */
export function headlessServiceName(name: string): string {
  return `${name}-headless`;
}

/** Replica count an HPA starts from, or the fixed count. */
function effectiveReplicas(c: ServiceComponent): number {
  return c.autoscaling ? c.autoscaling.minReplicas : c.replicas;
}

/** PodDisruptionBudget minAvailable, or undefined when the service runs a single replica. */
export function pdbMinAvailable(name: string, c: ServiceComponent): number | undefined {
  const replicas = effectiveReplicas(c);
  if (replicas <= 1) return undefined;
  const min = c.pdbMinAvailable ?? Math.max(1, replicas - 1);
  if (!Number.isInteger(min) || min < 1 || min >= replicas) {
    throw new Error(
      `components.${name}.pdbMinAvailable: ${min} must be a positive integer below the ${replicas} replicas, or node drains block`,
    );
  }
  return min;
}

/**
 * One service: ServiceAccount (+ Role when it calls the Kubernetes API), ConfigMap, Deployment
 * under the restricted profile (a StatefulSet with a volume per pod and a headless Service when it
 * has `storage`), Service, HPA, PDB, ServiceMonitor, Ingress and its NetworkPolicy. Every object is
 * named after the component, in the component's namespace.
 */
export class ServiceWorkload extends Construct {
  readonly workload: k8s.KubeDeployment | k8s.KubeStatefulSet;
  readonly service: k8s.KubeService;

  constructor(scope: Construct, id: string, props: ServiceWorkloadProps) {
    super(scope, id);
    const { name, component: c } = props;
    const where = `components.${name}`;
    if (c.kind !== 'service')
      throw new Error(`${where}: ServiceWorkload renders first-party services only, found kind "${(c as { kind: string }).kind}"`);
    if (c.podSelector[LABEL.name] !== name) {
      throw new Error(
        `${where}.podSelector: must contain ${LABEL.name}: ${name} (Deployment selector and NetworkPolicies rely on it), found ${JSON.stringify(c.podSelector)}`,
      );
    }
    const http = c.ports.find((p) => p.name === 'http');
    if (!http || http.port !== c.port) throw new Error(`${where}.ports: needs a port named "http" equal to port ${c.port}`);
    const metricsPortName = c.metricsPort === undefined ? 'http' : c.ports.find((p) => p.port === c.metricsPort)?.name;
    if (!metricsPortName)
      throw new Error(`${where}.metricsPort: ${c.metricsPort} is not one of its ports (${c.ports.map((p) => p.port).join(', ')})`);

    const namespace = c.namespace;
    const billing = c.billing;
    const labels = standardLabels({ name, component: c.plane, version: c.image.tag, billing });
    const metadata = (extra: Partial<k8s.ObjectMeta> = {}): k8s.ObjectMeta => ({ name, namespace, labels, ...extra });
    const usesApi = (c.kubernetesApi ?? []).length > 0;

    new k8s.KubeServiceAccount(this, 'service-account', {
      metadata: metadata(
        props.identity && Object.keys(props.identity.annotations).length > 0 ? { annotations: { ...props.identity.annotations } } : {},
      ),
      automountServiceAccountToken: usesApi,
    });
    if (usesApi) {
      const rules = roleRules(c.kubernetesApi ?? []);
      checkRules(`${where}.kubernetesApi`, rules);
      new k8s.KubeRole(this, 'role', { metadata: metadata(), rules });
      new k8s.KubeRoleBinding(this, 'role-binding', {
        metadata: metadata(),
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
        subjects: [{ kind: 'ServiceAccount', name, namespace }],
      });
    }

    let kafka: KafkaClientMount | undefined;
    if (usesKafka(c.kafka)) {
      if (props.kafkaNamespace === undefined)
        throw new Error(
          `${where}.kafka: the service produces or consumes topics, but the target renders no Kafka cluster (kafkaNamespace is unset)`,
        );
      kafka = kafkaClientMount(name, namespace, props.kafkaNamespace);
      const clash = Object.keys(kafka.config).find((k) => k in c.config);
      if (clash) throw new Error(`${where}.config.${clash}: set by the Kafka TLS mount; remove it from the component's config`);
    }

    const configName = `${name}-config`;
    const config = Object.fromEntries(Object.entries({ ...c.config, ...kafka?.config }).sort(([a], [b]) => (a < b ? -1 : 1)));
    new k8s.KubeConfigMap(this, 'config', { metadata: { ...metadata(), name: configName }, data: config });

    const env: k8s.EnvVar[] = [];
    for (const use of c.secrets) {
      for (const [variable, key] of Object.entries(use.env))
        env.push({ name: variable, valueFrom: { secretKeyRef: { name: use.secret, key } } });
    }
    if (kafka) env.push(kafka.env);
    env.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const duplicate = env.find((e, i) => i > 0 && env[i - 1].name === e.name);
    if (duplicate) throw new Error(`${where}.secrets: environment variable ${duplicate.name} is set by two secrets`);

    if (c.storage && c.autoscaling)
      throw new Error(`${where}.autoscaling: a service with storage runs a StatefulSet with a fixed replica count; remove one of them`);
    const storageClass = props.storageClass;
    if (c.storage && !storageClass) throw new Error(`${where}.storage: needs the target's storageClass for its volume claims`);
    if (c.storage && !c.storage.mountPath.startsWith('/'))
      throw new Error(`${where}.storage.mountPath: expected an absolute path, found ${JSON.stringify(c.storage.mountPath)}`);
    const seeded = c.seededPaths ?? [];
    for (const path of seeded) {
      if (c.writablePaths.includes(path) || (c.storage && (path + '/').startsWith(c.storage.mountPath.replace(/\/?$/, '/'))))
        throw new Error(`${where}.seededPaths: ${path} is already writable (writablePaths or storage); list it once`);
    }
    const scratch = writableVolumes([...c.writablePaths, ...seeded]);
    const seeds = scratch.mounts.filter((m) => seeded.includes(m.mountPath));
    if (c.readinessPort !== undefined && !c.ports.some((p) => p.name === c.readinessPort))
      throw new Error(`${where}.readinessPort: "${c.readinessPort}" is not one of its ports (${c.ports.map((p) => p.name).join(', ')})`);
    if (kafka && scratch.mounts.some((m) => m.name === kafka.mount.name || m.mountPath === kafka.mount.mountPath)) {
      throw new Error(`${where}.writablePaths: clashes with the read-only Kafka TLS mount ${kafka.mount.mountPath}`);
    }
    const tolerations = poolTolerations(c.nodePool);
    const replicas = effectiveReplicas(c);
    const podLabels = {
      ...labels,
      ...c.podSelector,
      ...(props.identity?.podLabels ?? {}),
      ...(c.peers ? { [LABEL.peerGroup]: c.peers.group } : {}),
    };
    const probe = (extra: Partial<k8s.Probe>): k8s.Probe => ({
      httpGet: { path: c.healthPath, port: k8s.IntOrString.fromString('http') },
      timeoutSeconds: 3,
      ...extra,
    });
    const spread = (topologyKey: string, whenUnsatisfiable: string): k8s.TopologySpreadConstraint => ({
      maxSkew: 1,
      topologyKey,
      whenUnsatisfiable,
      labelSelector: { matchLabels: { ...c.podSelector } },
    });

    const data = c.storage ? { name: 'data', mountPath: c.storage.mountPath } : undefined;
    const image = `${c.image.repository}:${c.image.tag}`;
    const resources = resourceRequirements(c.resources);
    const identity = { uid: c.runAsUser };
    // The image's own files under each seeded path, copied into the emptyDir that replaces them (read-only root filesystem).
    const seed: k8s.Container | undefined =
      seeds.length === 0
        ? undefined
        : {
            name: 'seed',
            image,
            imagePullPolicy: 'IfNotPresent',
            command: ['/bin/sh', '-c', ['set -e', ...seeds.map((m) => `cp -R ${m.mountPath}/. /seed/${m.name}/`)].join('\n')],
            resources,
            securityContext: restrictedContainerSecurityContext(identity),
            volumeMounts: seeds.map((m) => ({ name: m.name, mountPath: `/seed/${m.name}` })),
          };
    const template: k8s.PodTemplateSpec = {
      metadata: {
        labels: podLabels,
        // Rolls the pods when the ConfigMap changes (envFrom is read only at start).
        annotations: { 'matih.ai/config-hash': createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16) },
      },
      spec: {
        serviceAccountName: name,
        automountServiceAccountToken: usesApi,
        enableServiceLinks: false,
        securityContext: restrictedPodSecurityContext(identity),
        nodeSelector: { [NODE_POOL_LABEL]: c.nodePool },
        ...(tolerations.length > 0 ? { tolerations } : {}),
        // Zones are hard (survive a zone outage), hosts soft (small pools may have fewer nodes than replicas).
        ...(replicas > 1 || c.autoscaling
          ? {
              topologySpreadConstraints: [
                spread('topology.kubernetes.io/zone', 'DoNotSchedule'),
                spread('kubernetes.io/hostname', 'ScheduleAnyway'),
              ],
            }
          : {}),
        ...(seed ? { initContainers: [seed] } : {}),
        containers: [
          {
            name,
            image,
            imagePullPolicy: 'IfNotPresent',
            ...(c.command ? { command: [...c.command] } : {}),
            ...(c.args ? { args: [...c.args] } : {}),
            ports: c.ports.map((p) => ({ name: p.name, containerPort: p.port, protocol: p.protocol ?? 'TCP' })),
            envFrom: [{ configMapRef: { name: configName } }],
            ...(env.length > 0 ? { env } : {}),
            resources,
            startupProbe: probe({ periodSeconds: 5, failureThreshold: STARTUP_FAILURES[c.runtime] }),
            livenessProbe: probe({ periodSeconds: 10, failureThreshold: 3 }),
            readinessProbe:
              c.readinessPort === undefined
                ? probe({ periodSeconds: 5, failureThreshold: 3 })
                : {
                    tcpSocket: { port: k8s.IntOrString.fromString(c.readinessPort) },
                    timeoutSeconds: 3,
                    periodSeconds: 5,
                    failureThreshold: 3,
                  },
            securityContext: restrictedContainerSecurityContext(identity),
            volumeMounts: [...scratch.mounts, ...(kafka ? [kafka.mount] : []), ...(data ? [data] : [])],
          },
        ],
        volumes: kafka ? [...scratch.volumes, kafka.volume] : scratch.volumes,
      },
    };

    if (c.storage) {
      // Replicas reach each other by stable names (<pod>.<name>-headless), ready or not: peers must find each other to
      // form the cluster that makes them ready.
      new k8s.KubeService(this, 'headless-service', {
        metadata: { ...metadata(), name: headlessServiceName(name) },
        spec: {
          clusterIp: 'None',
          publishNotReadyAddresses: true,
          selector: { ...c.podSelector },
          ports: c.ports.map((p) => ({
            name: p.name,
            port: p.port,
            targetPort: k8s.IntOrString.fromString(p.name),
            protocol: p.protocol ?? 'TCP',
          })),
        },
      });
      // The data lives in the volume claims, which outlive the StatefulSet (Retain on delete and scale-down): pruning or
      // deleting the StatefulSet stops the service but loses nothing, and a new one binds the same claims by name.
      this.workload = new k8s.KubeStatefulSet(this, 'stateful-set', {
        metadata: metadata(),
        spec: {
          replicas: c.replicas,
          serviceName: headlessServiceName(name),
          revisionHistoryLimit: 5,
          selector: { matchLabels: { ...c.podSelector } },
          template,
          persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
          volumeClaimTemplates: [
            {
              metadata: { name: 'data', labels: { ...c.podSelector } },
              spec: {
                accessModes: ['ReadWriteOnce'],
                storageClassName: storageClass,
                resources: { requests: { storage: k8s.Quantity.fromString(c.storage.size) } },
              },
            },
          ],
        },
      });
    } else {
      this.workload = new k8s.KubeDeployment(this, 'deployment', {
        metadata: metadata(),
        spec: {
          // An HPA owns the replica count; a fixed value here would fight it on every sync.
          ...(c.autoscaling ? {} : { replicas: c.replicas }),
          revisionHistoryLimit: 5,
          selector: { matchLabels: { ...c.podSelector } },
          template,
        },
      });
    }

    this.service = new k8s.KubeService(this, 'service', {
      metadata: metadata(),
      spec: {
        type: 'ClusterIP',
        selector: { ...c.podSelector },
        ports: c.ports.map((p) => ({
          name: p.name,
          port: p.port,
          targetPort: k8s.IntOrString.fromString(p.name),
          protocol: p.protocol ?? 'TCP',
        })),
      },
    });

    if (c.autoscaling) {
      new k8s.KubeHorizontalPodAutoscalerV2(this, 'hpa', {
        metadata: metadata(),
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
          minReplicas: c.autoscaling.minReplicas,
          maxReplicas: c.autoscaling.maxReplicas,
          metrics: [
            {
              type: 'Resource',
              resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: c.autoscaling.targetCPUUtilizationPercentage } },
            },
          ],
        },
      });
    }

    const minAvailable = pdbMinAvailable(name, c);
    if (minAvailable !== undefined) {
      new k8s.KubePodDisruptionBudget(this, 'pdb', {
        metadata: metadata(),
        spec: { minAvailable: k8s.IntOrString.fromNumber(minAvailable), selector: { matchLabels: { ...c.podSelector } } },
      });
    }

    // Static frontends export no metrics (empty metricsPath): no ServiceMonitor then.
    if (c.metricsPath !== '') {
      new ServiceMonitor(this, 'service-monitor', {
        metadata: { name, namespace, labels: { ...labels, release: PROMETHEUS_RELEASE } },
        spec: {
          selector: { matchLabels: { [LABEL.name]: name, [LABEL.instance]: name } },
          namespaceSelector: { matchNames: [namespace] },
          endpoints: [{ port: metricsPortName, path: c.metricsPath, interval: SCRAPE_INTERVAL }],
        },
      });
    }

    if (c.ingress) {
      const host = `${c.ingress.hostPrefix}.${props.domain}`;
      const annotations = ingressAnnotations(c.ingress, name);
      new k8s.KubeIngress(this, 'ingress', {
        metadata: metadata(Object.keys(annotations).length > 0 ? { annotations } : {}),
        spec: {
          ingressClassName: INGRESS_CLASS,
          tls: [{ hosts: [host], secretName: tlsSecretName(name) }],
          rules: [
            {
              host,
              http: {
                paths: [{ path: c.ingress.path ?? '/', pathType: 'Prefix', backend: { service: { name, port: { name: 'http' } } } }],
              },
            },
          ],
        },
      });
    }

    if (props.networkPolicy) renderNetworkPolicy(this, props.networkPolicy);
  }
}
