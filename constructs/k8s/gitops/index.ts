import type { ChartComponent, ResolvedTarget } from '../../../config/types';
import { ARGOCD_NAMESPACE, NODE_AGENT_NAMESPACES, PLATFORM_NAMESPACES } from '../../../config/types';
import { fleetOf } from '../../../lib/model/fleet';
import { FLEET_PROJECT, memberApplicationName, memberProjectName } from '../fleet/names';
import { argoLabels } from '../core/argocd';
import { APPS_FOLDER, BOOTSTRAP_FOLDER } from '../core/layout';
import type { Feature } from '../core/target-scope';
import { FolderApplication, folderApplicationName } from './folder-application';
import { HelmApplication } from './helm-application';
import { clusterScopedKinds, folderObjects, namespacesOf } from './inventory';
import { isProtected } from './policy';
import { CHART_CLUSTER_KINDS, PlatformProject } from './project';
import { helmRepoUrl, GITOPS_REPO_URL } from './repo';
import { RootApplication } from './root';
import { chartValues } from './target-values';
import { protectStatefulObjects, statefulKinds } from './stateful';

export { GITOPS_REPO_URL } from './repo';

/** The platform AppProject of every target (one Argo CD per cluster). */
const PLATFORM_PROJECT = 'matih';
/** Glob of tenant namespaces in project destinations. */
const TENANT_NAMESPACES = 'tenant-*';
/** Destination of folder Applications: only a default, every namespaced object names its own. */
const FOLDER_DEFAULT_NAMESPACE = 'matih-system';

/** Enabled chart components by name, sorted. */
export function chartComponents(model: ResolvedTarget): Array<[string, ChartComponent]> {
  return Object.entries(model.components)
    .filter((entry): entry is [string, ChartComponent] => entry[1].kind === 'chart')
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Argo CD app-of-apps of a cluster. Runs last. On a platform cluster `bootstrap/root.yaml` (applied
 * once) syncs `apps/`: the platform AppProject, one Application per filled dist folder (one per
 * tenant shard under `tenants/`) and one Helm Application per enabled chart, ordered by sync waves.
 * A member cluster has no Argo CD of its own: its `apps/` holds the same Applications, named
 * `<member>--<name>`, in an AppProject allowing only that cluster, and the platform's fleet
 * ApplicationSet generates the root that syncs them.
 */
export const gitops: Feature = (charts, model) => {
  const target = model.target.name;
  const fleet = fleetOf(model);
  const member = fleet.role === 'platform' ? undefined : fleet.members.find((m) => m.name === target);
  if (fleet.role !== 'platform' && !member) throw new Error(`member cluster ${target} is missing from its own fleet view`);
  const appName = (name: string): string => (member ? memberApplicationName(member, name) : name);
  const destination = member ? { name: target } : undefined;
  const project = member ? memberProjectName(member) : PLATFORM_PROJECT;
  const labels = argoLabels(target, member ? target : undefined);
  const folders = folderObjects(charts);
  const objects = folders.flatMap((f) => f.objects);
  const kinds = statefulKinds(model, objects);
  protectStatefulObjects(objects, kinds);
  const helm = chartComponents(model);

  const folderNames = new Set(folders.map((f) => folderApplicationName(f.folder)));
  for (const [name] of helm) {
    if (folderNames.has(name)) throw new Error(`chart component "${name}" has the name of a folder Application; rename the component`);
  }

  // Destinations: platform and node agent namespaces that are used, tenant namespaces by pattern; anything else stays forbidden.
  const platformObjects = folders.filter((f) => f.folder !== 'fleet').flatMap((f) => f.objects);
  const used = namespacesOf(platformObjects);
  used.add(FOLDER_DEFAULT_NAMESPACE);
  for (const [, c] of helm) used.add(c.namespace);
  const namespaces: string[] = [...PLATFORM_NAMESPACES, ...NODE_AGENT_NAMESPACES].filter((ns) => used.has(ns));
  if ([...used].some((ns) => ns.startsWith('tenant-'))) namespaces.push(TENANT_NAMESPACES);

  new PlatformProject(charts.group(APPS_FOLDER, 'project'), 'project', {
    name: project,
    description: member
      ? `MATIH member cluster ${target} (${member.kind}) of ${fleet.platform}: its platform and tenant namespaces, pinned charts, this repository`
      : `MATIH platform on ${target}: platform and tenant namespaces, pinned charts, this repository`,
    sourceRepos: [GITOPS_REPO_URL, ...helm.map(([, c]) => helmRepoUrl(c.chart.repoURL))],
    namespaces,
    clusterKinds: [...clusterScopedKinds(platformObjects), ...CHART_CLUSTER_KINDS],
    ...(destination ? { cluster: destination } : {}),
  });
  if (folders.some((f) => f.folder === 'fleet')) {
    new PlatformProject(charts.group(APPS_FOLDER, FLEET_PROJECT), 'project', {
      name: FLEET_PROJECT,
      description: `Member clusters of ${target}: their Argo CD cluster Secrets (ExternalSecrets) and the ApplicationSet of their roots`,
      sourceRepos: [GITOPS_REPO_URL],
      namespaces: [ARGOCD_NAMESPACE],
      clusterKinds: [],
      namespaceKinds: [
        { group: 'external-secrets.io', kind: 'ExternalSecret' },
        { group: 'argoproj.io', kind: 'ApplicationSet' },
      ],
    });
  }

  for (const { folder, objects: inFolder } of folders) {
    // One Application per folder holding files: tenant shards (`tenants/shard-07/`) get one each.
    const subfolders = [...new Set(charts.fileNames(folder).map((f) => (f.includes('/') ? f.slice(0, f.indexOf('/')) : undefined)))];
    for (const subfolder of subfolders) {
      const name = appName(folderApplicationName(folder, subfolder));
      new FolderApplication(charts.group(APPS_FOLDER, name), 'app', {
        target,
        folder,
        subfolder,
        name,
        project: folder === 'fleet' ? FLEET_PROJECT : project,
        namespace: folder === 'fleet' ? ARGOCD_NAMESPACE : FOLDER_DEFAULT_NAMESPACE,
        protected: inFolder.some((o) => isProtected(o)),
        labels,
        destination,
      });
    }
  }
  for (const [name, chart] of helm) {
    new HelmApplication(charts.group(APPS_FOLDER, appName(name)), 'app', {
      name,
      applicationName: appName(name),
      chart,
      project,
      values: chartValues(name, chart, model),
      labels,
      destination,
    });
  }
  if (!member) new RootApplication(charts.group(BOOTSTRAP_FOLDER, 'root'), 'root', { target, labels });
};
