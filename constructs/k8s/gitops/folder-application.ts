import { Construct } from 'constructs';
import { FOLDERS, type FolderName } from '../core/layout';
import { PlatformApplication } from './application';
import { distPath, GITOPS_REPO_URL, GITOPS_REVISION } from './repo';

export interface FolderApplicationProps {
  readonly target: string;
  readonly folder: FolderName;
  readonly project: string;
  /** Default namespace for objects that name none (every rendered namespaced object names its own). */
  readonly namespace: string;
  /** The folder holds data-bearing objects (namespaces, Kafka, claims, CRDs): see PlatformApplicationProps.protected. */
  readonly protected: boolean;
  /** @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

/** Application name of a dist folder. */
export function folderApplicationName(folder: FolderName): string {
  return `matih-${folder}`;
}

/** The Application that syncs one folder `dist/<target>/<folder>` of this repository, in the folder's wave. */
export class FolderApplication extends PlatformApplication {
  readonly folder: FolderName;

  constructor(scope: Construct, id: string, props: FolderApplicationProps) {
    if (!(props.folder in FOLDERS)) throw new Error(`unknown dist folder "${props.folder}"; known: ${Object.keys(FOLDERS).join(', ')}`);
    super(scope, id, {
      name: folderApplicationName(props.folder),
      project: props.project,
      wave: FOLDERS[props.folder].wave,
      namespace: props.namespace,
      protected: props.protected,
      labels: props.labels,
      description: FOLDERS[props.folder].description,
      source: {
        repoUrl: GITOPS_REPO_URL,
        targetRevision: GITOPS_REVISION,
        path: distPath(props.target, props.folder),
        directory: { recurse: false },
      },
    });
    this.folder = props.folder;
  }
}
