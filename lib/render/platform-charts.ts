import {
  ApiObject,
  App,
  Chart,
  ImplicitTokenResolver,
  LazyResolver,
  NumberStringUnionResolver,
  ResolutionContext,
  type IResolver,
} from 'cdk8s';
import { Construct } from 'constructs';
import type { ResolvedTarget } from '../../config/types';
import { FOLDERS, type FolderName } from '../../constructs/k8s/core/layout';
import type { OutputFolder, TargetScope } from '../../constructs/k8s/core/target-scope';
import type { L1Class, TypedObject } from '../../constructs/k8s/core/typed-object';
import type { K8sObject } from '../k8s/object';
import { Deferred, manifestOf } from './manifest';

export interface PlatformChartsOptions {
  /**
   * Add typed objects (`addObject`) as cdk8s constructs, as `new Class(group, id, props)`, instead
   * of plain manifests: slower; the reference the equivalence test compares the manifests with.
   * @default false
   */
  readonly objectsAsConstructs?: boolean;
}

/** A plain manifest of an output file, and where it sits among the file's constructs. */
interface ManifestEntry {
  /** The final object, or only apiVersion, kind and metadata while `finish` is pending. */
  object: K8sObject;
  /** Number of the group's construct children added before it (their objects come first). */
  readonly after: number;
  /** Renders an object with lazy values (resolved after every feature ran). */
  readonly finish?: () => K8sObject;
}

/**
 * The charts of one target: one cdk8s Chart per dist folder, and inside each chart one construct
 * per output file (`group`). Features add their objects to the group they belong to; two features
 * may add to the same group (the tenant file gathers baseline, secrets and certificates).
 * Objects a target has thousands of (per tenant) skip constructs: `addObject` converts typed props
 * straight to a plain manifest, `addManifest` takes one that is already final. Inside a file,
 * objects keep the order they were added in, constructs and manifests alike.
 */
export class PlatformCharts implements TargetScope {
  readonly app: App;
  private readonly charts = new Map<OutputFolder, Chart>();
  private readonly groups = new Map<string, Construct>();
  private readonly manifestFiles = new Map<string, ManifestEntry[]>();
  private readonly manifestFolders = new Set<OutputFolder>();
  private readonly objectsAsConstructs: boolean;
  private constructIds = 0;
  /** The file objects were last added to (a feature adds a tenant's objects in a row). */
  private lastEntries?: { readonly folder: OutputFolder; readonly file: string; readonly entries: ManifestEntry[] };
  /** Incremented at the start of every render(): caches of render-time values key on it. */
  private renders = 0;
  /** Extra non-Kubernetes files (Markdown, SVG) keyed by path relative to dist/<target>/. */
  readonly extraFiles = new Map<string, string>();

  constructor(
    readonly model: ResolvedTarget,
    options: PlatformChartsOptions = {},
  ) {
    this.app = new App({ outdir: '/dev/null' });
    this.objectsAsConstructs = options.objectsAsConstructs ?? false;
  }

  /** Number of render() calls begun so far (values computed at render may be cached per pass). */
  get renderPass(): number {
    return this.renders;
  }

  /** The chart for a folder (created on first use, always in the same order per call sequence). */
  chart(folder: OutputFolder): Chart {
    let chart = this.charts.get(folder);
    if (!chart) {
      chart = new Chart(this.app, folder, { disableResourceNameHashes: true });
      this.charts.set(folder, chart);
    }
    return chart;
  }

  /** The construct whose objects are written to `<folder>/<file>.yaml`. */
  group(folder: OutputFolder, file: string): Construct {
    const key = `${folder}/${file}`;
    let group = this.groups.get(key);
    if (!group) {
      checkFileName(folder, file);
      group = new Construct(this.chart(folder), file);
      this.groups.set(key, group);
    }
    return group;
  }

  /**
   * Adds an already final object to `<folder>/<file>.yaml`, as is (the caller owns its key order;
   * `addObject` produces cdk8s' order). Returns the stored object.
   */
  addManifest(folder: OutputFolder, file: string, object: K8sObject): K8sObject {
    this.entries(folder, file).push({ object, after: this.constructsIn(folder, file) });
    return object;
  }

  /**
   * Adds the object `new cls(scope, id, props)` would render to `<folder>/<file>.yaml`, without the
   * construct. Lazy values in the body are resolved at render, after every feature ran; metadata
   * must be concrete.
   */
  addObject<P>(folder: OutputFolder, file: string, cls: L1Class<P>, props: P): void {
    if (this.objectsAsConstructs) {
      new cls(this.group(folder, file), `object-${this.constructIds++}`, props);
      return;
    }
    const entries = this.entries(folder, file);
    try {
      entries.push({ object: manifestOf(cls, props, false), after: this.constructsIn(folder, file) });
      return;
    } catch (error) {
      if (!(error instanceof Deferred)) throw error;
    }
    const { metadata } = props as { metadata?: unknown };
    let head: K8sObject;
    try {
      head = manifestOf(cls, { metadata } as P, false);
    } catch (error) {
      if (!(error instanceof Deferred)) throw error;
      throw new Error(`${cls.GVK.kind} in ${folder}/${file}: metadata must not hold lazy values (passes read it before render)`, {
        cause: error,
      });
    }
    const entry: ManifestEntry = {
      object: head,
      after: this.constructsIn(folder, file),
      // Metadata comes from the stored head, so passes that annotate it (GitOps protection) count.
      finish: () => ({ ...manifestOf(cls, props, true), metadata: entry.object.metadata }),
    };
    entries.push(entry);
  }

  /** `addObject` for each object, in order. */
  addObjects(folder: OutputFolder, file: string, objects: readonly TypedObject[]): void {
    for (const o of objects) this.addObject(folder, file, o.cls, o.props);
  }

  /** Plain manifests of one folder, or of every folder, in the order added (lazy ones as apiVersion, kind and metadata). */
  *manifests(folder?: OutputFolder): Generator<K8sObject> {
    for (const [key, entries] of this.manifestFiles) {
      if (folder !== undefined && !key.startsWith(`${folder}/`)) continue;
      for (const entry of entries) yield entry.object;
    }
  }

  /** Folders that hold at least one object, in the order of FOLDERS. */
  folders(): FolderName[] {
    return (Object.keys(FOLDERS) as FolderName[]).filter((f) => this.charts.has(f) || this.manifestFolders.has(f));
  }

  /** Output files of a folder so far (`<file>` or `<subfolder>/<file>`, without `.yaml`), sorted. */
  fileNames(folder: OutputFolder): string[] {
    const prefix = `${folder}/`;
    const keys = new Set<string>();
    for (const key of this.groups.keys()) if (key.startsWith(prefix)) keys.add(key.slice(prefix.length));
    for (const key of this.manifestFiles.keys()) if (key.startsWith(prefix)) keys.add(key.slice(prefix.length));
    return [...keys].sort();
  }

  /** Every output file with its objects, as plain JSON, in a stable order. Manifests are returned as stored: treat them as read-only. */
  render(options: RenderOptions = {}): Map<string, K8sObject[]> {
    this.renders++;
    const files = new Map<string, K8sObject[]>();
    const keys = [...new Set([...this.groups.keys(), ...this.manifestFiles.keys()])].sort();
    const fast = !options.cdk8sToJson && fastPathApplies(this.app.resolvers);
    const proto = ApiObject.prototype as { toJson: () => unknown };
    if (fast) proto.toJson = fastApiObjectToJson;
    try {
      for (const key of keys) {
        const children = this.groups.get(key)?.node.children ?? [];
        const entries = this.manifestFiles.get(key) ?? [];
        const objects: K8sObject[] = [];
        let next = 0;
        for (let i = 0; i <= children.length; i++) {
          for (; next < entries.length && entries[next].after <= i; next++) objects.push(entries[next].finish?.() ?? entries[next].object);
          if (i === children.length) break;
          for (const c of children[i].node.findAll()) if (c instanceof ApiObject) objects.push(c.toJson() as K8sObject);
        }
        if (objects.length > 0) files.set(`${key}.yaml`, objects);
      }
    } finally {
      proto.toJson = CDK8S_TO_JSON;
    }
    return files;
  }

  /** Number of construct children of a file's group so far (a file of only manifests has no group). */
  private constructsIn(folder: OutputFolder, file: string): number {
    return this.groups.get(`${folder}/${file}`)?.node.children.length ?? 0;
  }

  private entries(folder: OutputFolder, file: string): ManifestEntry[] {
    const last = this.lastEntries;
    if (last && last.folder === folder && last.file === file) return last.entries;
    const key = `${folder}/${file}`;
    let entries = this.manifestFiles.get(key);
    if (!entries) {
      checkFileName(folder, file);
      entries = [];
      this.manifestFiles.set(key, entries);
      this.manifestFolders.add(folder);
    }
    this.lastEntries = { folder, file, entries };
    return entries;
  }
}

/** A file name, or `<subfolder>/<name>` (tenant shards: one Application per subfolder), lowercase [a-z0-9.-]. */
function checkFileName(folder: OutputFolder, file: string): void {
  if (!/^([a-z0-9][a-z0-9.-]*\/)?[a-z0-9][a-z0-9.-]*$/.test(file))
    throw new Error(`output file name "${file}" in ${folder}/ must be lowercase [a-z0-9.-] (in at most one subfolder)`);
}

interface RenderOptions {
  /**
   * Render every object with cdk8s' own `ApiObject.toJson()` instead of the equivalent fast path
   * (the byte-identity test compares both).
   * @default false
   */
  readonly cdk8sToJson?: boolean;
}

/*
 * Fast path of ApiObject.toJson() (cdk8s 2.70): the same resolve -> sanitize (sorted keys) ->
 * apiVersion/kind/metadata-first steps, without cdk8s' per-value App.of() walk, key-path arrays and
 * resolution contexts for plain data. It stands in for the base method only while render() runs, so
 * the L1 classes' own toJson (GVK + field mapping) runs unchanged on top of it. Objects it cannot
 * reproduce exactly (JSON patches, values it does not know) go through cdk8s' own method.
 * CDK8S_DISABLE_SORT is not honoured: the YAML writer sorts keys anyway.
 */
const CDK8S_TO_JSON = ApiObject.prototype.toJson;

interface ApiObjectInternals {
  readonly props: Record<string, unknown>;
  readonly patches: readonly unknown[];
  readonly metadata: { readonly name?: string; readonly namespace?: string } & Record<string, unknown>;
}

let resolvers: readonly IResolver[] = [];

/** The fast path is exact only for cdk8s' three default resolvers, which never replace strings, numbers or booleans. */
function fastPathApplies(appResolvers: readonly IResolver[]): boolean {
  const untouched = [String.prototype, Number.prototype, Boolean.prototype, Array.prototype, Object.prototype].every(
    (p) => !('resolve' in p) && !('value' in p),
  );
  resolvers = appResolvers;
  return (
    untouched &&
    appResolvers.length === 3 &&
    appResolvers[0] instanceof LazyResolver &&
    appResolvers[1] instanceof ImplicitTokenResolver &&
    appResolvers[2] instanceof NumberStringUnionResolver
  );
}

class NotExact extends Error {}

/** cdk8s' resolve() then sanitizeValue() (sorted keys) of one value, in a single pass. */
function clean(value: unknown, filterEmpty: boolean, apiObject: ApiObject): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    throw new NotExact();
  }
  const v = value as Record<string, unknown>;
  const array = Array.isArray(v);
  if (typeof v.resolve === 'function' || (array ? v.value !== undefined : v.constructor !== Object)) {
    // Lazy, Quantity, IntOrString, tokens: the app's resolvers decide, exactly as in cdk8s.
    const context = new ResolutionContext(apiObject, [], value);
    for (const resolver of resolvers) {
      resolver.resolve(context);
      if (context.replaced) return clean(context.replacedValue, filterEmpty, apiObject);
    }
    if (!array && v.constructor !== Object) throw new NotExact();
  }
  if (array) {
    const list = v as unknown as unknown[];
    return filterEmpty && list.length === 0 ? undefined : list.map((x) => clean(x, filterEmpty, apiObject));
  }
  const result: Record<string, unknown> = {};
  let size = 0;
  for (const key of Object.keys(v).sort()) {
    const item = clean(v[key], filterEmpty, apiObject);
    if (item !== undefined) {
      result[key] = item;
      size++;
    }
  }
  return filterEmpty && size === 0 ? undefined : result;
}

function fastApiObjectToJson(this: ApiObject): unknown {
  const self = this as unknown as ApiObjectInternals;
  if (self.patches.length > 0) return CDK8S_TO_JSON.call(this);
  try {
    const m = self.metadata;
    const meta = {
      ...(m._additionalAttributes as Record<string, unknown>),
      name: m.name,
      namespace: m.namespace,
      annotations: m.annotations,
      finalizers: m.finalizers,
      ownerReferences: m.ownerReferences,
      labels: m.labels,
    };
    const metadata = clean(meta, true, this);
    // Cleaning the already clean metadata a second time, as cdk8s does, changes nothing.
    const body = clean({ ...self.props, metadata: undefined }, false, this) as Record<string, unknown>;
    const json: Record<string, unknown> = metadata === undefined ? body : { ...body, metadata };
    const result: Record<string, unknown> = {};
    for (const key of ['apiVersion', 'kind', 'metadata', ...Object.keys(json)]) if (key in json) result[key] = json[key];
    return result;
  } catch {
    // NotExact, or an error cdk8s reports in its own words (with the construct path).
    return CDK8S_TO_JSON.call(this);
  }
}
