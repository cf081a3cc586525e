import { CLICKHOUSE_BACKUP_USER, CLICKHOUSE_INSTALLATION_NAME } from '../../../../config/components/data-infrastructure';
import type { ClickHouseSizing, ResolvedTarget } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import type { OperatorAddOn } from '../add-on';
import { backupJobProps } from '../backup/cron-job';
import { ObjectStorageDump } from '../backup/dump-job';
import { operatedComponent, operatorLabels } from '../common';
import { secretEnv } from '../pod-template';
import { CLICKHOUSE_IMAGE, CLICKHOUSE_UID, MatihClickHouse } from './clickhouse-installation';

export * from './clickhouse-installation';

/** The installation's native-protocol port (the operator's `clickhouse-<installation>` Service). */
const CLICKHOUSE_TCP_PORT = 9000;

/**
 * The export, with the server image's own clickhouse-client over the native protocol: per table its CREATE statement and,
 * for tables that hold data (MergeTree family, Log family, Memory), its rows in Native format, zstd-compressed, into one
 * folder `clickhouse-<stamp>/<database>/<table>.{sql,native.zst}`. One replica serves it: the installation has one shard,
 * so every replica holds every row. Views, dictionaries and Distributed tables keep only their CREATE statement.
 */
export const CLICKHOUSE_EXPORT_SCRIPT = [
  'OUT="$DUMP_DIR/clickhouse-$STAMP"',
  'ch() { clickhouse-client --host "$CLICKHOUSE_HOST" --port "$CLICKHOUSE_PORT" --user "$CLICKHOUSE_USER" --password "$CLICKHOUSE_PASSWORD" "$@"; }',
  "SKIP=\"'system', 'INFORMATION_SCHEMA', 'information_schema'\"",
  'mkdir -p "$OUT"',
  // Lists first, into files: a failing query stops the script (sh has no pipefail).
  'ch --query "SELECT name FROM system.databases WHERE name NOT IN ($SKIP) ORDER BY name FORMAT TSVRaw" > "$OUT/databases.txt"',
  "ch --query \"SELECT database, name, engine LIKE '%MergeTree' OR engine IN ('Log', 'TinyLog', 'StripeLog', 'Memory') FROM system.tables WHERE database NOT IN ($SKIP) AND NOT is_temporary ORDER BY database, name FORMAT TSVRaw\" > \"$OUT/tables.tsv\"",
  'while read -r db; do',
  '  mkdir -p "$OUT/$db"',
  '  ch --query "SHOW CREATE DATABASE \\`$db\\` FORMAT TSVRaw" > "$OUT/$db/database.sql"',
  'done < "$OUT/databases.txt"',
  'while IFS="$(printf \'\\t\')" read -r db table data; do',
  '  ch --param_db="$db" --param_t="$table" --query "SELECT create_table_query FROM system.tables WHERE database = {db:String} AND name = {t:String} FORMAT TSVRaw" > "$OUT/$db/$table.sql"',
  '  if [ "$data" = 1 ]; then',
  '    ch --param_db="$db" --param_t="$table" --query "SELECT * FROM {db:Identifier}.{t:Identifier} INTO OUTFILE \'$OUT/$db/$table.native.zst\' COMPRESSION \'zstd\' FORMAT Native"',
  '  fi',
  'done < "$OUT/tables.tsv"',
].join('\n');

/** ClickHouseKeeperInstallation + ClickHouseInstallation and the nightly export in `data/clickhouse.yaml`, sized by the component's `sizing`. */
function buildClickHouse(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent<ClickHouseSizing>(model, 'clickhouse');
  if (!component) return;
  const { server, keeper, backup } = component.sizing;
  const scope = charts.group('data', 'clickhouse');
  new MatihClickHouse(scope, 'clickhouse', {
    name: CLICKHOUSE_INSTALLATION_NAME,
    namespace: component.namespace,
    server: { replicas: server.replicas, storage: server.storage, resources: server.resources },
    keeper: { replicas: keeper.replicas, storage: keeper.storage, resources: keeper.resources },
    storageClass: model.target.storageClass,
    nodePool: component.nodePool,
    labels: operatorLabels('clickhouse', component.billing, undefined, CLICKHOUSE_INSTALLATION_NAME),
    podLabels: component.podSelector,
    users: [
      {
        name: CLICKHOUSE_BACKUP_USER.user,
        secret: CLICKHOUSE_BACKUP_USER.secret,
        key: CLICKHOUSE_BACKUP_USER.key,
        grants: ['GRANT SELECT, SHOW ON *.*'],
      },
    ],
  });
  new ObjectStorageDump(scope, 'backup', {
    ...backupJobProps(model, 'clickhouse', component, backup, { instance: CLICKHOUSE_INSTALLATION_NAME }),
    dump: {
      image: CLICKHOUSE_IMAGE,
      uid: CLICKHOUSE_UID,
      script: CLICKHOUSE_EXPORT_SCRIPT,
      env: [
        { name: 'CLICKHOUSE_HOST', value: `clickhouse-${CLICKHOUSE_INSTALLATION_NAME}.${component.namespace}.svc.cluster.local` },
        { name: 'CLICKHOUSE_PORT', value: String(CLICKHOUSE_TCP_PORT) },
        { name: 'CLICKHOUSE_USER', value: CLICKHOUSE_BACKUP_USER.user },
        secretEnv('CLICKHOUSE_PASSWORD', CLICKHOUSE_BACKUP_USER.secret, CLICKHOUSE_BACKUP_USER.key),
        // The client's history and config lookups stay off the read-only root filesystem.
        { name: 'HOME', value: '/tmp' },
      ],
    },
  });
}

/** The add-on (../add-on.ts) built by `buildClickHouse`. */
export const clickHouseAddOn: OperatorAddOn = { component: 'clickhouse', build: buildClickHouse };
