import * as path from 'node:path';
import { loadPlatform, type LoadOptions, ModelError, type PlatformModel } from '../model/load';
import type { ResolvedTarget } from '../../config/types';
import { renderTarget, type RenderedTarget } from '../render/render';
import { FEATURES } from '../render/features';
import type { SvgRenderer } from '../insight/graphviz';
import { targetInsight } from '../insight';
import { gateReport, type GateProblem, validateFleets } from '../gate';
import { toYamlDocuments } from '../render/yaml';
import type { TargetFiles } from '../render/write-dist';

export const DIST_DIR = path.resolve(__dirname, '..', '..', 'dist');

export interface K8sBuild {
  readonly model: PlatformModel;
  readonly rendered: readonly RenderedTarget[];
  readonly problems: readonly GateProblem[];
  /** Findings that do not stop a synth (capacity above 80 %, ...): printed and listed. */
  readonly warnings: readonly GateProblem[];
}

export interface BuildOptions extends LoadOptions {
  /** Graphviz renderer for `network.svg` (loaded asynchronously by the caller). @default no network.svg */
  readonly svg?: SvgRenderer;
}

/** One rendered and checked target (its insight files come separately: lib/insight targetInsight). */
export interface TargetBuild {
  readonly rendered: RenderedTarget;
  readonly problems: readonly GateProblem[];
  /** Findings that do not stop a synth (capacity above 80 %, ...). */
  readonly warnings: readonly GateProblem[];
  readonly renderMs: number;
  readonly gateMs: number;
}

export type TargetPhase = 'render' | 'gate';

/** A construct's own check that names a model key path (`components.x.ports: ...`). */
const KEY_PATH_MESSAGE = /^((?:components|settings)\.[\w.[\]="-]+): (.*)$/s;

/**
 * Renders one target in memory and runs the gate. A constructor that rejects a model value with a
 * key path in its message becomes a ModelError of the target, so it is reported like every other
 * model error (the model's own validation catches those first). The gate reads no insight file.
 */
export function buildTarget(target: ResolvedTarget, onPhase?: (phase: TargetPhase) => void): TargetBuild {
  onPhase?.('render');
  let start = performance.now();
  let result: RenderedTarget;
  try {
    result = renderTarget(target, FEATURES);
  } catch (error) {
    const match = error instanceof Error && !(error instanceof ModelError) ? KEY_PATH_MESSAGE.exec(error.message) : null;
    if (match) throw new ModelError(`config (target ${target.target.name})`, [`${match[1]}: ${match[2]}`]);
    throw error;
  }
  const renderMs = performance.now() - start;
  onPhase?.('gate');
  start = performance.now();
  const report = gateReport(result, target);
  return { rendered: result, problems: report.errors, warnings: report.warnings, renderMs, gateMs: performance.now() - start };
}

/** Loads the model and renders every selected target in memory with its insight files, then runs the gate on each. */
export function buildK8s(options: BuildOptions = {}): K8sBuild {
  const model = loadPlatform(options);
  const rendered: RenderedTarget[] = [];
  const problems: GateProblem[] = [];
  const warnings: GateProblem[] = [];
  for (const target of model.targets) {
    const build = buildTarget(target);
    for (const [file, text] of targetInsight({ target, files: build.rendered.files }, options.svg))
      build.rendered.extraFiles.set(file, text);
    problems.push(...build.problems);
    warnings.push(...build.warnings);
    rendered.push(build.rendered);
  }
  // Across the clusters of each fleet (ApplicationSet paths, cluster Secrets, endpoints, identities, DNS).
  problems.push(...validateFleets(rendered.map((r, i) => ({ rendered: r, model: model.targets[i] }))));
  return { model, rendered, problems, warnings };
}

/** The text of every file of a rendered target. */
export function serializeTarget(rendered: RenderedTarget): TargetFiles {
  const files = new Map<string, string>();
  for (const [file, objects] of rendered.files) files.set(file, toYamlDocuments(objects));
  for (const [file, text] of rendered.extraFiles) files.set(file, text);
  return { target: rendered.target, files };
}
