/**
 * Every file synth writes for a rendered target: its manifests as YAML and its insight files
 * (INVENTORY.md, network pictures). Computed where the runner puts it (lib/synth/runner.ts): in
 * this thread one file at a time as it is written, or in the worker while this thread renders the
 * next target. Light on purpose: the worker loads it without the renderer or the gate.
 */
import type { ResolvedTarget } from '../../config/types';
import { targetInsight } from '../insight';
import type { SvgRenderer } from '../insight/graphviz';
import type { K8sObject } from '../k8s/object';
import type { LazyFiles } from '../render/atomic-output';
import { toYamlDocuments } from '../render/yaml';

/** What a target's files are computed from (a worker gets it as a message). */
export interface TargetFilesJob {
  readonly target: ResolvedTarget;
  /** Path relative to dist/<target>/ -> objects in that file. */
  readonly files: Map<string, K8sObject[]>;
}

/** The files of a target; the manifests are serialized when each is read (insight files at once). */
export function targetFiles(job: TargetFilesJob, svg?: SvgRenderer): LazyFiles {
  const insight = targetInsight(job, svg);
  return {
    paths: [...job.files.keys(), ...insight.keys()],
    content: (file) => insight.get(file) ?? toYamlDocuments(job.files.get(file)!),
  };
}

/** Every file's text at once (for a message to the main thread). */
export function materialize(files: LazyFiles): Array<[string, string]> {
  return files.paths.map((file) => [file, files.content(file)]);
}
