/**
 * `helm template` the way Argo CD's repo server calls it (util/helm/cmd.go, Argo CD 3.x): release
 * name, namespace, the cluster's Kubernetes version, the API versions the cluster serves, the values
 * file, `--include-crds` unless `skipCrds`; hooks are rendered (Argo CD maps them itself).
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { HelmApplication } from './applications';
import { helmBinary, helmEnvironment } from './helm-binary';

export interface TemplateInput {
  /** Chart archive (.tgz) or folder. */
  readonly chartPath: string;
  readonly application: Pick<
    HelmApplication,
    'releaseName' | 'namespace' | 'parameters' | 'skipCrds' | 'skipSchemaValidation' | 'skipTests' | 'kubeVersion' | 'apiVersions'
  >;
  /** The target cluster's Kubernetes version (the Application's `helm.kubeVersion` wins). */
  readonly kubeVersion: string;
  /** Every `group/version` (and `group/version/Kind`) the cluster serves beyond Helm's built-in set. */
  readonly apiVersions: readonly string[];
  /** Path of the values file (the Application's values, written as YAML or JSON). */
  readonly valuesFile: string;
}

/** The argument list, in Argo CD's order. */
export function templateArgs(input: TemplateInput): string[] {
  const app = input.application;
  const args = ['template', input.chartPath, '--name-template', app.releaseName];
  if (app.namespace) args.push('--namespace', app.namespace);
  args.push('--kube-version', app.kubeVersion ?? input.kubeVersion);
  for (const p of app.parameters) args.push(p.forceString ? '--set-string' : '--set', `${p.name}=${p.value}`);
  args.push('--values', input.valuesFile);
  for (const v of app.apiVersions ?? input.apiVersions) args.push('--api-versions', v);
  if (!app.skipCrds) args.push('--include-crds');
  if (app.skipSchemaValidation) args.push('--skip-schema-validation');
  if (app.skipTests) args.push('--skip-tests');
  return args;
}

export interface HelmResult {
  readonly ok: boolean;
  readonly stdout: string;
  /** helm's error, without the `Error: ` prefix, when it failed. */
  readonly error?: string;
}

/** Runs helm with `args` (never through a shell); resolves with its output or its error. */
export function runHelm(args: readonly string[], binary = helmBinary(), timeoutMs = 180_000): Promise<HelmResult> {
  return new Promise((resolve) => {
    execFile(
      binary,
      args,
      { env: helmEnvironment(), maxBuffer: 512 * 1024 * 1024, timeout: timeoutMs, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout });
        const message = (stderr || error.message).trim().replace(/^Error: /, '');
        resolve({ ok: false, stdout, error: message });
      },
    );
  });
}

/** Renders one Application: writes its values to a temporary file, runs `helm template`, removes the file. */
export async function helmTemplate(input: Omit<TemplateInput, 'valuesFile'> & { readonly values: unknown }): Promise<HelmResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-charts-'));
  const valuesFile = path.join(dir, 'values.json');
  try {
    // JSON is YAML: no second serializer, and no YAML 1.1 surprises (`on`, `yes`, octals) in the values.
    fs.writeFileSync(valuesFile, JSON.stringify(input.values));
    return await runHelm(templateArgs({ ...input, valuesFile }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
