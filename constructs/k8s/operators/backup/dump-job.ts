/**
 * A nightly dump of a data service copied to the target's object storage: a CronJob whose init
 * container writes the dump onto a scratch claim (with the service's own client image) and whose main
 * container uploads it with rclone as the service's `backup-write` workload identity, then deletes
 * what is older than the retention. No key is stored anywhere: rclone's env_auth uses the pod's
 * federated identity (Azure workload identity, IRSA, GKE workload identity).
 */
import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { restrictedContainerSecurityContext, writableVolumes } from '../../core/security-context';
import { backupCronJob, type BackupJobProps, RCLONE_IMAGE, RCLONE_UID, DEFAULT_BACKUP_RESOURCES, rcloneEnv } from './cron-job';
import { resourceRequirements } from '../../core/resources';
import { scratchProblem } from '../../../../lib/model/backup-policy';
import { checkBackupPolicy } from './schedule';

/**
 * The scratch claim: a generic ephemeral volume, created with the pod and deleted with it, of the policy's size. An
 * emptyDir would stage the whole dump on the node's root disk, where a large one evicts the pods beside it
 * (https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#generic-ephemeral-volumes).
 */
const SCRATCH_DIR = '/scratch';
/** A folder of the claim: its root holds the filesystem's root-only lost+found, which the upload could not read. */
const DUMP_DIR = `${SCRATCH_DIR}/dump`;
/**
 * A dump step that copied only part of the data lists what it missed in a file of this name under `$DUMP_DIR` and
 * still exits 0: what it copied is uploaded (with that file, which tells a restore the copy is partial), then the
 * upload fails the job, so the failure alerts without costing the rest of the night's copy.
 */
export const DUMP_FAILED_FILE = 'FAILED';

export interface DumpStep {
  /** Image with the service's dump client. */
  readonly image: string;
  /** UID the image runs as. */
  readonly uid: number;
  /**
   * Shell script writing its files (one dump file, one per node, or one folder of files), named after `$STAMP` (the UTC
   * time of the run), into `$DUMP_DIR`; everything under `$DUMP_DIR` is uploaded, and files older than the retention are deleted.
   * A partial copy is reported in a DUMP_FAILED_FILE, not by the exit code.
   */
  readonly script: string;
  /** Environment of the script (connection settings, credentials from Secrets). */
  readonly env: readonly k8s.EnvVar[];
  /** Secrets mounted read-only into the dump container only (client certificates, trust stores). @default none */
  readonly secretMounts?: readonly { readonly secret: string; readonly mountPath: string }[];
}

interface ObjectStorageDumpProps extends BackupJobProps {
  readonly dump: DumpStep;
}

export class ObjectStorageDump extends Construct {
  readonly cronJob: k8s.KubeCronJob;

  constructor(scope: Construct, id: string, props: ObjectStorageDumpProps) {
    super(scope, id);
    checkBackupPolicy({ schedule: props.schedule, retentionDays: props.retentionDays }, `backup job ${props.namespace}/${props.name}`);
    if (!props.upload.destination.startsWith('backup:'))
      throw new Error(`backup job ${props.name}: destination "${props.upload.destination}" must be on the rclone remote "backup:"`);
    if (!props.scratch)
      throw new Error(
        `backup job ${props.namespace}/${props.name}: its backup policy sets no scratch (the size of the claim the dump is staged on)`,
      );
    const problem = scratchProblem(props.scratch.size);
    if (problem) throw new Error(`backup job ${props.namespace}/${props.name}: ${problem}`);
    const resources = resourceRequirements(props.resources ?? DEFAULT_BACKUP_RESOURCES);
    // /tmp and the scratch claim: the only writable paths of both containers (read-only root filesystems).
    const tmp = writableVolumes();
    const scratch: k8s.Volume = {
      name: 'scratch',
      ephemeral: {
        volumeClaimTemplate: {
          metadata: { labels: { ...props.labels } },
          spec: {
            accessModes: ['ReadWriteOnce'],
            storageClassName: props.scratch.storageClass,
            resources: { requests: { storage: k8s.Quantity.fromString(props.scratch.size) } },
          },
        },
      },
    };
    const mounts: k8s.VolumeMount[] = [...tmp.mounts, { name: scratch.name, mountPath: SCRATCH_DIR }];
    const secretMounts = props.dump.secretMounts ?? [];
    const secretVolumes: k8s.Volume[] = secretMounts.map((m, i) => ({ name: `dump-secret-${i}`, secret: { secretName: m.secret } }));
    const secretVolumeMounts: k8s.VolumeMount[] = secretMounts.map((m, i) => ({
      name: `dump-secret-${i}`,
      mountPath: m.mountPath,
      readOnly: true,
    }));
    const stamp: k8s.EnvVar[] = [
      { name: 'DUMP_DIR', value: DUMP_DIR },
      // The Job's start time would do too; the pod's own clock in UTC keeps the script self-contained.
      { name: 'TZ', value: 'UTC' },
    ];
    const upload = [
      'set -eu',
      `rclone copy "$DUMP_DIR" "${props.upload.destination}" --no-traverse`,
      `rclone delete "${props.upload.destination}" --min-age ${props.retentionDays}d`,
      `failed=$(find "$DUMP_DIR" -name ${DUMP_FAILED_FILE} -type f)`,
      'if [ -n "$failed" ]; then echo "the dump copied only part of the data; missing:" >&2; cat $failed >&2; exit 1; fi',
    ].join('\n');
    this.cronJob = backupCronJob(this, props, {
      initContainers: [
        {
          name: 'dump',
          image: props.dump.image,
          command: ['/bin/sh', '-c', `set -eu\nmkdir -p "$DUMP_DIR"\nSTAMP=$(date -u +%Y%m%dT%H%M%SZ)\n${props.dump.script}`],
          env: [...stamp, ...props.dump.env],
          resources,
          securityContext: restrictedContainerSecurityContext({ uid: props.dump.uid }),
          volumeMounts: [...mounts, ...secretVolumeMounts],
        },
      ],
      containers: [
        {
          name: 'upload',
          image: RCLONE_IMAGE,
          command: ['/bin/sh', '-c', upload],
          env: rcloneEnv(props.upload.env, [{ name: 'DUMP_DIR', value: DUMP_DIR }]),
          resources,
          securityContext: restrictedContainerSecurityContext({ uid: RCLONE_UID }),
          volumeMounts: mounts,
        },
      ],
      volumes: [...tmp.volumes, scratch, ...secretVolumes],
    });
  }
}
