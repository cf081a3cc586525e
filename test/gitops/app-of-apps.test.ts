import { chartSecretNames } from '../../lib/model/chart-secrets';
import { targetValues } from '../../constructs/k8s/gitops/target-values';
import { VALUES_HASH_ANNOTATION } from '../../constructs/k8s/gitops/restart-hash';
import { NODE_AGENT_NAMESPACES, PLATFORM_NAMESPACES } from '../../config/types';
import { clusterNames } from '../support/render';
import {
  BUILT_IN_GROUPS,
  chartComponents,
  CLUSTER_DEFINED_KINDS,
  componentOfApp,
  FINALIZER,
  folderOf,
  gitopsView,
  globMatch,
  groupKindOf,
  groupOf,
  IN_CLUSTER,
  isProtected,
  type Obj,
  THIS_REPO,
  waveOf,
} from './view';

/** Values without the restart hash at `annotationsPath` (test/gitops/restart-hash.test.ts checks it), and the path dropped if it held only that. */
function withoutValuesHash(values: Record<string, any>, annotationsPath: string | undefined): Record<string, any> {
  if (annotationsPath === undefined) return values;
  const keys = annotationsPath.split('.');
  const strip = (node: Record<string, any>, depth: number): Record<string, any> => {
    const { [keys[depth]]: child, ...rest } = node;
    const kept = depth === keys.length - 1 ? (({ [VALUES_HASH_ANNOTATION]: _hash, ...others }) => others)(child) : strip(child, depth + 1);
    return Object.keys(kept).length === 0 ? rest : { ...node, [keys[depth]]: kept };
  };
  expect(keys.reduce((node, key) => node?.[key], values as any)?.[VALUES_HASH_ANNOTATION]).toMatch(/^[0-9a-f]{64}$/);
  return strip(values, 0);
}

// An exact chart version: MAJOR.MINOR.PATCH (optional v, pre-release, build); no range, no wildcard, no tag.
const EXACT = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

describe.each(clusterNames())('Argo CD app-of-apps of %s', (target) => {
  const v = gitopsView(target);
  // A platform cluster's Applications deploy to the cluster Argo CD runs in; a member's to that member, by name.
  const cluster = v.member ? { name: target } : { server: IN_CLUSTER };
  const folderApp = new Map<string, Obj>();
  for (const app of v.folderApps) folderApp.set(app.spec.source.path.slice(`dist/${target}/`.length), app);
  const helmApp = new Map(v.helmApps.map((a) => [componentOfApp(a), a]));
  const components = new Map(chartComponents(v.model));

  describe('sources', () => {
    test('every Helm Application pins an exact chart version', () => {
      const loose = v.helmApps
        .filter((a) => !EXACT.test(a.spec.source.targetRevision ?? ''))
        .map((a) => `${a.metadata.name}: ${a.spec.source.targetRevision}`);
      expect(loose).toEqual([]);
    });

    test('every enabled chart component has exactly one Helm Application with its chart, version, namespace and values', () => {
      expect([...helmApp.keys()].sort()).toEqual([...components.keys()].sort());
      for (const [name, c] of components) {
        const app = helmApp.get(name)!;
        expect(app.spec.source).toMatchObject({
          chart: c.chart.name,
          targetRevision: c.chart.version,
          repoURL: c.chart.repoURL.replace(/^oci:\/\//, ''),
        });
        // Keys only the target knows (identity ServiceAccount and pod labels, external-dns provider settings) aside.
        const added = new Set(Object.keys(targetValues(name, c, v.model)));
        const without = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([k]) => !added.has(k)));
        const deployed = withoutValuesHash(app.spec.source.helm.valuesObject, c.restartOnValuesChange);
        expect([name, without(deployed)]).toEqual([name, without(JSON.parse(JSON.stringify(c.values)))]);
        expect(app.spec.source.helm.releaseName).toBe(c.releaseName ?? name);
        expect(app.spec.destination).toEqual({ ...cluster, namespace: c.namespace });
      }
    });

    test('charts bound to a workload identity use its rendered ServiceAccount and pod labels instead of creating one', () => {
      const bound = [...components].filter(([name]) => v.model.identities[name]);
      expect(bound.map(([n]) => n).sort()).toEqual(expect.arrayContaining(['cert-manager', 'external-dns', 'external-secrets']));
      for (const [name] of bound) {
        const identity = v.model.identities[name];
        const values = helmApp.get(name)!.spec.source.helm.valuesObject;
        expect([name, values.serviceAccount]).toEqual([name, { create: false, name: identity.serviceAccount }]);
        expect([name, values[components.get(name)!.podLabelsKey ?? 'podLabels'] ?? {}]).toEqual([name, identity.podLabels]);
        const sa = v.objects.find(
          (o) =>
            o.kind === 'ServiceAccount' &&
            o.metadata.name === identity.serviceAccount &&
            o.metadata.namespace === components.get(name)!.namespace,
        );
        expect([name, sa?.metadata.annotations ?? {}]).toEqual([name, identity.annotations]);
      }
    });

    test('external-dns manages the target zone with its cloud provider', () => {
      const values = helmApp.get('external-dns')?.spec.source.helm.valuesObject;
      if (!values) return;
      expect(values.provider.name).toBe({ azure: 'azure', aws: 'aws', gcp: 'google' }[v.model.target.provider.cloud]);
      expect(values.domainFilters).toEqual([v.model.target.domain]);
      expect(values.txtOwnerId).toBe(v.model.target.cluster.name);
    });

    test('no Helm source keeps the oci:// scheme (Argo CD Helm sources take the bare registry path)', () => {
      expect(v.helmApps.filter((a) => a.spec.source.repoURL.startsWith('oci://')).map((a) => a.metadata.name)).toEqual([]);
    });

    test('every folder Application path resolves to a rendered folder of this target in this repository', () => {
      const rendered = new Set(v.files.map((f) => f.slice(0, f.lastIndexOf('/'))));
      for (const app of v.folderApps) {
        const { path, repoURL, directory } = app.spec.source;
        expect(repoURL).toBe(THIS_REPO);
        // A folder, or a tenant shard folder of tenants/.
        expect(path).toMatch(new RegExp(`^dist/${target}/[a-z]+(/shard-[0-9]+)?$`));
        expect(rendered.has(path.slice(`dist/${target}/`.length))).toBe(true);
        expect(directory).toEqual({ recurse: false });
        expect(app.spec.destination).toEqual({ ...cluster, namespace: app.spec.destination.namespace });
      }
    });

    test('every rendered folder except apps/ and bootstrap/ is owned by exactly one Application', () => {
      const owners = new Map<string, number>();
      for (const app of v.folderApps) owners.set(app.spec.source.path, (owners.get(app.spec.source.path) ?? 0) + 1);
      for (const folder of v.folders.keys()) expect([folder, owners.get(`dist/${target}/${folder}`)]).toEqual([folder, 1]);
      expect(v.folderApps.length).toBe(v.folders.size);
    });

    test('the root Application syncs apps/ of this target through the bootstrap project (a member has none: the fleet generates it)', () => {
      expect(v.files.some((f) => f.startsWith('apps/'))).toBe(true);
      if (v.member) {
        expect([v.root, v.files.filter((f) => f.startsWith('bootstrap/'))]).toEqual([undefined, []]);
        return;
      }
      expect(v.root!.spec.source).toEqual({
        repoURL: THIS_REPO,
        targetRevision: 'main',
        path: `dist/${target}/apps`,
        directory: { recurse: false },
      });
      expect(v.root!.spec.project).toBe(v.bootstrapProject!.metadata.name);
      expect(v.root!.metadata.namespace).toBe('argocd');
    });

    test('every child Application belongs to the platform project in apps/', () => {
      expect(new Set(v.apps.map((a) => a.spec.project))).toEqual(new Set([v.project.metadata.name]));
      expect(new Set(v.apps.map((a) => a.metadata.namespace))).toEqual(new Set(['argocd']));
    });
  });

  describe('sync waves', () => {
    test('namespaces come first (wave 0), tenants last', () => {
      expect(waveOf(folderApp.get('platform')!)).toBe(0);
      const waves = v.apps.map(waveOf);
      expect(Math.min(...waves)).toBe(0);
      for (const [folder, app] of folderApp) if (folder.startsWith('tenants')) expect(waveOf(app)).toBe(Math.max(...waves));
      const platformNamespaces = v.objects.filter(
        (o) => o.kind === 'Namespace' && (PLATFORM_NAMESPACES as readonly string[]).includes(o.metadata.name),
      );
      expect(new Set(platformNamespaces.map((o) => o.__file.split('/')[0]))).toEqual(new Set(['platform']));
    });

    test('no object precedes the Application that defines its kind', () => {
      // Kind -> waves of what defines it: chart providesKinds, rendered CRDs and XRDs, Crossplane provider packages.
      const definedAt = new Map<string, number[]>();
      const define = (kind: string, wave: number) => definedAt.set(kind, [...(definedAt.get(kind) ?? []), wave]);
      for (const [name, c] of components) for (const kind of c.providesKinds) define(kind, waveOf(helmApp.get(name)!));
      const providerWaves: number[] = [];
      for (const o of v.objects) {
        const wave = waveOf(folderApp.get(folderOf(o))!);
        const gk = groupKindOf(o);
        if (gk === 'apiextensions.k8s.io/CustomResourceDefinition') define(`${o.spec.group}/${o.spec.names.kind}`, wave);
        if (gk === 'apiextensions.crossplane.io/CompositeResourceDefinition') {
          define(`${o.spec.group}/${o.spec.names.kind}`, wave);
          if (o.spec.claimNames?.kind) define(`${o.spec.group}/${o.spec.claimNames.kind}`, wave);
        }
        if (gk === 'pkg.crossplane.io/Provider') providerWaves.push(wave);
      }
      const problems: string[] = [];
      for (const o of v.objects) {
        const group = groupOf(o.apiVersion);
        if (BUILT_IN_GROUPS.has(group) || CLUSTER_DEFINED_KINDS.has(groupKindOf(o))) continue;
        const folder = folderOf(o);
        const wave = waveOf(folderApp.get(folder)!);
        const gk = groupKindOf(o);
        // Managed-resource kinds of Upbound providers are defined by the rendered Provider packages.
        const definers = definedAt.get(gk) ?? (group.endsWith('.upbound.io') ? providerWaves : []);
        if (definers.length === 0) problems.push(`${gk} (${o.__file}): no chart, CRD or provider defines it`);
        else if (definers.some((w) => w >= wave))
          problems.push(`${gk} in ${folder} (wave ${wave}) is defined at wave ${Math.max(...definers)}`);
      }
      expect([...new Set(problems)]).toEqual([]);
    });

    test('operated components run after their operator chart, which (or a plugin chart it calls) defines their kinds', () => {
      for (const c of Object.values(v.model.components)) {
        if (c.kind !== 'operated') continue;
        const operator = components.get(c.operator);
        expect([c.operator, operator?.kind]).toEqual([c.operator, 'chart']);
        // CloudNativePG's ObjectStore comes from its Barman Cloud plugin, a chart the operator depends on.
        const definers = [operator!, ...operator!.dependsOn.map((d) => components.get(d)!)];
        const provided = definers.flatMap((d) => (d.kind === 'chart' ? d.providesKinds : []));
        for (const kind of c.resources) expect([c.operator, kind, provided.includes(kind)]).toEqual([c.operator, kind, true]);
      }
    });

    test('charts sync after the ExternalSecrets and Certificates that produce their existing secrets', () => {
      const producedAt = new Map<string, number>();
      for (const o of v.objects) {
        const name =
          o.kind === 'ExternalSecret'
            ? (o.spec.target?.name ?? o.metadata.name)
            : o.kind === 'Certificate'
              ? o.spec.secretName
              : o.kind === 'KafkaUser'
                ? o.metadata.name
                : undefined;
        if (name) producedAt.set(`${o.metadata.namespace}/${name}`, waveOf(folderApp.get(folderOf(o))!));
      }
      const problems: string[] = [];
      for (const [name, c] of components) {
        const wave = waveOf(helmApp.get(name)!);
        for (const secret of chartSecretNames(c)) {
          const at = producedAt.get(`${c.namespace}/${secret}`);
          if (at === undefined) problems.push(`${name}: nothing in dist produces ${c.namespace}/${secret}`);
          else if (at >= wave) problems.push(`${name} (wave ${wave}) reads ${c.namespace}/${secret}, produced at wave ${at}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  describe('prune and delete protection', () => {
    const statefulKinds = new Set([
      'Namespace',
      'PersistentVolumeClaim',
      'apiextensions.k8s.io/CustomResourceDefinition',
      'apiextensions.crossplane.io/CompositeResourceDefinition',
      'pkg.crossplane.io/Provider',
    ]);
    for (const c of Object.values(v.model.components))
      if (c.kind === 'operated' && c.stateful) c.resources.forEach((k) => statefulKinds.add(k));
    for (const o of v.objects) {
      if (groupKindOf(o) !== 'apiextensions.crossplane.io/CompositeResourceDefinition') continue;
      statefulKinds.add(`${o.spec.group}/${o.spec.names.kind}`);
      if (o.spec.claimNames?.kind) statefulKinds.add(`${o.spec.group}/${o.spec.claimNames.kind}`);
    }

    test('every stateful object (namespaces, PVCs, definitions, Kafka, Temporal, claims) carries Prune=false,Delete=false', () => {
      const stateful = v.objects.filter((o) => statefulKinds.has(groupKindOf(o)));
      expect(stateful.filter((o) => o.kind === 'Namespace').length).toBeGreaterThanOrEqual(PLATFORM_NAMESPACES.length);
      expect(stateful.filter((o) => !isProtected(o)).map((o) => `${o.__file}: ${o.kind} ${o.metadata.name}`)).toEqual([]);
    });

    test('Applications owning stateful things never prune, never cascade, and are never pruned or deleted by the root', () => {
      const owners = [
        ...[...components].filter(([, c]) => c.stateful || c.providesKinds.length > 0).map(([n]) => helmApp.get(n)!),
        ...[...v.folders].filter(([, objs]) => objs.some(isProtected)).map(([f]) => folderApp.get(f)!),
      ];
      expect(owners.length).toBeGreaterThan(0);
      for (const app of owners) {
        expect([app.metadata.name, app.spec.syncPolicy.automated]).toEqual([app.metadata.name, { prune: false, selfHeal: true }]);
        expect([app.metadata.name, app.metadata.finalizers ?? []]).toEqual([app.metadata.name, []]);
        expect([app.metadata.name, isProtected(app)]).toEqual([app.metadata.name, true]);
      }
    });

    test('stateless Applications prune after the rest and cascade when removed', () => {
      const stateless = v.apps.filter((a) => !isProtected(a));
      expect(stateless.map(componentOfApp)).toContain('matih-workloads');
      for (const app of stateless) {
        expect([app.metadata.name, app.spec.syncPolicy.automated]).toEqual([app.metadata.name, { prune: true, selfHeal: true }]);
        expect(app.spec.syncPolicy.syncOptions).toContain('PruneLast=true');
        expect(app.metadata.finalizers).toEqual([FINALIZER]);
        // A stateless folder really holds nothing stateful.
        const folder = app.spec.source.path?.slice(`dist/${target}/`.length);
        if (folder) expect(v.folders.get(folder)!.filter((o) => statefulKinds.has(groupKindOf(o)))).toEqual([]);
      }
    });

    test('every Application self-heals, retries and never creates namespaces; the root never cascades', () => {
      for (const app of [...v.apps, ...(v.root ? [v.root] : [])]) {
        expect(app.spec.syncPolicy.automated.selfHeal).toBe(true);
        expect(app.spec.syncPolicy.syncOptions).toContain('CreateNamespace=false');
        expect(app.spec.syncPolicy.retry.limit).toBeGreaterThan(0);
      }
      expect(v.root?.metadata.finalizers).toBeUndefined();
      expect(isProtected(v.project)).toBe(true);
    });
  });

  describe('AppProject', () => {
    const spec = v.project.spec;

    test('whitelists cluster-scoped kinds explicitly and covers every cluster-scoped object rendered', () => {
      const listed = new Set<string>(spec.clusterResourceWhitelist.map((e: any) => `${e.group}/${e.kind}`));
      expect([...listed].filter((k) => k.includes('*'))).toEqual([]);
      const needed = new Set(v.objects.filter((o) => !o.metadata.namespace).map((o) => `${groupOf(o.apiVersion)}/${o.kind}`));
      expect([...needed].filter((k) => !listed.has(k))).toEqual([]);
      expect(listed.has('apiextensions.k8s.io/CustomResourceDefinition')).toBe(true); // operator charts install CRDs
    });

    test('destinations cover every namespace used by an Application or object, and nothing else', () => {
      const destinations: string[] = spec.destinations.map((d: any) => d.namespace);
      expect(new Set(spec.destinations.map((d: any) => JSON.stringify(v.member ? { name: d.name } : { server: d.server })))).toEqual(
        new Set([JSON.stringify(cluster)]),
      );
      const used = new Set([
        ...v.objects.map((o) => o.metadata.namespace).filter((ns): ns is string => !!ns),
        ...v.apps.map((a) => a.spec.destination.namespace),
      ]);
      expect([...used].filter((ns) => !destinations.some((d) => globMatch(d, ns)))).toEqual([]);
      expect(destinations.filter((d) => ![...used].some((ns) => globMatch(d, ns)))).toEqual([]);
      const known: readonly string[] = [...PLATFORM_NAMESPACES, ...NODE_AGENT_NAMESPACES];
      expect(destinations.filter((d) => d !== 'tenant-*' && !known.includes(d))).toEqual([]);
    });

    test('sourceRepos are exactly the repositories the Applications read', () => {
      expect([...spec.sourceRepos].sort()).toEqual([...new Set(v.apps.map((a) => a.spec.source.repoURL))].sort());
    });

    test('the bootstrap project only lets the root manage Argo CD objects in the argocd namespace', () => {
      if (v.member) {
        // A member's root uses its platform's bootstrap project (test/gitops/fleet.test.ts).
        expect(v.bootstrapProject).toBeUndefined();
        return;
      }
      const b = v.bootstrapProject!.spec;
      expect(b.sourceRepos).toEqual([THIS_REPO]);
      expect(b.destinations).toEqual([{ server: IN_CLUSTER, namespace: 'argocd' }]);
      expect(b.clusterResourceWhitelist).toEqual([]);
      expect(b.namespaceResourceWhitelist.map((e: any) => `${e.group}/${e.kind}`).sort()).toEqual([
        'argoproj.io/AppProject',
        'argoproj.io/Application',
      ]);
    });
  });
});
