import * as path from 'node:path';
import { loadPlatform, type LoadOptions, ModelError, type PlatformModel } from '../model/load';
import type { ResolvedTarget } from '../../config/types';
import { renderTarget, type RenderedTarget } from '../render/render';
import { FEATURES } from '../render/features';
import type { SvgRenderer } from '../insight/graphviz';
import { insightFiles } from '../insight';
import { gateReport, type GateProblem, validateFleets } from '../gate';
import { toYamlDocuments } from '../render/yaml';
import type { LazyTargetFiles, TargetFiles } from '../render/write-dist';

export const DIST_DIR = path.resolve(__dirname, '..', '..', 'dist');

export interface K8sBuild {
  readonly model: PlatformModel;
  readonly rendered: readonly RenderedTarget[];
  readonly problems: readonly GateProblem[];
  /** Findings that do not stop a synth (capacity above 80 %, ...): printed and listed. */
  readonly warnings: readonly GateProblem[];
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

/** One rendered and checked target. */
export interface TargetBuild {
  readonly rendered: RenderedTarget;
  readonly problems: readonly GateProblem[];
  /** Findings that do not stop a synth (capacity above 80 %, ...). */
  readonly warnings: readonly GateProblem[];
  readonly renderMs: number;
  readonly insightMs: number;
  readonly gateMs: number;
}

export type TargetPhase = 'render' | 'insight' | 'gate';

/** A construct's own check that names a model key path (`components.x.ports: ...`). */
const KEY_PATH_MESSAGE = /^((?:components|settings)\.[\w.[\]="-]+): (.*)$/s;

/**
 * Renders one target in memory, adds its insight files and runs the gate. A constructor that
 * rejects a model value with a key path in its message becomes a ModelError of the target, so
 * it is reported like every other model error (the model's own validation catches those first).
 */
export function buildTarget(target: ResolvedTarget, svg?: SvgRenderer, onPhase?: (phase: TargetPhase) => void): TargetBuild {
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
  onPhase?.('insight');
  start = performance.now();
  // A member cluster's network is its platform's data plane (and tenants) with other addresses: no
  // pictures of its own (a Graphviz layout per member would dominate a fleet's synth); INVENTORY.md still.
  const pictures = target.fleet && target.fleet.role !== 'platform' ? undefined : svg;
  for (const [file, text] of insightFiles(result, target, pictures)) result.extraFiles.set(file, text);
  const insightMs = performance.now() - start;
  onPhase?.('gate');
  start = performance.now();
  const report = gateReport(result, target);
  return { rendered: result, problems: report.errors, warnings: report.warnings, renderMs, insightMs, gateMs: performance.now() - start };
}

/** Loads the model and renders every selected target in memory, then runs the gate on each. */
export function buildK8s(options: BuildOptions = {}): K8sBuild {
  const model = loadPlatform(options);
  const rendered: RenderedTarget[] = [];
  const problems: GateProblem[] = [];
  const warnings: GateProblem[] = [];
  const renderMs = new Map<string, number>();
  const validateMs = new Map<string, number>();
  const insightMs = new Map<string, number>();
  for (const target of model.targets) {
    const build = buildTarget(target, options.svg);
    renderMs.set(target.target.name, build.renderMs);
    insightMs.set(target.target.name, build.insightMs);
    validateMs.set(target.target.name, build.gateMs);
    problems.push(...build.problems);
    warnings.push(...build.warnings);
    rendered.push(build.rendered);
  }
  // Across the clusters of each fleet (ApplicationSet paths, cluster Secrets, endpoints, identities, DNS).
  problems.push(...validateFleets(rendered.map((r, i) => ({ rendered: r, model: model.targets[i] }))));
  return { model, rendered, problems, warnings, renderMs, validateMs, insightMs };
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
