/**
 * The gate over the fleet: every rule on every member cluster's folder, the object limit per
 * Application, nested (shard) folders, and the cross-cluster checks (lib/gate/rules/fleet/), each shown
 * failing on a shipped cluster broken by hand.
 */
import type { K8sObject } from '../../lib/k8s/object';
import { buildContext, contextOf, credentialsIn, type Located, RULES, runRules, validateFleets } from '../../lib/gate';
import type { RenderedTarget } from '../../lib/render/render';
import { clusterNames, shippedBuild } from '../support/render';

type Mutable = K8sObject & Record<string, any>;

function shipped(target: string) {
  const build = shippedBuild();
  return {
    rendered: build.rendered.find((r) => r.target === target)!,
    model: build.model.targets.find((t) => t.target.name === target)!,
  };
}

/** A deep copy of a shipped cluster, with `change` applied to its objects. */
function broken(target: string, change: (objects: Array<{ file: string; object: Mutable }>) => void) {
  const { rendered, model } = shipped(target);
  const objects = [...rendered.files].flatMap(([file, list]) => list.map((o) => ({ file, object: structuredClone(o) as Mutable })));
  change(objects);
  const files = new Map<string, K8sObject[]>();
  for (const { file, object } of objects) files.set(file, [...(files.get(file) ?? []), object]);
  return { rendered: { ...rendered, files } as RenderedTarget, model, objects };
}

function one(objects: Array<{ object: Mutable }>, kind: string, name: string): Mutable {
  const found = objects.find((o) => o.object.kind === kind && o.object.metadata.name === name);
  if (!found) throw new Error(`fixture: ${kind} ${name} is not rendered`);
  return found.object;
}

const members = () => clusterNames().filter((c) => shipped(c).model.fleet?.role !== 'platform');

describe('every rule on every member cluster', () => {
  test('the shipped fleet has member clusters and the synth found no problem anywhere', () => {
    expect(members().length).toBeGreaterThanOrEqual(3);
    expect(shippedBuild().problems).toEqual([]);
  });

  test.each(members().map((m) => [m]))('%s: every rule finds nothing', (member) => {
    const { rendered, model } = shipped(member);
    expect(runRules(buildContext(rendered, model))).toEqual([]);
  });
});

describe('argocd-object-limit', () => {
  test('fails an Application whose folder holds more objects than settings.tenancy.maxObjectsPerApplication', () => {
    const { rendered, model } = shipped('prod-azure');
    const shardApps = (limit: number) =>
      runRules(buildContext(rendered, { ...model, fleet: { ...model.fleet!, maxObjectsPerApplication: limit } }), {
        limit: RULES['argocd-object-limit'],
      }).filter((p) => p.object.startsWith('Application argocd/matih-tenants-'));
    const perShard = new Map<string, number>();
    for (const [file, list] of rendered.files) {
      if (file.startsWith('tenants/')) perShard.set(file.split('/')[1], (perShard.get(file.split('/')[1]) ?? 0) + list.length);
    }
    const smallest = Math.min(...perShard.values());
    expect(smallest).toBeGreaterThan(5);
    // One object under the smallest shard: every shard Application fails, with its count.
    const failing = shardApps(smallest - 1);
    expect(failing).toHaveLength(perShard.size);
    expect(failing[0].message).toMatch(
      new RegExp(
        `holds ${smallest} objects, more than the ${smallest - 1} one Application may own \\(settings\\.tenancy\\.maxObjectsPerApplication\\)`,
      ),
    );
    // At the largest shard's count, none does.
    expect(shardApps(Math.max(...perShard.values()))).toEqual([]);
  });
});

describe('argocd-paths with shard folders', () => {
  test('each shard folder is owned by its own Application; an unowned one and a path outside the cluster fail', () => {
    const { rendered, model } = shipped('prod-azure');
    const shards = [...new Set([...rendered.files.keys()].filter((f) => f.startsWith('tenants/')).map((f) => f.split('/')[1]))];
    expect(shards.length).toBeGreaterThan(1);
    const { objects } = broken('prod-azure', () => undefined);
    const app = one(objects, 'Application', `matih-tenants-${shards[0].replace('shard-', '')}`);
    app.spec.source.path = 'dist/prod-azure-globex/tenants';
    const files = new Set([...objects.map((o) => o.file), ...rendered.extraFiles.keys()]);
    const messages = runRules(contextOf('prod-azure', objects as Located[], files, model), { paths: RULES['argocd-paths'] }).map(
      (p) => p.message,
    );
    expect(messages).toEqual([
      'spec.source.path: "dist/prod-azure-globex/tenants" is not a folder of this target (expected dist/prod-azure/<folder>)',
      `folder tenants/${shards[0]}/ is synced by no Application; expected exactly one`,
    ]);
  });
});

describe('across the clusters of a fleet', () => {
  const PLATFORM = 'prod-azure';
  /** Every member cluster the platform's model plans, as rendered: a new dedicated tenant adds one and breaks nothing here. */
  const memberNames = () => shipped(PLATFORM).model.fleet!.members.map((m) => m.name);
  const member = () => memberNames()[0];
  /** The platform (as given) with all of its member clusters: shipped, or as given in `replaced`. */
  const fleetWith = (platform: ReturnType<typeof shipped>, replaced: Record<string, ReturnType<typeof shipped>> = {}) => [
    platform,
    ...memberNames().map((m) => replaced[m] ?? shipped(m)),
  ];
  const fleet = () =>
    clusterNames()
      .filter((c) => c === PLATFORM || shipped(c).model.fleet?.platform === PLATFORM)
      .map(shipped);

  test('the shipped prod-azure fleet passes, every planned member rendered', () => {
    expect(memberNames().length).toBeGreaterThan(0);
    expect(fleet().map((c) => c.model.target.name)).toEqual(expect.arrayContaining([PLATFORM, ...memberNames()]));
    expect(validateFleets(fleet())).toEqual([]);
    expect(validateFleets(fleetWith(shipped(PLATFORM)))).toEqual([]);
  });

  test('a cluster Secret carrying a credential, or not selected by the ApplicationSet, fails', () => {
    const platform = broken(PLATFORM, (objects) => {
      const es = one(objects, 'ExternalSecret', `cluster-${member()}`);
      const config = JSON.parse(es.spec.target.template.data.config);
      es.spec.target.template.data.config = JSON.stringify({ ...config, bearerToken: '{{ .token }}' });
      es.spec.target.template.metadata.labels['matih.ai/target'] = 'prod-aws';
    });
    const messages = validateFleets(fleetWith(platform)).map((p) => `${p.rule}: ${p.message}`);
    expect(messages).toEqual([
      'fleet-cluster-secret: the labels of the cluster Secret are not selected by ApplicationSet matih-fleet',
      'fleet-cluster-secret: the cluster Secret carries credential fields (bearerToken); Argo CD must authenticate with its workload identity',
    ]);
    expect(credentialsIn({ data: { config: '{"tlsClientConfig":{"keyData":"x"}}', password: 'p' } })).toEqual(['password', 'keyData']);
  });

  test('the ApplicationSet selector is read as Argo CD reads it: matchExpressions too', () => {
    const excluding = broken(PLATFORM, (objects) => {
      const generator = one(objects, 'ApplicationSet', 'matih-fleet').spec.generators[0].clusters;
      generator.selector.matchExpressions = [{ key: 'matih.ai/placement', operator: 'NotIn', values: ['dedicated'] }];
    });
    const dedicated = memberNames().filter((m) => shipped(m).model.fleet!.role === 'dedicated');
    expect(dedicated.length).toBeGreaterThan(0);
    expect(validateFleets(fleetWith(excluding)).map((p) => `${p.rule}: ${p.object}: ${p.message}`)).toEqual(
      dedicated.map(
        (m) =>
          `fleet-cluster-secret: ExternalSecret argocd/cluster-${m}: the labels of the cluster Secret are not selected by ApplicationSet matih-fleet`,
      ),
    );
  });

  test('an ApplicationSet path that does not resolve to the member apps/ folder fails', () => {
    const platform = broken(PLATFORM, (objects) => {
      one(objects, 'ApplicationSet', 'matih-fleet').spec.template.spec.source.path = 'dist/{{ .name }}/workloads';
    });
    expect(validateFleets(fleetWith(platform)).map((p) => p.message)).toEqual(
      memberNames().map(
        (m) => `template path "dist/{{ .name }}/workloads" resolves to dist/${m}/workloads for ${m}, expected dist/${m}/apps`,
      ),
    );
  });

  test('a member Application deploying elsewhere, a wrong endpoint address and a platform identity on a member fail', () => {
    // Azure client ids are placeholders until recorded: give both ESO ServiceAccounts the same recorded-looking value.
    const recorded = { 'azure.workload.identity/client-id': '11111111-1111-1111-1111-111111111111' };
    const esoAccount = (objects: Array<{ object: Mutable }>) =>
      objects.find((o) => o.object.kind === 'ServiceAccount' && o.object.metadata.name === 'external-secrets')!.object;
    const platform = broken(PLATFORM, (objects) => {
      esoAccount(objects).metadata.annotations = recorded;
    });
    let workloads = '';
    let addresses: string[] = [];
    const changed = broken(member(), (objects) => {
      const app = objects.find((o) => o.object.kind === 'Application' && o.object.metadata.name.endsWith('--matih-workloads'))!.object;
      workloads = app.metadata.name;
      app.spec.destination = { server: 'https://kubernetes.default.svc', namespace: 'matih-system' };
      const slice = one(objects, 'EndpointSlice', 'iam-service-fleet');
      addresses = slice.endpoints.map((e: { addresses: string[] }) => e.addresses).flat();
      slice.endpoints[0].addresses = ['10.0.0.9'];
      esoAccount(objects).metadata.annotations = recorded;
    });
    expect(addresses).not.toContain('10.0.0.9');
    expect(validateFleets(fleetWith(platform, { [member()]: changed })).map((p) => `${p.rule}: ${p.object}: ${p.message}`)).toEqual([
      `fleet-member-destination: Application argocd/${workloads}: spec.destination must name cluster ${member()} (found {"server":"https://kubernetes.default.svc","namespace":"matih-system"})`,
      `fleet-endpoints: EndpointSlice matih-control-plane/iam-service-fleet: addresses 10.0.0.9 are not the platform's fleet addresses ${addresses.join(', ')}`,
      `fleet-identities: ServiceAccount matih-system/external-secrets: azure.workload.identity/client-id: 11111111-1111-1111-1111-111111111111 is a cloud identity of the platform cluster ${PLATFORM}`,
    ]);
  });

  test('members whose platform is not rendered are still checked on their own Applications, and only on them', () => {
    let project = '';
    const changed = broken(member(), (objects) => {
      const app = objects.find((o) => o.object.kind === 'Application' && o.object.metadata.name.endsWith('--matih-workloads'))!.object;
      project = app.spec.project;
      app.spec.project = 'default';
    });
    expect(project).not.toBe('default');
    const withoutPlatform = fleetWith(shipped(PLATFORM), { [member()]: changed }).slice(1);
    expect(validateFleets(withoutPlatform).map((p) => `${p.rule}: ${p.target}: ${p.message}`)).toEqual([
      `fleet-member-destination: ${member()}: spec.project is default, expected ${project}`,
    ]);
  });

  test('a tenant rendered on two clusters without a move fails', () => {
    const moved = shipped(member()).model.tenants[0];
    const platformTenant = shipped(PLATFORM).model.tenants[0].slug;
    const platform = broken(PLATFORM, (objects) => {
      const ns = objects.find((o) => o.object.kind === 'Namespace' && o.object.metadata.name === `tenant-${platformTenant}`)!;
      ns.object.metadata.name = `tenant-${moved.slug}`;
    });
    const { model } = platform;
    const doubled = { ...platform, model: { ...model, tenants: [...model.tenants, moved] } };
    expect(validateFleets(fleetWith(doubled)).map((p) => p.message)).toEqual([
      `tenant ${moved.slug} is placed on 2 clusters (${PLATFORM}, ${member()}); a tenant runs on one (two only while it moves)`,
    ]);
  });
});
