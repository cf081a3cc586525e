import { isQuantity, parseQuantity } from '../k8s/quantity';
import { SECRETS } from '../../config/secrets';
import { KAFKA_TOPICS } from '../../config/kafka-topics';
import { backupPolicyProblem, snapshotPolicyProblem } from './backup-policy';
import { ModelError } from './errors';
import { datasourcePoolsProblem, HIKARI_POOL_SIZE_ENV } from './datasource';
import { COMPONENTS } from '../../config/components';
import { VOLUME_SNAPSHOT_OPERATOR } from '../../config/components/operators';
import {
  type BackupPolicy,
  type Component,
  NODE_AGENT_NAMESPACES,
  PLATFORM_NAMESPACES,
  type PlatformSpec,
  type Resources,
  type TargetSpec,
  type VolumeSnapshotPolicy,
} from '../../config/types';
import {
  checkChartReplicas,
  checkKafkaSizing,
  checkOperatedSizing,
  checkRaySizing,
  checkServiceShape,
  KAFKA_COMPONENT,
} from './validate-shapes';

/** Environment variable names that must never carry a literal value (only secretKeyRef). */
export const SECRET_LIKE_ENV = /(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|PRIVATE_KEY|CREDENTIAL)/i;

const MUTABLE_TAGS = new Set(['latest', 'main', 'master', 'stable', 'edge', 'dev']);

function checkResources(where: string, resources: Resources, problems: string[]): void {
  for (const kind of ['requests', 'limits'] as const) {
    for (const res of ['cpu', 'memory'] as const) {
      const value = resources[kind]?.[res];
      if (typeof value !== 'string' || !isQuantity(value)) {
        problems.push(`${where}.resources.${kind}.${res}: expected a Kubernetes quantity, found ${JSON.stringify(value)}`);
      }
    }
  }
  if (problems.length === 0) {
    for (const res of ['cpu', 'memory'] as const) {
      if (parseQuantity(resources.requests[res]) > parseQuantity(resources.limits[res])) {
        problems.push(`${where}.resources: requests.${res} ${resources.requests[res]} exceeds limits.${res} ${resources.limits[res]}`);
      }
    }
  }
}

/** Every backup policy of a component with its key path: an operated component's `sizing.backup`, a chart's or service's `backup`, a chart's `volumeSnapshots`. */
function backupPolicies(c: Component): Array<[string, BackupPolicy]> {
  const found: Array<[string, BackupPolicy]> = [];
  if (c.kind === 'operated') {
    const backup = (c.sizing as { backup?: BackupPolicy }).backup;
    if (backup) found.push(['sizing.backup', backup]);
  } else if (c.backup) found.push(['backup', c.backup]);
  if (c.kind === 'chart' && c.volumeSnapshots) found.push(['volumeSnapshots', c.volumeSnapshots]);
  return found;
}

/**
 * Checks a merged spec for mistakes no type can catch: references to components, secrets and
 * topics that do not exist, mutable image tags (in every environment), and literal
 * secret values in plain configuration.
 */
export function validateSpec(spec: PlatformSpec, target: TargetSpec): void {
  const problems: string[] = [];
  const names = new Set(Object.keys(spec.components));
  const secrets = new Map(SECRETS.map((s) => [s.name, s]));
  const topics = new Set(KAFKA_TOPICS.map((t) => t.name));
  for (const [name, c] of Object.entries(spec.components)) {
    const where = `components.${name}`;
    const allowed: readonly string[] = [...PLATFORM_NAMESPACES, ...NODE_AGENT_NAMESPACES];
    if (!allowed.includes(c.namespace)) {
      problems.push(
        `${where}.namespace: "${c.namespace}" is not one of the platform namespaces (${PLATFORM_NAMESPACES.join(', ')}) or node agent namespaces (${NODE_AGENT_NAMESPACES.join(', ')})`,
      );
    }
    if (!c.enabled) continue;
    for (const [path, policy] of backupPolicies(c)) {
      const problem = path === 'volumeSnapshots' ? snapshotPolicyProblem(policy as VolumeSnapshotPolicy) : backupPolicyProblem(policy);
      if (problem) problems.push(`${where}.${path}: ${problem}`);
    }
    if (c.kind === 'chart') {
      const catalog = COMPONENTS[name as keyof typeof COMPONENTS] as Component | undefined;
      checkChartReplicas(where, c, catalog?.kind === 'chart' ? catalog : undefined, problems);
      // Without the operator the schedule would not be rendered: the data would silently go without a copy.
      if (c.volumeSnapshots && !spec.components[VOLUME_SNAPSHOT_OPERATOR]?.enabled)
        problems.push(
          `${where}.volumeSnapshots: the component "${VOLUME_SNAPSHOT_OPERATOR}" takes the snapshots and is disabled in ${target.name} (enable it, or remove the policy and record an exception in config/backups.ts)`,
        );
    }
    if (c.kind === 'operated') checkOperatedSizing(`${where}.sizing`, c.sizing as Record<string, unknown>, problems);
    c.dependsOn.forEach((dep, i) => {
      if (!names.has(dep)) problems.push(`${where}.dependsOn[${i}]: unknown component "${dep}"`);
      else if (!spec.components[dep].enabled) problems.push(`${where}.dependsOn[${i}]: component "${dep}" is disabled in ${target.name}`);
    });
    if (c.kind !== 'service') {
      (c.services ?? []).forEach((svc, i) => {
        svc.ports.forEach((port, j) => {
          if (!c.ports.some((p) => p.name === port))
            problems.push(
              `${where}.services[${i}].ports[${j}]: "${port}" is not one of its ports (${c.ports.map((p) => p.name).join(', ')})`,
            );
        });
        for (const key of [...Object.keys(svc.servicePorts ?? {}), ...Object.keys(svc.fixedPorts ?? {})])
          if (!svc.ports.includes(key))
            problems.push(`${where}.services[${i}]: port "${key}" is not one of the Service's ports (${svc.ports.join(', ')})`);
      });
      continue;
    }
    if (!checkServiceShape(name, c, spec, problems)) continue;
    if (MUTABLE_TAGS.has(c.image.tag)) problems.push(`${where}.image.tag: "${c.image.tag}" is a mutable tag (pin a version)`);
    if (!Number.isInteger(c.replicas) || c.replicas < 1)
      problems.push(`${where}.replicas: expected a positive integer, found ${JSON.stringify(c.replicas)}`);
    if (
      c.autoscaling &&
      ['minReplicas', 'maxReplicas', 'targetCPUUtilizationPercentage'].some(
        (k) => !Number.isInteger((c.autoscaling as unknown as Record<string, unknown>)[k]),
      )
    ) {
      problems.push(
        `${where}.autoscaling: expected integers minReplicas, maxReplicas and targetCPUUtilizationPercentage, found ${JSON.stringify(c.autoscaling)}`,
      );
    } else if (c.autoscaling && c.autoscaling.minReplicas > c.autoscaling.maxReplicas) {
      problems.push(`${where}.autoscaling: minReplicas ${c.autoscaling.minReplicas} exceeds maxReplicas ${c.autoscaling.maxReplicas}`);
    }
    checkResources(where, c.resources, problems);
    c.secrets.forEach((use, i) => {
      const spec = secrets.get(use.secret);
      if (!spec) {
        problems.push(`${where}.secrets[${i}].secret: unknown secret "${use.secret}" (declare it in config/secrets.ts)`);
        return;
      }
      for (const [env, key] of Object.entries(use.env)) {
        if (!spec.keys.includes(key)) problems.push(`${where}.secrets[${i}].env.${env}: secret "${use.secret}" has no key "${key}"`);
      }
    });
    for (const [key, value] of Object.entries(c.config)) {
      if (key === HIKARI_POOL_SIZE_ENV) problems.push(`${where}.config.${key}: set from settings.dbPoolSize; set that instead`);
      else if (SECRET_LIKE_ENV.test(key) && value !== '') {
        problems.push(
          `${where}.config.${key}: looks like a secret value in plain configuration; reference a Secret through components.${name}.secrets instead`,
        );
      }
    }
    for (const topic of [...c.kafka.produces, ...c.kafka.consumes]) {
      if (!topics.has(topic)) problems.push(`${where}.kafka: unknown topic "${topic}" (declare it in config/kafka-topics.ts)`);
    }
  }
  const kafka = spec.components[KAFKA_COMPONENT];
  if (kafka?.enabled) checkKafkaSizing('settings.kafka', spec.settings.kafka, problems);
  checkRaySizing('settings.ray', spec.settings.ray, problems);
  if (!Number.isInteger(spec.settings.dbPoolSize) || spec.settings.dbPoolSize < 1)
    problems.push(`settings.dbPoolSize: expected a positive integer, found ${JSON.stringify(spec.settings.dbPoolSize)}`);
  else {
    const pools = datasourcePoolsProblem(spec);
    if (pools) problems.push(pools);
  }
  if (problems.length > 0) throw new ModelError(`config (target ${target.name})`, problems);
}
