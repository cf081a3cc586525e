/**
 * Argo CD wiring: every Application that reads a folder of this repository reads a folder of
 * `dist/<this cluster>/` that holds files; every folder is synced by exactly one Application
 * (bootstrap/ is applied by hand); every Application names a rendered AppProject.
 */
import { APPS_FOLDER, BOOTSTRAP_FOLDER } from '../../../constructs/k8s/core/layout';
import { fleetOf } from '../../model/fleet';
import { type Finding, type GateContext, isObject, ofKind } from '../context';
import { repoPaths } from './shared/argocd';

/** Folders (relative to dist/<target>/) that directly hold a rendered YAML file, bootstrap/ aside. */
function yamlFolders(ctx: GateContext): Set<string> {
  const folders = new Set<string>();
  for (const f of ctx.files) {
    const slash = f.lastIndexOf('/');
    if (f.endsWith('.yaml') && slash > 0 && !f.startsWith(`${BOOTSTRAP_FOLDER}/`)) folders.add(f.slice(0, slash));
  }
  return folders;
}

/**
 * Every folder holding YAML is synced by exactly one Application (a tenant shard folder such as
 * `tenants/shard-07` by its own; nested paths are allowed), and every Application's path is such a
 * folder of this target. A member cluster's `apps/` is synced by the root its platform's fleet
 * ApplicationSet generates (checked across clusters by the fleet-application-set rule).
 */
export function argoCdRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  const folders = yamlFolders(ctx);
  const member = ctx.model !== undefined && fleetOf(ctx.model).role !== 'platform';
  if (member) folders.delete(APPS_FOLDER);
  // Folders holding a file directly (not only in subfolders), indexed once instead of a scan per Application.
  const holding = new Set(
    [...ctx.files].flatMap((f) => {
      const slash = f.lastIndexOf('/');
      return slash > 0 ? [f.slice(0, slash)] : [];
    }),
  );
  const owners = new Map<string, string[]>();
  const projects = new Set(ofKind(ctx, 'AppProject', 'argoproj.io').map(({ object }) => object.metadata.name));
  const prefix = `dist/${ctx.target}/`;
  for (const { file, object } of ofKind(ctx, 'Application', 'argoproj.io')) {
    const spec = isObject(object.spec) ? object.spec : {};
    const project = String(spec.project);
    if (project !== 'default' && !projects.has(project))
      findings.push({ file, object, message: `spec.project: AppProject ${project} is not rendered` });
    for (const { at, path } of repoPaths(spec)) {
      const folder = path.startsWith(prefix) ? path.slice(prefix.length).replace(/\/+$/, '') : undefined;
      if (folder === undefined || folder === '' || folder.split('/').some((part) => part === '' || part === '.' || part === '..')) {
        findings.push({ file, object, message: `${at}.path: "${path}" is not a folder of this target (expected ${prefix}<folder>)` });
      } else if (!holding.has(folder)) {
        findings.push({ file, object, message: `${at}.path: ${path} holds no rendered file` });
      } else {
        const apps = owners.get(folder);
        if (apps) apps.push(object.metadata.name);
        else owners.set(folder, [object.metadata.name]);
      }
    }
  }
  const anchor = ofKind(ctx, 'Application', 'argoproj.io')[0] ?? ctx.objects[0];
  for (const folder of [...folders].sort()) {
    const apps = owners.get(folder) ?? [];
    if (apps.length !== 1 && anchor) {
      findings.push({
        file: anchor.file,
        object: anchor.object,
        message: `folder ${folder}/ is synced by ${apps.length === 0 ? 'no Application' : `${apps.length} Applications (${apps.join(', ')})`}; expected exactly one`,
      });
    }
  }
  return findings;
}
