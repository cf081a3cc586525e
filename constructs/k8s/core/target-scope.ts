/**
 * What a feature builds into: the output of one target, one cdk8s Chart per dist folder and one
 * construct per output file. The render layer's chart container (lib/render/platform-charts.ts)
 * implements it; constructs only see this contract, so data flows one way (constructs never import
 * the render layer).
 */
import type { App, Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { ResolvedTarget } from '../../../config/types';
import type { K8sObject } from '../../../lib/k8s/object';
import type { APPS_FOLDER, BOOTSTRAP_FOLDER, FolderName } from './layout';
import type { L1Class, TypedObject } from './typed-object';

export type OutputFolder = FolderName | typeof APPS_FOLDER | typeof BOOTSTRAP_FOLDER;

export interface TargetScope {
  /** The cdk8s app holding every chart of the target. */
  readonly app: App;
  /** Number of render passes begun so far (values computed at render may be cached per pass). */
  readonly renderPass: number;
  /** The chart of a dist folder (created on first use). */
  chart(folder: OutputFolder): Chart;
  /** The construct whose objects are written to `<folder>/<file>.yaml`. */
  group(folder: OutputFolder, file: string): Construct;
  /** Adds an already final object to `<folder>/<file>.yaml`, as is. */
  addManifest(folder: OutputFolder, file: string, object: K8sObject): K8sObject;
  /** Adds the object `new cls(scope, id, props)` would render to `<folder>/<file>.yaml`, without the construct. */
  addObject<P>(folder: OutputFolder, file: string, cls: L1Class<P>, props: P): void;
  /** `addObject` for each object, in order. */
  addObjects(folder: OutputFolder, file: string, objects: readonly TypedObject[]): void;
  /** Plain manifests of one folder, or of every folder, in the order added. */
  manifests(folder?: OutputFolder): Iterable<K8sObject>;
  /** Folders that hold at least one object, in the order of FOLDERS. */
  folders(): FolderName[];
  /** Output files of a folder so far (`<file>` or `<subfolder>/<file>`, without `.yaml`), sorted. */
  fileNames(folder: OutputFolder): string[];
}

/** A feature adds one capability's objects for a target (baseline, secrets, operators, GitOps). */
export type Feature = (charts: TargetScope, model: ResolvedTarget) => void;
