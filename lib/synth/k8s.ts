import * as path from 'node:path';
import { loadPlatform, type LoadOptions, type PlatformModel } from '../model/load';
import { renderTarget, type RenderedTarget } from '../render/render';
import { FEATURES } from '../render/features';
import type { SvgRenderer } from '../insight/graphviz';
import { insightFiles } from '../insight';
import { type GateProblem, validateFleets, validateRendered } from '../gate';
import { toYamlDocuments } from '../render/yaml';
import { type LazyTargetFiles, type TargetFiles, writeTargetsAtomically } from '../render/write-dist';

export const DIST_DIR = path.resolve(__dirname, '..', '..', 'dist');

export interface K8sBuild {
  readonly model: PlatformModel;
  readonly rendered: readonly RenderedTarget[];
  readonly problems: readonly GateProblem[];
  /** Milliseconds per target spent rendering and validating. */
  readonly renderMs: ReadonlyMap<string, number>;
  readonly validateMs: ReadonlyMap<string, number>;
  /** Milliseconds per target spent on INVENTORY.md and network.svg. */
  readonly insightMs: ReadonlyMap<string, number>;
}

export interface BuildOptions extends LoadOptions {
  /** Graphviz renderer for `network.svg` (loaded asynchronously by the caller). @default no network.svg */
  readonly svg?: SvgRenderer;
}

/** Loads the model and renders every selected target in memory, then runs the gate on each. */
export function buildK8s(options: BuildOptions = {}): K8sBuild {
  const model = loadPlatform(options);
  const rendered: RenderedTarget[] = [];
  const problems: GateProblem[] = [];
  const renderMs = new Map<string, number>();
  const validateMs = new Map<string, number>();
  const insightMs = new Map<string, number>();
  for (const target of model.targets) {
    let start = performance.now();
    const result = renderTarget(target, FEATURES);
    renderMs.set(target.target.name, performance.now() - start);
    start = performance.now();
    // A member cluster's network is its platform's data plane (and tenants) with other addresses: no
    // picture of its own (a Graphviz layout per member would dominate a fleet's synth); INVENTORY.md still.
    const svg = target.fleet && target.fleet.role !== 'platform' ? undefined : options.svg;
    for (const [file, text] of insightFiles(result, target, svg)) result.extraFiles.set(file, text);
    insightMs.set(target.target.name, performance.now() - start);
    start = performance.now();
    problems.push(...validateRendered(result, target));
    validateMs.set(target.target.name, performance.now() - start);
    rendered.push(result);
  }
  // Across the clusters of each fleet (ApplicationSet paths, cluster Secrets, endpoints, identities, DNS).
  problems.push(...validateFleets(rendered.map((r, i) => ({ rendered: r, model: model.targets[i] }))));
  return { model, rendered, problems, renderMs, validateMs, insightMs };
}

/** The text of every file of a rendered target. */
export function serializeTarget(rendered: RenderedTarget): TargetFiles {
  const files = new Map<string, string>();
  for (const [file, objects] of rendered.files) files.set(file, toYamlDocuments(objects));
  for (const [file, text] of rendered.extraFiles) files.set(file, text);
  return { target: rendered.target, files };
}

/** The files of a rendered target, serialized one at a time as they are written. */
export function lazyTarget(rendered: RenderedTarget): LazyTargetFiles {
  return {
    target: rendered.target,
    paths: [...rendered.files.keys(), ...rendered.extraFiles.keys()],
    content: (file) => rendered.extraFiles.get(file) ?? toYamlDocuments(rendered.files.get(file)!),
  };
}

/** Writes every rendered target atomically; returns the number of files per target. */
export function writeK8s(build: K8sBuild, distDir: string, allTargets: boolean): Array<{ target: string; fileCount: number }> {
  const files = build.rendered.map(lazyTarget);
  writeTargetsAtomically(distDir, files, allTargets);
  return files.map((f) => ({ target: f.target, fileCount: f.paths.length }));
}
