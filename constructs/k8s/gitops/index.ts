import type { ChartComponent, ResolvedTarget } from '../../../config/types';
import { NODE_AGENT_NAMESPACES, PLATFORM_NAMESPACES } from '../../../config/types';
import { LABEL, MANAGED_BY, PART_OF } from '../core/labels';
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
export const PLATFORM_PROJECT = 'matih';
/** Glob of tenant namespaces in project destinations. */
export const TENANT_NAMESPACES = 'tenant-*';
/** Destination of folder Applications: only a default, every namespaced object names its own. */
const FOLDER_DEFAULT_NAMESPACE = 'matih-system';

/** Enabled chart components by name, sorted. */
export function chartComponents(model: ResolvedTarget): Array<[string, ChartComponent]> {
  return Object.entries(model.components)
    .filter((entry): entry is [string, ChartComponent] => entry[1].kind === 'chart')
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Argo CD app-of-apps of a target. Runs last: `bootstrap/root.yaml` (applied once) syncs `apps/`,
 * which holds the platform AppProject, one Application per filled dist folder and one Helm
 * Application per enabled chart, ordered by sync waves.
 */
export const gitops: Feature = (charts, model) => {
  const target = model.target.name;
  const labels = { [LABEL.partOf]: PART_OF, [LABEL.managedBy]: MANAGED_BY, 'matih.ai/target': target };
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
  const used = namespacesOf(objects);
  used.add(FOLDER_DEFAULT_NAMESPACE);
  for (const [, c] of helm) used.add(c.namespace);
  const namespaces: string[] = [...PLATFORM_NAMESPACES, ...NODE_AGENT_NAMESPACES].filter((ns) => used.has(ns));
  if ([...used].some((ns) => ns.startsWith('tenant-'))) namespaces.push(TENANT_NAMESPACES);

  new PlatformProject(charts.group(APPS_FOLDER, 'project'), 'project', {
    name: PLATFORM_PROJECT,
    description: `MATIH platform on ${target}: platform and tenant namespaces, pinned charts, this repository`,
    sourceRepos: [GITOPS_REPO_URL, ...helm.map(([, c]) => helmRepoUrl(c.chart.repoURL))],
    namespaces,
    clusterKinds: [...clusterScopedKinds(objects), ...CHART_CLUSTER_KINDS],
  });

  for (const { folder, objects: inFolder } of folders) {
    const name = folderApplicationName(folder);
    new FolderApplication(charts.group(APPS_FOLDER, name), 'app', {
      target,
      folder,
      project: PLATFORM_PROJECT,
      namespace: FOLDER_DEFAULT_NAMESPACE,
      protected: inFolder.some((o) => isProtected(o)),
      labels,
    });
  }
  for (const [name, chart] of helm) {
    new HelmApplication(charts.group(APPS_FOLDER, name), 'app', {
      name,
      chart,
      project: PLATFORM_PROJECT,
      values: chartValues(name, chart, model),
      labels,
    });
  }
  new RootApplication(charts.group(BOOTSTRAP_FOLDER, 'root'), 'root', { target, labels });
};
