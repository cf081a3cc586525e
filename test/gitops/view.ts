import type { ChartComponent, ResolvedTarget } from '../../config/types';
import type { K8sObject } from '../../lib/k8s/object';
import { allObjects, renderedTarget, shippedBuild } from '../support/render';

export type Obj = K8sObject & { __file: string; spec?: any; metadata: K8sObject['metadata'] & { finalizers?: string[] } };

export const IN_CLUSTER = 'https://kubernetes.default.svc';
export const THIS_REPO = 'https://github.com/matih/matih-infra.git';
export const SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';
export const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
export const FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/** API groups served by Kubernetes itself: their kinds need no operator. */
export const BUILT_IN_GROUPS = new Set([
  '',
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'scheduling.k8s.io',
  'coordination.k8s.io',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'discovery.k8s.io',
  'node.k8s.io',
  'certificates.k8s.io',
  'apiregistration.k8s.io',
]);

export function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}

export function groupKindOf(o: { apiVersion: string; kind: string }): string {
  const group = groupOf(o.apiVersion);
  return group ? `${group}/${o.kind}` : o.kind;
}

export function isProtected(o: { metadata: { annotations?: Record<string, string> } }): boolean {
  const options = (o.metadata.annotations?.[SYNC_OPTIONS] ?? '').split(',').map((s) => s.trim());
  return options.includes('Prune=false') && options.includes('Delete=false');
}

export function waveOf(o: Obj): number {
  const value = o.metadata.annotations?.[SYNC_WAVE];
  if (value === undefined || !/^-?\d+$/.test(value)) throw new Error(`${o.kind} ${o.metadata.name} has no integer sync wave (${value})`);
  return Number(value);
}

/** Glob match of Argo CD destinations (`*` only). */
export function globMatch(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(value);
}

export interface GitopsView {
  readonly target: string;
  readonly model: ResolvedTarget;
  /** Objects of every dist folder but apps/ and bootstrap/. */
  readonly objects: Obj[];
  /** Folder name -> its objects. */
  readonly folders: Map<string, Obj[]>;
  readonly apps: Obj[];
  readonly folderApps: Obj[];
  readonly helmApps: Obj[];
  readonly project: Obj;
  readonly root: Obj;
  readonly bootstrapProject: Obj;
  readonly files: string[];
}

export function gitopsView(target: string): GitopsView {
  const rendered = renderedTarget(target);
  const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
  const all = allObjects(rendered) as Obj[];
  const folderOf = (o: Obj) => o.__file.split('/')[0];
  const objects = all.filter((o) => !['apps', 'bootstrap'].includes(folderOf(o)));
  const folders = new Map<string, Obj[]>();
  for (const o of objects) folders.set(folderOf(o), [...(folders.get(folderOf(o)) ?? []), o]);
  const inApps = all.filter((o) => folderOf(o) === 'apps');
  const apps = inApps.filter((o) => o.kind === 'Application');
  const projects = inApps.filter((o) => o.kind === 'AppProject');
  if (projects.length !== 1) throw new Error(`${target}: expected one AppProject in apps/, found ${projects.length}`);
  const boot = all.filter((o) => o.__file === 'bootstrap/root.yaml');
  const roots = boot.filter((o) => o.kind === 'Application');
  const bootProjects = boot.filter((o) => o.kind === 'AppProject');
  if (roots.length !== 1 || bootProjects.length !== 1)
    throw new Error(`${target}: bootstrap/root.yaml must hold one Application and one AppProject`);
  return {
    target,
    model,
    objects,
    folders,
    apps,
    folderApps: apps.filter((a) => a.spec.source.path !== undefined),
    helmApps: apps.filter((a) => a.spec.source.chart !== undefined),
    project: projects[0],
    root: roots[0],
    bootstrapProject: bootProjects[0],
    files: [...rendered.files.keys(), ...rendered.extraFiles.keys()],
  };
}

export function chartComponents(model: ResolvedTarget): Array<[string, ChartComponent]> {
  return Object.entries(model.components).filter((e): e is [string, ChartComponent] => e[1].kind === 'chart');
}
