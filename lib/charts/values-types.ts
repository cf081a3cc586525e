/**
 * Generates imports/charts/ from the vendored upstream chart files (`<dir>/<chart>/<version>/`:
 * Chart.yaml, values.yaml, values.schema.json where shipped, template-refs.txt, and vendored
 * subcharts under charts/<name>/), without copying them:
 *
 * - `<chart>-<version>.json` per chart version: defaults, compacted schemas and read paths
 *   (lib/gate/vendored-chart.ts describes the shape), for the chart-values gate rule;
 * - `index.d.ts` with one values type per chart version (`ChartValues['<chart>@<version>']`), in
 *   the spirit of `cdk8s import helm:`: typed from values.schema.json where the chart ships one,
 *   otherwise from the shapes of values.yaml, restricted to the keys the templates read, and open
 *   (`Record<string, unknown>`) exactly where a subtree is used whole or values.yaml leaves a map
 *   empty; config/components/define.ts types each chart component's values with it;
 * - `index.js`, which loads one chart version's JSON on demand.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { CHART_VALUES_EXCEPTIONS, CHARTS_NOT_IMPORTED } from '../../config/chart-values';
import { helmMerge, isValuesMap, ReadPaths, type Values } from '../gate/helm-values';
import { compactJsonSchema, type JsonSchema, type JsonSchemaObject } from '../gate/json-schema';
import type { VendoredChartFile } from '../gate/vendored-chart';

// ---- reading the vendored files ----------------------------------------------------------------

/**
 * values.yaml as Helm reads it (sigs.k8s.io/yaml over go-yaml v2): YAML 1.1 scalars (`yes`/`no`
 * are booleans, `0755` is octal), merge keys, but timestamps and `1:20` stay strings.
 */
export function parseHelmYaml(text: string, file: string): unknown {
  const doc = YAML.parseDocument(text, {
    version: '1.1',
    merge: true,
    uniqueKeys: false,
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || (t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME')),
  });
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0].message}`);
  return doc.toJS({ maxAliasCount: -1 }) ?? {};
}

interface ChartYaml {
  readonly name: string;
  readonly version?: string;
  readonly appVersion?: string;
  readonly dependencies?: ReadonlyArray<{ name: string; alias?: string; condition?: string; tags?: string[] }>;
}

function readOptional(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** template-refs.txt: `path` or `path *` per line, `#` comments. */
export function parseTemplateRefs(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(/\s+/).slice(0, 2).join(' '));
}

interface RawChart {
  readonly chartYaml: ChartYaml;
  readonly values: Values;
  readonly schema?: JsonSchema;
  readonly reads?: string[];
  readonly subcharts: ReadonlyMap<string, RawChart>;
}

function readRaw(dir: string): RawChart {
  const chartYaml = parseHelmYaml(fs.readFileSync(path.join(dir, 'Chart.yaml'), 'utf8'), `${dir}/Chart.yaml`) as ChartYaml;
  const values = parseHelmYaml(fs.readFileSync(path.join(dir, 'values.yaml'), 'utf8'), `${dir}/values.yaml`);
  if (!isValuesMap(values)) throw new Error(`${dir}/values.yaml: expected a map at the top`);
  const schemaText = readOptional(path.join(dir, 'values.schema.json'));
  const refsText = readOptional(path.join(dir, 'template-refs.txt'));
  const subcharts = new Map<string, RawChart>();
  const subDir = path.join(dir, 'charts');
  if (fs.existsSync(subDir)) for (const name of fs.readdirSync(subDir).sort()) subcharts.set(name, readRaw(path.join(subDir, name)));
  return {
    chartYaml,
    values,
    ...(schemaText !== undefined ? { schema: compactJsonSchema(JSON.parse(schemaText)) } : {}),
    ...(refsText !== undefined ? { reads: parseTemplateRefs(refsText) } : {}),
    subcharts,
  };
}

const pathOf = (line: string) => line.split(' ')[0];

/**
 * One chart version with its vendored subcharts folded in, as Helm sees the values: a subchart's
 * defaults, schema and reads sit under its alias (its `global.*` reads stay global); a dependency
 * that is not vendored is read whole (its own templates consume it); dependency conditions and
 * tags are read by Helm itself.
 */
export function readVendoredChart(dir: string, name: string, version: string): VendoredChartFile {
  const raw = readRaw(dir);
  let defaults = raw.values;
  const schemas: Array<{ path: string; schema: JsonSchema }> = raw.schema !== undefined ? [{ path: '', schema: raw.schema }] : [];
  const vendoredAliases = new Set<string>();
  const extraReads: string[] = [];
  const subchartAppVersions: Record<string, string> = {};
  for (const dep of raw.chartYaml.dependencies ?? []) {
    const alias = dep.alias ?? dep.name;
    for (const condition of (dep.condition ?? '').split(',').map((c) => c.trim())) if (condition !== '') extraReads.push(`${condition} *`);
    for (const tag of dep.tags ?? []) extraReads.push(`tags.${tag} *`);
    const sub = raw.subcharts.get(dep.name);
    if (!sub) {
      extraReads.push(`${alias} *`);
      continue;
    }
    vendoredAliases.add(alias);
    if (sub.chartYaml.appVersion !== undefined) subchartAppVersions[alias] = String(sub.chartYaml.appVersion);
    defaults = helmMerge({ ...defaults, [alias]: sub.values }, { [alias]: isValuesMap(raw.values[alias]) ? raw.values[alias] : {} });
    if (sub.schema !== undefined) schemas.push({ path: alias, schema: sub.schema });
    if (sub.reads === undefined) extraReads.push(`${alias} *`);
    else for (const line of sub.reads) extraReads.push(line.startsWith('global.') ? line : `${alias}.${line}`);
  }
  const reads =
    raw.reads === undefined
      ? null
      : [...new Set([...raw.reads.filter((l) => !vendoredAliases.has(pathOf(l))), ...extraReads])].sort((a, b) =>
          pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0,
        );
  // Some repositories set the chart version (and appVersion) only when they package the chart: the Chart.yaml of the
  // tag carries a placeholder version, and the image tag the published chart defaults to is its version.
  const declared = String(raw.chartYaml.version ?? '');
  const placeholder = declared !== version && /^v?0\.[01]\.\d+|chartpress/.test(declared);
  const appVersion = placeholder ? version : raw.chartYaml.appVersion;
  return {
    chart: name,
    version,
    ...(appVersion !== undefined ? { appVersion: String(appVersion) } : {}),
    ...(Object.keys(subchartAppVersions).length > 0 ? { subchartAppVersions } : {}),
    defaults,
    schemas,
    reads,
  };
}

// ---- the values types --------------------------------------------------------------------------

interface SchemaAt {
  readonly node: JsonSchema;
  /** The document `$ref`s of `node` resolve in. */
  readonly root: JsonSchema;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const propertyName = (key: string) => (IDENTIFIER.test(key) ? key : JSON.stringify(key));
const OPEN = 'Record<string, unknown>';
const EMPTY = `${OPEN} | readonly unknown[]`;
const arrayItem = (type: string) => (/^[A-Za-z_$][\w$<>, ]*$/.test(type) && !type.includes('|') ? type : `(${type})`);

function join(base: string | undefined, key: string): string | undefined {
  if (base === undefined) return undefined;
  return base === '' ? key : `${base}.${key}`;
}

/** The TypeScript name of a chart version's values type: `Crossplane_2_3_4Values`. */
export function valuesTypeName(chart: string, version: string): string {
  const words = `${chart}_${version}`.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  return `${words.map((w) => w[0].toUpperCase() + w.slice(1)).join('_')}Values`;
}

/**
 * Writes one chart version's values type. Paths (`a.b`) are tracked while the type follows the
 * values tree, so reads can restrict and open it; inside a `$ref`d definition the type is the
 * schema's alone (`path` undefined).
 */
class ValuesTypeWriter {
  private readonly reads?: ReadPaths;
  /** Read path -> keys read directly below it (paths under a whole path are left out: they add nothing). */
  private readonly children = new Map<string, Set<string>>();
  private readonly schemaAt: Map<string, SchemaAt>;
  private readonly definitions = new Map<string, { name: string; text?: string }>();
  private readonly definitionOrder: string[] = [];

  constructor(
    private readonly file: VendoredChartFile,
    private readonly typeName: string,
    /** Type from the values and schema alone: the reads are known to miss keys (an `unread-keys` exception). */
    ignoreReads: boolean,
  ) {
    this.schemaAt = new Map(file.schemas.map((s) => [s.path, { node: s.schema, root: s.schema }]));
    if (file.reads && !ignoreReads) {
      this.reads = new ReadPaths(file.reads);
      const whole = new Set(file.reads.filter((l) => l.endsWith(' *')).map(pathOf));
      for (const line of file.reads) {
        const p = pathOf(line);
        const segments = p.split('.');
        let prefix = '';
        for (const segment of segments) {
          if (whole.has(prefix)) break;
          if (!this.children.has(prefix)) this.children.set(prefix, new Set());
          this.children.get(prefix)!.add(segment);
          prefix = prefix === '' ? segment : `${prefix}.${segment}`;
        }
      }
    }
  }

  /** `export type X = {...};` plus the named definitions it refers to. */
  write(): string {
    const body = this.type('', this.file.defaults, this.schemaAt.get(''), false, '');
    const out = [`export type ${this.typeName} = ${body};`];
    for (let i = 0; i < this.definitionOrder.length; i++) {
      const def = this.definitions.get(this.definitionOrder[i])!;
      out.push(`type ${def.name} = ${def.text};`);
    }
    return out.join('\n');
  }

  private type(p: string | undefined, def: unknown, schema: SchemaAt | undefined, whole: boolean, indent: string): string {
    const node = schema?.node;
    if (node === false) return 'never';
    if (node === undefined || node === true) return this.fromDefault(p, def, whole, indent);
    if (node.$ref !== undefined) return this.reference(node.$ref, schema!.root);
    const types = this.schemaTypes(node);
    if (types === undefined) {
      const branches = node.anyOf ?? node.oneOf;
      if (branches && branches.length > 0)
        return this.union(branches.map((b) => this.type(p, def, { node: b, root: schema!.root }, whole, indent)));
      if (node.allOf?.length === 1) return this.type(p, def, { node: node.allOf[0], root: schema!.root }, whole, indent);
      return this.fromDefault(p, def, whole, indent);
    }
    return this.union(
      types.map((t) => {
        switch (t) {
          case 'null':
            return 'null';
          case 'boolean':
            return 'boolean';
          case 'string':
            return this.literals(node, 'string') ?? 'string';
          case 'integer':
          case 'number':
            return this.literals(node, 'number') ?? 'number';
          case 'array':
            return this.arrayType(Array.isArray(def) ? def : undefined, node, schema!.root, indent);
          case 'object':
            return this.objectType(p, isValuesMap(def) ? def : undefined, node, schema!.root, whole, indent);
          default:
            return 'unknown';
        }
      }),
    );
  }

  /** The JSON types a schema node allows, or undefined when it names none (then its shape or the default decides). */
  private schemaTypes(node: JsonSchemaObject): string[] | undefined {
    if (node.type !== undefined) return Array.isArray(node.type) ? node.type : [node.type];
    if (node.properties || node.additionalProperties !== undefined || node.patternProperties) return ['object'];
    if (node.items !== undefined) return ['array'];
    if (node.enum || node.const !== undefined) {
      const values = node.enum ?? [node.const];
      return [...new Set(values.map((v) => (v === null ? 'null' : typeof v === 'number' ? 'number' : typeof v)))].filter((t) =>
        ['null', 'number', 'string', 'boolean'].includes(t),
      );
    }
    return undefined;
  }

  private literals(node: JsonSchemaObject, type: 'string' | 'number'): string | undefined {
    const values = node.enum ?? (node.const !== undefined ? [node.const] : undefined);
    const own = values?.filter((v) => typeof v === type);
    return own && own.length > 0 ? own.map((v) => JSON.stringify(v)).join(' | ') : undefined;
  }

  private union(types: string[]): string {
    const unique = [...new Set(types)];
    if (unique.includes('unknown')) return 'unknown';
    return unique.length === 0 ? 'never' : unique.join(' | ');
  }

  private arrayType(def: unknown[] | undefined, node: JsonSchemaObject, root: JsonSchema, indent: string): string {
    const items = Array.isArray(node.items) ? undefined : (node.items ?? node.additionalItems);
    const item =
      items !== undefined && items !== true
        ? this.type(undefined, def?.[0], { node: items, root }, true, indent)
        : this.fromDefault(undefined, def, true, indent);
    return items !== undefined && items !== true ? `readonly ${arrayItem(item)}[]` : item;
  }

  private reference(ref: string, root: JsonSchema): string {
    let def = this.definitions.get(ref);
    if (!def) {
      const last = ref
        .slice(ref.lastIndexOf('/') + 1)
        .split('.')
        .pop()!;
      const base = `${this.typeName.replace(/Values$/, '')}_${last.replace(/[^A-Za-z0-9_]/g, '_')}`;
      const taken = new Set([...this.definitions.values()].map((d) => d.name));
      let name = base;
      for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
      def = { name };
      this.definitions.set(ref, def);
      this.definitionOrder.push(ref);
      let target: unknown = root;
      for (const segment of ref
        .replace(/^#\/?/, '')
        .split('/')
        .filter((s) => s !== ''))
        target = isValuesMap(target) ? target[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
      def.text = target === undefined ? 'unknown' : this.type(undefined, undefined, { node: target as JsonSchema, root }, false, '');
    }
    return def.name;
  }

  /** Keys of the object at `p`: the schema's, values.yaml's and the reads', keeping only keys the chart reads. */
  private keysAt(p: string | undefined, def: Values | undefined, node: JsonSchemaObject | undefined, whole: boolean): string[] {
    const keys = new Set<string>([...Object.keys(node?.properties ?? {}), ...Object.keys(def ?? {})]);
    if (p !== undefined && !whole) for (const k of this.children.get(p) ?? []) keys.add(k);
    let list = [...keys];
    if (p !== undefined && !whole && this.reads)
      list = list.filter((k) => this.reads!.reads(join(p, k)!) || this.reads!.readsBelow(join(p, k)!));
    return list.sort();
  }

  private objectType(
    p: string | undefined,
    def: Values | undefined,
    node: JsonSchemaObject,
    root: JsonSchema,
    whole: boolean,
    indent: string,
  ): string {
    const additional = node.additionalProperties;
    const keys = this.keysAt(p, def, node, whole);
    const open =
      additional === true ||
      (typeof additional === 'object' && additional !== null) ||
      node.patternProperties !== undefined ||
      (whole && additional !== false) ||
      (additional === undefined && !node.properties && keys.length === 0);
    if (keys.length === 0) {
      if (!open) return '{}';
      return typeof additional === 'object'
        ? `Record<string, ${this.type(undefined, undefined, { node: additional, root }, true, indent)}>`
        : OPEN;
    }
    const inner = `${indent}  `;
    const lines = keys.map((k) => {
      const childPath = join(p, k);
      const own = node.properties && Object.hasOwn(node.properties, k) ? node.properties[k] : undefined;
      const childSchema =
        (childPath !== undefined ? this.schemaAt.get(childPath) : undefined) ?? (own !== undefined ? { node: own, root } : undefined);
      const childWhole = whole || (childPath !== undefined && this.reads !== undefined && this.reads.readsWhole(childPath));
      const schemaFor = childSchema ?? (typeof additional === 'object' ? { node: additional, root } : undefined);
      return `${inner}${propertyName(k)}?: ${this.type(childPath, def?.[k], schemaFor, childWhole, inner)};`;
    });
    if (open) lines.push(`${inner}[key: string]: unknown;`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }

  /** The type of a value known only from values.yaml (and the reads). */
  private fromDefault(p: string | undefined, def: unknown, whole: boolean, indent: string): string {
    if (Array.isArray(def)) {
      const items = this.union(def.map((d) => this.fromDefault(undefined, d, true, indent)));
      return def.length === 0 || items === 'never' ? 'readonly unknown[]' : `readonly ${arrayItem(items)}[]`;
    }
    if (typeof def === 'string') return 'string';
    if (typeof def === 'number') return 'number';
    if (typeof def === 'boolean') return 'boolean';
    const below = p !== undefined && !whole && (this.children.get(p)?.size ?? 0) > 0;
    if (isValuesMap(def) || below) {
      // An empty map in values.yaml says little: templates often range over it as a list (`env: {}`, `tolerations: {}`).
      if (!below && Object.keys(def as Values).length === 0) return EMPTY;
      // Used whole: any key goes through to the templates.
      if (whole) return OPEN;
      // Without reads, only the top level is known to be closed: below it a map may be used whole.
      const node: JsonSchemaObject = this.reads === undefined && p !== '' ? { additionalProperties: true } : {};
      return this.objectType(p, isValuesMap(def) ? def : undefined, node, true, false, indent);
    }
    // null, or a key that only the templates name.
    return 'unknown';
  }
}

/** One chart version's values type (and the definitions it refers to). */
export function chartValuesType(file: VendoredChartFile, ignoreReads = false): string {
  return new ValuesTypeWriter(file, valuesTypeName(file.chart, file.version), ignoreReads).write();
}

/** Chart versions whose read paths are known to be incomplete (config/chart-values.ts): typed without them. */
function readsIgnored(file: VendoredChartFile): boolean {
  return CHART_VALUES_EXCEPTIONS.some((e) => e.chart === `${file.chart}@${file.version}` && e.skip === 'unread-keys');
}

// ---- writing imports/charts --------------------------------------------------------------------

const jsonName = (file: VendoredChartFile) => `${file.chart}-${file.version}.json`;

/** Every `<chart>/<version>/` folder under `dir`, read, except the versions listed in `notImported` (`<chart>@<version>`). */
export function readVendoredCharts(dir: string, notImported: Readonly<Record<string, string>> = CHARTS_NOT_IMPORTED): VendoredChartFile[] {
  const charts: VendoredChartFile[] = [];
  for (const chart of fs.readdirSync(dir).sort()) {
    const chartDir = path.join(dir, chart);
    if (!fs.statSync(chartDir).isDirectory()) continue;
    for (const version of fs.readdirSync(chartDir).sort()) {
      if (Object.hasOwn(notImported, `${chart}@${version}`)) continue;
      const versionDir = path.join(chartDir, version);
      if (fs.existsSync(path.join(versionDir, 'values.yaml'))) charts.push(readVendoredChart(versionDir, chart, version));
    }
  }
  return charts;
}

export function indexDeclarations(charts: readonly VendoredChartFile[]): string {
  return [
    '// generated by lib/charts/values-types.ts (npm run import -- --charts) from the vendored chart files; do not edit.',
    '// One values type per pinned chart version; config/components/define.ts types chart components with ChartValues.',
    '',
    '/** Every vendored chart version, by `<chart>@<version>`. */',
    'export interface ChartValues {',
    ...charts.map((c) => `  ${JSON.stringify(`${c.chart}@${c.version}`)}: ${valuesTypeName(c.chart, c.version)};`),
    '}',
    '',
    '/** `<chart>@<version>` of every vendored chart version. */',
    'export declare const VENDORED_CHART_KEYS: readonly string[];',
    '/** The generated JSON of one chart version (lib/gate/vendored-chart.ts describes it), or undefined. */',
    'export declare function loadChartData(key: string): unknown;',
    '',
    ...charts.flatMap((c) => [chartValuesType(c, readsIgnored(c)), '']),
  ].join('\n');
}

export function indexModule(charts: readonly VendoredChartFile[]): string {
  return [
    '"use strict";',
    '// generated by lib/charts/values-types.ts (npm run import -- --charts); do not edit.',
    'Object.defineProperty(exports, "__esModule", { value: true });',
    'const FILES = {',
    ...charts.map((c) => `  ${JSON.stringify(`${c.chart}@${c.version}`)}: () => require(${JSON.stringify(`./${jsonName(c)}`)}),`),
    '};',
    'exports.VENDORED_CHART_KEYS = Object.freeze(Object.keys(FILES));',
    'exports.loadChartData = (key) => (Object.hasOwn(FILES, key) ? FILES[key]() : undefined);',
    '',
  ].join('\n');
}

/** Regenerates `outDir` (imports/charts) from the vendored charts in `sourceDir`; returns a one-line summary. */
export function importChartValues(sourceDir: string, outDir: string): string {
  if (!fs.existsSync(sourceDir)) throw new Error(`chart folder ${sourceDir} does not exist`);
  const charts = readVendoredCharts(sourceDir);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(outDir, name), text);
    bytes += text.length;
  };
  // Compact JSON: indentation would double the size of files nobody edits by hand.
  for (const chart of charts) write(jsonName(chart), `${JSON.stringify(chart)}\n`);
  write('index.d.ts', indexDeclarations(charts));
  write('index.js', indexModule(charts));
  return `${charts.length} chart versions (${(bytes / 1024).toFixed(0)} KiB) written to ${path.relative(process.cwd(), outDir) || outDir} from ${sourceDir}`;
}
