/**
 * Elasticsearch as an ECK resource: one node set of master-eligible data nodes with restricted
 * pods on the data-plane pool, security on (a file-realm user for the platform's services), plain
 * HTTP inside the cluster as before, and a snapshot repository on the target's object storage
 * that the nodes reach as the service's own workload identity. Prune-protected: it keeps data.
 */
import { Construct } from 'constructs';
import type { NodePoolName, Resources } from '../../../../config/types';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../../core/security-context';
import type { ElasticsearchSnapshotAccess } from '../../../../lib/clouds';
import { isQuantity } from '../../../../lib/k8s/quantity';
import {
  Elasticsearch,
  ElasticsearchSpecNodeSetsPodTemplateSpecContainersResourcesLimits as Limit,
  ElasticsearchSpecNodeSetsPodTemplateSpecContainersResourcesRequests as Request,
  ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests,
  ElasticsearchSpecVolumeClaimDeletePolicy,
} from '../../../../imports/elasticsearches-elasticsearch.k8s.elastic.co';
import { protectFromPrune } from '../../core/argocd';
import { poolSelector, poolTolerations } from '../common';

/** Elasticsearch 8.19, the maintained 8.x line (the release ECK 3.5 tests with). */
const ELASTICSEARCH_VERSION = '8.19.18';
export const ELASTICSEARCH_IMAGE = `docker.elastic.co/elasticsearch/elasticsearch:${ELASTICSEARCH_VERSION}`;
/** UID of the `elasticsearch` user of the image (ECK's default fsGroup). */
export const ELASTICSEARCH_UID = 1000;
/** Container name ECK merges the pod template into. */
const ELASTICSEARCH_CONTAINER = 'elasticsearch';

interface MatihElasticsearchProps {
  /** Name of the resource; ECK names the HTTP Service `<name>-es-http` and the superuser Secret `<name>-es-elastic-user`. */
  readonly name: string;
  readonly namespace: string;
  readonly nodes: number;
  readonly storage: string;
  readonly storageClass: string;
  readonly resources: Resources;
  /** ServiceAccount of the nodes: the backup identity's. */
  readonly serviceAccount: string;
  /** Secret (type basic-auth, with `roles` and `roles.yml`) of the file-realm users and their roles. */
  readonly usersSecret: string;
  /** Secret of keystore entries; required when `snapshots.keystore` is not empty. */
  readonly keystoreSecret?: string;
  /** How the nodes reach the snapshot repository (lib/clouds `elasticsearch`). */
  readonly snapshots: ElasticsearchSnapshotAccess;
  readonly nodePool: NodePoolName;
  readonly labels: Readonly<Record<string, string>>;
  /** Labels of the pods: the component's podSelector and the backup identity's pod labels (Azure's webhook label). */
  readonly podLabels: Readonly<Record<string, string>>;
}

export class MatihElasticsearch extends Construct {
  readonly elasticsearch: Elasticsearch;

  constructor(scope: Construct, id: string, props: MatihElasticsearchProps) {
    super(scope, id);
    const what = `Elasticsearch ${props.name}`;
    if (!Number.isInteger(props.nodes) || props.nodes < 1)
      throw new Error(`${what}: nodes must be a positive integer, found ${props.nodes}`);
    if (props.nodes === 2) throw new Error(`${what}: 2 master-eligible nodes cannot survive the loss of either; use 1 or 3+`);
    if (!isQuantity(props.storage)) throw new Error(`${what}: storage "${props.storage}" is not a Kubernetes quantity`);
    if (!props.storageClass) throw new Error(`${what}: storageClass must not be empty`);
    const keystore = Object.keys(props.snapshots.keystore).length > 0;
    if (keystore && !props.keystoreSecret)
      throw new Error(`${what}: the snapshot repository needs keystore entries but no keystoreSecret is given`);
    const r = props.resources;
    const token = props.snapshots.token;
    this.elasticsearch = protectFromPrune(
      new Elasticsearch(this, 'elasticsearch', {
        metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
        spec: {
          version: ELASTICSEARCH_VERSION,
          // Inside the cluster over plain HTTP, as the services used it; the NetworkPolicies decide who connects.
          http: { tls: { selfSignedCertificate: { disabled: true } } },
          auth: { fileRealm: [{ secretName: props.usersSecret }], roles: [{ secretName: props.usersSecret }] },
          ...(keystore ? { secureSettings: [{ secretName: props.keystoreSecret! }] } : {}),
          // Claims stay when the resource is deleted; only a scale-down removes a node's claim.
          volumeClaimDeletePolicy: ElasticsearchSpecVolumeClaimDeletePolicy.DELETE_ON_SCALEDOWN_ONLY,
          nodeSets: [
            {
              name: 'default',
              count: props.nodes,
              // mmap needs vm.max_map_count on the node, which restricted pods cannot set (no privileged init container).
              config: { 'node.store.allow_mmap': false },
              podTemplate: {
                metadata: { labels: { ...props.podLabels } },
                spec: {
                  serviceAccountName: props.serviceAccount,
                  automountServiceAccountToken: false,
                  securityContext: restrictedPodSecurityContext({ uid: ELASTICSEARCH_UID }),
                  nodeSelector: poolSelector(props.nodePool),
                  tolerations: poolTolerations(props.nodePool),
                  containers: [
                    {
                      name: ELASTICSEARCH_CONTAINER,
                      resources: {
                        requests: { cpu: Request.fromString(r.requests.cpu), memory: Request.fromString(r.requests.memory) },
                        limits: { cpu: Limit.fromString(r.limits.cpu), memory: Limit.fromString(r.limits.memory) },
                      },
                      securityContext: restrictedContainerSecurityContext({ uid: ELASTICSEARCH_UID }),
                      ...(token ? { volumeMounts: [{ name: 'snapshot-token', mountPath: token.directory, readOnly: true }] } : {}),
                    },
                  ],
                  ...(token
                    ? {
                        volumes: [
                          {
                            name: 'snapshot-token',
                            projected: {
                              sources: [{ serviceAccountToken: { audience: token.audience, expirationSeconds: 3600, path: token.file } }],
                            },
                          },
                        ],
                      }
                    : {}),
                },
              },
              volumeClaimTemplates: [
                {
                  metadata: { name: 'elasticsearch-data' },
                  spec: {
                    accessModes: ['ReadWriteOnce'],
                    storageClassName: props.storageClass,
                    resources: {
                      requests: { storage: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests.fromString(props.storage) },
                    },
                  },
                },
              ],
            },
          ],
        },
      }),
    );
  }
}
