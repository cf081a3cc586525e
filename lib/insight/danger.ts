/**
 * Which Kubernetes changes can hurt a running cluster: deleting something that holds data,
 * changing a field the API server will not change in place, or dropping a protection.
 */
import { groupOf as apiGroupOf } from '../k8s/api-version';
import { parseQuantity } from '../k8s/quantity';
import { SYNC_OPTIONS_ANNOTATION } from '../../constructs/k8s/core/argocd';
import type { K8sObject } from '../k8s/object';
import { type FieldChange, under } from './field-diff';

/** Kinds whose deletion loses data or breaks everything inside them (reason shown in the warning). */
const STATEFUL_KINDS: Readonly<Record<string, string>> = {
  Namespace: 'deletes every object in the namespace',
  PersistentVolumeClaim: 'deletes the volume (reclaim policy Delete)',
  PersistentVolume: 'releases the disk',
  StatefulSet: 'stops the pods that own the data volumes',
  Kafka: 'deletes the Kafka cluster',
  KafkaNodePool: 'deletes brokers and, with deleteClaim, their volumes',
  KafkaTopic: 'deletes the topic and its messages',
  KafkaUser: 'deletes the user and its credentials Secret',
  TemporalCluster: 'deletes the Temporal cluster',
  TemporalNamespace: 'deletes the workflow namespace',
  CustomResourceDefinition: 'deletes every custom resource of the kind',
  CompositeResourceDefinition: 'deletes every claim and composite of the kind',
  ClickHouseInstallation: 'deletes the ClickHouse servers (volumes kept by their reclaim policy)',
  ClickHouseKeeperInstallation: 'deletes the Keeper quorum',
};

/** Kinds that describe a backup (CloudNativePG, Velero, Stash, K8ssandra ...): removing one stops backups. */
const BACKUP_KIND = /backup/i;
/** Values and spec keys that describe a backup (`backup:`, `backups:`, `backupSchedule`). */
const BACKUP_KEY = /(^|[.[])"?[A-Za-z]*[Bb]ackups?[A-Za-z]*"?($|[.\]])/;
/** Fields that count running replicas. */
const REPLICA_FIELD = /(^|\.)(replicas|replicaCount|replicasCount|instances)$/;

/** Fields the API server refuses to change in place (the object must be deleted and re-created). Keys: `group/Kind`. */
const IMMUTABLE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'apps/Deployment': ['spec.selector'],
  'apps/DaemonSet': ['spec.selector'],
  'apps/StatefulSet': ['spec.selector', 'spec.volumeClaimTemplates', 'spec.serviceName', 'spec.podManagementPolicy'],
  'batch/Job': ['spec.selector', 'spec.template', 'spec.completionMode'],
  'core/Service': ['spec.clusterIP', 'spec.clusterIPs'],
  'core/PersistentVolumeClaim': ['spec.storageClassName', 'spec.accessModes', 'spec.volumeName', 'spec.volumeMode', 'spec.selector'],
  'storage.k8s.io/StorageClass': ['provisioner', 'parameters', 'reclaimPolicy', 'volumeBindingMode'],
  'rbac.authorization.k8s.io/RoleBinding': ['roleRef'],
  'rbac.authorization.k8s.io/ClusterRoleBinding': ['roleRef'],
  'kafka.strimzi.io/KafkaNodePool': ['spec.storage.type'],
};

/** API group as diff keys spell it: `core` for the core group. */
export function groupOf(apiVersion: string): string {
  return apiGroupOf(apiVersion) || 'core';
}

function syncOptions(o: K8sObject): string[] {
  return (o.metadata.annotations?.[SYNC_OPTIONS_ANNOTATION] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface DangerContext {
  /** Names of Argo CD Applications that deploy stateful charts (from the model). */
  readonly statefulApplications?: ReadonlySet<string>;
}

/** Why deleting this object is dangerous, or undefined when it is not. */
export function deletionDanger(o: K8sObject, context: DangerContext = {}): string | undefined {
  const options = syncOptions(o);
  if (options.includes('Delete=false') || options.includes('Prune=false'))
    return `carries ${SYNC_OPTIONS_ANNOTATION}: ${options.join(',')} (marked stateful)`;
  if (o.metadata.annotations?.['helm.sh/resource-policy'] === 'keep') return 'carries helm.sh/resource-policy: keep';
  if (STATEFUL_KINDS[o.kind]) return `${o.kind}: ${STATEFUL_KINDS[o.kind]}`;
  if (BACKUP_KIND.test(o.kind)) return `${o.kind}: backups it describes stop`;
  if (o.kind === 'Application' && groupOf(o.apiVersion) === 'argoproj.io') {
    if (context.statefulApplications?.has(o.metadata.name))
      return 'Application of a stateful chart: deleting it deletes the release and its volumes';
    const finalizers = (o.metadata as { finalizers?: string[] }).finalizers ?? [];
    if (finalizers.some((f) => f.startsWith('resources-finalizer.argocd.argoproj.io')))
      return 'Application with the resources finalizer: deleting it cascades to every object it manages';
  }
  if (o.kind === 'ExternalSecret') {
    const policy = ((o.spec ?? {}) as { target?: { creationPolicy?: string } }).target?.creationPolicy ?? 'Owner';
    if (policy === 'Owner') return 'ExternalSecret owning its Secret: deleting it deletes the Secret pods read';
  }
  return undefined;
}

function storageOf(value: unknown): number | undefined {
  return typeof value === 'string' ? parseQuantity(value) : undefined;
}

/** Dangerous field changes of an object present before and after. */
export function changeDangers(before: K8sObject, after: K8sObject, fields: readonly FieldChange[], context: DangerContext = {}): string[] {
  const dangers: string[] = [];
  const stateful = deletionDanger(before, context) !== undefined && before.kind !== 'ExternalSecret';
  const kindKey = `${groupOf(after.apiVersion)}/${after.kind}`;
  for (const prefix of IMMUTABLE_FIELDS[kindKey] ?? []) {
    // An unset clusterIP is allocated by the API server; only a change between two set values is refused.
    const changed = fields.filter(
      (f) => under(f.path, prefix) && !(kindKey === 'core/Service' && f.after === undefined && f.path === prefix),
    );
    if (changed.length > 0)
      dangers.push(
        `immutable field ${prefix} changes (${changed.map((f) => f.path).join(', ')}): the API server rejects the update; Argo CD would need to delete and re-create the ${after.kind}`,
      );
  }
  const lost = syncOptions(before).filter((o) => (o === 'Delete=false' || o === 'Prune=false') && !syncOptions(after).includes(o));
  if (lost.length > 0) dangers.push(`protection removed: ${SYNC_OPTIONS_ANNOTATION} no longer has ${lost.join(', ')}`);
  if (
    before.metadata.annotations?.['helm.sh/resource-policy'] === 'keep' &&
    after.metadata.annotations?.['helm.sh/resource-policy'] !== 'keep'
  ) {
    dangers.push('protection removed: helm.sh/resource-policy: keep');
  }
  for (const f of fields) {
    if (/(^|\.)deleteClaim$/.test(f.path) && f.after === true)
      dangers.push(`${f.path} becomes true: volumes are deleted with the broker pool`);
    if (after.kind === 'PersistentVolumeClaim' && f.path === 'spec.resources.requests.storage') {
      const [b, a] = [storageOf(f.before), storageOf(f.after)];
      if (b !== undefined && a !== undefined && a < b)
        dangers.push(`PVC storage shrinks ${String(f.before)} -> ${String(f.after)}: volumes cannot shrink`);
    }
    if (after.kind === 'StorageClass' && f.path === 'reclaimPolicy' && f.after === 'Delete')
      dangers.push('StorageClass reclaimPolicy becomes Delete');
    if (stateful && REPLICA_FIELD.test(f.path) && typeof f.before === 'number' && f.before > 0 && f.after === 0)
      dangers.push(`${f.path}: ${f.before} -> 0 scales stateful ${after.kind} ${after.metadata.name} to zero: nothing serves its data`);
    if (BACKUP_KEY.test(f.path) && f.before !== undefined && (f.after === undefined || (f.before === true && f.after === false)))
      dangers.push(`${f.path}: backup configuration ${f.after === undefined ? 'removed' : 'switched off'}`);
  }
  return dangers;
}
