/**
 * MongoDB as a MongoDBCommunity resource of MongoDB Controllers for Kubernetes: a replica set with
 * SCRAM authentication and one administrator, restricted pods on the data-plane pool. The
 * operator merges the pod template below into its StatefulSet by container name, so every
 * container it runs is named here with the restricted security context (which the gate checks).
 * Prune-protected: it keeps data.
 */
import { Construct } from 'constructs';
import type { NodePoolName, Resources } from '../../../../config/types';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../../core/security-context';
import { isQuantity } from '../../../../lib/k8s/quantity';
import {
  MongoDbCommunity,
  MongoDbCommunitySpecSecurityAuthenticationModes,
  MongoDbCommunitySpecType,
} from '../../../../imports/mongodbcommunity-mongodbcommunity.mongodb.com';
import { protectFromPrune } from '../../core/argocd';
import { poolSelector, poolTolerations } from '../common';
import { resourceJson } from '../pod-template';

/** MongoDB 8.0 (the long-term line); the operator runs quay.io/mongodb/mongodb-community-server:<version>-ubi8. */
const MONGODB_VERSION = '8.0.12';
export const MONGODB_IMAGE = `quay.io/mongodb/mongodb-community-server:${MONGODB_VERSION}-ubi8`;
/** UID the operator runs the database pods as (its default pod security context). */
export const MONGODB_UID = 2000;
/** Containers of the operator's StatefulSet (mongodb-community-operator/controllers/construct). */
const MONGODB_CONTAINERS = { mongod: 'mongod', agent: 'mongodb-agent' } as const;
const MONGODB_INIT_CONTAINERS = ['mongod-posthook', 'mongodb-agent-readinessprobe'] as const;

interface MatihMongoProps {
  /** Name of the resource; the operator names its Service `<name>-svc` and the replica set `<name>`. */
  readonly name: string;
  readonly namespace: string;
  readonly members: number;
  readonly storage: string;
  readonly storageClass: string;
  readonly resources: Resources;
  /** The administrator: user in `admin` with the `root` role, password from `secret`/`key`. */
  readonly admin: { readonly user: string; readonly secret: string; readonly key: string };
  readonly nodePool: NodePoolName;
  readonly labels: Readonly<Record<string, string>>;
  readonly podLabels: Readonly<Record<string, string>>;
}

/** Requests and limits of the automation agent beside mongod (the operator's defaults are unbounded otherwise). */
const AGENT_RESOURCES: Resources = { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } };

export class MatihMongo extends Construct {
  readonly replicaSet: MongoDbCommunity;

  constructor(scope: Construct, id: string, props: MatihMongoProps) {
    super(scope, id);
    const what = `MongoDB ${props.name}`;
    if (!Number.isInteger(props.members) || props.members < 1 || props.members % 2 === 0)
      throw new Error(`${what}: members must be an odd positive integer (an election majority), found ${props.members}`);
    if (!isQuantity(props.storage)) throw new Error(`${what}: storage "${props.storage}" is not a Kubernetes quantity`);
    if (!props.storageClass) throw new Error(`${what}: storageClass must not be empty`);
    const restricted = restrictedContainerSecurityContext({ uid: MONGODB_UID });
    const claim = (name: string, size: string) => ({
      metadata: { name },
      spec: { accessModes: ['ReadWriteOnce'], storageClassName: props.storageClass, resources: { requests: { storage: size } } },
    });
    this.replicaSet = protectFromPrune(
      new MongoDbCommunity(this, 'replica-set', {
        metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
        spec: {
          type: MongoDbCommunitySpecType.REPLICA_SET,
          members: props.members,
          version: MONGODB_VERSION,
          security: { authentication: { modes: [MongoDbCommunitySpecSecurityAuthenticationModes.SCRAM] } },
          users: [
            {
              name: props.admin.user,
              db: 'admin',
              passwordSecretRef: { name: props.admin.secret, key: props.admin.key },
              roles: [{ name: 'root', db: 'admin' }],
              scramCredentialsSecretName: `${props.name}-${props.admin.user}`,
            },
          ],
          statefulSet: {
            spec: {
              template: {
                metadata: { labels: { ...props.podLabels } },
                spec: {
                  // The agent's readiness probe patches its own pod's annotations (agent.mongodb.com/version) through the API,
                  // as the operator-created ServiceAccount mongodb-database, whose Role the operator chart grants.
                  automountServiceAccountToken: true,
                  securityContext: restrictedPodSecurityContext({ uid: MONGODB_UID }),
                  nodeSelector: poolSelector(props.nodePool),
                  tolerations: poolTolerations(props.nodePool),
                  containers: [
                    { name: MONGODB_CONTAINERS.mongod, resources: resourceJson(props.resources), securityContext: restricted },
                    { name: MONGODB_CONTAINERS.agent, resources: resourceJson(AGENT_RESOURCES), securityContext: restricted },
                  ],
                  initContainers: MONGODB_INIT_CONTAINERS.map((name) => ({ name, securityContext: restricted })),
                },
              },
              volumeClaimTemplates: [claim('data-volume', props.storage), claim('logs-volume', '2Gi')],
            },
          },
        },
      }),
    );
  }
}
