/** Argo CD scale: no Application owns more objects than the fleet's limit. */
import { DEFAULT_TENANCY, fleetOf } from '../../model/fleet';
import { type Finding, type GateContext, isObject, ofKind } from '../context';
import { repoPaths } from './shared/argocd';

/**
 * No Application owns more objects than `settings.tenancy.maxObjectsPerApplication` (an Argo CD
 * Application slows down with its object count; tenants are sharded to stay below it). Counted per
 * folder an Application syncs (directory sources do not recurse); Helm Applications render upstream
 * charts and are not counted.
 */
export function argoCdObjectLimitRule(ctx: GateContext): Finding[] {
  const limit = ctx.model ? fleetOf(ctx.model).maxObjectsPerApplication : DEFAULT_TENANCY.maxObjectsPerApplication;
  const counts = new Map<string, number>();
  for (const { file } of ctx.objects) {
    const slash = file.lastIndexOf('/');
    if (slash > 0) counts.set(file.slice(0, slash), (counts.get(file.slice(0, slash)) ?? 0) + 1);
  }
  const prefix = `dist/${ctx.target}/`;
  const findings: Finding[] = [];
  for (const { file, object } of ofKind(ctx, 'Application', 'argoproj.io')) {
    const spec = isObject(object.spec) ? object.spec : {};
    for (const { at, path } of repoPaths(spec)) {
      if (!path.startsWith(prefix)) continue;
      const count = counts.get(path.slice(prefix.length).replace(/\/+$/, '')) ?? 0;
      if (count > limit)
        findings.push({
          file,
          object,
          message: `${at}.path: ${path} holds ${count} objects, more than the ${limit} one Application may own (settings.tenancy.maxObjectsPerApplication); raise settings.tenancy.virtualShards for more, smaller shards`,
        });
    }
  }
  return findings;
}
