import { Construct } from 'constructs';
import { ARGOCD_NAMESPACE } from '../../../config/types';
import { Application, type ApplicationSpecIgnoreDifferences, type ApplicationSpecSource } from '../../../imports/applications-argoproj.io';
import { PRUNE_PROTECTION, RESOURCES_FINALIZER, SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION, syncPolicy } from './policy';
import { IN_CLUSTER } from './repo';

const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Where an Application deploys: a cluster by API server URL, or by its Argo CD cluster name (a fleet member). */
export type ClusterDestination = { readonly server: string } | { readonly name: string };

interface PlatformApplicationProps {
  /** Application name, unique in the Argo CD namespace (also the instance label value, so at most 63 characters). */
  readonly name: string;
  /** AppProject the Application belongs to. */
  readonly project: string;
  /** Sync wave of the Application inside its parent (the root). */
  readonly wave: number;
  readonly source: ApplicationSpecSource;
  /**
   * Namespace for namespaced objects that name none; must be a destination of the project. Argo CD
   * checks the Application's destination against the project, so it is never left empty.
   */
  readonly namespace: string;
  /**
   * The Application owns data: automated sync never prunes, deleting the Application does not
   * cascade (no resources finalizer), and the Application object itself carries
   * Prune=false,Delete=false so the root never prunes or deletes it.
   */
  readonly protected: boolean;
  /** @default false */
  readonly serverSideApply?: boolean;
  /** Fields set at runtime by controllers; honoured during sync too. @default none */
  readonly ignoreDifferences?: readonly ApplicationSpecIgnoreDifferences[];
  /** @default none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Shown in the Argo CD UI. @default none */
  readonly description?: string;
  /** Cluster the Application deploys to. @default the cluster Argo CD runs in */
  readonly destination?: ClusterDestination;
}

/** One Argo CD Application in the Argo CD namespace, with the platform's sync and deletion policy. */
export class PlatformApplication extends Construct {
  readonly apiObject: Application;
  readonly name: string;
  readonly wave: number;

  constructor(scope: Construct, id: string, props: PlatformApplicationProps) {
    super(scope, id);
    if (!NAME.test(props.name)) {
      throw new Error(`Argo CD Application name "${props.name}" must be a DNS label: lowercase [a-z0-9-], at most 63 characters`);
    }
    if (!Number.isInteger(props.wave)) throw new Error(`Application ${props.name}: sync wave ${props.wave} must be an integer`);
    if (props.namespace === '') throw new Error(`Application ${props.name}: destination namespace must not be empty`);
    this.name = props.name;
    this.wave = props.wave;
    const annotations: Record<string, string> = { [SYNC_WAVE_ANNOTATION]: String(props.wave) };
    if (props.protected) annotations[SYNC_OPTIONS_ANNOTATION] = PRUNE_PROTECTION.join(',');
    const ignore = props.ignoreDifferences ?? [];
    this.apiObject = new Application(this, 'application', {
      metadata: {
        name: props.name,
        namespace: ARGOCD_NAMESPACE,
        labels: { ...(props.labels ?? {}) },
        annotations,
        // Only stateless Applications cascade: removing one from git removes what it deployed.
        ...(props.protected ? {} : { finalizers: [RESOURCES_FINALIZER] }),
      },
      spec: {
        project: props.project,
        source: props.source,
        destination: { ...(props.destination ?? { server: IN_CLUSTER }), namespace: props.namespace },
        ...(ignore.length > 0 ? { ignoreDifferences: [...ignore] } : {}),
        ...(props.description ? { info: [{ name: 'description', value: props.description }] } : {}),
        syncPolicy: syncPolicy({
          prune: !props.protected,
          serverSideApply: props.serverSideApply ?? false,
          respectIgnoreDifferences: ignore.length > 0,
        }),
      },
    });
  }
}
