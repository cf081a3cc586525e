/**
 * Every image a target will run, by the Argo CD Application that runs it: the pods rendered into
 * dist/ (first-party services, operator custom resources with pod templates), and the images of each
 * Helm Application resolved from the pinned chart version's defaults merged with its valuesObject
 * (imports/charts), following the usual chart conventions: a map with `repository` (and `registry`,
 * `tag`, `digest`), z2jh's `name`/`tag`, or an `image` string; an empty tag means the chart's
 * appVersion; a subtree switched off (`enabled: false`) runs nothing.
 */
import { helmMerge, isValuesMap, type Values } from '../gate/helm-values';
import { vendoredChart } from '../gate/vendored-chart';
import { MUTABLE_TAGS, parseImage } from '../gate/rules/images';
import type { K8sObject } from '../k8s/object';
import { forEachPodSpec } from '../k8s/pod-specs';

export interface ImageUse {
  /** `registry/repository:tag` (or `@digest`). */
  readonly image: string;
  /** The Argo CD Application that runs it. */
  readonly application: string;
  /** Where it comes from: `Kind/name container` or a values path. */
  readonly source: string;
  /** Why the reference is not reproducible, when it is not. */
  readonly warning?: string;
}

/** A warning for a mutable reference: no tag or digest, or a tag that moves (the gate's list and image parser). */
export function mutableTagWarning(image: string): string | undefined {
  const { tag, digest } = parseImage(image);
  if (digest !== undefined) return undefined;
  if (tag === undefined) return 'mutable: no tag (pulls latest)';
  return MUTABLE_TAGS.has(tag) ? `mutable tag: ${tag}` : undefined;
}

function use(image: string, application: string, source: string): ImageUse {
  const warning = mutableTagWarning(image);
  return { image, application, source, ...(warning ? { warning } : {}) };
}

type Json = Record<string, unknown>;

/** Images of the pod specs in the rendered files, by the folder Application that syncs each file. */
export function renderedImages(
  files: ReadonlyMap<string, readonly K8sObject[]>,
  applicationOfFolder: (folder: string) => string,
): ImageUse[] {
  const found: ImageUse[] = [];
  for (const [file, objects] of files) {
    const application = applicationOfFolder(file.split('/')[0]);
    for (const object of objects) {
      forEachPodSpec(object, ({ spec }) => {
        for (const field of ['initContainers', 'containers'] as const) {
          for (const container of (spec[field] ?? []) as Json[]) {
            if (typeof container.image === 'string')
              found.push(use(container.image, application, `${object.kind}/${object.metadata.name} ${String(container.name)}`));
          }
        }
      });
    }
  }
  return found;
}

const IMAGE_STRING = /^[a-z0-9][\w.\-/]*(:[\w.-]+)?(@sha256:[a-f0-9]{64})?$/;

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** Where images without a repository of their own come from: chart-wide registry and namespace defaults. */
interface ImageDefaults {
  /** cert-manager: `imageRegistry/imageNamespace/name`; Strimzi: `defaultImageRegistry/defaultImageRepository/name`. */
  readonly prefix?: string;
  /** Strimzi: `defaultImageTag`. */
  readonly tag?: string;
  readonly appVersion?: string;
  /** `global.image.registry` (ingress-nginx) or `global.imageRegistry`, for names without a registry host. */
  readonly registry?: string;
}

/** True when the first path segment names a registry host (`quay.io/...`, `localhost:5000/...`). */
const hasRegistry = (name: string) => /^[^/]*[.:][^/]*\//.test(name) || name.startsWith('localhost/');

function defaultsOf(root: Values, appVersion: string | undefined): ImageDefaults {
  const registry = text(root.imageRegistry) || text(root.defaultImageRegistry);
  const namespace = text(root.imageNamespace) || text(root.defaultImageRepository);
  const global = isValuesMap(root.global) ? root.global : {};
  const globalRegistry = (isValuesMap(global.image) ? text(global.image.registry) : '') || text(global.imageRegistry);
  return {
    ...(globalRegistry !== '' ? { registry: globalRegistry } : {}),
    ...(registry !== '' && namespace !== '' ? { prefix: `${registry}/${namespace}` } : {}),
    ...(text(root.defaultImageTag) !== '' ? { tag: text(root.defaultImageTag) } : {}),
    ...(appVersion !== undefined ? { appVersion } : {}),
  };
}

/**
 * The image a values map names, or undefined: `[registry/]repository` (Strimzi adds `/name`),
 * `[registry/]image` (ingress-nginx), z2jh's `name`, or a `name` under the chart-wide prefix; then
 * `@digest`, `:tag`, or the chart's appVersion.
 */
function imageOfMap(node: Json, key: string, defaults: ImageDefaults): { image: string; fromAppVersion: boolean } | undefined {
  const registry = text(node.registry);
  let name = text(node.repository);
  if (name !== '' && text(node.name) !== '' && registry !== '') name = `${name}/${text(node.name)}`;
  if (name === '' && typeof node.image === 'string' && (registry !== '' || node.tag !== undefined || node.digest !== undefined))
    name = node.image;
  if (name === '' && key === 'image' && text(node.name) !== '')
    name = defaults.prefix && !text(node.name).includes('/') ? `${defaults.prefix}/${text(node.name)}` : text(node.name);
  if (name === '' || name.includes('{{')) return undefined;
  const host = registry !== '' ? registry : !hasRegistry(name) ? (defaults.registry ?? '') : '';
  const base = host !== '' && !name.startsWith(`${host}/`) ? `${host}/${name}` : name;
  const digest = text(node.digest) || text(node.sha);
  if (digest !== '') return { image: `${base}@${digest.startsWith('sha256:') ? digest : `sha256:${digest}`}`, fromAppVersion: false };
  let tag = text(node.tag);
  // z2jh's repository holds the placeholder its release tooling (chartpress) replaces with the chart version.
  const fromAppVersion = (tag === '' && defaults.tag === undefined) || tag === 'set-by-chartpress';
  if (fromAppVersion) tag = defaults.appVersion ?? '';
  else if (tag === '') tag = defaults.tag ?? '';
  return { image: tag === '' ? base : `${base}:${tag}`, fromAppVersion: fromAppVersion && tag !== '' };
}

/**
 * Images named in a chart's merged values (see the module comment for the conventions). A chart
 * may not run all of them: only `enabled: false` (or `enable<Key>: false` in the map `<key>`, as vLLM's loraController has) is understood as "off".
 */
export function valuesImages(
  values: Values,
  appVersion?: string,
  subchartAppVersions: Readonly<Record<string, string>> = {},
): Array<{ image: string; path: string; fromAppVersion?: boolean }> {
  const found: Array<{ image: string; path: string; fromAppVersion?: boolean }> = [];
  const walk = (node: unknown, path: string, key: string, defaults: ImageDefaults): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`, key, defaults));
      return;
    }
    if (!isValuesMap(node)) {
      if (key === 'image' && typeof node === 'string' && node.includes('/') && IMAGE_STRING.test(node)) found.push({ image: node, path });
      return;
    }
    const ownSwitch = `enable${key.charAt(0).toUpperCase()}${key.slice(1)}`;
    if (path !== '' && (node.enabled === false || node[ownSwitch] === false)) return;
    const image = imageOfMap(node, key, defaults);
    if (image) {
      found.push({ image: image.image, path, ...(image.fromAppVersion ? { fromAppVersion: true } : {}) });
      return;
    }
    for (const child of Object.keys(node)) {
      if (child === 'global') continue;
      const childPath = path === '' ? child : `${path}.${child}`;
      // A subchart resolves its own images against its own appVersion.
      const sub = path === '' && subchartAppVersions[child] !== undefined && isValuesMap(node[child]);
      walk(node[child], childPath, child, sub ? defaultsOf(node[child] as Values, subchartAppVersions[child]) : defaults);
    }
  };
  walk(values, '', '', defaultsOf(values, appVersion));
  return found;
}

/** Images by chart version, Application and values: the targets hand most charts the same values. */
const memo = new Map<string, ImageUse[]>();

/** Images of one Helm Application: vendored chart defaults merged with its valuesObject, or the valuesObject alone. */
export function chartImages(application: K8sObject): ImageUse[] {
  const key = JSON.stringify([application.metadata.name, (application as { spec?: { source?: unknown } }).spec?.source]);
  let found = memo.get(key);
  if (!found) memo.set(key, (found = resolveChartImages(application)));
  return found;
}

function resolveChartImages(application: K8sObject): ImageUse[] {
  const source = (application as { spec?: { source?: { chart?: string; targetRevision?: string; helm?: { valuesObject?: Values } } } }).spec
    ?.source;
  if (!source?.chart) return [];
  const values = source.helm?.valuesObject ?? {};
  const chart = vendoredChart(source.chart, String(source.targetRevision ?? ''));
  const merged = chart ? helmMerge(chart.defaults, values) : values;
  const where = chart ? 'values' : 'values (chart defaults not vendored)';
  return valuesImages(merged, chart?.appVersion, chart?.subchartAppVersions).map(({ image, path, fromAppVersion }) =>
    use(image, application.metadata.name, `${where}: ${path}${fromAppVersion ? ' (tag: appVersion)' : ''}`),
  );
}
