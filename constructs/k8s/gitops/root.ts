import { Construct } from 'constructs';
import { ARGOCD_NAMESPACE } from '../../../config/types';
import { Application } from '../../../imports/applications-argoproj.io';
import { APPS_FOLDER } from '../core/layout';
import { syncPolicy } from './policy';
import { PlatformProject } from './project';
import { distPath, GITOPS_REPO_URL, GITOPS_REVISION, IN_CLUSTER } from './repo';

/** Project of the root Application: this repository, Argo CD objects in the Argo CD namespace only. */
export const BOOTSTRAP_PROJECT = 'matih-bootstrap';
const ROOT_APPLICATION = 'matih-root';

interface RootApplicationProps {
  readonly target: string;
  /** @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * What `kubectl apply -f dist/<target>/bootstrap/root.yaml` creates once: a narrow bootstrap
 * AppProject and the root Application that syncs `dist/<target>/apps` (the platform AppProject
 * and every child Application). The root cannot use the platform project, which it delivers itself.
 */
export class RootApplication extends Construct {
  readonly project: PlatformProject;
  readonly apiObject: Application;

  constructor(scope: Construct, id: string, props: RootApplicationProps) {
    super(scope, id);
    if (!/^[a-z0-9-]+$/.test(props.target)) throw new Error(`target name "${props.target}" must be lowercase [a-z0-9-]`);
    this.project = new PlatformProject(this, 'project', {
      name: BOOTSTRAP_PROJECT,
      description: 'Root of the MATIH app-of-apps: may only create Argo CD Applications and AppProjects',
      sourceRepos: [GITOPS_REPO_URL],
      namespaces: [ARGOCD_NAMESPACE],
      clusterKinds: [],
      namespaceKinds: [
        { group: 'argoproj.io', kind: 'AppProject' },
        { group: 'argoproj.io', kind: 'Application' },
      ],
    });
    this.apiObject = new Application(this, 'root', {
      // No resources finalizer: deleting the root never cascades into the platform.
      metadata: { name: ROOT_APPLICATION, namespace: ARGOCD_NAMESPACE, labels: { ...(props.labels ?? {}) } },
      spec: {
        project: BOOTSTRAP_PROJECT,
        source: {
          repoUrl: GITOPS_REPO_URL,
          targetRevision: GITOPS_REVISION,
          path: distPath(props.target, APPS_FOLDER),
          directory: { recurse: false },
        },
        destination: { server: IN_CLUSTER, namespace: ARGOCD_NAMESPACE },
        // Prune removes Applications dropped from the model; stateful ones carry Prune=false,Delete=false.
        syncPolicy: syncPolicy({ prune: true }),
      },
    });
  }
}
