/**
 * charts:verify: every Helm Application of a target rendered the way Argo CD renders it, and the
 * result put through the safety gate together with the target's own manifests (dist/<target>/),
 * plus what only a render shows: `lookup` calls, output that changes from one render to the next,
 * hooks, values the chart never reads, stand-in subcharts taking part.
 */
import * as os from 'node:os';
import type { ResolvedTarget } from '../../config/types';
import { groupOf } from '../k8s/api-version';
import type { K8sObject } from '../k8s/object';
import type { RenderedTarget } from '../render/render';
import { contextOf, describeObject, type Located, RULES, runRules } from '../gate';
import { schemaRule } from '../gate/rules/schema';
import { loadCrdSchemas, loadK8sSchema } from '../gate/schemas';
import { compactCrd, type CrdSchemaFile } from '../gate/compact-schema';
import { SchemaRegistry } from '../gate/structural';
import { RENDERED_CHART_PREFIX } from '../gate/scheduling/chart-pods';
import { parseImage } from '../gate/rules/images';
import { containerImages } from '../k8s/pod-specs';
import { type HelmApplication, targetApplications } from './applications';
import type { ChartOutputException } from '../../config/chart-exceptions';
import { type ChartCache, ChartNotCachedError, type ChartProvenance } from './cache';
import { chartsOf, type ChartTree, readChartArchive } from './chart-archive';
import { unstableObjects } from './determinism';
import { type AcceptedFinding, applyChartExceptions } from './exceptions';
import { helmTemplate, type HelmResult } from './helm-template';
import { lookupCalls } from './lookups';
import { type ChartObject, parseManifests } from './manifests';
import { unreadValues } from './unread-values';

export type FindingKind =
  | 'render'
  | 'pod-security'
  | 'hardening'
  | 'schema'
  | 'image'
  | 'inventory'
  | 'gate'
  | 'hook'
  | 'lookup'
  | 'random'
  | 'unread-value'
  | 'stand-in';

export interface ChartFinding {
  readonly target: string;
  /** Application name, or `(dist)` for an object of the target's own manifests. */
  readonly application: string;
  readonly kind: FindingKind;
  /** `Kind namespace/name` of the object concerned. */
  readonly object?: string;
  /** The gate rule, for findings of the gate. */
  readonly rule?: string;
  /** Template the object came from (`<chart>/templates/x.yaml`). */
  readonly source?: string;
  readonly message: string;
}

export interface ApplicationReport {
  readonly application: string;
  readonly chart: string;
  /** Pinned version (targetRevision). */
  readonly version: string;
  /** Version rendered: the pinned one, or a stand-in given with --stand-in. */
  readonly rendered?: string;
  readonly namespace: string;
  readonly status: 'rendered' | 'failed' | 'unsupported';
  /** Objects Argo CD applies (hooks with a phase included). */
  readonly objects: number;
  readonly hooks: number;
  /** What is worth knowing and is not a finding (hooks Argo CD never applies, provenance). */
  readonly notes: readonly string[];
}

export interface TargetReport {
  readonly target: string;
  readonly kubeVersion: string;
  /** `--api-versions` given to helm (group/version and group/version/Kind). */
  readonly apiVersions: readonly string[];
  readonly applications: readonly ApplicationReport[];
  readonly findings: readonly ChartFinding[];
  /** Findings config/chart-exceptions.ts accepts, each with its entry (not counted as findings). */
  readonly accepted: ReadonlyArray<AcceptedFinding<ChartFinding>>;
}

export interface VerifyOptions {
  readonly cache: ChartCache;
  /** Only these Applications (by Application or chart name). @default all */
  readonly only?: readonly string[];
  /** `<chart>@<pinned>` -> version rendered in its place (never silent: a finding says so). */
  readonly standIns?: ReadonlyMap<string, string>;
  /** Concurrent helm processes. @default the number of CPUs */
  readonly concurrency?: number;
  /** The per-chart allow-list. @default config/chart-exceptions.ts */
  readonly exceptions?: readonly ChartOutputException[];
  /** The images INVENTORY.md lists for a Helm Application (lib/insight/images.ts chartImages); every image its render runs must be among them. */
  readonly inventoryImages: (application: K8sObject) => readonly string[];
}

/** A counting semaphore: at most `limit` helm processes at once. */
class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limit: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

interface CrdInfo {
  readonly group: string;
  readonly kind: string;
  readonly scope: string;
  readonly versions: readonly string[];
}

function crdOf(object: K8sObject): CrdInfo | undefined {
  if (object.kind !== 'CustomResourceDefinition' || groupOf(object.apiVersion) !== 'apiextensions.k8s.io') return undefined;
  const spec = (object.spec ?? {}) as {
    group?: string;
    scope?: string;
    names?: { kind?: string };
    versions?: Array<{ name?: string; served?: boolean }>;
  };
  if (!spec.group || !spec.names?.kind) return undefined;
  const versions = (spec.versions ?? []).filter((v) => v.served !== false && v.name).map((v) => String(v.name));
  return { group: spec.group, kind: spec.names.kind, scope: spec.scope ?? 'Namespaced', versions };
}

function apiVersionsOf(crds: Iterable<CrdInfo>): string[] {
  const result = new Set<string>();
  for (const crd of crds) {
    for (const version of crd.versions) {
      result.add(`${crd.group}/${version}`);
      result.add(`${crd.group}/${version}/${crd.kind}`);
    }
  }
  return [...result].sort();
}

/** True when the chart (or a subchart) can render CRDs: a crds/ folder, or a template naming the kind. */
function mayRenderCrds(tree: ChartTree): boolean {
  for (const chart of chartsOf(tree)) {
    for (const [file, text] of chart.files) {
      if (file.startsWith('crds/') || (file.startsWith('templates/') && text.includes('CustomResourceDefinition'))) return true;
    }
  }
  return false;
}

/**
 * Template functions whose result differs from one call to the next (sprig: random strings and
 * numbers, UUIDs, keys and certificates, salted hashes, encryption with a random IV, the clock).
 * Everything else a chart can call is deterministic for the same input (`lookup` is always empty).
 */
const NONDETERMINISTIC =
  /\b(rand(AlphaNum|Alpha|Numeric|Ascii|Bytes|Int)|uuidv4|shuffle|genPrivateKey|genCA|genCAWithKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|htpasswd|bcrypt|encryptAES|now|dateInZone|date_in_zone|unixEpoch)\b/;

/** True when a template of the chart, a `tpl` string of its values or of the Application's values can call one of them. */
function mayVary(tree: ChartTree, values: unknown): boolean {
  for (const chart of chartsOf(tree)) {
    for (const [file, text] of chart.files) {
      if ((file.startsWith('templates/') || file === 'values.yaml') && text.includes('{{') && NONDETERMINISTIC.test(text)) return true;
    }
  }
  return NONDETERMINISTIC.test(JSON.stringify(values ?? {}));
}

interface Prepared {
  readonly app: HelmApplication;
  readonly renderedVersion?: string;
  readonly archive?: string;
  readonly tree?: ChartTree;
  readonly provenance?: ChartProvenance;
  readonly failure?: string;
}

/** Renders and checks the Helm Applications of targets; renders of identical input are shared between targets. */
export class ChartVerifier {
  private readonly renders = new Map<string, Promise<HelmResult>>();
  private readonly limiter: Limiter;

  constructor(private readonly options: VerifyOptions) {
    this.limiter = new Limiter(options.concurrency ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length));
  }

  /** One render; `pass` keeps the two renders of the determinism check apart (both are real processes). */
  private render(prepared: Prepared, kubeVersion: string, apiVersions: readonly string[], pass: string): Promise<HelmResult> {
    const input = { chartPath: prepared.archive!, application: prepared.app, kubeVersion, apiVersions, values: prepared.app.values };
    const key = JSON.stringify([
      pass,
      input.chartPath,
      prepared.app.releaseName,
      prepared.app.namespace,
      prepared.app.parameters,
      kubeVersion,
      apiVersions,
      input.values,
    ]);
    let result = this.renders.get(key);
    if (!result) this.renders.set(key, (result = this.limiter.run(() => helmTemplate(input))));
    return result;
  }

  private prepare(app: HelmApplication): Prepared {
    const pinned = `${app.chart}@${app.version}`;
    const standIn = this.options.standIns?.get(pinned);
    const cache = this.options.cache;
    if (!cache.has(app.chart, app.version) && standIn === undefined) {
      return { app, failure: new ChartNotCachedError(app.chart, app.version, cache.dir).message };
    }
    const version = cache.has(app.chart, app.version) ? app.version : standIn!;
    try {
      const archive = cache.archive(app.chart, version);
      return { app, renderedVersion: version, archive, tree: readChartArchive(archive), provenance: cache.provenance(app.chart, version) };
    } catch (error) {
      return { app, failure: (error as Error).message };
    }
  }

  async verifyTarget(rendered: RenderedTarget, model: ResolvedTarget): Promise<TargetReport> {
    const target = rendered.target;
    const kubeVersion = model.target.cluster.kubernetesVersion;
    const findings: ChartFinding[] = [];
    const reports: ApplicationReport[] = [];
    const { applications, unsupported } = targetApplications(rendered);
    const only = this.options.only;
    const selected = applications.filter((a) => !only || only.includes(a.name) || only.includes(a.chart));
    for (const u of unsupported.filter((a) => !only || only.includes(a.name))) {
      findings.push({ target, application: u.name, kind: 'render', message: u.reason });
      reports.push({ application: u.name, chart: '', version: '', namespace: '', status: 'unsupported', objects: 0, hooks: 0, notes: [] });
    }

    // The API versions the cluster serves beyond Helm's built-ins: the CRDs of imports/, of the
    // target's own manifests, and (found by a first render) of every chart that installs CRDs.
    const distLocated: Located[] = [];
    for (const [file, objects] of rendered.files) for (const object of objects) distLocated.push({ file, object });
    const crds = new Map<string, CrdInfo>();
    const addCrd = (crd: CrdInfo) => {
      const key = `${crd.group}/${crd.kind}`;
      const known = crds.get(key);
      crds.set(key, known ? { ...known, versions: [...new Set([...known.versions, ...crd.versions])] } : crd);
    };
    for (const file of loadCrdSchemas())
      addCrd({ group: file.group, kind: file.kind, scope: file.scope, versions: Object.keys(file.versions) });
    for (const { object } of distLocated) {
      const crd = crdOf(object);
      if (crd) addCrd(crd);
    }
    const applicationObjects = new Map(
      distLocated.filter(({ object }) => object.kind === 'Application').map(({ object }) => [object.metadata.name, object]),
    );
    const prepared = selected.map((app) => this.prepare(app));
    const baseVersions = apiVersionsOf(crds.values());
    const discovery = await Promise.all(
      prepared.map(async (p) => (p.tree && mayRenderCrds(p.tree) ? this.render(p, kubeVersion, baseVersions, 'discover') : undefined)),
    );
    const chartCrdObjects: K8sObject[] = [];
    for (const result of discovery) {
      if (!result?.ok) continue;
      for (const { object } of parseManifests(result.stdout, '').objects) {
        const crd = crdOf(object);
        if (crd) {
          addCrd(crd);
          chartCrdObjects.push(object);
        }
      }
    }
    const apiVersions = apiVersionsOf(crds.values());
    const clusterScoped = new Set([...crds.values()].filter((c) => c.scope === 'Cluster').map((c) => `${c.group}/${c.kind}`));

    // A second render only where a template can produce something different each time.
    const renders = await Promise.all(
      prepared.map(async (p) =>
        p.archive && p.tree
          ? Promise.all([
              this.render(p, kubeVersion, apiVersions, 'a'),
              mayVary(p.tree, p.app.values) ? this.render(p, kubeVersion, apiVersions, 'b') : undefined,
            ])
          : undefined,
      ),
    );

    const chartLocated: Located[] = [];
    const origin = new Map<K8sObject, { app: string; chartObject: ChartObject }>();
    prepared.forEach((p, i) => {
      const app = p.app;
      const add = (kind: FindingKind, message: string, extra: Partial<ChartFinding> = {}) =>
        findings.push({ target, application: app.name, kind, message, ...extra });
      const notes: string[] = [];
      const base = { application: app.name, chart: app.chart, version: app.version, rendered: p.renderedVersion, namespace: app.namespace };
      if (p.renderedVersion && p.renderedVersion !== app.version) {
        add(
          'render',
          `${app.chart}@${app.version} is not in the chart cache; rendered ${p.renderedVersion} in its place (--stand-in): the findings below are those of ${p.renderedVersion}`,
        );
      }
      const pair = renders[i];
      if (!pair || !p.tree) {
        add('render', p.failure ?? 'not rendered');
        reports.push({ ...base, status: 'failed', objects: 0, hooks: 0, notes });
        return;
      }
      const [first, second] = pair;
      const lookups = (sources: ReadonlySet<string>) => {
        for (const call of lookupCalls(p.tree!, sources)) {
          add(
            'lookup',
            `calls lookup${call.define ? ` in "${call.define}"` : ''} (line ${call.line}: {{ ${call.action} }}); under Argo CD it always returns nothing`,
            {
              source: call.file,
            },
          );
        }
      };
      if (!first.ok) {
        add('render', `helm template failed: ${first.error}`);
        // Without output, every template of the chart counts as rendered.
        lookups(new Set([...p.tree.files.keys()].filter((f) => f.startsWith('templates/')).map((f) => `${p.tree!.sourcePrefix}/${f}`)));
        reports.push({ ...base, status: 'failed', objects: 0, hooks: 0, notes });
        return;
      }
      const parsed = parseManifests(first.stdout, app.namespace, clusterScoped);
      for (const error of parsed.errors) add('render', error);
      let applied = 0;
      let hooks = 0;
      for (const chartObject of parsed.objects) {
        const { object, source, hook } = chartObject;
        if (hook && hook.phases.length === 0) {
          notes.push(`${describeObject(object)} (${source}): ${hook.annotation}, which Argo CD never applies`);
          continue;
        }
        if (hook) {
          hooks++;
          notes.push(
            `${describeObject(object)} (${source}): ${hook.annotation}, applied by Argo CD in ${hook.phases.join(', ')}${hook.phases.includes('PostSync') ? ' (only once every other resource of the Application is Healthy)' : ''}`,
          );
        }
        applied++;
        chartLocated.push({ file: `${RENDERED_CHART_PREFIX}${app.name}/${source}`, object });
        origin.set(object, { app: app.name, chartObject });
      }
      const applicationObject = applicationObjects.get(app.name);
      if (applicationObject && (p.renderedVersion ?? app.version) === app.version) {
        const listed = new Set(this.options.inventoryImages(applicationObject).map(imageKey));
        for (const { object } of parsed.objects.filter((o) => !o.hook || o.hook.phases.length > 0)) {
          for (const { image, container } of containerImages(object)) {
            if (listed.has(imageKey(image))) continue;
            add(
              'inventory',
              `container ${container} runs ${image}, which INVENTORY.md does not list for this Application: add the chart's default to config/chart-images.ts or correct lib/insight/images.ts`,
              { object: describeObject(object) },
            );
          }
        }
      }
      const sources = new Set(parsed.objects.map((o) => o.source));
      for (const standIn of p.provenance?.standIns ?? []) {
        const prefix = `${app.chart}/charts/${standIn.name.split('/').join('/charts/')}/`;
        if ([...sources].some((s) => s.startsWith(prefix)))
          add(
            'stand-in',
            `subchart ${standIn.name} renders objects, but the cache holds ${standIn.used} in place of the pinned ${standIn.pinned} (${standIn.reason}): this render is not exact`,
          );
        else notes.push(`subchart ${standIn.name} is a stand-in (${standIn.used} for ${standIn.pinned}) and renders nothing`);
      }
      lookups(sources);
      for (const unread of unreadValues(p.tree, app.values)) add('unread-value', `values key ${unread.path}: ${unread.reason}`);
      if (!second) notes.push('no template can render differently twice (no random, key, certificate or clock function): rendered once');
      else if (second.ok) {
        const again = parseManifests(second.stdout, app.namespace, clusterScoped).objects.map((o) => o.object);
        for (const u of unstableObjects(
          parsed.objects.map((o) => o.object),
          again,
          app.ignoreDifferences,
        )) {
          const what = u.object.kind === 'Secret' ? 'a Secret generated anew on every render' : 'its content changes on every render';
          const detail = u.onlyOnce
            ? 'its name changes on every render'
            : `${u.paths.slice(0, 6).join(', ')}${u.paths.length > 6 ? `, ... (${u.paths.length} fields)` : ''} differ`;
          add('random', `${what}: ${detail}; Argo CD sees it OutOfSync on every refresh and self-heal re-applies it forever`, {
            object: describeObject(u.object),
          });
        }
      } else add('render', `the second render failed: ${second.error}`);
      reports.push({ ...base, status: 'rendered', objects: applied, hooks, notes });
    });

    // The gate, over the charts' output and the target's own manifests together. Custom kinds whose
    // CRD only a chart installs are validated against that CRD's schema.
    // The chart-values rule already ran in the synth that produced dist/ and needs the vendored chart files; here the
    // rendered templates themselves say which values are read (the unread-keys check above), so it is left out.
    const { 'chart-values': _chartValues, ...gateRules } = RULES;
    const problems = runRules(contextOf(target, [...distLocated, ...chartLocated], new Set(rendered.files.keys()), model), {
      ...gateRules,
      schema: schemaRule({ registry: registryWith(chartCrdObjects) }),
    });
    const byFile = new Map<string, K8sObject[]>();
    for (const l of chartLocated) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l.object]);
    for (const problem of problems) {
      const chart = problem.file.startsWith(RENDERED_CHART_PREFIX);
      const application = chart ? problem.file.slice(RENDERED_CHART_PREFIX.length, problem.file.indexOf('/')) : '(dist)';
      const source = chart ? problem.file.slice(problem.file.indexOf('/') + 1) : problem.file;
      const kind: FindingKind =
        problem.rule === 'schema'
          ? 'schema'
          : problem.rule === 'images'
            ? 'image'
            : problem.rule === 'pod-security'
              ? problem.message.includes('readOnlyRootFilesystem')
                ? 'hardening'
                : 'pod-security'
              : 'gate';
      findings.push({ target, application, kind, object: problem.object, rule: problem.rule, source, message: problem.message });
      if (kind === 'pod-security' && chart) {
        const object = byFile.get(problem.file)?.find((o) => describeObject(o) === problem.object);
        const hook = object ? origin.get(object)?.chartObject.hook : undefined;
        if (hook) {
          findings.push({
            target,
            application,
            kind: 'hook',
            object: problem.object,
            source,
            message: `${hook.annotation} (Argo CD ${hook.phases.join(', ')}) runs a pod Pod Security rejects (${problem.message}): the sync never completes`,
          });
        }
      }
    }
    // The allow-list applies to the exact chart version an Application rendered (a stand-in is never excepted).
    const charts = new Map(
      reports
        .filter((r) => r.status === 'rendered' && (r.rendered ?? r.version) === r.version)
        .map((r) => [r.application, `${r.chart}@${r.version}`]),
    );
    const { kept, accepted } = applyChartExceptions(dedupe(findings), (app) => charts.get(app), this.options.exceptions);
    return {
      target,
      kubeVersion,
      apiVersions,
      applications: reports.sort((a, b) => a.application.localeCompare(b.application)),
      findings: kept,
      accepted,
    };
  }
}

/** An image reference as the runtime resolves it (`nginx` and `docker.io/library/nginx:latest` differ only in spelling). */
function imageKey(image: string): string {
  const ref = parseImage(image);
  return `${ref.registry}/${ref.repository}:${ref.tag ?? 'latest'}${ref.digest ? `@${ref.digest}` : ''}`;
}

function dedupe(findings: readonly ChartFinding[]): ChartFinding[] {
  const seen = new Set<string>();
  const result: ChartFinding[] = [];
  for (const f of findings) {
    const key = JSON.stringify([f.application, f.kind, f.object, f.rule, f.source, f.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(f);
  }
  return result.sort(
    (a, b) =>
      a.application.localeCompare(b.application) ||
      a.kind.localeCompare(b.kind) ||
      (a.object ?? '').localeCompare(b.object ?? '') ||
      a.message.localeCompare(b.message),
  );
}

/** The shipped schemas plus those of CRDs only charts install (a shipped CRD version wins). */
function registryWith(chartCrds: readonly K8sObject[]): SchemaRegistry {
  const shipped = loadCrdSchemas();
  const known = new Set(shipped.flatMap((f) => Object.keys(f.versions).map((v) => `${f.group}/${v}/${f.kind}`)));
  const extra: CrdSchemaFile[] = [];
  for (const object of chartCrds) {
    let compact: CrdSchemaFile;
    try {
      compact = compactCrd(object);
    } catch {
      continue;
    }
    const versions = Object.fromEntries(
      Object.entries(compact.versions).filter(([v]) => !known.has(`${compact.group}/${v}/${compact.kind}`)),
    );
    if (Object.keys(versions).length === 0) continue;
    for (const v of Object.keys(versions)) known.add(`${compact.group}/${v}/${compact.kind}`);
    extra.push({ ...compact, versions });
  }
  return new SchemaRegistry(loadK8sSchema(), [...shipped, ...extra]);
}
