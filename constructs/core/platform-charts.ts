import { ApiObject, App, Chart, ImplicitTokenResolver, LazyResolver, NumberStringUnionResolver, ResolutionContext, type IResolver } from 'cdk8s';
import { Construct } from 'constructs';
import type { ResolvedTarget } from '../../config/types';
import { APPS_FOLDER, BOOTSTRAP_FOLDER, FOLDERS, type FolderName } from './layout';

export type OutputFolder = FolderName | typeof APPS_FOLDER | typeof BOOTSTRAP_FOLDER;

/** A rendered Kubernetes object as plain JSON. */
export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
};

/**
 * The charts of one target: one cdk8s Chart per dist folder, and inside each chart one construct
 * per output file (`group`). Features add their objects to the group they belong to; two features
 * may add to the same group (the tenant file gathers baseline, secrets and certificates).
 */
export class PlatformCharts {
  readonly app: App;
  private readonly charts = new Map<OutputFolder, Chart>();
  private readonly groups = new Map<string, Construct>();
  /** Extra non-Kubernetes files (Markdown, SVG) keyed by path relative to dist/<target>/. */
  readonly extraFiles = new Map<string, string>();

  constructor(readonly model: ResolvedTarget) {
    this.app = new App({ outdir: '/dev/null' });
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
      if (!/^[a-z0-9][a-z0-9.-]*$/.test(file)) throw new Error(`output file name "${file}" in ${folder}/ must be lowercase [a-z0-9.-]`);
      group = new Construct(this.chart(folder), file);
      this.groups.set(key, group);
    }
    return group;
  }

  /** Folders that hold at least one object, in the order of FOLDERS. */
  folders(): FolderName[] {
    return (Object.keys(FOLDERS) as FolderName[]).filter((f) => this.charts.has(f));
  }

  /** Every output file with its objects, as plain JSON, in a stable order. */
  render(options: RenderOptions = {}): Map<string, K8sObject[]> {
    const files = new Map<string, K8sObject[]>();
    const keys = [...this.groups.keys()].sort();
    const fast = !options.cdk8sToJson && fastPathApplies(this.app.resolvers);
    const proto = ApiObject.prototype as { toJson: () => unknown };
    if (fast) proto.toJson = fastApiObjectToJson;
    try {
      for (const key of keys) {
        const group = this.groups.get(key)!;
        const objects: K8sObject[] = [];
        for (const child of group.node.findAll()) {
          if (child instanceof ApiObject) objects.push(child.toJson() as K8sObject);
        }
        if (objects.length > 0) files.set(`${key}.yaml`, objects);
      }
    } finally {
      proto.toJson = CDK8S_TO_JSON;
    }
    return files;
  }
}

export interface RenderOptions {
  /**
   * Render every object with cdk8s' own `ApiObject.toJson()` instead of the equivalent fast path
   * (the byte-identity test compares both).
   * @default false
   */
  readonly cdk8sToJson?: boolean;
}

/** A feature adds one capability's objects for a target (baseline, secrets, operators, GitOps). */
export type Feature = (charts: PlatformCharts, model: ResolvedTarget) => void;

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
