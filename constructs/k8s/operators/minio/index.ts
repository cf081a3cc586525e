/**
 * The nightly mirror of MinIO's buckets to the target's object storage (ObjectStorageMirror). MinIO
 * itself is a chart (config/components/data-infrastructure.ts): this add-on completes it with the
 * CronJob; its pods run as MinIO's `backup-write` identity and read MinIO with the root keys of the
 * chart's existing Secret, over the S3 API of the chart's Service.
 */
import type { ChartComponent, ResolvedTarget } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import type { OperatorAddOn } from '../add-on';
import { backupJobProps } from '../backup/cron-job';
import { ObjectStorageMirror } from '../backup/mirror-job';
import { secretEnv } from '../pod-template';

/** Keys of the chart's existingSecret (the chart reads rootUser and rootPassword). */
const ROOT_USER_KEY = 'rootUser';
const ROOT_PASSWORD_KEY = 'rootPassword';

/** The values the mirror reads from MinIO's chart values, checked. */
export function minioValues(component: ChartComponent): { secret: string; buckets: string[] } {
  const values = component.values as { existingSecret?: unknown; buckets?: unknown };
  if (typeof values.existingSecret !== 'string' || values.existingSecret === '')
    throw new Error(
      'component "minio": values.existingSecret must name the Secret of the root keys (the backup mirror reads MinIO with them)',
    );
  const buckets = Array.isArray(values.buckets) ? values.buckets.map((b: { name?: unknown }) => b?.name) : [];
  if (buckets.length === 0 || buckets.some((b) => typeof b !== 'string'))
    throw new Error('component "minio": values.buckets must list the buckets by name (the backup mirror copies each)');
  return { secret: values.existingSecret, buckets: buckets as string[] };
}

/** The S3 API Service of the chart and its port (the component's first service and its first port). */
function s3Endpoint(component: ChartComponent, namespace: string): string {
  const service = component.services?.[0];
  const port = component.ports.find((p) => p.name === service?.ports[0]);
  if (!service || !port) throw new Error('component "minio": services[0] must name the S3 API Service and one of its ports');
  return `http://${service.name}.${namespace}.svc.cluster.local:${port.port}`;
}

/** The mirror CronJob in `data/minio-backup.yaml`, when the component has a backup policy. */
function buildMinioBackup(charts: TargetScope, model: ResolvedTarget): void {
  const component = model.components.minio;
  if (!component || component.kind !== 'chart' || !component.backup) return;
  const { secret, buckets } = minioValues(component);
  new ObjectStorageMirror(charts.group('data', 'minio-backup'), 'backup', {
    ...backupJobProps(model, 'minio', component, component.backup, { instance: 'minio-backup' }),
    source: {
      env: [
        { name: 'RCLONE_CONFIG_SOURCE_TYPE', value: 's3' },
        { name: 'RCLONE_CONFIG_SOURCE_PROVIDER', value: 'Minio' },
        { name: 'RCLONE_CONFIG_SOURCE_ENDPOINT', value: s3Endpoint(component, component.namespace) },
        secretEnv('RCLONE_CONFIG_SOURCE_ACCESS_KEY_ID', secret, ROOT_USER_KEY),
        secretEnv('RCLONE_CONFIG_SOURCE_SECRET_ACCESS_KEY', secret, ROOT_PASSWORD_KEY),
      ],
      buckets,
    },
  });
}

/** The add-on (../add-on.ts) completing the `minio` chart with its backups. */
export const minioBackupAddOn: OperatorAddOn = { component: 'minio', build: buildMinioBackup };
