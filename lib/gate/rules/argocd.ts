/**
 * Argo CD wiring: every Application that reads a folder of this repository reads
 * `dist/<this target>/<folder>` and that folder holds files; every folder is synced by exactly one
 * Application (bootstrap/ is applied by hand); every Application names a rendered AppProject.
 */
import { BOOTSTRAP_FOLDER } from '../../../constructs/k8s/core/layout';
import { asArray, type Finding, type GateContext, isObject, ofKind } from '../context';

/** Folder paths of this repository's sources (`path` set, no Helm `chart`). */
function repoPaths(spec: Record<string, unknown>): Array<{ at: string; path: string }> {
  const sources = [
    ...(isObject(spec.source) ? [{ at: 'spec.source', source: spec.source }] : []),
    ...asArray(spec.sources).map((source, i) => ({ at: `spec.sources[${i}]`, source })),
  ];
  return sources.flatMap(({ at, source }) =>
    isObject(source) && typeof source.path === 'string' && source.chart === undefined ? [{ at, path: source.path }] : [],
  );
}

export function argoCdRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  const folders = new Set(
    [...ctx.files]
      .filter((f) => f.endsWith('.yaml') && f.includes('/') && !f.startsWith(`${BOOTSTRAP_FOLDER}/`))
      .map((f) => f.slice(0, f.indexOf('/'))),
  );
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
      if (folder === undefined || folder.includes('/') || folder === '') {
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
