import { Construct } from 'constructs';
import { FOLDERS, type FolderName } from '../core/layout';
import { type ClusterDestination, PlatformApplication } from './application';
import { distPath, GITOPS_REPO_URL, GITOPS_REVISION } from './repo';

interface FolderApplicationProps {
  readonly target: string;
  readonly folder: FolderName;
  readonly project: string;
  /** Default namespace for objects that name none (every rendered namespaced object names its own). */
  readonly namespace: string;
  /** The folder holds data-bearing objects (namespaces, Kafka, claims, CRDs): see PlatformApplicationProps.protected. */
  readonly protected: boolean;
  /** @default none */
  readonly labels?: Readonly<Record<string, string>>;
  /** A subfolder of the folder (a tenant shard) synced instead of the whole folder. @default the folder itself */
  readonly subfolder?: string;
  /** @default `matih-<folder>`, plus `-<subfolder number>` for a subfolder */
  readonly name?: string;
  /** @default the cluster Argo CD runs in */
  readonly destination?: ClusterDestination;
}

/** Application name of a dist folder, or of one of its subfolders (`tenants/shard-07` -> `matih-tenants-07`). */
export function folderApplicationName(folder: FolderName, subfolder?: string): string {
  return subfolder ? `matih-${folder}-${subfolder.replace(/^[a-z]+-/, '')}` : `matih-${folder}`;
}

/** The Application that syncs one folder `dist/<target>/<folder>` of this repository, in the folder's wave. */
export class FolderApplication extends PlatformApplication {
  readonly folder: FolderName;

  constructor(scope: Construct, id: string, props: FolderApplicationProps) {
    if (!(props.folder in FOLDERS)) throw new Error(`unknown dist folder "${props.folder}"; known: ${Object.keys(FOLDERS).join(', ')}`);
    if (props.subfolder !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(props.subfolder))
      throw new Error(`subfolder "${props.subfolder}" of ${props.folder}/ must be one lowercase [a-z0-9-] segment`);
    super(scope, id, {
      name: props.name ?? folderApplicationName(props.folder, props.subfolder),
      project: props.project,
      wave: FOLDERS[props.folder].wave,
      namespace: props.namespace,
      protected: props.protected,
      labels: props.labels,
      description: props.subfolder ? `${FOLDERS[props.folder].description}: ${props.subfolder}` : FOLDERS[props.folder].description,
      destination: props.destination,
      source: {
        repoUrl: GITOPS_REPO_URL,
        targetRevision: GITOPS_REVISION,
        path: props.subfolder ? `${distPath(props.target, props.folder)}/${props.subfolder}` : distPath(props.target, props.folder),
        directory: { recurse: false },
      },
    });
    this.folder = props.folder;
  }
}
