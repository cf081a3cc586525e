/**
 * Backups, across both layers: every stateful data service of every target writes backups on a
 * schedule with a retention (the model), from pods running as its own `backup-write` identity (the
 * rendered manifests), to a location that identity's cloud grant covers and no other backup
 * identity's does (the synthesized Terraform). Both sides are read from their real outputs.
 */
import { BACKUP_EXCEPTIONS } from '../../config/backups';
import { COMPONENTS } from '../../config/components';
import { WORKLOAD_IDENTITIES } from '../../config/identities';
import type { BackupPolicy } from '../../config/types';
import { checkBackupPolicy } from '../../constructs/k8s/operators/backup/schedule';
import { profileOf } from '../../lib/clouds';
import { ANY_ADDRESS } from '../../lib/clouds/profile';
import type { K8sObject } from '../../lib/k8s/object';
import { allObjects, renderedTarget, shippedBuild, TARGET_NAMES } from '../support/render';
import { type Json, synth } from './helpers';

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
    const destination = /rclone copy "[^"]+" "backup:([^"]+)"/.exec(spec.containers[0].command[2])![1];
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

/** True when every label of `selector` is on `labels` (a matchLabels selector, or a Service's selector). */
function matches(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** The NetworkPolicies of `namespace` that apply to a pod with `labels`. */
function selecting(policies: readonly Json[], namespace: string, labels: Readonly<Record<string, string>>): Json[] {
  return policies.filter((p) => p.metadata.namespace === namespace && matches(p.spec.podSelector.matchLabels ?? {}, labels));
}

/** A rule's peers include the pods with `labels` (same-namespace peers with a podSelector; policies here always name the namespace). */
function peersSelect(peers: readonly Json[] | undefined, labels: Readonly<Record<string, string>>): boolean {
  return (peers ?? []).some((p) => p.podSelector && matches(p.podSelector.matchLabels ?? {}, labels));
}

/** A rule's ports open every one of `ports` (no ports: all). */
function coversPorts(rulePorts: readonly Json[] | undefined, ports: readonly number[]): boolean {
  return rulePorts === undefined || ports.every((port) => rulePorts.some((p) => p.port === port));
}

/** Pod labels of a service's dump CronJob (`<service>-backup`). */
function dumpPodLabels(objects: readonly Json[], service: string): Record<string, string> {
  const job = objects.find((o) => o.kind === 'CronJob' && o.metadata.name === `${service}-backup`);
  if (!job) throw new Error(`no CronJob ${service}-backup`);
  return job.spec.jobTemplate.spec.template.metadata.labels;
}

const BACKED_UP = WORKLOAD_IDENTITIES.filter((i) => i.permission === 'backup-write').map((i) => i.backupOf!);

test('every stateful component of the catalog has a backup policy or a recorded exception, never both', () => {
  const decided = Object.entries(COMPONENTS).flatMap(([name, c]) => {
    const stateful = c.kind === 'service' ? c.storage !== undefined : c.stateful;
    const policy = c.kind === 'operated' ? 'backup' in c.sizing : c.backup !== undefined;
    const exception = name in BACKUP_EXCEPTIONS;
    return stateful || exception ? [[name, stateful, policy !== exception] as const] : [];
  });
  expect(decided.filter(([, stateful, one]) => !stateful || !one)).toEqual([]);
  expect(Object.values(BACKUP_EXCEPTIONS).filter((e) => e.reason.trim() === '')).toEqual([]);
});

describe.each(TARGET_NAMES)('backups of %s', (target) => {
  const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;

  test('every backed-up data service has a schedule, a retention and a backup identity', () => {
    const stateful = Object.entries(model.components).flatMap(([name, c]) => {
      if (c.kind !== 'operated') return c.backup ? [[name, c.backup] as const] : [];
      return c.stateful && 'backup' in c.sizing ? [[name, (c.sizing as { backup: BackupPolicy }).backup] as const] : [];
    });
    expect(stateful.map(([name]) => name).sort()).toEqual([...BACKED_UP].sort());
    for (const [name, backup] of stateful) {
      // Five cron fields and a positive whole number of retention days (the checker's failures: operators/data-services.test.ts).
      expect(() => checkBackupPolicy(backup, `${target} ${name}`)).not.toThrow();
    }
  });

  test('the pods of every backed-up service may reach the object storage: its public endpoint and the private endpoints', () => {
    const objects = allObjects(renderedTarget(target)) as unknown as Json[];
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
    for (const service of BACKED_UP) {
      const c = model.components[service];
      if (c.kind !== 'operated') {
        // A dump pod of its own: the policies selecting it open the cloud's token and object storage endpoints (its identity's).
        const network = profileOf(model.target).identityNetwork;
        const expected = [...network.tokenEndpoints(model.target), ...network.serviceEndpoints(model.target, 'backup-write')];
        const egress = selecting(policies, c.namespace, dumpPodLabels(objects, service)).flatMap((p) => p.spec.egress ?? []);
        for (const endpoint of expected) {
          const cidrs = egress
            .filter((r: Json) => endpoint.ports.every((port) => r.ports?.some((p: Json) => p.port === port)))
            .flatMap((r: Json) => r.to.map((t: Json) => t.ipBlock?.cidr));
          const wanted = endpoint.cidrs.map((cidr) => (cidr === ANY_ADDRESS ? '0.0.0.0/0' : cidr));
          expect([service, endpoint.name, cidrs]).toEqual([service, endpoint.name, expect.arrayContaining(wanted)]);
        }
        continue;
      }
      // Operated services write from their own pods, or from pods carrying their component's labels.
      const policy = policies.find((p) => p.metadata.name === service && p.metadata.namespace === c.namespace)!;
      const https = policy.spec.egress.filter((r: Json) => r.ports?.some((p: Json) => p.port === 443));
      const cidrs = https.flatMap((r: Json) => r.to.map((t: Json) => t.ipBlock?.cidr));
      expect([service, cidrs]).toEqual([service, expect.arrayContaining(['0.0.0.0/0', model.target.cluster.privateEndpointCidr])]);
    }
  });

  test("a dump pod reaches its service's pods both ways round, and no Service of the namespace sends clients to it", () => {
    const objects = allObjects(renderedTarget(target)) as unknown as Json[];
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
    const dumped = BACKED_UP.filter((s) => model.components[s].kind !== 'operated');
    expect(dumped.length).toBeGreaterThan(0);
    for (const service of dumped) {
      const c = model.components[service];
      const pod = dumpPodLabels(objects, service);
      const ports = c.ports.map((p) => p.port).sort();
      // Out of the dump pod: some rule of a policy selecting it names the service's pods and opens its ports.
      const out = selecting(policies, c.namespace, pod).flatMap((p) => p.spec.egress ?? []);
      const reachesService = out.some((r: Json) => peersSelect(r.to, c.podSelector) && coversPorts(r.ports, ports));
      // Into the service's pods: its policy admits the dump pod on the same ports.
      const into = selecting(policies, c.namespace, c.podSelector).flatMap((p) => p.spec.ingress ?? []);
      const admitted = into.some((r: Json) => peersSelect(r.from, pod) && coversPorts(r.ports, ports));
      const services = objects.filter(
        (o) => o.kind === 'Service' && o.metadata.namespace === c.namespace && o.spec.selector && matches(o.spec.selector, pod),
      );
      expect([service, reachesService, admitted, services.map((o) => o.metadata.name)]).toEqual([service, true, true, []]);
    }
  });

  test("renders one writer per backed-up service, running as that service's backup identity", () => {
    const rendered = writers(allObjects(renderedTarget(target)), model.target.provider.cloud);
    expect(rendered.map((w) => w.service).sort()).toEqual([...BACKED_UP].sort());
    for (const w of rendered) {
      const identity = WORKLOAD_IDENTITIES.find((i) => i.backupOf === w.service)!;
      expect([w.service, w.namespace, w.serviceAccount]).toEqual([w.service, identity.namespace, identity.serviceAccount]);
    }
  });
});

describe.each(['prod-azure', 'prod-aws', 'prod-gcp'])(
  "%s: the backup identities' cloud grants against the rendered locations",
  (target) => {
    const cloud = target.split('-')[1];
    let rendered: Writer[];
    let granted: Map<string, Location[]>;
    beforeAll(() => {
      rendered = writers(allObjects(renderedTarget(target)), cloud);
      granted = grants(synth(target).json, cloud);
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
  },
);

test('covers() tells containers, buckets and prefixes apart', () => {
  expect(covers({ container: 'backup-redis' }, { container: 'backup-redis' })).toBe(true);
  expect(covers({ container: 'backup-redis' }, { container: 'backup-postgresql' })).toBe(false);
  expect(covers({ bucket: 'b', prefix: 'backups/redis/' }, { bucket: 'b', prefix: 'backups/redis/' })).toBe(true);
  expect(covers({ bucket: 'b', prefix: 'backups/redis/' }, { bucket: 'b', prefix: 'backups/redis-old/' })).toBe(false);
  expect(covers({ bucket: 'b', prefix: 'backups/' }, { bucket: 'other', prefix: 'backups/redis/' })).toBe(false);
  expect(covers({ container: 'x' }, { bucket: 'x', prefix: '' })).toBe(false);
});
