/** What the Argo CD rules (argocd-paths, argocd-object-limit) share: the folders an Application syncs. */
import { asArray, isObject } from '../../context';

/** Folder paths of this repository's sources (`path` set, no Helm `chart`). */
export function repoPaths(spec: Record<string, unknown>): Array<{ at: string; path: string }> {
  const sources = [
    ...(isObject(spec.source) ? [{ at: 'spec.source', source: spec.source }] : []),
    ...asArray(spec.sources).map((source, i) => ({ at: `spec.sources[${i}]`, source })),
  ];
  return sources.flatMap(({ at, source }) =>
    isObject(source) && typeof source.path === 'string' && source.chart === undefined ? [{ at, path: source.path }] : [],
  );
}
