/**
 * Per-tenant object storage as a Crossplane v2 API: XRD `TenantBucket` (platform.matih.ai) with
 * `scope: Namespaced`. A namespaced XR in the tenant's namespace is what the tenant "claims":
 * Crossplane v2 drops claims (an apiextensions/v2 XRD refuses claimNames), so the XR itself lives
 * in `tenant-<slug>` and composes namespaced managed resources (`*.m.upbound.io`) next to it. The
 * bucket is named after the namespace, so a tenant cannot point its XR at another tenant's bucket.
 */
import { Construct } from 'constructs';
import type { TargetSpec, Tier } from '../../../../config/types';
import { profileOf } from '../../../../lib/clouds';
import { Composition, CompositionSpecMode } from '../../../../imports/compositions-apiextensions.crossplane.io';
import {
  CompositeResourceDefinitionV2,
  CompositeResourceDefinitionV2SpecScope,
} from '../../../../imports/xrds-apiextensions.crossplane.io';
import { mergeSyncOptions, protectFromPrune, SYNC_OPTIONS_ANNOTATION } from '../../core/argocd';
import { typed, type TypedObject, untypedKind, type UntypedProps } from '../../core/typed-object';
import { PATCH_AND_TRANSFORM } from './packages';
import { PROVIDER_CONFIG_KIND, PROVIDER_CONFIG_NAME } from './provider-config';

/** Tiers whose tenants get a bucket (chosen here; config/tenancy.ts is the lead's file). */
export const TENANT_BUCKET_TIERS: readonly Tier[] = ['PROFESSIONAL', 'ENTERPRISE'];

const TENANT_BUCKET_GROUP = 'platform.matih.ai';
const TENANT_BUCKET_VERSION = 'v1alpha1';
export const TENANT_BUCKET_KIND = 'TenantBucket';
export const TENANT_BUCKET_API_VERSION = `${TENANT_BUCKET_GROUP}/${TENANT_BUCKET_VERSION}`;
/** Name of the XR in each tenant namespace. */
export const TENANT_BUCKET_NAME = 'data';

const EXTERNAL_NAME = 'metadata.annotations[crossplane.io/external-name]';
// Deleting the XR orphans the bucket: no `Delete` in the managed resources' management policies.
const KEEP_ON_DELETE = ['Create', 'Observe', 'Update', 'LateInitialize'];

/** Prefix of a tenant's bucket name on the target's cloud (its profile). */
export function bucketPrefix(target: TargetSpec): string {
  return profileOf(target).crossplane.bucketPrefix(target);
}

/** The bucket (or Azure container) name a tenant namespace gets; throws when the cloud would reject it. */
export function tenantBucketName(target: TargetSpec, namespace: string): string {
  const name = `${bucketPrefix(target)}${namespace}`;
  if (name.length < 3 || name.length > 63 || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name)) {
    throw new Error(
      `bucket name "${name}" for ${namespace} on ${target.name} must be 3-63 characters of [a-z0-9-], alphanumeric at both ends`,
    );
  }
  return name;
}

interface ComposedResource {
  readonly name: string;
  readonly base: Record<string, unknown>;
  readonly namePatch: string;
}

/** The cloud's managed resources of one bucket, each with the shared provider config and keep-on-delete policies. */
function composed(target: TargetSpec): ComposedResource[] {
  return profileOf(target)
    .crossplane.bucketResources(target)
    .map((r) => ({
      name: r.name,
      base: {
        apiVersion: r.apiVersion,
        kind: r.kind,
        spec: {
          providerConfigRef: { kind: PROVIDER_CONFIG_KIND, name: PROVIDER_CONFIG_NAME },
          managementPolicies: KEEP_ON_DELETE,
          forProvider: { ...r.forProvider },
        },
      },
      namePatch: r.namePatch,
    }));
}

interface TenantBucketApiProps {
  readonly target: TargetSpec;
  readonly labels: Readonly<Record<string, string>>;
}

/** The XRD and the target cloud's Composition (`data/crossplane.yaml`). */
export class TenantBucketApi extends Construct {
  readonly compositionName: string;

  constructor(scope: Construct, id: string, props: TenantBucketApiProps) {
    super(scope, id);
    const cloud = props.target.provider.cloud;
    this.compositionName = `tenantbucket-${cloud}`;
    const labels = { ...props.labels };
    protectFromPrune(
      new CompositeResourceDefinitionV2(this, 'xrd', {
        metadata: { name: `tenantbuckets.${TENANT_BUCKET_GROUP}`, labels },
        spec: {
          group: TENANT_BUCKET_GROUP,
          names: { kind: TENANT_BUCKET_KIND, plural: 'tenantbuckets', singular: 'tenantbucket' },
          scope: CompositeResourceDefinitionV2SpecScope.NAMESPACED,
          defaultCompositionRef: { name: this.compositionName },
          versions: [
            {
              name: TENANT_BUCKET_VERSION,
              served: true,
              referenceable: true,
              schema: {
                openApiv3Schema: {
                  type: 'object',
                  description: "A tenant's private object storage bucket, named after the tenant namespace.",
                  properties: {
                    spec: { type: 'object', properties: {} },
                    status: {
                      type: 'object',
                      properties: { bucketName: { type: 'string', description: 'Name of the bucket (or Azure container) in the cloud.' } },
                    },
                  },
                },
              },
            },
          ],
        },
      }),
    );
    const prefix = bucketPrefix(props.target);
    const resources = composed(props.target).map((r) => ({
      name: r.name,
      base: r.base,
      patches: [
        {
          type: 'CombineFromComposite',
          combine: { variables: [{ fromFieldPath: 'metadata.namespace' }], strategy: 'string', string: { fmt: `${prefix}%s` } },
          toFieldPath: r.namePatch,
        },
        ...(r.namePatch === EXTERNAL_NAME
          ? [{ type: 'ToCompositeFieldPath', fromFieldPath: EXTERNAL_NAME, toFieldPath: 'status.bucketName' }]
          : []),
      ],
    }));
    new Composition(this, 'composition', {
      metadata: { name: this.compositionName, labels: { ...labels, [`${TENANT_BUCKET_GROUP}/cloud`]: cloud } },
      spec: {
        compositeTypeRef: { apiVersion: TENANT_BUCKET_API_VERSION, kind: TENANT_BUCKET_KIND },
        mode: CompositionSpecMode.PIPELINE,
        pipeline: [
          {
            step: 'compose-bucket',
            functionRef: { name: PATCH_AND_TRANSFORM.name },
            input: { apiVersion: 'pt.fn.crossplane.io/v1beta1', kind: 'Resources', resources },
          },
        ],
      },
    });
  }
}

interface TenantBucketProps {
  readonly target: TargetSpec;
  /** The tenant namespace the XR lives in (and the bucket is named after). */
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** The TenantBucket XR kind (defined by TenantBucketApi's XRD, so no generated binding). */
export const TenantBucketXR = untypedKind(TENANT_BUCKET_API_VERSION, TENANT_BUCKET_KIND);

/** One tenant's TenantBucket XR as a typed object, prune-protected (its bucket holds the tenant's data). */
export function tenantBucketObject(props: TenantBucketProps): TypedObject<UntypedProps> {
  tenantBucketName(props.target, props.namespace);
  return typed(TenantBucketXR, {
    metadata: {
      name: TENANT_BUCKET_NAME,
      namespace: props.namespace,
      labels: { ...props.labels },
      annotations: { [SYNC_OPTIONS_ANNOTATION]: mergeSyncOptions(undefined) },
    },
    spec: {},
  });
}

/** One tenant's TenantBucket XR (tenantBucketObject) as a construct. */
export class TenantBucket extends Construct {
  readonly bucketName: string;

  constructor(scope: Construct, id: string, props: TenantBucketProps) {
    super(scope, id);
    this.bucketName = tenantBucketName(props.target, props.namespace);
    const { cls, props: xr } = tenantBucketObject(props);
    new cls(this, 'xr', xr);
  }
}
