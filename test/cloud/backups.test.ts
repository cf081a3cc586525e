/**
 * Backups, across both layers: every stateful data service of every target writes backups on a
 * schedule with a retention (the model), from pods running as its own `backup-write` identity (the
 * rendered manifests), to a location that identity's cloud grant covers and no other backup
 * identity's does (the synthesized Terraform), on every cluster of the fleet, member clusters
 * included. Both sides are read from their real outputs.
 */
import { BACKUP_EXCEPTIONS } from '../../config/backups';
import { COMPONENTS } from '../../config/components';
import { CLOUD_IDENTITY_LABEL, WORKLOAD_IDENTITIES } from '../../config/identities';
import { identityPolicyName } from '../../constructs/k8s/network/network-policies';
import { checkBackupPolicy } from '../../constructs/k8s/operators/backup/schedule';
import type { BackupPolicy, ResolvedTarget } from '../../config/types';
import type { K8sObject } from '../../lib/k8s/object';
import { loadCloudTargets } from '../../lib/synth/cloud';
import { allObjects, clusterNames, renderedTarget, shippedBuild, TARGET_NAMES } from '../support/render';
import { type Json, synth } from './helpers';
import { snapshotControllerFindings, snapshotFindings, snapshotted, SNAPSHOTTED_CLAIMS } from './volume-snapshots';

/** Where a writer puts backups: an Azure container, or a bucket and key prefix. */
type Location = { readonly container: string } | { readonly bucket: string; readonly prefix: string };

interface Writer {
  readonly service: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly location: Location;
}

function parseUrl(url: string): Location {
  const azure = /^https:\/\/[a-z0-9]+\.blob\.core\.windows\.net\/([a-z0-9-]+)\/?$/.exec(url);
  if (azure) return { container: azure[1] };
  const bucket = /^(?:s3|gs):\/\/([a-z0-9.-]+)\/(.+)$/.exec(url);
  if (bucket) return { bucket: bucket[1], prefix: bucket[2].replace(/\/?$/, '/') };
  throw new Error(`unrecognised backup URL ${url}`);
}

const podSpecOf = (o: Json) => o.spec.jobTemplate.spec.template.spec;

/** Every backup writer rendered for a target, read from the manifests only. */
function writers(objects: readonly K8sObject[], cloud: string): Writer[] {
  const found: Writer[] = [];
  const json = objects as unknown as Json[];
  for (const store of json.filter((o) => o.kind === 'ObjectStore')) {
    // The Barman Cloud sidecar runs in the instance pods of the Cluster whose plugin names this store.
    const cluster = json.find(
      (o) => o.kind === 'Cluster' && o.spec.plugins?.some((p: Json) => p.parameters?.barmanObjectName === store.metadata.name),
    );
    found.push({
      service: 'postgresql',
      namespace: cluster!.metadata.namespace,
      serviceAccount: cluster!.spec.serviceAccountName ?? cluster!.metadata.name,
      location: parseUrl(store.spec.configuration.destinationPath),
    });
  }
  for (const es of json.filter((o) => o.kind === 'Elasticsearch')) {
    const job = json.find((o) => o.kind === 'CronJob' && o.metadata.name === `${es.metadata.name}-snapshot-policy`)!;
    const repository = JSON.parse(podSpecOf(job).containers[0].env.find((e: Json) => e.name === 'REPOSITORY').value);
    const s = repository.settings;
    found.push({
      service: 'elasticsearch',
      namespace: es.metadata.namespace,
      serviceAccount: es.spec.nodeSets[0].podTemplate.spec.serviceAccountName,
      location: cloud === 'azure' ? { container: s.container } : { bucket: s.bucket, prefix: `${s.base_path}/` },
    });
  }
  for (const job of json.filter((o) => o.kind === 'CronJob' && /-backup$/.test(o.metadata.name))) {
    const spec = podSpecOf(job);
    // ObjectStorageDump copies its dump there (`rclone copy`), ObjectStorageMirror syncs below it (`DEST=`).
    const destination = /(?:rclone copy "[^"]+" |DEST=)"backup:([^"]+)"/.exec(spec.containers[0].command[2])![1];
    const [head, ...rest] = destination.split('/');
    found.push({
      service: job.metadata.name.replace(/-backup$/, ''),
      namespace: job.metadata.namespace,
      serviceAccount: spec.serviceAccountName,
      location: cloud === 'azure' ? { container: destination } : { bucket: head, prefix: `${rest.join('/')}/` },
    });
  }
  return found;
}

/** A peer whose podSelector picks pods labelled `labels` (same keys and values). */
/** The IP blocks a NetworkPolicy lets out on 443 (object storage, token endpoints), sorted. */
const https = (policy: Json): string[] =>
  policy.spec.egress
    .filter((r: Json) => r.ports?.some((p: Json) => p.port === 443))
    .flatMap((r: Json) => r.to.map((t: Json) => t.ipBlock?.cidr))
    .sort();

const selectsPods = (peer: Json, labels: Record<string, string>) =>
  Object.entries(labels).every(([k, v]) => peer.podSelector.matchLabels[k] === v) &&
  Object.keys(peer.podSelector.matchLabels).length === Object.keys(labels).length;

const subjectOf = (ns: string, sa: string) => `system:serviceaccount:${ns}:${sa}`;
const ref = (expression: string, kind: string) => new RegExp(`^\\$\\{${kind}\\.([a-z0-9_]+)\\.`).exec(expression)?.[1];

/** The locations each federated ServiceAccount may write, read from the synthesized Terraform only. */
function grants(tf: Json, cloud: string): Map<string, Location[]> {
  const result = new Map<string, Location[]>();
  const add = (subject: string, location: Location) => result.set(subject, [...(result.get(subject) ?? []), location]);
  const r = tf.resource;
  if (cloud === 'azure') {
    const subjects = new Map<string, string>();
    for (const f of Object.values<Json>(r.azurerm_federated_identity_credential))
      subjects.set(ref(f.parent_id, 'azurerm_user_assigned_identity')!, f.subject);
    for (const a of Object.values<Json>(r.azurerm_role_assignment)) {
      const container = ref(a.scope, 'azurerm_storage_container');
      if (!container || a.role_definition_name !== 'Storage Blob Data Contributor') continue;
      add(subjects.get(ref(a.principal_id, 'azurerm_user_assigned_identity')!)!, {
        container: r.azurerm_storage_container[container].name,
      });
    }
  } else if (cloud === 'aws') {
    const bucket = r.aws_s3_bucket.bucket.bucket;
    for (const [id, role] of Object.entries<Json>(r.aws_iam_role)) {
      const trust = tf.data.aws_iam_policy_document[ref(role.assume_role_policy, 'data.aws_iam_policy_document')!];
      // Roles of AWS services (cluster, nodes) trust a service principal, not a ServiceAccount.
      const subject = trust?.statement[0].condition?.find((c: Json) => c.variable.endsWith(':sub'))?.values[0];
      if (!subject) continue;
      const permissions = tf.data.aws_iam_policy_document[`${id}_permissions`];
      for (const statement of permissions?.statement ?? []) {
        if (!statement.actions.includes('s3:PutObject')) continue;
        for (const resource of statement.resources) {
          const m = /^\$\{aws_s3_bucket\.bucket\.arn\}\/(.*)\*$/.exec(resource);
          if (m) add(subject, { bucket, prefix: m[1] });
        }
      }
    }
  } else {
    const bucket = r.google_storage_bucket.bucket.name;
    const subjects = new Map<string, string>();
    for (const b of Object.values<Json>(r.google_service_account_iam_member)) {
      const m = /\[([^/]+)\/([^\]]+)\]$/.exec(b.member)!;
      subjects.set(ref(b.service_account_id, 'google_service_account')!, subjectOf(m[1], m[2]));
    }
    for (const m of Object.values<Json>(r.google_storage_bucket_iam_member ?? {})) {
      const account = ref(m.member, 'google_service_account');
      const prefix = /startsWith\("projects\/_\/buckets\/[^/]+\/objects\/([^"]+)"\)/.exec(m.condition?.expression ?? '')?.[1];
      if (account && prefix && m.role === 'roles/storage.objectUser') add(subjects.get(account)!, { bucket, prefix });
    }
  }
  return result;
}

/** A grant covers a location when it names the same container, or the same bucket and a prefix of its key prefix. */
function covers(grant: Location, location: Location): boolean {
  if ('container' in grant || 'container' in location)
    return 'container' in grant && 'container' in location && grant.container === location.container;
  return grant.bucket === location.bucket && location.prefix.startsWith(grant.prefix);
}

/** The components of a cluster's model with a backup policy, and the policy. */
const backupPolicies = (model: ResolvedTarget): Array<readonly [string, BackupPolicy]> =>
  Object.entries(model.components).flatMap(([name, c]) =>
    c.kind === 'operated' && c.stateful && 'backup' in c.sizing
      ? [[name, (c.sizing as { backup: BackupPolicy }).backup] as const]
      : c.kind !== 'operated' && c.backup
        ? [[name, c.backup] as const]
        : [],
  );

const BACKED_UP = WORKLOAD_IDENTITIES.filter((i) => i.permission === 'backup-write').map((i) => i.backupOf!);

test('every stateful component of the catalog has a backup policy or a recorded exception, never both', () => {
  const decided = Object.entries(COMPONENTS).flatMap(([name, c]) => {
    const stateful = c.kind === 'service' ? c.storage !== undefined : c.stateful;
    // A copy to object storage (`backup`, operated `sizing.backup`) or CSI snapshots of the claims (`volumeSnapshots`).
    const policy =
      c.kind === 'operated' ? 'backup' in c.sizing : c.backup !== undefined || (c.kind === 'chart' && c.volumeSnapshots !== undefined);
    const exception = name in BACKUP_EXCEPTIONS;
    return stateful || exception ? [[name, stateful, policy !== exception] as const] : [];
  });
  expect(decided.filter(([, stateful, one]) => !stateful || !one)).toEqual([]);
  expect(Object.values(BACKUP_EXCEPTIONS).filter((e) => e.reason.trim() === '')).toEqual([]);
});

describe.each(TARGET_NAMES)('backups of %s', (target) => {
  const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;

  test('every stateful data service with a backup policy has a schedule, a retention and a backup identity', () => {
    const stateful = backupPolicies(model);
    expect(stateful.map(([name]) => name).sort()).toEqual([...BACKED_UP].sort());
    for (const [name, backup] of stateful) {
      // Five cron fields and a positive whole number of retention days (the checker's failures: operators/data-services.test.ts).
      expect(() => checkBackupPolicy(backup, `${target} ${name}`)).not.toThrow();
    }
  });

  test("servers that write their own backups reach the object storage; a dump job's pods reach it through their identity, and the servers they copy do not", () => {
    const objects = allObjects(renderedTarget(target)) as unknown as Json[];
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
    const storage = expect.arrayContaining(['0.0.0.0/0', model.target.cluster.privateEndpointCidr]);
    // A chart's or service's writer runs in pods of its own (the next test).
    // Any chart's or service's writer: its identity's way out is the cloud's, not the component's.
    const chartWriterOf = BACKED_UP.find((s) => model.components[s].kind !== 'operated')!;
    const chartWriterName = WORKLOAD_IDENTITIES.find((i) => i.backupOf === chartWriterOf)!.name;
    const chartWriter = policies.find((p) => p.metadata.name === identityPolicyName(chartWriterName))!;
    const operated = BACKED_UP.filter((s) => model.components[s].kind === 'operated');
    expect(operated.length).toBeGreaterThan(2);
    for (const service of operated) {
      const c = model.components[service];
      const own = policies.find((p) => p.metadata.name === service && p.metadata.namespace === c.namespace)!;
      const job = objects.find((o) => o.kind === 'CronJob' && o.metadata.name === `${service}-backup`);
      if (!job) {
        // CloudNativePG's Barman plugin and Elasticsearch's snapshots: the servers write.
        expect([service, https(own)]).toEqual([service, storage]);
        continue;
      }
      // The job's pods carry the identity's label: its policy lets them out to the storage; the component's lets nothing out.
      const identity = WORKLOAD_IDENTITIES.find((i) => i.backupOf === service)!;
      const writer = policies.find((p) => p.metadata.name === identityPolicyName(identity.name))!;
      const labels: Record<string, string> = job.spec.jobTemplate.spec.template.metadata.labels;
      expect([service, Object.entries(writer.spec.podSelector.matchLabels).every(([k, v]) => labels[k] === v)]).toEqual([service, true]);
      // Every backup writer's way out is the same: the storage and token endpoints of the cloud (test/insight/identity-egress.test.ts).
      expect([service, https(writer)]).toEqual([service, https(chartWriter)]);
      expect(https(writer).length).toBeGreaterThan(0);
      expect([service, https(own)]).toEqual([service, []]);
      // A client, never one of the component's pods: its policy (every port of every pod, ClickHouse's Keeper among them) selects none.
      const underOwn = (l: Record<string, string>) => Object.entries(own.spec.podSelector.matchLabels).every(([k, v]) => l[k] === v);
      expect([service, underOwn(labels)]).toEqual([service, false]);
      expect(underOwn({ ...labels, ...c.podSelector })).toBe(true);
      // Admitted by its identity's label on the client ports of the first Service only.
      const first = c.kind === 'operated' ? c.services?.[0] : undefined;
      const clientPorts = c.ports.filter((p) => !first || first.ports.includes(p.name)).map((p) => p.port);
      const admitted = own.spec.ingress.filter((r: Json) =>
        r.from?.some((f: Json) => f.podSelector?.matchLabels?.[CLOUD_IDENTITY_LABEL] === identity.name),
      );
      expect([service, admitted.map((r: Json) => r.ports.map((p: Json) => p.port))]).toEqual([service, [clientPorts]]);
    }
  });

  test("a chart's or service's backup writer is none of its pods, and its identity's policy alone lets it reach them and the storage", () => {
    const objects = allObjects(renderedTarget(target)) as unknown as Json[];
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
    const charts = BACKED_UP.filter((s) => model.components[s].kind !== 'operated');
    expect(charts.length).toBeGreaterThan(0);
    for (const service of charts) {
      const c = model.components[service];
      const identity = WORKLOAD_IDENTITIES.find((i) => i.backupOf === service)!;
      const job = objects.find((o) => o.kind === 'CronJob' && o.metadata.name === `${service}-backup`)!;
      const labels: Record<string, string> = job.spec.jobTemplate.spec.template.metadata.labels;
      const selects = (selector: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels[k] === v);
      // Carrying the chart's podSelector would make the writer an endpoint of the chart's Services; no Service may select it.
      expect([service, selects(c.podSelector)]).toEqual([service, false]);
      const services = objects.filter((o) => o.kind === 'Service' && o.metadata.namespace === c.namespace && o.spec.selector);
      expect([service, services.filter((o) => selects(o.spec.selector)).map((o) => o.metadata.name)]).toEqual([service, []]);
      const own = policies.find((p) => p.metadata.name === identityPolicyName(identity.name))!;
      expect(selects(own.spec.podSelector.matchLabels)).toBe(true);
      // The client API: the ports of the chart's first Service (MinIO's S3 port, not its console), else the component's ports.
      const first = c.kind === 'chart' ? c.services?.[0] : undefined;
      const clientPorts = c.ports.filter((p) => !first || first.ports.includes(p.name)).map((p) => p.port);
      const toChart = own.spec.egress.find((r: Json) =>
        r.to.some((t: Json) => t.podSelector?.matchLabels && selectsPods(t, c.podSelector)),
      );
      expect([service, toChart?.ports.map((p: Json) => p.port)]).toEqual([service, clientPorts]);
      // Out to the object storage as every backup writer of the cloud: the same endpoints as a dump job's identity.
      const dumpJobOf = BACKED_UP.find(
        (s) => objects.some((o) => o.kind === 'CronJob' && o.metadata.name === `${s}-backup`) && model.components[s].kind === 'operated',
      )!;
      const dumpWriterName = WORKLOAD_IDENTITIES.find((i) => i.backupOf === dumpJobOf)!.name;
      const dumpWriter = policies.find((p) => p.metadata.name === identityPolicyName(dumpWriterName))!;
      expect(https(own)).toEqual(https(dumpWriter));
      expect(https(own).length).toBeGreaterThan(0);
      // The chart's own policy admits the writer by its identity's label, on the client port only.
      const chartPolicy = policies.find((p) => p.metadata.name === service && p.metadata.namespace === c.namespace)!;
      const admitted = chartPolicy.spec.ingress.filter((r: Json) =>
        r.from?.some(
          (f: Json) =>
            f.podSelector?.matchLabels &&
            selects(f.podSelector.matchLabels) &&
            f.namespaceSelector?.matchLabels['kubernetes.io/metadata.name'] === c.namespace,
        ),
      );
      expect([service, admitted.map((r: Json) => r.ports.map((p: Json) => p.port))]).toEqual([service, [clientPorts]]);
      // A component that pushes its data to the writer (Dgraph's export) reaches it on the receive port, and the writer admits it.
      const receive = c.kind === 'operated' ? undefined : c.backup?.receivePort;
      const pushes = (chartPolicy.spec.egress ?? []).filter((r: Json) =>
        (r.to ?? []).some((t: Json) => t.podSelector && selects(t.podSelector.matchLabels)),
      );
      const receives = (own.spec.ingress ?? []).filter((r: Json) =>
        r.from.some((f: Json) => f.podSelector && selectsPods(f, c.podSelector)),
      );
      const expected = receive === undefined ? [] : [[receive]];
      expect([
        service,
        pushes.map((r: Json) => r.ports.map((p: Json) => p.port)),
        receives.map((r: Json) => r.ports.map((p: Json) => p.port)),
      ]).toEqual([service, expected, expected]);
    }
  });
});

// Every cluster of the fleet, members included: each has a stack of its own, granting its own writers.
describe.each(clusterNames())("%s: the backup identities' cloud grants against the rendered locations", (target) => {
  const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
  const cloud = model.target.provider.cloud;
  let rendered: Writer[];
  let granted: Map<string, Location[]>;
  beforeAll(() => {
    rendered = writers(allObjects(renderedTarget(target)), cloud);
    granted = grants(synth(target).json, cloud);
  });

  test("renders one writer per component of the cluster with a backup policy, running as that component's backup identity", () => {
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.map((w) => w.service).sort()).toEqual(
      backupPolicies(model)
        .map(([name]) => name)
        .sort(),
    );
    for (const w of rendered) {
      const identity = WORKLOAD_IDENTITIES.find((i) => i.backupOf === w.service)!;
      expect([w.service, w.namespace, w.serviceAccount]).toEqual([w.service, identity.namespace, identity.serviceAccount]);
    }
  });

  test("each writer's own identity may write where it writes", () => {
    for (const w of rendered) {
      const own = granted.get(subjectOf(w.namespace, w.serviceAccount)) ?? [];
      expect([w.service, w.location, own.some((g) => covers(g, w.location))]).toEqual([w.service, w.location, true]);
    }
  });

  test("no backup identity may write another service's backups (least privilege)", () => {
    for (const w of rendered) {
      for (const other of rendered.filter((o) => o.service !== w.service)) {
        const theirs = granted.get(subjectOf(other.namespace, other.serviceAccount)) ?? [];
        expect([other.service, 'writes to', w.service, theirs.some((g) => covers(g, w.location))]).toEqual([
          other.service,
          'writes to',
          w.service,
          false,
        ]);
      }
    }
  });
});

test('covers() tells containers, buckets and prefixes apart', () => {
  expect(covers({ container: 'backup-redis' }, { container: 'backup-redis' })).toBe(true);
  expect(covers({ container: 'backup-redis' }, { container: 'backup-postgresql' })).toBe(false);
  expect(covers({ bucket: 'b', prefix: 'backups/redis/' }, { bucket: 'b', prefix: 'backups/redis/' })).toBe(true);
  expect(covers({ bucket: 'b', prefix: 'backups/redis/' }, { bucket: 'b', prefix: 'backups/redis-old/' })).toBe(false);
  expect(covers({ bucket: 'b', prefix: 'backups/' }, { bucket: 'other', prefix: 'backups/redis/' })).toBe(false);
  expect(covers({ container: 'x' }, { bucket: 'x', prefix: '' })).toBe(false);
});

describe.each(TARGET_NAMES)('volume snapshots of %s', (target) => {
  const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;

  test("every snapshotted component's claims are selected by a SnapshotSchedule with its policy and the cloud's snapshot class", () => {
    expect(snapshotFindings(allObjects(renderedTarget(target)) as unknown as Json[], model)).toEqual([]);
  });
});

// Every cluster our stacks create, fleet members included: a snapshot policy may be set on any of them by an override.
test.each(loadCloudTargets().map((i) => [i.target.name, i.target.provider.cloud] as const))(
  'the cluster of %s runs the CSI snapshot controller with its CRDs',
  (target, cloud) => {
    expect(snapshotControllerFindings(synth(target).json, cloud)).toEqual([]);
  },
);

describe('the volume-snapshot checks fail on broken outputs', () => {
  const target = TARGET_NAMES.find((t) => snapshotted(shippedBuild().model.targets.find((m) => m.target.name === t)!).length > 0)!;
  const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
  const [name] = snapshotted(model)[0];
  /** The target's objects with `edit` applied to a deep copy of each object of `kind`. */
  const broken = (kind: string, edit: (o: Json) => Json | undefined): Json[] =>
    (allObjects(renderedTarget(target)) as unknown as Json[]).flatMap((o) => {
      if (o.kind !== kind) return [o];
      const changed = edit(structuredClone(o));
      return changed ? [changed] : [];
    });

  test('a snapshotted component is JupyterHub on a shipped target, with its claims described', () => {
    expect(name).toBe('jupyterhub');
    expect(Object.keys(SNAPSHOTTED_CLAIMS)).toContain(name);
  });

  test('no schedule, a selector that misses the user claims, another schedule or retention', () => {
    expect(
      snapshotFindings(
        broken('SnapshotSchedule', () => undefined),
        model,
      ),
    ).toContainEqual(`${name}: no SnapshotSchedule in ${model.components[name].namespace} selects claim claim-alice`);
    const hubOnly = (o: Json) => ((o.spec.claimSelector.matchExpressions[0].values = ['hub']), o);
    expect(snapshotFindings(broken('SnapshotSchedule', hubOnly), model)).toEqual([
      `${name}: no SnapshotSchedule in ${model.components[name].namespace} selects claim claim-alice`,
    ]);
    const otherRelease = (o: Json) => ((o.spec.claimSelector.matchLabels.release = 'other'), o);
    expect(snapshotFindings(broken('SnapshotSchedule', otherRelease), model)).toHaveLength(2);
    const weekly = (o: Json) => ((o.spec.schedule = '0 1 * * 0'), (o.spec.retention.expires = '24h'), o);
    expect(snapshotFindings(broken('SnapshotSchedule', weekly), model).join('\n')).toMatch(/schedule 0 1 \* \* 0[\s\S]*retention/);
  });

  test("a class of another cloud's driver, one that keeps expired snapshots, no class, no snapscheduler", () => {
    const otherDriver = (o: Json) => ((o.driver = 'other.csi.example.com'), o);
    expect(snapshotFindings(broken('VolumeSnapshotClass', otherDriver), model).join('\n')).toMatch(/uses driver other\.csi\.example\.com/);
    const retain = (o: Json) => ((o.deletionPolicy = 'Retain'), o);
    expect(snapshotFindings(broken('VolumeSnapshotClass', retain), model).join('\n')).toMatch(/keeps expired snapshots/);
    expect(
      snapshotFindings(
        broken('VolumeSnapshotClass', () => undefined),
        model,
      ).join('\n'),
    ).toMatch(/is not rendered/);
    const noOperator = (o: Json) => (o.spec?.source?.chart === 'snapscheduler' ? undefined : o);
    expect(snapshotFindings(broken('Application', noOperator), model)).toEqual(['no Argo CD Application installs snapscheduler']);
  });

  test('a cluster without the snapshot controller, on each cloud', () => {
    const withOut = (cloud: string, edit: (tf: Json) => void) => {
      const tf = structuredClone(synth(`prod-${cloud}`).json);
      edit(tf);
      return snapshotControllerFindings(tf, cloud);
    };
    expect(withOut('aws', (tf) => delete tf.resource.aws_eks_addon.snapshot_controller)).toHaveLength(1);
    expect(
      withOut('azure', (tf) => (tf.resource.azurerm_kubernetes_cluster.aks.storage_profile.snapshot_controller_enabled = false)),
    ).toHaveLength(1);
    expect(withOut('gcp', (tf) => delete tf.resource.google_container_cluster.gke.addons_config)).toHaveLength(1);
  });
});
