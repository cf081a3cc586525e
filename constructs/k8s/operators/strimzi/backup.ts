/**
 * The nightly copy of Kafka's topics to object storage: every record of the previous UTC day, per
 * topic and partition, written by Kafka's own console consumer (the Strimzi Kafka image the brokers
 * run) in the line format its console producer reads back, then uploaded by ObjectStorageDump's
 * rclone step as the `kafka-backup` identity. README "Restore Kafka" replays a day.
 *
 * The day's offset range of a partition is [first offset stamped at or after 00:00, first offset
 * stamped at or after 24:00): both ends come from the same lookup, so consecutive days tile the log
 * with neither gap nor overlap, and a rerun of a day writes the same files. A record that arrives
 * late with an earlier timestamp lands in the next day's range, never nowhere.
 */
import { Construct } from 'constructs';
import type { Resources } from '../../../../config/types';
import {
  KafkaUser,
  KafkaUserSpecAuthorizationAclsOperations as Op,
  KafkaUserSpecAuthorizationAclsResourcePatternType as Pattern,
  KafkaUserSpecAuthorizationAclsResourceType as Resource,
  type KafkaUserSpecAuthorizationAcls,
} from '../../../../imports/kafkauser-kafka.strimzi.io';
import { type BackupJobProps, DEFAULT_BACKUP_RESOURCES } from '../backup/cron-job';
import { DUMP_FAILED_FILE, ObjectStorageDump } from '../backup/dump-job';
import { parseQuantity } from '../../../../lib/k8s/quantity';
import { secretEnv } from '../pod-template';
import { KAFKA_UID, TLS_LISTENER } from './kafka-cluster';
import { tlsKafkaUser } from './users';

const CA_DIR = '/etc/kafka/cluster-ca';
const USER_DIR = '/etc/kafka/user';
const TOPIC_NAME = /^[a-zA-Z0-9._-]+$/;

/**
 * Separators of the dump lines (`headers US key US value`, headers `k:v` joined by GS, null as SUB):
 * control characters JSON text cannot hold unescaped, written as Java properties escapes.
 */
export const DUMP_FORMAT = { keySeparator: '\\u001f', headersSeparator: '\\u001d', nullLiteral: '\\u001a' } as const;

/** The console producer's reader settings that read a dump file back (README "Restore Kafka"). */
export const RESTORE_READER_PROPERTIES = [
  'parse.headers=true',
  'parse.key=true',
  `headers.delimiter=${DUMP_FORMAT.keySeparator}`,
  `key.separator=${DUMP_FORMAT.keySeparator}`,
  `headers.separator=${DUMP_FORMAT.headersSeparator}`,
  `null.marker=${DUMP_FORMAT.nullLiteral}`,
] as const;

/**
 * The dump script: the day's offset range of every partition, one console consumer per partition with records in
 * it, the records kept that belong to the day, checks. A partition it cannot copy in a replayable form is listed in
 * `<day>/FAILED` (DUMP_FAILED_FILE) while the others are copied: the upload then fails the job.
 */
export function kafkaDumpScript(heapMiB: number): string {
  if (!Number.isInteger(heapMiB) || heapMiB < 128) throw new Error(`Kafka backup: a heap of ${heapMiB} MiB is below the tools' 128 MiB`);
  const formatter = [
    // `Offset:<n> US` first: the records past the day's end are dropped by their offset.
    'print.offset=true',
    'print.headers=true',
    'print.key=true',
    'print.value=true',
    `key.separator=${DUMP_FORMAT.keySeparator}`,
    `headers.separator=${DUMP_FORMAT.headersSeparator}`,
    `null.literal=${DUMP_FORMAT.nullLiteral}`,
  ];
  return [
    // Scratch files in a fresh folder of $TMPDIR (the pod's /tmp emptyDir); Kafka's scripts create $LOG_DIR.
    'tmp=$(mktemp -d)',
    `export LOG_DIR="$tmp/logs" KAFKA_HEAP_OPTS="-Xms128m -Xmx${heapMiB}m"`,
    // KAFKA_HOME is /opt/kafka in the Strimzi images.
    'bin="$KAFKA_HOME/bin"',
    "US=$(printf '\\037'); CR=$(printf '\\r')",
    'cat > "$tmp/client.properties" <<EOF',
    'security.protocol=SSL',
    'ssl.truststore.type=PKCS12',
    `ssl.truststore.location=${CA_DIR}/ca.p12`,
    'ssl.truststore.password=$CA_PASSWORD',
    'ssl.keystore.type=PKCS12',
    `ssl.keystore.location=${USER_DIR}/user.p12`,
    'ssl.keystore.password=$USER_PASSWORD',
    'EOF',
    `cat > "$tmp/formatter.properties" <<'EOF'`,
    ...formatter,
    'EOF',
    // Keeps the records before offset `to` in `out`, without their offset, a record without headers given the null
    // marker the reader wants (the formatter writes NO_HEADERS); prints how many it kept and whether it saw one past `to`.
    `cat > "$tmp/day.awk" <<'EOF'`,
    '{ n = substr($0, 8, index($0, "\\037") - 8) + 0; if (n >= to) { past = 1; next }',
    // Offset, headers, key, value: three separators, or a header, key or value holds one and would split wrongly.
    '  if (gsub(/\\037/, "\\037") != 3) fields = 1',
    '  sub(/^Offset:[0-9]+\\037/, ""); sub(/^NO_HEADERS\\037/, "\\032\\037"); print > out; kept++ }',
    'END { print kept + 0, past + 0, fields + 0 }',
    'EOF',
    // BACKUP_DAY (YYYY-MM-DD) reruns a missed day while the topics still retain it.
    'DAY=${BACKUP_DAY:-$(date -u -d yesterday +%F)}',
    'START_MS=$(date -u -d "$DAY" +%s)000',
    'END_MS=$(date -u -d "$DAY + 1 day" +%s)000',
    // The tool reports a partition it could not look up (leader unavailable, timeout) on stderr and exits 0: without
    // its line the partition would look empty. Fail the run instead; the Job retries the pod.
    'offsets() {',
    '  "$bin/kafka-get-offsets.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$tmp/client.properties" \\',
    '    --exclude-internal-topics --time "$1" > "$2" 2> "$tmp/offsets.err" || { cat "$tmp/offsets.err" >&2; exit 1; }',
    '  if grep -qE "^(Skip getting offsets|Error occurred)" "$tmp/offsets.err"; then cat "$tmp/offsets.err" >&2; exit 1; fi',
    '}',
    'offsets "$START_MS" "$tmp/from"',
    'offsets "$END_MS" "$tmp/to"',
    'offsets -1 "$tmp/latest"',
    // A partition with no record stamped at or after a bound has that bound at its end.
    'offset_in() { while IFS=: read -r t p o; do if [ "$t" = "$2" ] && [ "$p" = "$3" ]; then echo "$o"; return; fi; done < "$1"; }',
    // UTF-8 is checked with grep in the C.UTF-8 locale, where one `.` matches a two-byte character.
    'if printf \'\\303\\251\\n\' | LC_ALL=C.UTF-8 grep -qx .; then utf8=yes; else utf8=no; echo "kafka-backup: no C.UTF-8 locale: records are not checked for UTF-8" >&2; fi',
    `failed="$DUMP_DIR/$DAY/${DUMP_FAILED_FILE}"`,
    'fail() { echo "kafka-backup: $1" >&2; echo "$1" >> "$failed"; rm -f "$out"; }',
    'mkdir -p "$DUMP_DIR/$DAY"',
    'total=0',
    'while IFS=: read -r topic partition last; do',
    '  from=$(offset_in "$tmp/from" "$topic" "$partition"); from=${from:-$last}',
    '  to=$(offset_in "$tmp/to" "$topic" "$partition"); to=${to:-$last}',
    '  count=$((to - from))',
    '  [ "$count" -gt 0 ] || continue',
    '  mkdir -p "$DUMP_DIR/$DAY/$topic"',
    '  out="$DUMP_DIR/$DAY/$topic/$partition-$from-$to.records"',
    // At most `count` records from `from`: offsets without a record (transaction markers, compaction) make it read
    // past `to`, and those records are the next day's. Aborted transactions are not records of the log's history.
    '  if ! "$bin/kafka-console-consumer.sh" --bootstrap-server "$BOOTSTRAP" --consumer.config "$tmp/client.properties" \\',
    '    --topic "$topic" --partition "$partition" --offset "$from" --max-messages "$count" --timeout-ms 120000 \\',
    '    --isolation-level read_committed --formatter-config "$tmp/formatter.properties" < /dev/null > "$tmp/read"; then',
    '    fail "$topic/$partition offsets $from..$to: the console consumer failed"; continue',
    '  fi',
    // Every line starts a record; the console producer reads a line per record and ends a line at CR too.
    '  if grep -qav "^Offset:[0-9][0-9]*$US" "$tmp/read" || grep -qa "$CR" "$tmp/read"; then',
    '    fail "$topic/$partition offsets $from..$to: a record spans lines (a line break or carriage return in it)"; continue',
    '  fi',
    '  if [ "$utf8" = yes ] && LC_ALL=C.UTF-8 grep -qaxv ".*" "$tmp/read"; then',
    '    fail "$topic/$partition offsets $from..$to: a record is not UTF-8 text"; continue',
    '  fi',
    // The day's records without their offset; the formatter writes NO_HEADERS for none, the reader wants the null marker.
    '  stats=$(awk -v to="$to" -v out="$out" -f "$tmp/day.awk" "$tmp/read")',
    '  set -- $stats; kept=$1; past=$2',
    '  if [ "$3" -ne 0 ]; then fail "$topic/$partition offsets $from..$to: a header, key or value holds the separator 0x1F"; continue; fi',
    // Complete when it read past the day, found a record at every offset, or reached the log's end (idle until the timeout).
    '  if [ "$past" -ne 1 ] && [ "$kept" -ne "$count" ] && [ "$to" -ne "$last" ]; then',
    '    fail "$topic/$partition offsets $from..$to: $kept records read before the consumer stopped (a timeout?)"; continue',
    '  fi',
    '  [ -f "$out" ] || : > "$out"',
    '  total=$((total + kept))',
    'done < "$tmp/latest"',
    'echo "kafka-backup: $total records of $DAY"',
  ].join('\n');
}

/** Half the dump container's memory limit for the JVM heap (the rest: metaspace, buffers, the shell's tools). */
export function heapMiB(resources: Resources): number {
  return Math.floor(parseQuantity(resources.limits.memory) / 2 ** 20 / 2);
}

/** Read and Describe on the declared topics and on every CDC topic (`<prefix>*`), nothing else: no group, no write. */
export function kafkaBackupAcls(topics: readonly string[], cdcPrefix: string): KafkaUserSpecAuthorizationAcls[] {
  const operations = [Op.DESCRIBE, Op.READ];
  return [
    ...[...new Set(topics)].sort().map((name) => ({ resource: { type: Resource.TOPIC, name, patternType: Pattern.LITERAL }, operations })),
    { resource: { type: Resource.TOPIC, name: cdcPrefix, patternType: Pattern.PREFIX }, operations },
  ];
}

/** `name`: of the CronJob and of its KafkaUser (whose client certificate Secret the User Operator writes); `podLabels`: the identity's (its NetworkPolicy, and Kafka's, admit the dump pods by it). */
interface KafkaTopicBackupProps extends BackupJobProps {
  /** Kafka resource the user belongs to (`<cluster>-kafka-bootstrap`). */
  readonly cluster: string;
  /** Secret of the cluster CA (`ca.p12`, `ca.password`). */
  readonly caSecret: string;
  /** The Strimzi Kafka image the brokers run (its console consumer and offsets tool). */
  readonly image: string;
  /** Topics the dump may read (config/kafka-topics.ts), besides every topic under `cdcPrefix`. */
  readonly topics: readonly string[];
  readonly cdcPrefix: string;
}

/** The KafkaUser of the dump and its CronJob (ObjectStorageDump). */
export class KafkaTopicBackup extends Construct {
  readonly user: KafkaUser;
  readonly dump: ObjectStorageDump;

  constructor(scope: Construct, id: string, props: KafkaTopicBackupProps) {
    super(scope, id);
    const { cluster, caSecret, image, topics, cdcPrefix, ...job } = props;
    const bad = props.topics.filter((t) => !TOPIC_NAME.test(t));
    if (bad.length > 0)
      throw new Error(`Kafka backup ${props.name}: topic name(s) ${bad.map((t) => `"${t}"`).join(', ')} are not legal Kafka topic names`);
    if (!TOPIC_NAME.test(props.cdcPrefix))
      throw new Error(`Kafka backup ${props.name}: CDC prefix "${props.cdcPrefix}" is not a legal topic prefix`);
    if (!/:[^:/]+$/.test(props.image) || props.image.endsWith(':latest'))
      throw new Error(`Kafka backup ${props.name}: image "${props.image}" must carry a pinned tag`);
    this.user = tlsKafkaUser(this, 'user', {
      name: props.name,
      namespace: props.namespace,
      cluster,
      labels: props.labels,
      acls: kafkaBackupAcls(topics, cdcPrefix),
    });
    this.dump = new ObjectStorageDump(this, 'dump', {
      ...job,
      dump: {
        image,
        uid: KAFKA_UID,
        script: kafkaDumpScript(heapMiB(props.resources ?? DEFAULT_BACKUP_RESOURCES)),
        env: [
          { name: 'BOOTSTRAP', value: `${cluster}-kafka-bootstrap.${props.namespace}.svc:${TLS_LISTENER.port}` },
          secretEnv('CA_PASSWORD', caSecret, 'ca.password'),
          secretEnv('USER_PASSWORD', props.name, 'user.password'),
        ],
        secretMounts: [
          { secret: caSecret, mountPath: CA_DIR },
          { secret: props.name, mountPath: USER_DIR },
        ],
      },
    });
  }
}
