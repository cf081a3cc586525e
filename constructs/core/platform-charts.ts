import { ApiObject, App, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import type { ResolvedTarget } from '../../config/types';
import { APPS_FOLDER, BOOTSTRAP_FOLDER, FOLDERS, type FolderName } from './layout';

export type OutputFolder = FolderName | typeof APPS_FOLDER | typeof BOOTSTRAP_FOLDER;

/** A rendered Kubernetes object as plain JSON. */
export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
};

/**
 * The charts of one target: one cdk8s Chart per dist folder, and inside each chart one construct
 * per output file (`group`). Features add their objects to the group they belong to; two features
 * may add to the same group (the tenant file gathers baseline, secrets and certificates).
 */
export class PlatformCharts {
  readonly app: App;
  private readonly charts = new Map<OutputFolder, Chart>();
  private readonly groups = new Map<string, Construct>();
  /** Extra non-Kubernetes files (Markdown, SVG) keyed by path relative to dist/<target>/. */
  readonly extraFiles = new Map<string, string>();

  constructor(readonly model: ResolvedTarget) {
    this.app = new App({ outdir: '/dev/null' });
  }

  /** The chart for a folder (created on first use, always in the same order per call sequence). */
  chart(folder: OutputFolder): Chart {
    let chart = this.charts.get(folder);
    if (!chart) {
      chart = new Chart(this.app, folder, { disableResourceNameHashes: true });
      this.charts.set(folder, chart);
    }
    return chart;
  }

  /** The construct whose objects are written to `<folder>/<file>.yaml`. */
  group(folder: OutputFolder, file: string): Construct {
    const key = `${folder}/${file}`;
    let group = this.groups.get(key);
    if (!group) {
      if (!/^[a-z0-9][a-z0-9.-]*$/.test(file)) throw new Error(`output file name "${file}" in ${folder}/ must be lowercase [a-z0-9.-]`);
      group = new Construct(this.chart(folder), file);
      this.groups.set(key, group);
    }
    return group;
  }

  /** Folders that hold at least one object, in the order of FOLDERS. */
  folders(): FolderName[] {
    return (Object.keys(FOLDERS) as FolderName[]).filter((f) => this.charts.has(f));
  }

  /** Every output file with its objects, as plain JSON, in a stable order. */
  render(): Map<string, K8sObject[]> {
    const files = new Map<string, K8sObject[]>();
    const keys = [...this.groups.keys()].sort();
    for (const key of keys) {
      const group = this.groups.get(key)!;
      const objects: K8sObject[] = [];
      for (const child of group.node.findAll()) {
        if (child instanceof ApiObject) objects.push(child.toJson() as K8sObject);
      }
      if (objects.length > 0) files.set(`${key}.yaml`, objects);
    }
    return files;
  }
}

/** A feature adds one capability's objects for a target (baseline, secrets, operators, GitOps). */
export type Feature = (charts: PlatformCharts, model: ResolvedTarget) => void;
