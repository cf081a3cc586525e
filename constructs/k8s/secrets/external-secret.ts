import { Construct } from 'constructs';
import { checkSecretKey, checkSecretName } from '../../../lib/model/secret-keys';
import { typed, type TypedObject } from '../core/typed-object';
import {
  ExternalSecret,
  type ExternalSecretProps,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetDeletionPolicy,
  ExternalSecretSpecTargetTemplateEngineVersion,
  ExternalSecretSpecTargetTemplateMergePolicy,
} from '../../../imports/externalsecrets-external-secrets.io';

/** Go duration as ESO accepts it for refreshInterval (`1h`, `15m`, `1h30m`). */
const GO_DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/;

/** Argo CD must neither prune nor delete an ExternalSecret whose Secret running pods need. */
export const ARGOCD_KEEP = { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' } as const;

export interface MatihExternalSecretProps {
  /** Namespace of the ExternalSecret and of the Secret it creates. */
  readonly namespace: string;
  /** Name of the Kubernetes Secret (and of the ExternalSecret). */
  readonly secret: string;
  /** Keys of the Secret; each is read as a property of the vault entry. */
  readonly keys: readonly string[];
  /** Remote key: a vault entry (lib/model/secret-keys.ts), or a Secret name on a kubernetes-provider store. */
  readonly remoteKey: string;
  readonly store: { readonly kind: 'ClusterSecretStore' | 'SecretStore'; readonly name: string };
  /** ESO refresh interval, a Go duration. */
  readonly refreshInterval: string;
  /**
   * Keep the Secret when its vault entry disappears, and keep the ExternalSecret (the Secret's
   * owner) when Argo CD would prune or delete it.
   * @default false
   */
  readonly retainOnDelete?: boolean;
  readonly labels: Readonly<Record<string, string>>;
  /**
   * Shape the Secret a consumer needs beyond the vault's keys: its `type` (e.g.
   * `kubernetes.io/basic-auth`) and entries added to the fetched keys (`Merge`), either fixed
   * values that are no secret or ESO templates over the fetched keys (`{{ .password }}`). With
   * `data`, `keys` may be empty: the Secret then holds only the template's entries.
   * @default the vault entry's keys as they are
   */
  readonly template?: { readonly type?: string; readonly data?: Readonly<Record<string, string>> };
}

/**
 * An ExternalSecret that creates (and owns) one Secret from one vault entry.
 *
 * ESO semantics (external-secrets.io/v1): `creationPolicy: Owner` makes the Secret an owned child,
 * garbage-collected with the ExternalSecret, so no orphan credentials linger; `deletionPolicy`
 * only governs what happens when the *vault entry* is deleted: `Retain` keeps the Secret (running
 * services keep working while someone restores the entry), `Delete` removes it (revocation). What
 * actually deletes a live Secret is deleting the ExternalSecret, so retained ones also carry
 * Argo CD's `Prune=false,Delete=false`.
 */
export class MatihExternalSecret extends Construct {
  readonly secretName: string;

  constructor(scope: Construct, id: string, props: MatihExternalSecretProps) {
    super(scope, id);
    const object = externalSecretObject(props);
    this.secretName = props.secret;
    new object.cls(this, 'resource', object.props);
  }
}

/** The ExternalSecret of MatihExternalSecret as a typed object (for plain manifests); checks the props the same way. */
export function externalSecretObject(props: MatihExternalSecretProps): TypedObject<ExternalSecretProps> {
  checkSecretName(props.secret);
  const templated = Object.keys(props.template?.data ?? {}).length > 0;
  if (props.keys.length === 0 && !templated)
    throw new Error(`ExternalSecret ${props.namespace}/${props.secret}: keys must not be empty (or a template must give the data)`);
  const duplicate = props.keys.find((k, i) => props.keys.indexOf(k) !== i);
  if (duplicate) throw new Error(`ExternalSecret ${props.namespace}/${props.secret}: key "${duplicate}" is listed twice`);
  props.keys.forEach((k) => checkSecretKey(props.secret, k));
  if (!GO_DURATION.test(props.refreshInterval)) {
    throw new Error(
      `ExternalSecret ${props.namespace}/${props.secret}: refreshInterval "${props.refreshInterval}" is not a Go duration (e.g. 1h, 15m)`,
    );
  }
  const retain = props.retainOnDelete ?? false;
  return typed(ExternalSecret, {
    metadata: {
      name: props.secret,
      namespace: props.namespace,
      labels: { ...props.labels },
      ...(retain ? { annotations: { ...ARGOCD_KEEP } } : {}),
    },
    spec: {
      refreshInterval: props.refreshInterval,
      secretStoreRef: {
        kind: ExternalSecretSpecSecretStoreRefKind[props.store.kind === 'SecretStore' ? 'SECRET_STORE' : 'CLUSTER_SECRET_STORE'],
        name: props.store.name,
      },
      target: {
        name: props.secret,
        creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
        deletionPolicy: retain ? ExternalSecretSpecTargetDeletionPolicy.RETAIN : ExternalSecretSpecTargetDeletionPolicy.DELETE,
        ...(props.template
          ? {
              template: {
                engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2,
                mergePolicy: ExternalSecretSpecTargetTemplateMergePolicy.MERGE,
                ...(props.template.type ? { type: props.template.type } : {}),
                ...(props.template.data ? { data: { ...props.template.data } } : {}),
              },
            }
          : {}),
      },
      ...(props.keys.length > 0
        ? { data: props.keys.map((key) => ({ secretKey: key, remoteRef: { key: props.remoteKey, property: key } })) }
        : {}),
    },
  });
}
