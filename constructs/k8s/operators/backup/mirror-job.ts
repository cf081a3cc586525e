/**
 * A nightly mirror of an S3-compatible store's buckets into the target's object storage: a CronJob
 * with one rclone container that reads the store as the remote `source` (its access keys from a
 * Secret) and writes the `backup` remote as the service's `backup-write` workload identity, like
 * ObjectStorageDump's upload. The copy is a mirror, not a dump: `<destination>/current/<bucket>`
 * always equals the bucket as of the last run; what a run overwrites or deletes there moves to
 * `<destination>/versions/<stamp>/<bucket>` (rclone `--backup-dir`), and version folders older than
 * the retention are purged, so any object can be recovered as it was up to `retentionDays` ago.
 */
import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { restrictedContainerSecurityContext, writableVolumes } from '../../core/security-context';
import { backupCronJob, type BackupJobProps, RCLONE_IMAGE, RCLONE_UID, DEFAULT_BACKUP_RESOURCES, rcloneEnv } from './cron-job';
import { resourceRequirements } from '../../core/resources';
import { checkBackupPolicy } from './schedule';

/** The store mirrored: rclone remote `source` (RCLONE_CONFIG_SOURCE_*) and the buckets copied. */
interface MirrorSource {
  /** Environment defining the remote `source` (type, endpoint, keys from Secrets). */
  readonly env: readonly k8s.EnvVar[];
  /** Buckets copied, each to its own folder. */
  readonly buckets: readonly string[];
}

/** `retentionDays`: days a superseded or deleted object stays recoverable. */
export interface ObjectStorageMirrorProps extends BackupJobProps {
  readonly source: MirrorSource;
}

/** S3 bucket names (lower-case letters, digits, dots and hyphens, 3 to 63 characters). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The mirror's shell script: one sync per bucket, then the purge of version folders past the retention. */
export function mirrorScript(destination: string, buckets: readonly string[], retentionDays: number): string {
  return [
    'set -eu',
    `DEST="${destination}"`,
    // Digits only, so the purge compares stamps as numbers (busybox sh).
    'STAMP=$(date -u +%Y%m%d%H%M%S)',
    ...buckets.map((b) => `rclone sync "source:${b}" "$DEST/current/${b}" --backup-dir "$DEST/versions/$STAMP/${b}"`),
    `CUTOFF=$(date -u -d "@$(( $(date +%s) - ${retentionDays} * 86400 ))" +%Y%m%d%H%M%S)`,
    // No versions folder yet is not an error (nothing was ever superseded); the syncs above already proved access.
    'rclone lsf --dirs-only "$DEST/versions" > /tmp/versions.txt || : > /tmp/versions.txt',
    'while read -r version; do',
    '  version=${version%/}',
    '  if [ "$version" -lt "$CUTOFF" ]; then rclone purge "$DEST/versions/$version"; fi',
    'done < /tmp/versions.txt',
  ].join('\n');
}

export class ObjectStorageMirror extends Construct {
  readonly cronJob: k8s.KubeCronJob;

  constructor(scope: Construct, id: string, props: ObjectStorageMirrorProps) {
    super(scope, id);
    const what = `backup mirror ${props.namespace}/${props.name}`;
    checkBackupPolicy({ schedule: props.schedule, retentionDays: props.retentionDays }, what);
    if (!props.upload.destination.startsWith('backup:'))
      throw new Error(`${what}: destination "${props.upload.destination}" must be on the rclone remote "backup:"`);
    if (props.source.buckets.length === 0) throw new Error(`${what}: no bucket to mirror`);
    for (const b of props.source.buckets) if (!BUCKET.test(b)) throw new Error(`${what}: "${b}" is not an S3 bucket name`);
    if (new Set(props.source.buckets).size !== props.source.buckets.length)
      throw new Error(`${what}: buckets ${props.source.buckets.join(', ')} name one bucket twice`);
    for (const e of props.source.env)
      if (!e.name.startsWith('RCLONE_CONFIG_SOURCE_'))
        throw new Error(`${what}: source variable ${e.name} must define the remote "source"`);
    const { volumes, mounts } = writableVolumes();
    this.cronJob = backupCronJob(this, props, {
      containers: [
        {
          name: 'mirror',
          image: RCLONE_IMAGE,
          command: ['/bin/sh', '-c', mirrorScript(props.upload.destination, props.source.buckets, props.retentionDays)],
          env: rcloneEnv(props.upload.env, [{ name: 'TZ', value: 'UTC' }, ...props.source.env]),
          resources: resourceRequirements(props.resources ?? DEFAULT_BACKUP_RESOURCES),
          securityContext: restrictedContainerSecurityContext({ uid: RCLONE_UID }),
          volumeMounts: mounts,
        },
      ],
      volumes,
    });
  }
}
