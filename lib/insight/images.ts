/**
 * Every image a target will run, by the Argo CD Application that runs it: the pods rendered into
 * dist/ (first-party services, operator custom resources with pod templates), and the images of each
 * Helm Application resolved from the pinned chart version's defaults merged with its valuesObject
 * (imports/charts), following the usual chart conventions: a map with `repository` (and `registry`,
 * `tag`, `digest`), z2jh's `name`/`tag`, or an `image` string; an empty tag means the chart's
 * appVersion; a subtree switched off (`enabled: false`) runs nothing.
 */
import {
  CHART_DEFAULT_IMAGES,
  type ChartImage,
  MONGODB_COMMUNITY_IMAGES,
  TEMPLATE_TAG_DEFAULTS,
  TEMPORAL_OPERATOR_DEFAULTS,
  type TemplateTagDefault,
} from '../../config/chart-images';
import { helmMerge, isValuesMap, type Values } from '../gate/helm-values';
import { vendoredChart } from '../gate/vendored-chart';
import { MUTABLE_TAGS, parseImage } from '../gate/rules/images';
import { groupOf, isKubernetesGroup } from '../k8s/api-version';
import type { K8sObject } from '../k8s/object';
import { chartVersions, type OperatorDefaults, operatorPodImages } from '../k8s/operator-images';
import { containerImages } from '../k8s/pod-specs';

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

function use(image: string, application: string, source: string, note?: string): ImageUse {
  const warning = [note, mutableTagWarning(image)].filter(Boolean).join('; ');
  return { image, application, source, ...(warning ? { warning } : {}) };
}

type Json = Record<string, unknown>;

const OPERATOR_DEFAULTS: OperatorDefaults = { temporal: TEMPORAL_OPERATOR_DEFAULTS, mongodbCommunity: MONGODB_COMMUNITY_IMAGES };

/**
 * Images of the rendered files by the folder Application that syncs each file: pod specs, and the
 * images operators run for custom resources (lib/k8s/operator-images.ts) that no pod template of
 * the resource names already.
 */
export function renderedImages(
  files: ReadonlyMap<string, readonly K8sObject[]>,
  applicationOfFolder: (folder: string) => string,
): ImageUse[] {
  const charts = chartVersions([...files.values()].flat());
  const found: ImageUse[] = [];
  for (const [file, objects] of files) {
    const application = applicationOfFolder(file.split('/')[0]);
    for (const object of objects) {
      const inPods = new Set<string>();
      for (const { image, container } of containerImages(object)) {
        inPods.add(image);
        found.push(use(image, application, `${object.kind}/${object.metadata.name} ${container}`));
      }
      if (isKubernetesGroup(groupOf(object.apiVersion))) continue;
      for (const { role, image, note } of operatorPodImages(object, charts, OPERATOR_DEFAULTS)) {
        if (!inPods.has(image)) found.push(use(image, application, `${object.kind}/${object.metadata.name} ${role} (operator)`, note));
      }
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

/** What a chart's values do not show: default images of unvendored charts, template tag defaults (config/chart-images.ts). */
interface ChartImageTables {
  readonly defaults: Readonly<Record<string, readonly ChartImage[] | undefined>>;
  readonly templateTags: Readonly<Record<string, readonly TemplateTagDefault[] | undefined>>;
}

const CONFIGURED_CHART_IMAGES: ChartImageTables = { defaults: CHART_DEFAULT_IMAGES, templateTags: TEMPLATE_TAG_DEFAULTS };

/** Images by chart version, Application and values: the targets hand most charts the same values. */
const memo = new Map<string, ImageUse[]>();

/** Images of one Helm Application: chart defaults (vendored, or config/chart-images.ts) merged with its valuesObject. */
export function chartImages(application: K8sObject, tables: ChartImageTables = CONFIGURED_CHART_IMAGES): ImageUse[] {
  if (tables !== CONFIGURED_CHART_IMAGES) return resolveChartImages(application, tables);
  const key = JSON.stringify([application.metadata.name, (application as { spec?: { source?: unknown } }).spec?.source]);
  let found = memo.get(key);
  if (!found) memo.set(key, (found = resolveChartImages(application, tables)));
  return found;
}

function valueAt(values: Values, path: string): unknown {
  let node: unknown = values;
  for (const key of path.split('.')) node = isValuesMap(node) ? node[key] : undefined;
  return node;
}

function setAt(values: Values, path: string, value: Values): void {
  const keys = path.split('.');
  let node = values;
  for (const key of keys.slice(0, -1)) node = (isValuesMap(node[key]) ? node[key] : (node[key] = {})) as Values;
  node[keys[keys.length - 1]] = value;
}

/** `repo[:tag][@digest]` as the `{ repository, tag }` map most charts read (a digest kept in the tag, as charts render it). */
function imageValues(image: string): Values {
  const at = image.indexOf('@');
  const name = at < 0 ? image : image.slice(0, at);
  const colon = name.lastIndexOf(':');
  if (colon <= name.lastIndexOf('/')) return at < 0 ? { repository: image } : { repository: name, digest: image.slice(at + 1) };
  return { repository: name.slice(0, colon), tag: image.slice(colon + 1) };
}

function tagOf(image: string): string {
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/') ? image.slice(colon + 1) : '';
}

function retag(image: string, tag: string): string {
  const colon = image.lastIndexOf(':');
  return `${colon > image.lastIndexOf('/') ? image.slice(0, colon) : image}:${tag}`;
}

function resolveChartImages(application: K8sObject, tables: ChartImageTables): ImageUse[] {
  const source = (application as { spec?: { source?: { chart?: string; targetRevision?: string; helm?: { valuesObject?: Values } } } }).spec
    ?.source;
  if (!source?.chart) return [];
  const values = source.helm?.valuesObject ?? {};
  const version = String(source.targetRevision ?? '');
  const key = `${source.chart}@${version}`;
  const chart = vendoredChart(source.chart, version);
  const table = chart ? [] : (tables.defaults[key] ?? []);
  const tableDefaults: Values = {};
  for (const entry of table) if (entry.values) setAt(tableDefaults, entry.values, imageValues(entry.image));
  const merged = helmMerge(chart ? chart.defaults : tableDefaults, values);
  const templateTags = new Map((tables.templateTags[key] ?? []).map((t) => [t.values, t]));
  const app = application.metadata.name;
  const found = valuesImages(merged, chart?.appVersion, chart?.subchartAppVersions).map(({ image, path, fromAppVersion }) => {
    const template = templateTags.get(path);
    const templateTag = fromAppVersion && template?.tag !== undefined ? template.tag : undefined;
    let resolved = templateTag !== undefined ? retag(image, templateTag.replace('{appVersion}', tagOf(image))) : image;
    if (template?.suffix && (template.suffix.when === undefined || valueAt(merged, template.suffix.when) === true))
      resolved = `${resolved}${template.suffix.text}`;
    const off = template?.onlyWhen && !template.onlyWhen.some((p) => valueAt(merged, p) === true);
    const where = chart
      ? 'values'
      : table.some((e) => e.values === path) && valueAt(values, path) === undefined
        ? 'chart defaults (config/chart-images.ts)'
        : table.length > 0
          ? 'values'
          : 'values (chart defaults not vendored)';
    const tagNote = templateTag !== undefined ? ' (tag: template default)' : fromAppVersion ? ' (tag: appVersion)' : '';
    return use(
      resolved,
      app,
      `${where}: ${path}${tagNote}`,
      off ? `not run with these values (only with ${template.onlyWhen!.join(' or ')})` : template?.note,
    );
  });
  for (const entry of table.filter((e) => !e.values))
    found.push(use(entry.image, app, `chart defaults (config/chart-images.ts)${entry.note ? `: ${entry.note}` : ''}`));
  return found;
}
