/**
 * Argo CD across the fleet: the platform's Argo CD manages each member cluster through a cluster
 * Secret (an ExternalSecret, no credential) and one generated root per member, whose Applications
 * carry the same waves as the platform's and deploy to that member only. Adding a dedicated tenant
 * is a change to tenants.yaml only.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FLEET_LABELS } from '../../config/fleet';
import { argoLabels } from '../../constructs/k8s/core/argocd';
import { REQUIRED_LABELS } from '../../constructs/k8s/core/labels';
import { FOLDERS } from '../../constructs/k8s/core/layout';
import { credentialsIn } from '../../lib/gate';
import { buildK8s } from '../../lib/synth/k8s';
import { cloudInput } from '../../lib/synth/cloud';
import { shardOf } from '../../lib/model/fleet';
import { allObjects, clusterNames, renderedTarget, shippedBuild } from '../support/render';
import { componentOfApp, type Obj, SYNC_WAVE } from './view';

const model = (name: string) => shippedBuild().model.targets.find((t) => t.target.name === name)!;
const platforms = () => clusterNames().filter((c) => (model(c).fleet?.members.length ?? 0) > 0 && model(c).fleet?.role === 'platform');

describe.each(platforms().map((p) => [p]))('fleet of %s', (platform) => {
  const objects = allObjects(renderedTarget(platform)) as Obj[];
  const members = model(platform).fleet!.members;
  const set = objects.find((o) => o.kind === 'ApplicationSet')!;

  test('one cluster Secret per member, from the platform vault, labelled for the ApplicationSet, without credentials', () => {
    const secrets = objects.filter((o) => o.kind === 'ExternalSecret' && o.metadata.namespace === 'argocd');
    expect(secrets.map((s) => s.spec.target.template.data.name).sort()).toEqual(members.map((m) => m.name).sort());
    for (const s of secrets) {
      const template = s.spec.target.template;
      const member = members.find((m) => m.name === template.data.name)!;
      expect(template.metadata.labels).toMatchObject({
        'argocd.argoproj.io/secret-type': 'cluster',
        ...set.spec.generators[0].clusters.selector.matchLabels,
        [FLEET_LABELS.cluster]: member.name,
        [FLEET_LABELS.placement]: member.kind,
        ...(member.tenant ? { [FLEET_LABELS.tenant]: member.tenant.slug, [FLEET_LABELS.tier]: member.tenant.tier } : {}),
      });
      expect(credentialsIn(template)).toEqual([]);
      const config = JSON.parse(template.data.config);
      // The cloud's workload identity: argocd-k8s-auth (AKS, GKE) or IAM auth through a role (EKS).
      const cloud = model(platform).target.provider.cloud;
      if (cloud === 'aws') expect(config.awsAuthConfig.roleARN).toMatch(/^arn:aws:iam::\d{12}:role\/.+-argocd-deployer$/);
      else expect(config.execProviderConfig).toMatchObject({ command: 'argocd-k8s-auth', args: [cloud === 'azure' ? 'azure' : 'gcp'] });
      expect(config.tlsClientConfig).toEqual({ insecure: false, caData: '{{ .caData }}' });
      // Only the member's own entry, and only placeholders the template fills from it.
      expect(new Set(s.spec.data.map((d: any) => d.remoteRef.key))).toEqual(new Set([`platform--cluster-${member.name}`]));
    }
  });

  test('the ApplicationSet generates one root per member, syncing its own rendered apps/ folder', () => {
    expect(set.spec.template.spec.source.path).toBe('dist/{{ .name }}/apps');
    expect(set.spec.template.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'argocd' });
    expect(set.spec.template.spec.project).toBe('matih-bootstrap');
    for (const m of members) {
      const path = set.spec.template.spec.source.path.replace('{{ .name }}', m.name);
      const files = [...renderedTarget(m.name).files.keys()].filter((f) => `dist/${m.name}/${f}`.startsWith(`${path}/`));
      expect([m.name, files.length > 0]).toEqual([m.name, true]);
    }
    // The root's project may create exactly what a member's apps/ holds: Applications and an AppProject.
    const boot = objects.find((o) => o.kind === 'AppProject' && o.metadata.name === 'matih-bootstrap')!;
    const kinds = new Set(
      members.flatMap((m) =>
        allObjects(renderedTarget(m.name))
          .filter((o) => o.__file.startsWith('apps/'))
          .map((o) => o.kind),
      ),
    );
    expect([...kinds].sort()).toEqual(boot.spec.namespaceResourceWhitelist.map((e: any) => e.kind).sort());
  });

  test('the ApplicationSet carries the standard labels; it and its roots carry the Argo CD labels of the target', () => {
    expect(REQUIRED_LABELS.filter((k) => !set.metadata.labels?.[k])).toEqual([]);
    expect(set.metadata.labels).toMatchObject(argoLabels(platform));
    expect(set.spec.template.metadata.labels).toEqual(argoLabels(platform, '{{ .name }}'));
    expect(set.spec.template.metadata.labels).toMatchObject({ [FLEET_LABELS.target]: platform, [FLEET_LABELS.cluster]: '{{ .name }}' });
  });

  test.each(members.map((m) => [m.name]))('%s: the same waves as the platform, to that cluster only', (member) => {
    const apps = (cluster: string) =>
      new Map(
        (allObjects(renderedTarget(cluster)) as Obj[])
          .filter((o) => o.kind === 'Application' && o.__file.startsWith('apps/'))
          .map((a) => [componentOfApp(a).replace(/^matih-tenants-\d+$/, 'matih-tenants'), a]),
      );
    const mine = apps(member);
    const theirs = apps(platform);
    for (const [name, app] of mine) {
      // A platform without shared tenants has no tenant Application: the folder's wave then.
      const wave =
        theirs.get(name)?.metadata.annotations?.[SYNC_WAVE] ?? (name === 'matih-tenants' ? String(FOLDERS.tenants.wave) : undefined);
      expect([name, app.metadata.annotations?.[SYNC_WAVE]]).toEqual([name, wave]);
      expect(app.spec.destination.name).toBe(member);
      expect(app.metadata.labels).toEqual(argoLabels(member, member));
    }
    const project = (allObjects(renderedTarget(member)) as Obj[]).find((o) => o.kind === 'AppProject')!;
    expect(new Set(project.spec.destinations.map((d: any) => JSON.stringify({ name: d.name, server: d.server })))).toEqual(
      new Set([JSON.stringify({ name: member })]),
    );
  });
});

test('adding a dedicated tenant is a change to tenants.yaml only; a shared cluster is a settings change: both render and pass the gate', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-fleet-'));
  try {
    fs.writeFileSync(
      path.join(dataDir, 'tenants.yaml'),
      'tenants:\n  - slug: newco\n    tier: PROFESSIONAL\n    targets: [prod-gcp]\n  - slug: smallco\n    tier: FREE\n    targets: [prod-gcp]\n  - slug: tinyco\n    tier: FREE\n    targets: [prod-gcp]\n    shard: 3\n',
    );
    // Shards 0-2 on a shared cluster of their own; the platform keeps the rest.
    fs.mkdirSync(path.join(dataDir, 'overrides'));
    fs.writeFileSync(
      path.join(dataDir, 'overrides', 'prod-gcp.yaml'),
      `settings:\n  tenancy:\n    sharedClusters:\n      - name: shared-1\n        shards: ["0-2"]\n`,
    );
    const smallcoShard = shardOf({ slug: 'smallco' }, 16);
    const build = buildK8s({ dataDir, targets: ['prod-gcp'] });
    expect(build.problems).toEqual([]);
    expect(build.rendered.map((r) => r.target)).toEqual(['prod-gcp', 'prod-gcp-newco', 'prod-gcp-shared-1']);
    const [platform, dedicated, shared] = build.rendered;
    const tenantFiles = (r: (typeof build.rendered)[number]) => [...r.files.keys()].filter((f) => f.startsWith('tenants/')).sort();
    expect(tenantFiles(dedicated)).toEqual([expect.stringMatching(/^tenants\/shard-\d+\/newco\.yaml$/)]);
    // smallco's hashed shard decides where it lands; tinyco is pinned to shard 3 (the platform's).
    expect(tenantFiles(smallcoShard <= 2 ? shared : platform)).toContain(
      `tenants/shard-${String(smallcoShard).padStart(2, '0')}/smallco.yaml`,
    );
    expect(tenantFiles(platform)).toContain('tenants/shard-03/tinyco.yaml');
    const secrets = [...platform.files.values()].flat().filter((o) => o.kind === 'ExternalSecret' && o.metadata.namespace === 'argocd');
    expect(secrets.map((o) => o.metadata.name).sort()).toEqual(['cluster-prod-gcp-newco', 'cluster-prod-gcp-shared-1']);
    expect([...shared.files.keys()].some((f) => f.startsWith('apps/'))).toBe(true);
    const stacks = build.model.targets.map(cloudInput);
    expect(stacks.map((s) => [s.target.name, s.fleet?.role, s.fleet?.platform.name])).toEqual([
      ['prod-gcp', 'platform', 'prod-gcp'],
      ['prod-gcp-newco', 'dedicated', 'prod-gcp'],
      ['prod-gcp-shared-1', 'shared', 'prod-gcp'],
    ]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
