/**
 * What every backup CronJob shares (ObjectStorageDump, ObjectStorageMirror): a nightly schedule in
 * UTC that never overlaps itself, pods on the given pool as the backup identity's ServiceAccount
 * without an API token, the restricted pod context, and rclone's writable settings under /tmp.
 */
import { k8s } from 'cdk8s-plus-29';
import type { Construct } from 'constructs';
import type { BackupPolicy, Component, DumpBackupPolicy, NodePoolName, ResolvedTarget, Resources } from '../../../../config/types';
import { backupLocation, profileOf } from '../../../../lib/clouds';
import type { EnvVar } from '../../../../lib/clouds/profile';
import { restrictedPodSecurityContext } from '../../core/security-context';
import { operatorLabels, poolSelector, poolTolerations } from '../common';
import { backupIdentity } from './identity';

/** rclone (object storage sync with every cloud's ambient credentials), pinned; the image runs as any user with a writable HOME. */
export const RCLONE_IMAGE = 'rclone/rclone:1.74.4';
/** The unprivileged `nobody` user rclone runs as. */
export const RCLONE_UID = 65534;
/** @default of every backup job's containers. */
export const DEFAULT_BACKUP_RESOURCES: Resources = { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } };

interface BackupCronJobProps {
  /** Name of the CronJob. */
  readonly name: string;
  readonly namespace: string;
  /** Five-field cron, UTC. */
  readonly schedule: string;
  /** The service's backup identity's ServiceAccount. */
  readonly serviceAccount: string;
  readonly nodePool: NodePoolName;
  /** Labels of the CronJob. */
  readonly labels: Readonly<Record<string, string>>;
  /** Labels of its pods: the standard labels and the identity's pod labels (its NetworkPolicy), never the component's podSelector. */
  readonly podLabels: Readonly<Record<string, string>>;
}

/** What every backup job that uploads to the target's object storage takes (ObjectStorageDump, ObjectStorageMirror, their users). */
export interface BackupJobProps extends BackupCronJobProps {
  /** Days a backup (or a superseded object of a mirror) is kept. */
  readonly retentionDays: number;
  /** rclone remote `backup` and the destination below it (lib/clouds `rclone`). */
  readonly upload: { readonly env: readonly EnvVar[]; readonly destination: string };
  /** @default DEFAULT_BACKUP_RESOURCES (100m/256Mi requests, 1/1Gi limits) */
  readonly resources?: Resources;
  /** The claim a dump is staged on (ObjectStorageDump requires it; a mirror stages nothing). @default none */
  readonly scratch?: { readonly size: string; readonly storageClass: string };
}

/** What a policy of the model says of a backup job: when, how long, with what resources, staged on how much. */
type JobPolicy = BackupPolicy & Partial<Pick<DumpBackupPolicy, 'scratch'>> & { readonly resources?: Resources };

/**
 * The props of `service`'s backup job from the model: the `<service>-backup` identity (ServiceAccount, pod labels),
 * the target's object storage, the policy's schedule, retention, resources and scratch size, the component's pool,
 * namespace and billing. `name` (of the CronJob, `<service>-backup` by default) and `instance` (its
 * app.kubernetes.io/instance, the service by default) are the only differences between services.
 */
export function backupJobProps(
  model: ResolvedTarget,
  service: string,
  component: Component,
  policy: JobPolicy,
  extra: { readonly name?: string; readonly instance?: string } = {},
): BackupJobProps {
  const name = extra.name ?? `${service}-backup`;
  const instance = extra.instance ?? service;
  const identity = backupIdentity(model, service, { namespace: component.namespace, serviceAccount: `${service}-backup` });
  // The pods are named after the job, not the service: a service's podSelector is its name (config/components/define.ts).
  const podLabels = { ...operatorLabels(name, component.billing, 'backup', instance), ...identity.podLabels };
  const selector = Object.entries(component.podSelector);
  // Pods with the component's labels would join its Services and its NetworkPolicy (every port of every pod, Keeper's unauthenticated
  // 2181 on ClickHouse); the writer is a client, admitted on the client ports by its identity (constructs/k8s/network).
  if (selector.length > 0 && selector.every(([k, v]) => podLabels[k] === v))
    throw new Error(`backup job ${component.namespace}/${name}: its pod labels carry the podSelector of component "${service}"`);
  return {
    name,
    namespace: component.namespace,
    schedule: policy.schedule,
    retentionDays: policy.retentionDays,
    serviceAccount: identity.serviceAccount,
    upload: profileOf(model.target).backup.rclone(backupLocation(model.target, service)),
    nodePool: component.nodePool,
    labels: operatorLabels(service, component.billing, 'backup', instance),
    podLabels,
    ...(policy.resources ? { resources: policy.resources } : {}),
    ...(policy.scratch !== undefined ? { scratch: { size: policy.scratch, storageClass: model.target.storageClass } } : {}),
  };
}

/** rclone's home, config and cache under /tmp (read-only root), then the `backup:` remote of the cloud profile. */
export function rcloneEnv(upload: readonly EnvVar[], extra: readonly k8s.EnvVar[] = []): k8s.EnvVar[] {
  return [
    { name: 'HOME', value: '/tmp' },
    { name: 'RCLONE_CONFIG', value: '/tmp/rclone.conf' },
    { name: 'RCLONE_CACHE_DIR', value: '/tmp/cache' },
    ...extra,
    ...upload.map((e) => ({ name: e.name, value: e.value })),
  ];
}

export function backupCronJob(
  scope: Construct,
  props: BackupCronJobProps,
  pod: Pick<k8s.PodSpec, 'initContainers' | 'containers' | 'volumes'>,
): k8s.KubeCronJob {
  return new k8s.KubeCronJob(scope, 'cronjob', {
    metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
    spec: {
      schedule: props.schedule,
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        spec: {
          backoffLimit: 2,
          // A backup that hangs must not block the next night's.
          activeDeadlineSeconds: 6 * 3600,
          template: {
            metadata: { labels: { ...props.podLabels } },
            spec: {
              restartPolicy: 'Never',
              serviceAccountName: props.serviceAccount,
              // The workload identity comes from the webhook's own projected token (or the metadata server), not the API token.
              automountServiceAccountToken: false,
              securityContext: restrictedPodSecurityContext({ uid: RCLONE_UID }),
              nodeSelector: poolSelector(props.nodePool),
              tolerations: poolTolerations(props.nodePool),
              ...pod,
            },
          },
        },
      },
    },
  });
}
