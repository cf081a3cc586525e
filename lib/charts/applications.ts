/**
 * The Helm Applications of a rendered target, read back from the Argo CD Application objects the
 * target renders (so what is verified is exactly what Argo CD receives), with the settings that
 * change what `helm template` produces.
 */
import type { K8sObject } from '../k8s/object';
import { parseK8sYaml } from './k8s-yaml';
import { InputError } from '../model/errors';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One `spec.ignoreDifferences` entry of an Application. */
export interface IgnoreDifference {
  readonly group?: string;
  readonly kind: string;
  readonly name?: string;
  readonly namespace?: string;
  readonly jsonPointers?: readonly string[];
  readonly jqPathExpressions?: readonly string[];
}

export interface HelmApplication {
  /** Application name. */
  readonly name: string;
  /** Output file of the Application, relative to dist/<target>/. */
  readonly file: string;
  readonly chart: string;
  readonly version: string;
  readonly repoURL: string;
  readonly releaseName: string;
  /** `spec.source.helm.namespace`, or the destination namespace. */
  readonly namespace: string;
  /** The values file Argo CD passes: `valuesObject` when set, otherwise `values` parsed (Argo CD uses one, never both). */
  readonly values: Json;
  /** `--set` / `--set-string` parameters. */
  readonly parameters: ReadonlyArray<{ readonly name: string; readonly value: string; readonly forceString: boolean }>;
  readonly skipCrds: boolean;
  readonly skipSchemaValidation: boolean;
  readonly skipTests: boolean;
  /** `spec.source.helm.kubeVersion` / `apiVersions` (Argo CD overrides of the cluster's own). */
  readonly kubeVersion?: string;
  readonly apiVersions?: readonly string[];
  readonly ignoreDifferences: readonly IgnoreDifference[];
}

/** An Application this tool cannot render the way Argo CD would (the reason says why). */
export interface UnsupportedApplication {
  readonly name: string;
  readonly file: string;
  readonly reason: string;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** Every Application with a Helm chart source among `objects`; `parseValues` reads the text of `spec.source.helm.values`. */
export function helmApplications(
  objects: Iterable<{ file: string; object: K8sObject }>,
  parseValues: (text: string) => unknown,
): { applications: HelmApplication[]; unsupported: UnsupportedApplication[] } {
  const applications: HelmApplication[] = [];
  const unsupported: UnsupportedApplication[] = [];
  for (const { file, object } of objects) {
    if (object.kind !== 'Application' || !object.apiVersion.startsWith('argoproj.io/')) continue;
    const spec = isObject(object.spec) ? object.spec : {};
    const name = object.metadata.name;
    const sources = Array.isArray(spec.sources) ? spec.sources : [];
    if (sources.some((s) => isObject(s) && typeof s.chart === 'string')) {
      unsupported.push({ name, file, reason: 'multi-source Applications (spec.sources) with a chart are not rendered by charts:verify' });
      continue;
    }
    const source = isObject(spec.source) ? spec.source : undefined;
    if (!source || typeof source.chart !== 'string') continue;
    const helm = isObject(source.helm) ? source.helm : {};
    const destination = isObject(spec.destination) ? spec.destination : {};
    if (Array.isArray(helm.valueFiles) && helm.valueFiles.length > 0) {
      unsupported.push({
        name,
        file,
        reason: 'spec.source.helm.valueFiles name files inside the chart archive; not supported by charts:verify',
      });
      continue;
    }
    if (Array.isArray(helm.fileParameters) && helm.fileParameters.length > 0) {
      unsupported.push({ name, file, reason: 'spec.source.helm.fileParameters are not supported by charts:verify' });
      continue;
    }
    let values: Json = {};
    if (isObject(helm.valuesObject)) values = helm.valuesObject;
    else if (typeof helm.values === 'string' && helm.values.trim() !== '') {
      const parsed = parseValues(helm.values);
      if (!isObject(parsed)) {
        unsupported.push({ name, file, reason: 'spec.source.helm.values is not a YAML mapping' });
        continue;
      }
      values = parsed;
    }
    applications.push({
      name,
      file,
      chart: source.chart,
      version: String(source.targetRevision ?? ''),
      repoURL: String(source.repoURL ?? ''),
      releaseName: typeof helm.releaseName === 'string' && helm.releaseName !== '' ? helm.releaseName : name,
      namespace: typeof helm.namespace === 'string' && helm.namespace !== '' ? helm.namespace : String(destination.namespace ?? ''),
      values,
      parameters: (Array.isArray(helm.parameters) ? helm.parameters : []).filter(isObject).map((p) => ({
        name: String(p.name),
        value: String(p.value ?? ''),
        forceString: p.forceString === true,
      })),
      skipCrds: helm.skipCrds === true,
      skipSchemaValidation: helm.skipSchemaValidation === true,
      skipTests: helm.skipTests === true,
      kubeVersion: typeof helm.kubeVersion === 'string' && helm.kubeVersion !== '' ? helm.kubeVersion : undefined,
      apiVersions: strings(helm.apiVersions)?.length ? strings(helm.apiVersions) : undefined,
      ignoreDifferences: (Array.isArray(spec.ignoreDifferences) ? spec.ignoreDifferences : []).filter(isObject).map((d) => ({
        group: typeof d.group === 'string' ? d.group : undefined,
        kind: String(d.kind),
        name: typeof d.name === 'string' ? d.name : undefined,
        namespace: typeof d.namespace === 'string' ? d.namespace : undefined,
        jsonPointers: strings(d.jsonPointers),
        jqPathExpressions: strings(d.jqPathExpressions),
      })),
    });
  }
  return { applications, unsupported };
}

/** The Helm Applications of a rendered target (YAML `helm.values` text parsed as Kubernetes YAML 1.1). */
export function targetApplications(rendered: { readonly files: ReadonlyMap<string, readonly K8sObject[]> }): {
  applications: HelmApplication[];
  unsupported: UnsupportedApplication[];
} {
  const located: Array<{ file: string; object: K8sObject }> = [];
  for (const [file, objects] of rendered.files) for (const object of objects) located.push({ file, object });
  return helmApplications(located, parseK8sYaml);
}

/** `--stand-in chart@pinned=version` options: render another cached version in place of a pinned one. */
export function parseStandIns(specs: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  for (const spec of specs) {
    const match = /^([^@=\s]+)@([^=\s]+)=([^=\s]+)$/.exec(spec);
    if (!match) throw new InputError(`--stand-in ${spec}: expected <chart>@<pinned version>=<version to render>`);
    result.set(`${match[1]}@${match[2]}`, match[3]);
  }
  return result;
}
