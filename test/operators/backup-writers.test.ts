/**
 * The backup writers of ClickHouse and MinIO on small inputs: the mirror's refusals and its
 * retention (version folders named and compared by one stamp format), the ClickHouse users the
 * operator renders, and the MinIO values the mirror depends on.
 */
import { Chart, Testing } from 'cdk8s';
import type { ChartComponent } from '../../config/types';
import { mirrorScript, ObjectStorageMirror, type ObjectStorageMirrorProps } from '../../constructs/k8s/operators/backup/mirror-job';
import { CLICKHOUSE_EXPORT_SCRIPT, userSettings } from '../../constructs/k8s/operators/clickhouse';
import { minioValues } from '../../constructs/k8s/operators/minio';
import { restrictedViolations } from './helpers';

const mirror = (o: Partial<ObjectStorageMirrorProps> = {}) =>
  new ObjectStorageMirror(new Chart(Testing.app(), 'test'), 'm', {
    name: 'minio-backup',
    namespace: 'ns',
    schedule: '0 5 * * *',
    retentionDays: 7,
    serviceAccount: 'minio-backup',
    source: { env: [{ name: 'RCLONE_CONFIG_SOURCE_TYPE', value: 's3' }], buckets: ['lakehouse', 'models'] },
    upload: { env: [{ name: 'RCLONE_CONFIG_BACKUP_TYPE', value: 'azureblob' }], destination: 'backup:backup-minio' },
    nodePool: 'dataplane',
    labels: {},
    podLabels: { 'matih.ai/cloud-identity': 'minio-backup' },
    ...o,
  });

describe('ObjectStorageMirror', () => {
  test('refuses a destination off the backup remote, no or bad buckets, a policy that cannot run, and stray source settings', () => {
    expect(() => mirror({ upload: { env: [], destination: 's3://elsewhere' } })).toThrow('must be on the rclone remote "backup:"');
    expect(() => mirror({ source: { env: [], buckets: [] } })).toThrow('no bucket to mirror');
    expect(() => mirror({ source: { env: [], buckets: ['Lake_House'] } })).toThrow('"Lake_House" is not an S3 bucket name');
    expect(() => mirror({ source: { env: [], buckets: ['a1b', 'a1b'] } })).toThrow('name one bucket twice');
    expect(() => mirror({ retentionDays: 0 })).toThrow('retentionDays must be a positive integer');
    expect(() => mirror({ schedule: '0 5 * *' })).toThrow('five cron fields');
    expect(() => mirror({ source: { env: [{ name: 'AWS_ACCESS_KEY_ID', value: 'x' }], buckets: ['b12'] } })).toThrow(
      'AWS_ACCESS_KEY_ID must define the remote "source"',
    );
  });

  test('syncs each bucket to current/, moving what it replaces to versions/<stamp>/, and purges versions by the same stamp', () => {
    const script = mirrorScript('backup:c', ['lakehouse', 'models'], 9);
    const syncs = script.split('\n').filter((l) => l.startsWith('rclone sync'));
    expect(syncs).toEqual([
      'rclone sync "source:lakehouse" "$DEST/current/lakehouse" --backup-dir "$DEST/versions/$STAMP/lakehouse"',
      'rclone sync "source:models" "$DEST/current/models" --backup-dir "$DEST/versions/$STAMP/models"',
    ]);
    // Folders are named by STAMP and compared numerically with CUTOFF: both must be the same digits-only format.
    const format = (v: string) => new RegExp(`^${v}=\\$\\(date -u .*\\+(%[A-Za-z%]+)\\)$`, 'm').exec(script)?.[1];
    expect(format('STAMP')).toBe('%Y%m%d%H%M%S');
    expect(format('CUTOFF')).toBe(format('STAMP'));
    expect(script).toContain('- 9 * 86400');
    expect(script).toMatch(/-lt "\$CUTOFF" \]; then rclone purge "\$DEST\/versions\/\$version"/);
  });

  test('one container on the rclone image, restricted, as the identity, with both remotes defined', () => {
    const pod = mirror().cronJob.toJson().spec.jobTemplate.spec.template;
    expect(pod.metadata.labels).toEqual({ 'matih.ai/cloud-identity': 'minio-backup' });
    expect(pod.spec.serviceAccountName).toBe('minio-backup');
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    const [c] = pod.spec.containers;
    expect(pod.spec.containers).toHaveLength(1);
    expect(restrictedViolations(pod.spec.securityContext, c.securityContext)).toEqual([]);
    expect(c.securityContext.readOnlyRootFilesystem).toBe(true);
    expect(c.env.map((e: { name: string }) => e.name)).toEqual(
      expect.arrayContaining(['RCLONE_CONFIG_SOURCE_TYPE', 'RCLONE_CONFIG_BACKUP_TYPE']),
    );
  });
});

describe('ClickHouse backup user and export', () => {
  test("the operator reads the user's password from the Secret and gives it only its grants", () => {
    expect(userSettings([{ name: 'backup', secret: 's', key: 'password', grants: ['GRANT SELECT, SHOW ON *.*'] }])).toEqual({
      'backup/k8s_secret_password': 's/password',
      'backup/networks/ip': ['::/0'],
      'backup/grants/query': ['GRANT SELECT, SHOW ON *.*'],
    });
    expect(() => userSettings([{ name: 'Backup', secret: 's', key: 'k', grants: ['GRANT SELECT ON *.*'] }])).toThrow('lower-case');
    expect(() => userSettings([{ name: 'backup', secret: 's', key: 'k', grants: [] }])).toThrow('at least one GRANT');
  });

  test('the export skips the system databases and writes schema and Native data of each table into the stamped folder', () => {
    expect(CLICKHOUSE_EXPORT_SCRIPT).toContain('OUT="$DUMP_DIR/clickhouse-$STAMP"');
    expect(CLICKHOUSE_EXPORT_SCRIPT).toContain("'system', 'INFORMATION_SCHEMA', 'information_schema'");
    expect(CLICKHOUSE_EXPORT_SCRIPT).toMatch(
      /SELECT \* FROM \{db:Identifier\}\.\{t:Identifier\} INTO OUTFILE '\$OUT\/\$db\/\$table\.native\.zst' COMPRESSION 'zstd' FORMAT Native/,
    );
    // The lists are written to files before they are read: sh has no pipefail, so a failing query in a pipe would go unnoticed.
    expect(CLICKHOUSE_EXPORT_SCRIPT).not.toMatch(/\| *while/);
  });
});

describe('MinIO values the mirror reads', () => {
  const minio = (values: object) => ({ values }) as unknown as ChartComponent;
  test('needs the Secret of the root keys and the buckets by name', () => {
    expect(minioValues(minio({ existingSecret: 'root', buckets: [{ name: 'a1b' }, { name: 'c2d' }] }))).toEqual({
      secret: 'root',
      buckets: ['a1b', 'c2d'],
    });
    expect(() => minioValues(minio({ buckets: [{ name: 'a1b' }] }))).toThrow('values.existingSecret must name the Secret');
    expect(() => minioValues(minio({ existingSecret: 'root', buckets: [] }))).toThrow('values.buckets must list the buckets');
  });
});
