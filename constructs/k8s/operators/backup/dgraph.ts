/**
 * Dgraph's nightly copy: an RDF export of every group through the Alpha's `/admin` GraphQL `export`
 * mutation. Dgraph v24.1 writes an export either into the exporting Alpha's own export directory
 * (on its ReadWriteOnce volume, which no other pod can mount) or to a `minio://`/`s3://` destination
 * with static keys. Neither Azure Blob Storage nor any cloud's workload identity is among those, so
 * the dump pod offers the destination itself: `rclone serve s3` on its dump folder, with keys made
 * up for this run only. The Alpha uploads its group's files there (worker/export.go: each group's
 * files from the Alpha that exports it), and the upload step copies them to the target's object
 * storage as the backup identity, like every other dump. The export is a task in v24.1: the job
 * asks one Alpha and polls that Alpha for the task's status.
 */
import { DGRAPH_EXPORT_RECEIVE_PORT } from '../../../../config/components/data-infrastructure';
import { RCLONE_IMAGE, RCLONE_UID } from './cron-job';
import { headlessServiceName } from '../../workloads/service-workload';
import { secretEnv } from '../pod-template';
import { serviceDumpAddOn } from './service-dump';

/** Dgraph Alpha's HTTP port (GraphQL `/admin`). */
const DGRAPH_HTTP_PORT = 8080;

export const dgraphBackupAddOn = serviceDumpAddOn('dgraph', (c) => {
  if (c.kind !== 'service') throw new Error(`component "dgraph" must be kind "service" for its export job, found "${c.kind}"`);
  const port = c.backup.receivePort;
  if (port !== DGRAPH_EXPORT_RECEIVE_PORT)
    throw new Error(`components.dgraph.backup.receivePort: the export job serves S3 on ${DGRAPH_EXPORT_RECEIVE_PORT}, found ${port}`);
  const admin = c.secrets.find((s) => Object.keys(s.env).includes('DGRAPH_ADMIN_TOKEN'));
  if (!admin) throw new Error('components.dgraph.secrets: the export job needs the Alpha admin token (env DGRAPH_ADMIN_TOKEN)');
  return {
    // rclone (serve s3) and BusyBox wget (GraphQL over HTTP) in one image.
    image: RCLONE_IMAGE,
    uid: RCLONE_UID,
    script: String.raw`key() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }
ACCESS=$(key 12); SECRET=$(key 24); BUCKET="dgraph-$STAMP"
mkdir "$DUMP_DIR/$BUCKET"
rclone serve s3 "$DUMP_DIR" --addr ":$RECEIVE_PORT" --auth-key "$ACCESS,$SECRET" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
n=0
until wget -q -S -O /dev/null "http://127.0.0.1:$RECEIVE_PORT/" 2>&1 | grep -q 'HTTP/'; do
  n=$((n + 1)); [ "$n" -lt 30 ] || { echo 'rclone serve s3 did not start' >&2; exit 1; }; sleep 1
done
gql() { wget -q -O - --header 'Content-Type: application/json' --header "X-Dgraph-AuthToken: $DGRAPH_ADMIN_TOKEN" --post-data "$2" "$1/admin"; }
export_body=$(printf '{"query":"mutation { export(input: {format: \\"rdf\\", destination: \\"%s\\", accessKey: \\"%s\\", secretKey: \\"%s\\"}) { response { code } taskId } }"}' "minio://$POD_IP:$RECEIVE_PORT/$BUCKET?secure=false" "$ACCESS" "$SECRET")
# The first Alpha that accepts the export runs it as a task, polled on the same Alpha.
task=''; i=0
while [ -z "$task" ] && [ "$i" -lt "$DGRAPH_ALPHAS" ]; do
  alpha="http://dgraph-$i.$DGRAPH_HOST:$DGRAPH_PORT"
  task=$(gql "$alpha" "$export_body" | sed -n 's/.*"taskId":"\([^"]*\)".*/\1/p') || true
  i=$((i + 1))
done
[ -n "$task" ] || { echo 'no Alpha accepted the export' >&2; exit 1; }
task_body=$(printf '{"query":"query { task(input: {id: \\"%s\\"}) { status } }"}' "$task")
while :; do
  sleep 10
  status=$(gql "$alpha" "$task_body" | sed -n 's/.*"status":"\([A-Za-z]*\)".*/\1/p')
  case "$status" in Success) break ;; Queued | Running) ;; *) echo "export task $task: status '$status'" >&2; exit 1 ;; esac
done
find "$DUMP_DIR/$BUCKET" -type f -name '*.gz' | grep -q . || { echo "export task $task: no files received" >&2; exit 1; }`,
    env: [
      { name: 'HOME', value: '/tmp' },
      { name: 'RCLONE_CONFIG', value: '/tmp/rclone.conf' },
      { name: 'RECEIVE_PORT', value: String(port) },
      // A harder-working garbage collector keeps serve s3's memory near the parts it holds (rclone issue #7453).
      { name: 'GOGC', value: '20' },
      { name: 'DGRAPH_ALPHAS', value: String(c.replicas) },
      // The Alphas' StatefulSet and its headless Service (constructs/k8s/workloads): pods dgraph-<n>.
      { name: 'DGRAPH_HOST', value: `${headlessServiceName('dgraph')}.${c.namespace}.svc.cluster.local` },
      { name: 'DGRAPH_PORT', value: String(DGRAPH_HTTP_PORT) },
      { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
      secretEnv('DGRAPH_ADMIN_TOKEN', admin.secret, admin.env.DGRAPH_ADMIN_TOKEN),
    ],
  };
});
