import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Redis is the Schema for the redis API
 *
 * @schema RedisReplication
 */
export declare class RedisReplication extends ApiObject {
    /**
     * Returns the apiVersion and kind for "RedisReplication"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "RedisReplication".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: RedisReplicationProps): any;
    /**
     * Defines a "RedisReplication" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: RedisReplicationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Redis is the Schema for the redis API
 *
 * @schema RedisReplication
 */
export interface RedisReplicationProps {
    /**
     * @schema RedisReplication#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema RedisReplication#spec
     */
    readonly spec: RedisReplicationSpec;
}
/**
 * Converts an object of type 'RedisReplicationProps' to JSON representation.
 */
export declare function toJson_RedisReplicationProps(obj: RedisReplicationProps | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpec
 */
export interface RedisReplicationSpec {
    /**
     * TLS Configuration for redis instances
     *
     * @schema RedisReplicationSpec#TLS
     */
    readonly tls?: RedisReplicationSpecTls;
    /**
     * @schema RedisReplicationSpec#acl
     */
    readonly acl?: RedisReplicationSpecAcl;
    /**
     * Affinity is a group of affinity scheduling rules.
     *
     * @schema RedisReplicationSpec#affinity
     */
    readonly affinity?: RedisReplicationSpecAffinity;
    /**
     * @schema RedisReplicationSpec#clusterSize
     */
    readonly clusterSize: number;
    /**
     * @schema RedisReplicationSpec#env
     */
    readonly env?: RedisReplicationSpecEnv[];
    /**
     * @schema RedisReplicationSpec#hostPort
     */
    readonly hostPort?: number;
    /**
     * InitContainer for each Redis pods
     *
     * @schema RedisReplicationSpec#initContainer
     */
    readonly initContainer?: RedisReplicationSpecInitContainer;
    /**
     * KubernetesConfig will be the JSON struct for Basic Redis Config
     *
     * @schema RedisReplicationSpec#kubernetesConfig
     */
    readonly kubernetesConfig: RedisReplicationSpecKubernetesConfig;
    /**
     * Probe describes a health check to be performed against a container to determine whether it is
     * alive or ready to receive traffic.
     *
     * @schema RedisReplicationSpec#livenessProbe
     */
    readonly livenessProbe?: RedisReplicationSpecLivenessProbe;
    /**
     * @schema RedisReplicationSpec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * RedisPodDisruptionBudget configure a PodDisruptionBudget on the resource (leader/follower)
     *
     * @schema RedisReplicationSpec#pdb
     */
    readonly pdb?: RedisReplicationSpecPdb;
    /**
     * PodSecurityContext holds pod-level security attributes and common container settings.
     * Some fields are also present in container.securityContext.  Field values of
     * container.securityContext take precedence over field values of PodSecurityContext.
     *
     * @schema RedisReplicationSpec#podSecurityContext
     */
    readonly podSecurityContext?: RedisReplicationSpecPodSecurityContext;
    /**
     * @schema RedisReplicationSpec#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * Probe describes a health check to be performed against a container to determine whether it is
     * alive or ready to receive traffic.
     *
     * @schema RedisReplicationSpec#readinessProbe
     */
    readonly readinessProbe?: RedisReplicationSpecReadinessProbe;
    /**
     * RedisConfig defines the external configuration of Redis
     *
     * @schema RedisReplicationSpec#redisConfig
     */
    readonly redisConfig?: RedisReplicationSpecRedisConfig;
    /**
     * RedisExporter interface will have the information for redis exporter related stuff
     *
     * @schema RedisReplicationSpec#redisExporter
     */
    readonly redisExporter?: RedisReplicationSpecRedisExporter;
    /**
     * SecurityContext holds security configuration that will be applied to a container.
     * Some fields are present in both SecurityContext and PodSecurityContext.  When both
     * are set, the values in SecurityContext take precedence.
     *
     * @schema RedisReplicationSpec#securityContext
     */
    readonly securityContext?: RedisReplicationSpecSecurityContext;
    /**
     * @schema RedisReplicationSpec#sentinel
     */
    readonly sentinel?: RedisReplicationSpecSentinel;
    /**
     * @schema RedisReplicationSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * @schema RedisReplicationSpec#sidecars
     */
    readonly sidecars?: RedisReplicationSpecSidecars[];
    /**
     * Storage is the interface to add pvc and pv support in redis
     *
     * @schema RedisReplicationSpec#storage
     */
    readonly storage?: RedisReplicationSpecStorage;
    /**
     * @schema RedisReplicationSpec#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RedisReplicationSpec#tolerations
     */
    readonly tolerations?: RedisReplicationSpecTolerations[];
    /**
     * @schema RedisReplicationSpec#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: RedisReplicationSpecTopologySpreadConstraints[];
}
/**
 * Converts an object of type 'RedisReplicationSpec' to JSON representation.
 */
export declare function toJson_RedisReplicationSpec(obj: RedisReplicationSpec | undefined): Record<string, any> | undefined;
/**
 * TLS Configuration for redis instances
 *
 * @schema RedisReplicationSpecTls
 */
export interface RedisReplicationSpecTls {
    /**
     * @schema RedisReplicationSpecTls#ca
     */
    readonly ca?: string;
    /**
     * @schema RedisReplicationSpecTls#cert
     */
    readonly cert?: string;
    /**
     * @schema RedisReplicationSpecTls#key
     */
    readonly key?: string;
    /**
     * Reference to secret which contains the certificates
     *
     * @schema RedisReplicationSpecTls#secret
     */
    readonly secret: RedisReplicationSpecTlsSecret;
}
/**
 * Converts an object of type 'RedisReplicationSpecTls' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecTls(obj: RedisReplicationSpecTls | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecAcl
 */
export interface RedisReplicationSpecAcl {
    /**
     * PersistentVolumeClaim-based ACL configuration
     * Specify the PVC name to mount ACL file from persistent storage
     * The operator mounts the PVC at /data/redis so Redis can read and update /data/redis/user.acl
     * This feature requires the GenerateConfigInInitContainer feature gate to be enabled.
     *
     * @schema RedisReplicationSpecAcl#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: string;
    /**
     * Secret-based ACL configuration.
     * Adapts a Secret into a volume containing ACL rules.
     * The contents of the target Secret's Data field will be presented in a volume
     * as files using the keys in the Data field as the file names.
     * Secret volumes support ownership management and SELinux relabeling.
     *
     * @schema RedisReplicationSpecAcl#secret
     */
    readonly secret?: RedisReplicationSpecAclSecret;
}
/**
 * Converts an object of type 'RedisReplicationSpecAcl' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAcl(obj: RedisReplicationSpecAcl | undefined): Record<string, any> | undefined;
/**
 * Affinity is a group of affinity scheduling rules.
 *
 * @schema RedisReplicationSpecAffinity
 */
export interface RedisReplicationSpecAffinity {
    /**
     * Describes node affinity scheduling rules for the pod.
     *
     * @schema RedisReplicationSpecAffinity#nodeAffinity
     */
    readonly nodeAffinity?: RedisReplicationSpecAffinityNodeAffinity;
    /**
     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema RedisReplicationSpecAffinity#podAffinity
     */
    readonly podAffinity?: RedisReplicationSpecAffinityPodAffinity;
    /**
     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema RedisReplicationSpecAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: RedisReplicationSpecAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinity' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinity(obj: RedisReplicationSpecAffinity | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema RedisReplicationSpecEnv
 */
export interface RedisReplicationSpecEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema RedisReplicationSpecEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema RedisReplicationSpecEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema RedisReplicationSpecEnv#valueFrom
     */
    readonly valueFrom?: RedisReplicationSpecEnvValueFrom;
}
/**
 * Converts an object of type 'RedisReplicationSpecEnv' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecEnv(obj: RedisReplicationSpecEnv | undefined): Record<string, any> | undefined;
/**
 * InitContainer for each Redis pods
 *
 * @schema RedisReplicationSpecInitContainer
 */
export interface RedisReplicationSpecInitContainer {
    /**
     * @schema RedisReplicationSpecInitContainer#args
     */
    readonly args?: string[];
    /**
     * @schema RedisReplicationSpecInitContainer#command
     */
    readonly command?: string[];
    /**
     * @schema RedisReplicationSpecInitContainer#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema RedisReplicationSpecInitContainer#env
     */
    readonly env?: RedisReplicationSpecInitContainerEnv[];
    /**
     * @schema RedisReplicationSpecInitContainer#image
     */
    readonly image: string;
    /**
     * PullPolicy describes a policy for if/when to pull a container image
     *
     * @schema RedisReplicationSpecInitContainer#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * ResourceRequirements describes the compute resource requirements.
     *
     * @schema RedisReplicationSpecInitContainer#resources
     */
    readonly resources?: RedisReplicationSpecInitContainerResources;
    /**
     * SecurityContext holds security configuration that will be applied to a container.
     * Some fields are present in both SecurityContext and PodSecurityContext.  When both
     * are set, the values in SecurityContext take precedence.
     *
     * @schema RedisReplicationSpecInitContainer#securityContext
     */
    readonly securityContext?: RedisReplicationSpecInitContainerSecurityContext;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainer' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainer(obj: RedisReplicationSpecInitContainer | undefined): Record<string, any> | undefined;
/**
 * KubernetesConfig will be the JSON struct for Basic Redis Config
 *
 * @schema RedisReplicationSpecKubernetesConfig
 */
export interface RedisReplicationSpecKubernetesConfig {
    /**
     * @schema RedisReplicationSpecKubernetesConfig#ignoreAnnotations
     */
    readonly ignoreAnnotations?: string[];
    /**
     * @schema RedisReplicationSpecKubernetesConfig#image
     */
    readonly image: string;
    /**
     * PullPolicy describes a policy for if/when to pull a container image
     *
     * @schema RedisReplicationSpecKubernetesConfig#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema RedisReplicationSpecKubernetesConfig#imagePullSecrets
     */
    readonly imagePullSecrets?: RedisReplicationSpecKubernetesConfigImagePullSecrets[];
    /**
     * @schema RedisReplicationSpecKubernetesConfig#minReadySeconds
     */
    readonly minReadySeconds?: number;
    /**
     * StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs
     * created from the StatefulSet VolumeClaimTemplates.
     *
     * @schema RedisReplicationSpecKubernetesConfig#persistentVolumeClaimRetentionPolicy
     */
    readonly persistentVolumeClaimRetentionPolicy?: RedisReplicationSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy;
    /**
     * ExistingPasswordSecret is the struct to access the existing secret
     *
     * @schema RedisReplicationSpecKubernetesConfig#redisSecret
     */
    readonly redisSecret?: RedisReplicationSpecKubernetesConfigRedisSecret;
    /**
     * ResourceRequirements describes the compute resource requirements.
     *
     * @schema RedisReplicationSpecKubernetesConfig#resources
     */
    readonly resources?: RedisReplicationSpecKubernetesConfigResources;
    /**
     * ServiceConfig define the type of service to be created and its annotations
     *
     * @schema RedisReplicationSpecKubernetesConfig#service
     */
    readonly service?: RedisReplicationSpecKubernetesConfigService;
    /**
     * StatefulSetUpdateStrategy indicates the strategy that the StatefulSet
     * controller will use to perform updates. It includes any additional parameters
     * necessary to perform the update for the indicated strategy.
     *
     * @schema RedisReplicationSpecKubernetesConfig#updateStrategy
     */
    readonly updateStrategy?: RedisReplicationSpecKubernetesConfigUpdateStrategy;
}
/**
 * Converts an object of type 'RedisReplicationSpecKubernetesConfig' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecKubernetesConfig(obj: RedisReplicationSpecKubernetesConfig | undefined): Record<string, any> | undefined;
/**
 * Probe describes a health check to be performed against a container to determine whether it is
 * alive or ready to receive traffic.
 *
 * @schema RedisReplicationSpecLivenessProbe
 */
export interface RedisReplicationSpecLivenessProbe {
    /**
     * Exec specifies the action to take.
     *
     * @schema RedisReplicationSpecLivenessProbe#exec
     */
    readonly exec?: RedisReplicationSpecLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RedisReplicationSpecLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies an action involving a GRPC port.
     *
     * @schema RedisReplicationSpecLivenessProbe#grpc
     */
    readonly grpc?: RedisReplicationSpecLivenessProbeGrpc;
    /**
     * HTTPGet specifies the http request to perform.
     *
     * @schema RedisReplicationSpecLivenessProbe#httpGet
     */
    readonly httpGet?: RedisReplicationSpecLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RedisReplicationSpecLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RedisReplicationSpecLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RedisReplicationSpecLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies an action involving a TCP port.
     *
     * @schema RedisReplicationSpecLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: RedisReplicationSpecLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema RedisReplicationSpecLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RedisReplicationSpecLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RedisReplicationSpecLivenessProbe' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecLivenessProbe(obj: RedisReplicationSpecLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * RedisPodDisruptionBudget configure a PodDisruptionBudget on the resource (leader/follower)
 *
 * @schema RedisReplicationSpecPdb
 */
export interface RedisReplicationSpecPdb {
    /**
     * @schema RedisReplicationSpecPdb#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema RedisReplicationSpecPdb#maxUnavailable
     */
    readonly maxUnavailable?: number;
    /**
     * @schema RedisReplicationSpecPdb#minAvailable
     */
    readonly minAvailable?: number;
}
/**
 * Converts an object of type 'RedisReplicationSpecPdb' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecPdb(obj: RedisReplicationSpecPdb | undefined): Record<string, any> | undefined;
/**
 * PodSecurityContext holds pod-level security attributes and common container settings.
 * Some fields are also present in container.securityContext.  Field values of
 * container.securityContext take precedence over field values of PodSecurityContext.
 *
 * @schema RedisReplicationSpecPodSecurityContext
 */
export interface RedisReplicationSpecPodSecurityContext {
    /**
     * A special supplemental group that applies to all containers in a pod.
     * Some volume types allow the Kubelet to change the ownership of that volume
     * to be owned by the pod:
     *
     * 1. The owning GID will be the FSGroup
     * 2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
     * 3. The permission bits are OR'd with rw-rw----
     *
     * If unset, the Kubelet will not modify the ownership and permissions of any volume.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecPodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume
     * before being exposed inside Pod. This field will only apply to
     * volume types which support fsGroup based ownership(and permissions).
     * It will have no effect on ephemeral volume types such as: secret, configmaps
     * and emptydir.
     * Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecPodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecPodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema RedisReplicationSpecPodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema RedisReplicationSpecPodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to all containers.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in SecurityContext.  If set in
     * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
     * takes precedence for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecPodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RedisReplicationSpecPodSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecPodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RedisReplicationSpecPodSecurityContextSeccompProfile;
    /**
     * A list of groups applied to the first process run in each container, in addition
     * to the container's primary GID, the fsGroup (if specified), and group memberships
     * defined in the container image for the uid of the container process. If unspecified,
     * no additional groups are added to any container. Note that group memberships
     * defined in the container image for the uid of the container process are still effective,
     * even if they are not included in this list.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecPodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported
     * sysctls (by the container runtime) might fail to launch.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecPodSecurityContext#sysctls
     */
    readonly sysctls?: RedisReplicationSpecPodSecurityContextSysctls[];
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options within a container's SecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RedisReplicationSpecPodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RedisReplicationSpecPodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RedisReplicationSpecPodSecurityContext' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecPodSecurityContext(obj: RedisReplicationSpecPodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * Probe describes a health check to be performed against a container to determine whether it is
 * alive or ready to receive traffic.
 *
 * @schema RedisReplicationSpecReadinessProbe
 */
export interface RedisReplicationSpecReadinessProbe {
    /**
     * Exec specifies the action to take.
     *
     * @schema RedisReplicationSpecReadinessProbe#exec
     */
    readonly exec?: RedisReplicationSpecReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RedisReplicationSpecReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies an action involving a GRPC port.
     *
     * @schema RedisReplicationSpecReadinessProbe#grpc
     */
    readonly grpc?: RedisReplicationSpecReadinessProbeGrpc;
    /**
     * HTTPGet specifies the http request to perform.
     *
     * @schema RedisReplicationSpecReadinessProbe#httpGet
     */
    readonly httpGet?: RedisReplicationSpecReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RedisReplicationSpecReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RedisReplicationSpecReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RedisReplicationSpecReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies an action involving a TCP port.
     *
     * @schema RedisReplicationSpecReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: RedisReplicationSpecReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema RedisReplicationSpecReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RedisReplicationSpecReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RedisReplicationSpecReadinessProbe' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecReadinessProbe(obj: RedisReplicationSpecReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * RedisConfig defines the external configuration of Redis
 *
 * @schema RedisReplicationSpecRedisConfig
 */
export interface RedisReplicationSpecRedisConfig {
    /**
     * @schema RedisReplicationSpecRedisConfig#additionalRedisConfig
     */
    readonly additionalRedisConfig?: string;
    /**
     * @schema RedisReplicationSpecRedisConfig#dynamicConfig
     */
    readonly dynamicConfig?: string[];
    /**
     * MaxMemoryPercentOfLimit is the percentage of the Redis container memory limit to be used as maxmemory.
     * When set with a memory limit, the operator also exports the computed value via the REDIS_MAX_MEMORY environment variable.
     *
     * @schema RedisReplicationSpecRedisConfig#maxMemoryPercentOfLimit
     */
    readonly maxMemoryPercentOfLimit?: number;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisConfig' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisConfig(obj: RedisReplicationSpecRedisConfig | undefined): Record<string, any> | undefined;
/**
 * RedisExporter interface will have the information for redis exporter related stuff
 *
 * @schema RedisReplicationSpecRedisExporter
 */
export interface RedisReplicationSpecRedisExporter {
    /**
     * @schema RedisReplicationSpecRedisExporter#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema RedisReplicationSpecRedisExporter#env
     */
    readonly env?: RedisReplicationSpecRedisExporterEnv[];
    /**
     * @schema RedisReplicationSpecRedisExporter#image
     */
    readonly image: string;
    /**
     * PullPolicy describes a policy for if/when to pull a container image
     *
     * @schema RedisReplicationSpecRedisExporter#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema RedisReplicationSpecRedisExporter#port
     */
    readonly port?: number;
    /**
     * ResourceRequirements describes the compute resource requirements.
     *
     * @schema RedisReplicationSpecRedisExporter#resources
     */
    readonly resources?: RedisReplicationSpecRedisExporterResources;
    /**
     * SecurityContext holds security configuration that will be applied to a container.
     * Some fields are present in both SecurityContext and PodSecurityContext.  When both
     * are set, the values in SecurityContext take precedence.
     *
     * @schema RedisReplicationSpecRedisExporter#securityContext
     */
    readonly securityContext?: RedisReplicationSpecRedisExporterSecurityContext;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporter' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporter(obj: RedisReplicationSpecRedisExporter | undefined): Record<string, any> | undefined;
/**
 * SecurityContext holds security configuration that will be applied to a container.
 * Some fields are present in both SecurityContext and PodSecurityContext.  When both
 * are set, the values in SecurityContext take precedence.
 *
 * @schema RedisReplicationSpecSecurityContext
 */
export interface RedisReplicationSpecSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema RedisReplicationSpecSecurityContext#capabilities
     */
    readonly capabilities?: RedisReplicationSpecSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisReplicationSpecSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default is DefaultProcMount which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisReplicationSpecSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema RedisReplicationSpecSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema RedisReplicationSpecSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RedisReplicationSpecSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RedisReplicationSpecSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RedisReplicationSpecSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RedisReplicationSpecSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RedisReplicationSpecSecurityContext' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSecurityContext(obj: RedisReplicationSpecSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecSentinel
 */
export interface RedisReplicationSpecSentinel {
    /**
     * @schema RedisReplicationSpecSentinel#additionalSentinelConfig
     */
    readonly additionalSentinelConfig?: string;
    /**
     * @schema RedisReplicationSpecSentinel#announceHostnames
     */
    readonly announceHostnames?: string;
    /**
     * @schema RedisReplicationSpecSentinel#downAfterMilliseconds
     */
    readonly downAfterMilliseconds?: string;
    /**
     * @schema RedisReplicationSpecSentinel#failoverTimeout
     */
    readonly failoverTimeout?: string;
    /**
     * @schema RedisReplicationSpecSentinel#ignoreAnnotations
     */
    readonly ignoreAnnotations?: string[];
    /**
     * @schema RedisReplicationSpecSentinel#image
     */
    readonly image: string;
    /**
     * PullPolicy describes a policy for if/when to pull a container image
     *
     * @schema RedisReplicationSpecSentinel#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema RedisReplicationSpecSentinel#imagePullSecrets
     */
    readonly imagePullSecrets?: RedisReplicationSpecSentinelImagePullSecrets[];
    /**
     * @schema RedisReplicationSpecSentinel#minReadySeconds
     */
    readonly minReadySeconds?: number;
    /**
     * @schema RedisReplicationSpecSentinel#parallelSyncs
     */
    readonly parallelSyncs?: string;
    /**
     * StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs
     * created from the StatefulSet VolumeClaimTemplates.
     *
     * @schema RedisReplicationSpecSentinel#persistentVolumeClaimRetentionPolicy
     */
    readonly persistentVolumeClaimRetentionPolicy?: RedisReplicationSpecSentinelPersistentVolumeClaimRetentionPolicy;
    /**
     * @schema RedisReplicationSpecSentinel#quorum
     */
    readonly quorum?: string;
    /**
     * ExistingPasswordSecret is the struct to access the existing secret
     *
     * @schema RedisReplicationSpecSentinel#redisSecret
     */
    readonly redisSecret?: RedisReplicationSpecSentinelRedisSecret;
    /**
     * @schema RedisReplicationSpecSentinel#resolveHostnames
     */
    readonly resolveHostnames?: string;
    /**
     * ResourceRequirements describes the compute resource requirements.
     *
     * @schema RedisReplicationSpecSentinel#resources
     */
    readonly resources?: RedisReplicationSpecSentinelResources;
    /**
     * ServiceConfig define the type of service to be created and its annotations
     *
     * @schema RedisReplicationSpecSentinel#service
     */
    readonly service?: RedisReplicationSpecSentinelService;
    /**
     * @schema RedisReplicationSpecSentinel#size
     */
    readonly size: number;
    /**
     * StatefulSetUpdateStrategy indicates the strategy that the StatefulSet
     * controller will use to perform updates. It includes any additional parameters
     * necessary to perform the update for the indicated strategy.
     *
     * @schema RedisReplicationSpecSentinel#updateStrategy
     */
    readonly updateStrategy?: RedisReplicationSpecSentinelUpdateStrategy;
}
/**
 * Converts an object of type 'RedisReplicationSpecSentinel' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSentinel(obj: RedisReplicationSpecSentinel | undefined): Record<string, any> | undefined;
/**
 * Sidecar for each Redis pods
 *
 * @schema RedisReplicationSpecSidecars
 */
export interface RedisReplicationSpecSidecars {
    /**
     * @schema RedisReplicationSpecSidecars#command
     */
    readonly command?: string[];
    /**
     * @schema RedisReplicationSpecSidecars#env
     */
    readonly env?: RedisReplicationSpecSidecarsEnv[];
    /**
     * @schema RedisReplicationSpecSidecars#image
     */
    readonly image: string;
    /**
     * PullPolicy describes a policy for if/when to pull a container image
     *
     * @schema RedisReplicationSpecSidecars#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema RedisReplicationSpecSidecars#mountPath
     */
    readonly mountPath?: RedisReplicationSpecSidecarsMountPath[];
    /**
     * @schema RedisReplicationSpecSidecars#name
     */
    readonly name: string;
    /**
     * @schema RedisReplicationSpecSidecars#ports
     */
    readonly ports?: RedisReplicationSpecSidecarsPorts[];
    /**
     * ResourceRequirements describes the compute resource requirements.
     *
     * @schema RedisReplicationSpecSidecars#resources
     */
    readonly resources?: RedisReplicationSpecSidecarsResources;
    /**
     * SecurityContext holds security configuration that will be applied to a container.
     * Some fields are present in both SecurityContext and PodSecurityContext.  When both
     * are set, the values in SecurityContext take precedence.
     *
     * @schema RedisReplicationSpecSidecars#securityContext
     */
    readonly securityContext?: RedisReplicationSpecSidecarsSecurityContext;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecars' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecars(obj: RedisReplicationSpecSidecars | undefined): Record<string, any> | undefined;
/**
 * Storage is the interface to add pvc and pv support in redis
 *
 * @schema RedisReplicationSpecStorage
 */
export interface RedisReplicationSpecStorage {
    /**
     * @schema RedisReplicationSpecStorage#keepAfterDelete
     */
    readonly keepAfterDelete?: boolean;
    /**
     * PersistentVolumeClaim is a user's request for and claim to a persistent volume
     *
     * @schema RedisReplicationSpecStorage#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: RedisReplicationSpecStorageVolumeClaimTemplate;
    /**
     * Additional Volume is provided by user that is mounted on the pods
     *
     * @schema RedisReplicationSpecStorage#volumeMount
     */
    readonly volumeMount?: RedisReplicationSpecStorageVolumeMount;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorage' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorage(obj: RedisReplicationSpecStorage | undefined): Record<string, any> | undefined;
/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema RedisReplicationSpecTolerations
 */
export interface RedisReplicationSpecTolerations {
    /**
     * Effect indicates the taint effect to match. Empty means match all taint effects.
     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
     *
     * @schema RedisReplicationSpecTolerations#effect
     */
    readonly effect?: string;
    /**
     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
     *
     * @schema RedisReplicationSpecTolerations#key
     */
    readonly key?: string;
    /**
     * Operator represents a key's relationship to the value.
     * Valid operators are Exists and Equal. Defaults to Equal.
     * Exists is equivalent to wildcard for value, so that a pod can
     * tolerate all taints of a particular category.
     *
     * @default Equal.
     * @schema RedisReplicationSpecTolerations#operator
     */
    readonly operator?: string;
    /**
     * TolerationSeconds represents the period of time the toleration (which must be
     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
     * it is not set, which means tolerate the taint forever (do not evict). Zero and
     * negative values will be treated as 0 (evict immediately) by the system.
     *
     * @schema RedisReplicationSpecTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * Value is the taint value the toleration matches to.
     * If the operator is Exists, the value should be empty, otherwise just a regular string.
     *
     * @schema RedisReplicationSpecTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecTolerations' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecTolerations(obj: RedisReplicationSpecTolerations | undefined): Record<string, any> | undefined;
/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema RedisReplicationSpecTopologySpreadConstraints
 */
export interface RedisReplicationSpecTopologySpreadConstraints {
    /**
     * LabelSelector is used to find matching pods.
     * Pods that match this label selector are counted to determine the number of pods
     * in their corresponding topology domain.
     *
     * @schema RedisReplicationSpecTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: RedisReplicationSpecTopologySpreadConstraintsLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select the pods over which
     * spreading will be calculated. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are ANDed with labelSelector
     * to select the group of existing pods over which spreading will be calculated
     * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
     * MatchLabelKeys cannot be set when LabelSelector isn't set.
     * Keys that don't exist in the incoming pod labels will
     * be ignored. A null or empty list means only match against labelSelector.
     *
     * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
     *
     * @schema RedisReplicationSpecTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MaxSkew describes the degree to which pods may be unevenly distributed.
     * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
     * between the number of matching pods in the target topology and the global minimum.
     * The global minimum is the minimum number of matching pods in an eligible domain
     * or zero if the number of eligible domains is less than MinDomains.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 2/2/1:
     * In this case, the global minimum is 1.
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |   P   |
     * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
     * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
     * violate MaxSkew(1).
     * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
     * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
     * to topologies that satisfy it.
     * It's a required field. Default value is 1 and 0 is not allowed.
     *
     * @schema RedisReplicationSpecTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * MinDomains indicates a minimum number of eligible domains.
     * When the number of eligible domains with matching topology keys is less than minDomains,
     * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
     * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
     * this value has no effect on scheduling.
     * As a result, when the number of eligible domains is less than minDomains,
     * scheduler won't schedule more than maxSkew Pods to those domains.
     * If value is nil, the constraint behaves as if MinDomains is equal to 1.
     * Valid values are integers greater than 0.
     * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
     *
     * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
     * labelSelector spread as 2/2/2:
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |  P P  |
     * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
     * In this situation, new pod with the same labelSelector cannot be scheduled,
     * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
     * it will violate MaxSkew.
     *
     * This is a beta field and requires the MinDomainsInPodTopologySpread feature gate to be enabled (enabled by default).
     *
     * @schema RedisReplicationSpecTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
     * when calculating pod topology spread skew. Options are:
     * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
     * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
     *
     * If this value is nil, the behavior is equivalent to the Honor policy.
     * This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.
     *
     * @schema RedisReplicationSpecTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * NodeTaintsPolicy indicates how we will treat node taints when calculating
     * pod topology spread skew. Options are:
     * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
     * has a toleration, are included.
     * - Ignore: node taints are ignored. All nodes are included.
     *
     * If this value is nil, the behavior is equivalent to the Ignore policy.
     * This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.
     *
     * @schema RedisReplicationSpecTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * TopologyKey is the key of node labels. Nodes that have a label with this key
     * and identical values are considered to be in the same topology.
     * We consider each <key, value> as a "bucket", and try to put balanced number
     * of pods into each bucket.
     * We define a domain as a particular instance of a topology.
     * Also, we define an eligible domain as a domain whose nodes meet the requirements of
     * nodeAffinityPolicy and nodeTaintsPolicy.
     * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
     * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
     * It's a required field.
     *
     * @schema RedisReplicationSpecTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
     * the spread constraint.
     * - DoNotSchedule (default) tells the scheduler not to schedule it.
     * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
     * but giving higher precedence to topologies that would help reduce the
     * skew.
     * A constraint is considered "Unsatisfiable" for an incoming pod
     * if and only if every possible node assignment for that pod would violate
     * "MaxSkew" on some topology.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 3/1/1:
     * | zone1 | zone2 | zone3 |
     * | P P P |   P   |   P   |
     * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
     * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
     * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
     * won't make it *more* imbalanced.
     * It's a required field.
     *
     * @schema RedisReplicationSpecTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecTopologySpreadConstraints(obj: RedisReplicationSpecTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * Reference to secret which contains the certificates
 *
 * @schema RedisReplicationSpecTlsSecret
 */
export interface RedisReplicationSpecTlsSecret {
    /**
     * defaultMode is Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values
     * for mode bits. Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema RedisReplicationSpecTlsSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items If unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema RedisReplicationSpecTlsSecret#items
     */
    readonly items?: RedisReplicationSpecTlsSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema RedisReplicationSpecTlsSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema RedisReplicationSpecTlsSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecTlsSecret' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecTlsSecret(obj: RedisReplicationSpecTlsSecret | undefined): Record<string, any> | undefined;
/**
 * Secret-based ACL configuration.
 * Adapts a Secret into a volume containing ACL rules.
 * The contents of the target Secret's Data field will be presented in a volume
 * as files using the keys in the Data field as the file names.
 * Secret volumes support ownership management and SELinux relabeling.
 *
 * @schema RedisReplicationSpecAclSecret
 */
export interface RedisReplicationSpecAclSecret {
    /**
     * defaultMode is Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values
     * for mode bits. Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema RedisReplicationSpecAclSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items If unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema RedisReplicationSpecAclSecret#items
     */
    readonly items?: RedisReplicationSpecAclSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema RedisReplicationSpecAclSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema RedisReplicationSpecAclSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecAclSecret' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAclSecret(obj: RedisReplicationSpecAclSecret | undefined): Record<string, any> | undefined;
/**
 * Describes node affinity scheduling rules for the pod.
 *
 * @schema RedisReplicationSpecAffinityNodeAffinity
 */
export interface RedisReplicationSpecAffinityNodeAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node matches the corresponding matchExpressions; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to an update), the system
     * may or may not try to eventually evict the pod from its node.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityNodeAffinity(obj: RedisReplicationSpecAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema RedisReplicationSpecAffinityPodAffinity
 */
export interface RedisReplicationSpecAffinityPodAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema RedisReplicationSpecAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema RedisReplicationSpecAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinity(obj: RedisReplicationSpecAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinity
 */
export interface RedisReplicationSpecAffinityPodAntiAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the anti-affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling anti-affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the anti-affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the anti-affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinity(obj: RedisReplicationSpecAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema RedisReplicationSpecEnvValueFrom
 */
export interface RedisReplicationSpecEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RedisReplicationSpecEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RedisReplicationSpecEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RedisReplicationSpecEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RedisReplicationSpecEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RedisReplicationSpecEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisReplicationSpecEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RedisReplicationSpecEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RedisReplicationSpecEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RedisReplicationSpecEnvValueFrom' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecEnvValueFrom(obj: RedisReplicationSpecEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema RedisReplicationSpecInitContainerEnv
 */
export interface RedisReplicationSpecInitContainerEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema RedisReplicationSpecInitContainerEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema RedisReplicationSpecInitContainerEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema RedisReplicationSpecInitContainerEnv#valueFrom
     */
    readonly valueFrom?: RedisReplicationSpecInitContainerEnvValueFrom;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerEnv' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerEnv(obj: RedisReplicationSpecInitContainerEnv | undefined): Record<string, any> | undefined;
/**
 * ResourceRequirements describes the compute resource requirements.
 *
 * @schema RedisReplicationSpecInitContainerResources
 */
export interface RedisReplicationSpecInitContainerResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RedisReplicationSpecInitContainerResources#claims
     */
    readonly claims?: RedisReplicationSpecInitContainerResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecInitContainerResources#limits
     */
    readonly limits?: {
        [key: string]: RedisReplicationSpecInitContainerResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecInitContainerResources#requests
     */
    readonly requests?: {
        [key: string]: RedisReplicationSpecInitContainerResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerResources' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerResources(obj: RedisReplicationSpecInitContainerResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext holds security configuration that will be applied to a container.
 * Some fields are present in both SecurityContext and PodSecurityContext.  When both
 * are set, the values in SecurityContext take precedence.
 *
 * @schema RedisReplicationSpecInitContainerSecurityContext
 */
export interface RedisReplicationSpecInitContainerSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema RedisReplicationSpecInitContainerSecurityContext#capabilities
     */
    readonly capabilities?: RedisReplicationSpecInitContainerSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisReplicationSpecInitContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default is DefaultProcMount which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisReplicationSpecInitContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema RedisReplicationSpecInitContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RedisReplicationSpecInitContainerSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RedisReplicationSpecInitContainerSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RedisReplicationSpecInitContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerSecurityContext' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerSecurityContext(obj: RedisReplicationSpecInitContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema RedisReplicationSpecKubernetesConfigImagePullSecrets
 */
export interface RedisReplicationSpecKubernetesConfigImagePullSecrets {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecKubernetesConfigImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecKubernetesConfigImagePullSecrets' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecKubernetesConfigImagePullSecrets(obj: RedisReplicationSpecKubernetesConfigImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs
 * created from the StatefulSet VolumeClaimTemplates.
 *
 * @schema RedisReplicationSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy
 */
export interface RedisReplicationSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy {
    /**
     * WhenDeleted specifies what happens to PVCs created from StatefulSet
     * VolumeClaimTemplates when the StatefulSet is deleted. The default policy
     * of `Retain` causes PVCs to not be affected by StatefulSet deletion. The
     * `Delete` policy causes those PVCs to be deleted.
     *
     * @schema RedisReplicationSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy#whenDeleted
     */
    readonly whenDeleted?: string;
    /**
     * WhenScaled specifies what happens to PVCs created from StatefulSet
     * VolumeClaimTemplates when the StatefulSet is scaled down. The default
     * policy of `Retain` causes PVCs to not be affected by a scaledown. The
     * `Delete` policy causes the associated PVCs for any excess pods above
     * the replica count to be deleted.
     *
     * @schema RedisReplicationSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy#whenScaled
     */
    readonly whenScaled?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy(obj: RedisReplicationSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy | undefined): Record<string, any> | undefined;
/**
 * ExistingPasswordSecret is the struct to access the existing secret
 *
 * @schema RedisReplicationSpecKubernetesConfigRedisSecret
 */
export interface RedisReplicationSpecKubernetesConfigRedisSecret {
    /**
     * @schema RedisReplicationSpecKubernetesConfigRedisSecret#key
     */
    readonly key?: string;
    /**
     * @schema RedisReplicationSpecKubernetesConfigRedisSecret#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecKubernetesConfigRedisSecret' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecKubernetesConfigRedisSecret(obj: RedisReplicationSpecKubernetesConfigRedisSecret | undefined): Record<string, any> | undefined;
/**
 * ResourceRequirements describes the compute resource requirements.
 *
 * @schema RedisReplicationSpecKubernetesConfigResources
 */
export interface RedisReplicationSpecKubernetesConfigResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RedisReplicationSpecKubernetesConfigResources#claims
     */
    readonly claims?: RedisReplicationSpecKubernetesConfigResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecKubernetesConfigResources#limits
     */
    readonly limits?: {
        [key: string]: RedisReplicationSpecKubernetesConfigResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecKubernetesConfigResources#requests
     */
    readonly requests?: {
        [key: string]: RedisReplicationSpecKubernetesConfigResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecKubernetesConfigResources' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecKubernetesConfigResources(obj: RedisReplicationSpecKubernetesConfigResources | undefined): Record<string, any> | undefined;
/**
 * ServiceConfig define the type of service to be created and its annotations
 *
 * @schema RedisReplicationSpecKubernetesConfigService
 */
export interface RedisReplicationSpecKubernetesConfigService {
    /**
     * Additional config for which suffix is -additional service
     *
     * @schema RedisReplicationSpecKubernetesConfigService#additional
     */
    readonly additional?: RedisReplicationSpecKubernetesConfigServiceAdditional;
    /**
     * @schema RedisReplicationSpecKubernetesConfigService#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Headless config for which suffix is -headless service
     *
     * @schema RedisReplicationSpecKubernetesConfigService#headless
     */
    readonly headless?: RedisReplicationSpecKubernetesConfigServiceHeadless;
    /**
     * IncludeBusPort when set to true, it will add bus port to the service, such as 16379.
     * This field is only used for Redis cluster mode.
     *
     * @schema RedisReplicationSpecKubernetesConfigService#includeBusPort
     */
    readonly includeBusPort?: boolean;
    /**
     * @schema RedisReplicationSpecKubernetesConfigService#serviceType
     */
    readonly serviceType?: RedisReplicationSpecKubernetesConfigServiceServiceType;
}
/**
 * Converts an object of type 'RedisReplicationSpecKubernetesConfigService' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecKubernetesConfigService(obj: RedisReplicationSpecKubernetesConfigService | undefined): Record<string, any> | undefined;
/**
 * StatefulSetUpdateStrategy indicates the strategy that the StatefulSet
 * controller will use to perform updates. It includes any additional parameters
 * necessary to perform the update for the indicated strategy.
 *
 * @schema RedisReplicationSpecKubernetesConfigUpdateStrategy
 */
export interface RedisReplicationSpecKubernetesConfigUpdateStrategy {
    /**
     * RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.
     *
     * @schema RedisReplicationSpecKubernetesConfigUpdateStrategy#rollingUpdate
     */
    readonly rollingUpdate?: RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdate;
    /**
     * Type indicates the type of the StatefulSetUpdateStrategy.
     * Default is RollingUpdate.
     *
     * @default RollingUpdate.
     * @schema RedisReplicationSpecKubernetesConfigUpdateStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecKubernetesConfigUpdateStrategy' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecKubernetesConfigUpdateStrategy(obj: RedisReplicationSpecKubernetesConfigUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * Exec specifies the action to take.
 *
 * @schema RedisReplicationSpecLivenessProbeExec
 */
export interface RedisReplicationSpecLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RedisReplicationSpecLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecLivenessProbeExec' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecLivenessProbeExec(obj: RedisReplicationSpecLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies an action involving a GRPC port.
 *
 * @schema RedisReplicationSpecLivenessProbeGrpc
 */
export interface RedisReplicationSpecLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RedisReplicationSpecLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RedisReplicationSpecLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecLivenessProbeGrpc(obj: RedisReplicationSpecLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies the http request to perform.
 *
 * @schema RedisReplicationSpecLivenessProbeHttpGet
 */
export interface RedisReplicationSpecLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RedisReplicationSpecLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RedisReplicationSpecLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RedisReplicationSpecLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RedisReplicationSpecLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RedisReplicationSpecLivenessProbeHttpGet#port
     */
    readonly port: RedisReplicationSpecLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RedisReplicationSpecLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecLivenessProbeHttpGet(obj: RedisReplicationSpecLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies an action involving a TCP port.
 *
 * @schema RedisReplicationSpecLivenessProbeTcpSocket
 */
export interface RedisReplicationSpecLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RedisReplicationSpecLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RedisReplicationSpecLivenessProbeTcpSocket#port
     */
    readonly port: RedisReplicationSpecLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RedisReplicationSpecLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecLivenessProbeTcpSocket(obj: RedisReplicationSpecLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to all containers.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in SecurityContext.  If set in
 * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
 * takes precedence for that container.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisReplicationSpecPodSecurityContextSeLinuxOptions
 */
export interface RedisReplicationSpecPodSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RedisReplicationSpecPodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RedisReplicationSpecPodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RedisReplicationSpecPodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RedisReplicationSpecPodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecPodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecPodSecurityContextSeLinuxOptions(obj: RedisReplicationSpecPodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisReplicationSpecPodSecurityContextSeccompProfile
 */
export interface RedisReplicationSpecPodSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RedisReplicationSpecPodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema RedisReplicationSpecPodSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecPodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecPodSecurityContextSeccompProfile(obj: RedisReplicationSpecPodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * Sysctl defines a kernel parameter to be set
 *
 * @schema RedisReplicationSpecPodSecurityContextSysctls
 */
export interface RedisReplicationSpecPodSecurityContextSysctls {
    /**
     * Name of a property to set
     *
     * @schema RedisReplicationSpecPodSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * Value of a property to set
     *
     * @schema RedisReplicationSpecPodSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecPodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecPodSecurityContextSysctls(obj: RedisReplicationSpecPodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options within a container's SecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RedisReplicationSpecPodSecurityContextWindowsOptions
 */
export interface RedisReplicationSpecPodSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RedisReplicationSpecPodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RedisReplicationSpecPodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RedisReplicationSpecPodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RedisReplicationSpecPodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecPodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecPodSecurityContextWindowsOptions(obj: RedisReplicationSpecPodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies the action to take.
 *
 * @schema RedisReplicationSpecReadinessProbeExec
 */
export interface RedisReplicationSpecReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RedisReplicationSpecReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecReadinessProbeExec' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecReadinessProbeExec(obj: RedisReplicationSpecReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies an action involving a GRPC port.
 *
 * @schema RedisReplicationSpecReadinessProbeGrpc
 */
export interface RedisReplicationSpecReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RedisReplicationSpecReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RedisReplicationSpecReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecReadinessProbeGrpc(obj: RedisReplicationSpecReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies the http request to perform.
 *
 * @schema RedisReplicationSpecReadinessProbeHttpGet
 */
export interface RedisReplicationSpecReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RedisReplicationSpecReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RedisReplicationSpecReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RedisReplicationSpecReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RedisReplicationSpecReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RedisReplicationSpecReadinessProbeHttpGet#port
     */
    readonly port: RedisReplicationSpecReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RedisReplicationSpecReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecReadinessProbeHttpGet(obj: RedisReplicationSpecReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies an action involving a TCP port.
 *
 * @schema RedisReplicationSpecReadinessProbeTcpSocket
 */
export interface RedisReplicationSpecReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RedisReplicationSpecReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RedisReplicationSpecReadinessProbeTcpSocket#port
     */
    readonly port: RedisReplicationSpecReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RedisReplicationSpecReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecReadinessProbeTcpSocket(obj: RedisReplicationSpecReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema RedisReplicationSpecRedisExporterEnv
 */
export interface RedisReplicationSpecRedisExporterEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema RedisReplicationSpecRedisExporterEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema RedisReplicationSpecRedisExporterEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema RedisReplicationSpecRedisExporterEnv#valueFrom
     */
    readonly valueFrom?: RedisReplicationSpecRedisExporterEnvValueFrom;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterEnv' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterEnv(obj: RedisReplicationSpecRedisExporterEnv | undefined): Record<string, any> | undefined;
/**
 * ResourceRequirements describes the compute resource requirements.
 *
 * @schema RedisReplicationSpecRedisExporterResources
 */
export interface RedisReplicationSpecRedisExporterResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RedisReplicationSpecRedisExporterResources#claims
     */
    readonly claims?: RedisReplicationSpecRedisExporterResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecRedisExporterResources#limits
     */
    readonly limits?: {
        [key: string]: RedisReplicationSpecRedisExporterResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecRedisExporterResources#requests
     */
    readonly requests?: {
        [key: string]: RedisReplicationSpecRedisExporterResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterResources' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterResources(obj: RedisReplicationSpecRedisExporterResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext holds security configuration that will be applied to a container.
 * Some fields are present in both SecurityContext and PodSecurityContext.  When both
 * are set, the values in SecurityContext take precedence.
 *
 * @schema RedisReplicationSpecRedisExporterSecurityContext
 */
export interface RedisReplicationSpecRedisExporterSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema RedisReplicationSpecRedisExporterSecurityContext#capabilities
     */
    readonly capabilities?: RedisReplicationSpecRedisExporterSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisReplicationSpecRedisExporterSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default is DefaultProcMount which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisReplicationSpecRedisExporterSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema RedisReplicationSpecRedisExporterSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RedisReplicationSpecRedisExporterSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RedisReplicationSpecRedisExporterSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RedisReplicationSpecRedisExporterSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterSecurityContext' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterSecurityContext(obj: RedisReplicationSpecRedisExporterSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema RedisReplicationSpecSecurityContextCapabilities
 */
export interface RedisReplicationSpecSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema RedisReplicationSpecSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema RedisReplicationSpecSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSecurityContextCapabilities(obj: RedisReplicationSpecSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisReplicationSpecSecurityContextSeLinuxOptions
 */
export interface RedisReplicationSpecSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RedisReplicationSpecSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RedisReplicationSpecSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RedisReplicationSpecSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RedisReplicationSpecSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSecurityContextSeLinuxOptions(obj: RedisReplicationSpecSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisReplicationSpecSecurityContextSeccompProfile
 */
export interface RedisReplicationSpecSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RedisReplicationSpecSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema RedisReplicationSpecSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSecurityContextSeccompProfile(obj: RedisReplicationSpecSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RedisReplicationSpecSecurityContextWindowsOptions
 */
export interface RedisReplicationSpecSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RedisReplicationSpecSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RedisReplicationSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RedisReplicationSpecSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RedisReplicationSpecSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSecurityContextWindowsOptions(obj: RedisReplicationSpecSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema RedisReplicationSpecSentinelImagePullSecrets
 */
export interface RedisReplicationSpecSentinelImagePullSecrets {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecSentinelImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSentinelImagePullSecrets' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSentinelImagePullSecrets(obj: RedisReplicationSpecSentinelImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs
 * created from the StatefulSet VolumeClaimTemplates.
 *
 * @schema RedisReplicationSpecSentinelPersistentVolumeClaimRetentionPolicy
 */
export interface RedisReplicationSpecSentinelPersistentVolumeClaimRetentionPolicy {
    /**
     * WhenDeleted specifies what happens to PVCs created from StatefulSet
     * VolumeClaimTemplates when the StatefulSet is deleted. The default policy
     * of `Retain` causes PVCs to not be affected by StatefulSet deletion. The
     * `Delete` policy causes those PVCs to be deleted.
     *
     * @schema RedisReplicationSpecSentinelPersistentVolumeClaimRetentionPolicy#whenDeleted
     */
    readonly whenDeleted?: string;
    /**
     * WhenScaled specifies what happens to PVCs created from StatefulSet
     * VolumeClaimTemplates when the StatefulSet is scaled down. The default
     * policy of `Retain` causes PVCs to not be affected by a scaledown. The
     * `Delete` policy causes the associated PVCs for any excess pods above
     * the replica count to be deleted.
     *
     * @schema RedisReplicationSpecSentinelPersistentVolumeClaimRetentionPolicy#whenScaled
     */
    readonly whenScaled?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSentinelPersistentVolumeClaimRetentionPolicy' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSentinelPersistentVolumeClaimRetentionPolicy(obj: RedisReplicationSpecSentinelPersistentVolumeClaimRetentionPolicy | undefined): Record<string, any> | undefined;
/**
 * ExistingPasswordSecret is the struct to access the existing secret
 *
 * @schema RedisReplicationSpecSentinelRedisSecret
 */
export interface RedisReplicationSpecSentinelRedisSecret {
    /**
     * @schema RedisReplicationSpecSentinelRedisSecret#key
     */
    readonly key?: string;
    /**
     * @schema RedisReplicationSpecSentinelRedisSecret#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSentinelRedisSecret' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSentinelRedisSecret(obj: RedisReplicationSpecSentinelRedisSecret | undefined): Record<string, any> | undefined;
/**
 * ResourceRequirements describes the compute resource requirements.
 *
 * @schema RedisReplicationSpecSentinelResources
 */
export interface RedisReplicationSpecSentinelResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RedisReplicationSpecSentinelResources#claims
     */
    readonly claims?: RedisReplicationSpecSentinelResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecSentinelResources#limits
     */
    readonly limits?: {
        [key: string]: RedisReplicationSpecSentinelResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecSentinelResources#requests
     */
    readonly requests?: {
        [key: string]: RedisReplicationSpecSentinelResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecSentinelResources' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSentinelResources(obj: RedisReplicationSpecSentinelResources | undefined): Record<string, any> | undefined;
/**
 * ServiceConfig define the type of service to be created and its annotations
 *
 * @schema RedisReplicationSpecSentinelService
 */
export interface RedisReplicationSpecSentinelService {
    /**
     * Additional config for which suffix is -additional service
     *
     * @schema RedisReplicationSpecSentinelService#additional
     */
    readonly additional?: RedisReplicationSpecSentinelServiceAdditional;
    /**
     * @schema RedisReplicationSpecSentinelService#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Headless config for which suffix is -headless service
     *
     * @schema RedisReplicationSpecSentinelService#headless
     */
    readonly headless?: RedisReplicationSpecSentinelServiceHeadless;
    /**
     * IncludeBusPort when set to true, it will add bus port to the service, such as 16379.
     * This field is only used for Redis cluster mode.
     *
     * @schema RedisReplicationSpecSentinelService#includeBusPort
     */
    readonly includeBusPort?: boolean;
    /**
     * @schema RedisReplicationSpecSentinelService#serviceType
     */
    readonly serviceType?: RedisReplicationSpecSentinelServiceServiceType;
}
/**
 * Converts an object of type 'RedisReplicationSpecSentinelService' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSentinelService(obj: RedisReplicationSpecSentinelService | undefined): Record<string, any> | undefined;
/**
 * StatefulSetUpdateStrategy indicates the strategy that the StatefulSet
 * controller will use to perform updates. It includes any additional parameters
 * necessary to perform the update for the indicated strategy.
 *
 * @schema RedisReplicationSpecSentinelUpdateStrategy
 */
export interface RedisReplicationSpecSentinelUpdateStrategy {
    /**
     * RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.
     *
     * @schema RedisReplicationSpecSentinelUpdateStrategy#rollingUpdate
     */
    readonly rollingUpdate?: RedisReplicationSpecSentinelUpdateStrategyRollingUpdate;
    /**
     * Type indicates the type of the StatefulSetUpdateStrategy.
     * Default is RollingUpdate.
     *
     * @default RollingUpdate.
     * @schema RedisReplicationSpecSentinelUpdateStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSentinelUpdateStrategy' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSentinelUpdateStrategy(obj: RedisReplicationSpecSentinelUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema RedisReplicationSpecSidecarsEnv
 */
export interface RedisReplicationSpecSidecarsEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema RedisReplicationSpecSidecarsEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema RedisReplicationSpecSidecarsEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema RedisReplicationSpecSidecarsEnv#valueFrom
     */
    readonly valueFrom?: RedisReplicationSpecSidecarsEnvValueFrom;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsEnv' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsEnv(obj: RedisReplicationSpecSidecarsEnv | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema RedisReplicationSpecSidecarsMountPath
 */
export interface RedisReplicationSpecSidecarsMountPath {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema RedisReplicationSpecSidecarsMountPath#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     *
     * @schema RedisReplicationSpecSidecarsMountPath#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema RedisReplicationSpecSidecarsMountPath#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema RedisReplicationSpecSidecarsMountPath#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema RedisReplicationSpecSidecarsMountPath#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema RedisReplicationSpecSidecarsMountPath#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsMountPath' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsMountPath(obj: RedisReplicationSpecSidecarsMountPath | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema RedisReplicationSpecSidecarsPorts
 */
export interface RedisReplicationSpecSidecarsPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema RedisReplicationSpecSidecarsPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema RedisReplicationSpecSidecarsPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema RedisReplicationSpecSidecarsPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema RedisReplicationSpecSidecarsPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema RedisReplicationSpecSidecarsPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsPorts' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsPorts(obj: RedisReplicationSpecSidecarsPorts | undefined): Record<string, any> | undefined;
/**
 * ResourceRequirements describes the compute resource requirements.
 *
 * @schema RedisReplicationSpecSidecarsResources
 */
export interface RedisReplicationSpecSidecarsResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RedisReplicationSpecSidecarsResources#claims
     */
    readonly claims?: RedisReplicationSpecSidecarsResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecSidecarsResources#limits
     */
    readonly limits?: {
        [key: string]: RedisReplicationSpecSidecarsResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecSidecarsResources#requests
     */
    readonly requests?: {
        [key: string]: RedisReplicationSpecSidecarsResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsResources' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsResources(obj: RedisReplicationSpecSidecarsResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext holds security configuration that will be applied to a container.
 * Some fields are present in both SecurityContext and PodSecurityContext.  When both
 * are set, the values in SecurityContext take precedence.
 *
 * @schema RedisReplicationSpecSidecarsSecurityContext
 */
export interface RedisReplicationSpecSidecarsSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema RedisReplicationSpecSidecarsSecurityContext#capabilities
     */
    readonly capabilities?: RedisReplicationSpecSidecarsSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisReplicationSpecSidecarsSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default is DefaultProcMount which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisReplicationSpecSidecarsSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema RedisReplicationSpecSidecarsSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RedisReplicationSpecSidecarsSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RedisReplicationSpecSidecarsSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RedisReplicationSpecSidecarsSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsSecurityContext' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsSecurityContext(obj: RedisReplicationSpecSidecarsSecurityContext | undefined): Record<string, any> | undefined;
/**
 * PersistentVolumeClaim is a user's request for and claim to a persistent volume
 *
 * @schema RedisReplicationSpecStorageVolumeClaimTemplate
 */
export interface RedisReplicationSpecStorageVolumeClaimTemplate {
    /**
     * APIVersion defines the versioned schema of this representation of an object.
     * Servers should convert recognized schemas to the latest internal value, and
     * may reject unrecognized values.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplate#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind is a string value representing the REST resource this object represents.
     * Servers may infer this from the endpoint the client submits requests to.
     * Cannot be updated.
     * In CamelCase.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplate#kind
     */
    readonly kind?: string;
    /**
     * Standard object's metadata.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * spec defines the desired characteristics of a volume requested by a pod author.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplate#spec
     */
    readonly spec?: RedisReplicationSpecStorageVolumeClaimTemplateSpec;
    /**
     * status represents the current information/status of a persistent volume claim.
     * Read-only.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplate#status
     */
    readonly status?: RedisReplicationSpecStorageVolumeClaimTemplateStatus;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeClaimTemplate(obj: RedisReplicationSpecStorageVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * Additional Volume is provided by user that is mounted on the pods
 *
 * @schema RedisReplicationSpecStorageVolumeMount
 */
export interface RedisReplicationSpecStorageVolumeMount {
    /**
     * @schema RedisReplicationSpecStorageVolumeMount#mountPath
     */
    readonly mountPath?: RedisReplicationSpecStorageVolumeMountMountPath[];
    /**
     * @schema RedisReplicationSpecStorageVolumeMount#volume
     */
    readonly volume?: RedisReplicationSpecStorageVolumeMountVolume[];
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMount' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMount(obj: RedisReplicationSpecStorageVolumeMount | undefined): Record<string, any> | undefined;
/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema RedisReplicationSpecTopologySpreadConstraintsLabelSelector
 */
export interface RedisReplicationSpecTopologySpreadConstraintsLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecTopologySpreadConstraintsLabelSelector(obj: RedisReplicationSpecTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema RedisReplicationSpecTlsSecretItems
 */
export interface RedisReplicationSpecTlsSecretItems {
    /**
     * key is the key to project.
     *
     * @schema RedisReplicationSpecTlsSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisReplicationSpecTlsSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema RedisReplicationSpecTlsSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecTlsSecretItems' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecTlsSecretItems(obj: RedisReplicationSpecTlsSecretItems | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema RedisReplicationSpecAclSecretItems
 */
export interface RedisReplicationSpecAclSecretItems {
    /**
     * key is the key to project.
     *
     * @schema RedisReplicationSpecAclSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisReplicationSpecAclSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema RedisReplicationSpecAclSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecAclSecretItems' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAclSecretItems(obj: RedisReplicationSpecAclSecretItems | undefined): Record<string, any> | undefined;
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0
 * (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * A node selector term, associated with the corresponding weight.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * If the affinity requirements specified by this field are not met at
 * scheduling time, the pod will not be scheduled onto the node.
 * If the affinity requirements specified by this field cease to be met
 * at some point during pod execution (e.g. due to an update), the system
 * may or may not try to eventually evict the pod from its node.
 *
 * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A list of node selector terms. The terms are ORed.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `LabelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
     * Also, MatchLabelKeys cannot be set when LabelSelector isn't set.
     * This is an alpha field and requires enabling MatchLabelKeysInPodAffinity feature gate.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `LabelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both MismatchLabelKeys and LabelSelector.
     * Also, MismatchLabelKeys cannot be set when LabelSelector isn't set.
     * This is an alpha field and requires enabling MatchLabelKeysInPodAffinity feature gate.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `LabelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
     * Also, MatchLabelKeys cannot be set when LabelSelector isn't set.
     * This is an alpha field and requires enabling MatchLabelKeysInPodAffinity feature gate.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `LabelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both MismatchLabelKeys and LabelSelector.
     * Also, MismatchLabelKeys cannot be set when LabelSelector isn't set.
     * This is an alpha field and requires enabling MatchLabelKeysInPodAffinity feature gate.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RedisReplicationSpecEnvValueFromConfigMapKeyRef
 */
export interface RedisReplicationSpecEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RedisReplicationSpecEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RedisReplicationSpecEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecEnvValueFromConfigMapKeyRef(obj: RedisReplicationSpecEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RedisReplicationSpecEnvValueFromFieldRef
 */
export interface RedisReplicationSpecEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisReplicationSpecEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisReplicationSpecEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecEnvValueFromFieldRef(obj: RedisReplicationSpecEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RedisReplicationSpecEnvValueFromResourceFieldRef
 */
export interface RedisReplicationSpecEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisReplicationSpecEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisReplicationSpecEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RedisReplicationSpecEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisReplicationSpecEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecEnvValueFromResourceFieldRef(obj: RedisReplicationSpecEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RedisReplicationSpecEnvValueFromSecretKeyRef
 */
export interface RedisReplicationSpecEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RedisReplicationSpecEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RedisReplicationSpecEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecEnvValueFromSecretKeyRef(obj: RedisReplicationSpecEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema RedisReplicationSpecInitContainerEnvValueFrom
 */
export interface RedisReplicationSpecInitContainerEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RedisReplicationSpecInitContainerEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RedisReplicationSpecInitContainerEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisReplicationSpecInitContainerEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RedisReplicationSpecInitContainerEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerEnvValueFrom(obj: RedisReplicationSpecInitContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RedisReplicationSpecInitContainerResourcesClaims
 */
export interface RedisReplicationSpecInitContainerResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RedisReplicationSpecInitContainerResourcesClaims#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerResourcesClaims' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerResourcesClaims(obj: RedisReplicationSpecInitContainerResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecInitContainerResourcesLimits
 */
export declare class RedisReplicationSpecInitContainerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecInitContainerResourcesLimits;
    static fromString(value: string): RedisReplicationSpecInitContainerResourcesLimits;
    private constructor();
}
/**
 * @schema RedisReplicationSpecInitContainerResourcesRequests
 */
export declare class RedisReplicationSpecInitContainerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecInitContainerResourcesRequests;
    static fromString(value: string): RedisReplicationSpecInitContainerResourcesRequests;
    private constructor();
}
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema RedisReplicationSpecInitContainerSecurityContextCapabilities
 */
export interface RedisReplicationSpecInitContainerSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema RedisReplicationSpecInitContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema RedisReplicationSpecInitContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerSecurityContextCapabilities(obj: RedisReplicationSpecInitContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisReplicationSpecInitContainerSecurityContextSeLinuxOptions
 */
export interface RedisReplicationSpecInitContainerSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerSecurityContextSeLinuxOptions(obj: RedisReplicationSpecInitContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisReplicationSpecInitContainerSecurityContextSeccompProfile
 */
export interface RedisReplicationSpecInitContainerSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerSecurityContextSeccompProfile(obj: RedisReplicationSpecInitContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RedisReplicationSpecInitContainerSecurityContextWindowsOptions
 */
export interface RedisReplicationSpecInitContainerSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RedisReplicationSpecInitContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RedisReplicationSpecInitContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerSecurityContextWindowsOptions(obj: RedisReplicationSpecInitContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RedisReplicationSpecKubernetesConfigResourcesClaims
 */
export interface RedisReplicationSpecKubernetesConfigResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RedisReplicationSpecKubernetesConfigResourcesClaims#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecKubernetesConfigResourcesClaims' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecKubernetesConfigResourcesClaims(obj: RedisReplicationSpecKubernetesConfigResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecKubernetesConfigResourcesLimits
 */
export declare class RedisReplicationSpecKubernetesConfigResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecKubernetesConfigResourcesLimits;
    static fromString(value: string): RedisReplicationSpecKubernetesConfigResourcesLimits;
    private constructor();
}
/**
 * @schema RedisReplicationSpecKubernetesConfigResourcesRequests
 */
export declare class RedisReplicationSpecKubernetesConfigResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecKubernetesConfigResourcesRequests;
    static fromString(value: string): RedisReplicationSpecKubernetesConfigResourcesRequests;
    private constructor();
}
/**
 * Additional config for which suffix is -additional service
 *
 * @schema RedisReplicationSpecKubernetesConfigServiceAdditional
 */
export interface RedisReplicationSpecKubernetesConfigServiceAdditional {
    /**
     * @schema RedisReplicationSpecKubernetesConfigServiceAdditional#additionalAnnotations
     */
    readonly additionalAnnotations?: {
        [key: string]: string;
    };
    /**
     * @schema RedisReplicationSpecKubernetesConfigServiceAdditional#enabled
     */
    readonly enabled?: boolean;
    /**
     * IncludeBusPort when set to true, it will add bus port to the service, such as 16379.
     * This field is only used for Redis cluster mode.
     *
     * @schema RedisReplicationSpecKubernetesConfigServiceAdditional#includeBusPort
     */
    readonly includeBusPort?: boolean;
    /**
     * @schema RedisReplicationSpecKubernetesConfigServiceAdditional#type
     */
    readonly type?: RedisReplicationSpecKubernetesConfigServiceAdditionalType;
}
/**
 * Converts an object of type 'RedisReplicationSpecKubernetesConfigServiceAdditional' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecKubernetesConfigServiceAdditional(obj: RedisReplicationSpecKubernetesConfigServiceAdditional | undefined): Record<string, any> | undefined;
/**
 * Headless config for which suffix is -headless service
 *
 * @schema RedisReplicationSpecKubernetesConfigServiceHeadless
 */
export interface RedisReplicationSpecKubernetesConfigServiceHeadless {
    /**
     * @schema RedisReplicationSpecKubernetesConfigServiceHeadless#additionalAnnotations
     */
    readonly additionalAnnotations?: {
        [key: string]: string;
    };
    /**
     * @schema RedisReplicationSpecKubernetesConfigServiceHeadless#enabled
     */
    readonly enabled?: boolean;
    /**
     * IncludeBusPort when set to true, it will add bus port to the service, such as 16379.
     * This field is only used for Redis cluster mode.
     *
     * @schema RedisReplicationSpecKubernetesConfigServiceHeadless#includeBusPort
     */
    readonly includeBusPort?: boolean;
    /**
     * @schema RedisReplicationSpecKubernetesConfigServiceHeadless#type
     */
    readonly type?: RedisReplicationSpecKubernetesConfigServiceHeadlessType;
}
/**
 * Converts an object of type 'RedisReplicationSpecKubernetesConfigServiceHeadless' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecKubernetesConfigServiceHeadless(obj: RedisReplicationSpecKubernetesConfigServiceHeadless | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecKubernetesConfigServiceServiceType
 */
export declare enum RedisReplicationSpecKubernetesConfigServiceServiceType {
    /** LoadBalancer */
    LOAD_BALANCER = "LoadBalancer",
    /** NodePort */
    NODE_PORT = "NodePort",
    /** ClusterIP */
    CLUSTER_IP = "ClusterIP"
}
/**
 * RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.
 *
 * @schema RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdate
 */
export interface RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdate {
    /**
     * The maximum number of pods that can be unavailable during the update.
     * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
     * Absolute number is calculated from percentage by rounding up. This can not be 0.
     * Defaults to 1. This field is alpha-level and is only honored by servers that enable the
     * MaxUnavailableStatefulSet feature. The field applies to all pods in the range 0 to
     * Replicas-1. That means if there is any unavailable pod in the range 0 to Replicas-1, it
     * will be counted towards MaxUnavailable.
     *
     * @default 1. This field is alpha-level and is only honored by servers that enable the
     * @schema RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable;
    /**
     * Partition indicates the ordinal at which the StatefulSet should be partitioned
     * for updates. During a rolling update, all pods from ordinal Replicas-1 to
     * Partition are updated. All pods from ordinal Partition-1 to 0 remain untouched.
     * This is helpful in being able to do a canary based deployment. The default value is 0.
     *
     * @schema RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdate#partition
     */
    readonly partition?: number;
}
/**
 * Converts an object of type 'RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdate(obj: RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RedisReplicationSpecLivenessProbeHttpGetHttpHeaders
 */
export interface RedisReplicationSpecLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RedisReplicationSpecLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RedisReplicationSpecLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecLivenessProbeHttpGetHttpHeaders(obj: RedisReplicationSpecLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisReplicationSpecLivenessProbeHttpGetPort
 */
export declare class RedisReplicationSpecLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecLivenessProbeHttpGetPort;
    static fromString(value: string): RedisReplicationSpecLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisReplicationSpecLivenessProbeTcpSocketPort
 */
export declare class RedisReplicationSpecLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecLivenessProbeTcpSocketPort;
    static fromString(value: string): RedisReplicationSpecLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RedisReplicationSpecReadinessProbeHttpGetHttpHeaders
 */
export interface RedisReplicationSpecReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RedisReplicationSpecReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RedisReplicationSpecReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecReadinessProbeHttpGetHttpHeaders(obj: RedisReplicationSpecReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisReplicationSpecReadinessProbeHttpGetPort
 */
export declare class RedisReplicationSpecReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecReadinessProbeHttpGetPort;
    static fromString(value: string): RedisReplicationSpecReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisReplicationSpecReadinessProbeTcpSocketPort
 */
export declare class RedisReplicationSpecReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecReadinessProbeTcpSocketPort;
    static fromString(value: string): RedisReplicationSpecReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema RedisReplicationSpecRedisExporterEnvValueFrom
 */
export interface RedisReplicationSpecRedisExporterEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RedisReplicationSpecRedisExporterEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RedisReplicationSpecRedisExporterEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RedisReplicationSpecRedisExporterEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterEnvValueFrom' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterEnvValueFrom(obj: RedisReplicationSpecRedisExporterEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RedisReplicationSpecRedisExporterResourcesClaims
 */
export interface RedisReplicationSpecRedisExporterResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RedisReplicationSpecRedisExporterResourcesClaims#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterResourcesClaims' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterResourcesClaims(obj: RedisReplicationSpecRedisExporterResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecRedisExporterResourcesLimits
 */
export declare class RedisReplicationSpecRedisExporterResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecRedisExporterResourcesLimits;
    static fromString(value: string): RedisReplicationSpecRedisExporterResourcesLimits;
    private constructor();
}
/**
 * @schema RedisReplicationSpecRedisExporterResourcesRequests
 */
export declare class RedisReplicationSpecRedisExporterResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecRedisExporterResourcesRequests;
    static fromString(value: string): RedisReplicationSpecRedisExporterResourcesRequests;
    private constructor();
}
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema RedisReplicationSpecRedisExporterSecurityContextCapabilities
 */
export interface RedisReplicationSpecRedisExporterSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterSecurityContextCapabilities(obj: RedisReplicationSpecRedisExporterSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisReplicationSpecRedisExporterSecurityContextSeLinuxOptions
 */
export interface RedisReplicationSpecRedisExporterSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterSecurityContextSeLinuxOptions(obj: RedisReplicationSpecRedisExporterSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisReplicationSpecRedisExporterSecurityContextSeccompProfile
 */
export interface RedisReplicationSpecRedisExporterSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterSecurityContextSeccompProfile(obj: RedisReplicationSpecRedisExporterSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RedisReplicationSpecRedisExporterSecurityContextWindowsOptions
 */
export interface RedisReplicationSpecRedisExporterSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RedisReplicationSpecRedisExporterSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RedisReplicationSpecRedisExporterSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterSecurityContextWindowsOptions(obj: RedisReplicationSpecRedisExporterSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RedisReplicationSpecSentinelResourcesClaims
 */
export interface RedisReplicationSpecSentinelResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RedisReplicationSpecSentinelResourcesClaims#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSentinelResourcesClaims' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSentinelResourcesClaims(obj: RedisReplicationSpecSentinelResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecSentinelResourcesLimits
 */
export declare class RedisReplicationSpecSentinelResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecSentinelResourcesLimits;
    static fromString(value: string): RedisReplicationSpecSentinelResourcesLimits;
    private constructor();
}
/**
 * @schema RedisReplicationSpecSentinelResourcesRequests
 */
export declare class RedisReplicationSpecSentinelResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecSentinelResourcesRequests;
    static fromString(value: string): RedisReplicationSpecSentinelResourcesRequests;
    private constructor();
}
/**
 * Additional config for which suffix is -additional service
 *
 * @schema RedisReplicationSpecSentinelServiceAdditional
 */
export interface RedisReplicationSpecSentinelServiceAdditional {
    /**
     * @schema RedisReplicationSpecSentinelServiceAdditional#additionalAnnotations
     */
    readonly additionalAnnotations?: {
        [key: string]: string;
    };
    /**
     * @schema RedisReplicationSpecSentinelServiceAdditional#enabled
     */
    readonly enabled?: boolean;
    /**
     * IncludeBusPort when set to true, it will add bus port to the service, such as 16379.
     * This field is only used for Redis cluster mode.
     *
     * @schema RedisReplicationSpecSentinelServiceAdditional#includeBusPort
     */
    readonly includeBusPort?: boolean;
    /**
     * @schema RedisReplicationSpecSentinelServiceAdditional#type
     */
    readonly type?: RedisReplicationSpecSentinelServiceAdditionalType;
}
/**
 * Converts an object of type 'RedisReplicationSpecSentinelServiceAdditional' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSentinelServiceAdditional(obj: RedisReplicationSpecSentinelServiceAdditional | undefined): Record<string, any> | undefined;
/**
 * Headless config for which suffix is -headless service
 *
 * @schema RedisReplicationSpecSentinelServiceHeadless
 */
export interface RedisReplicationSpecSentinelServiceHeadless {
    /**
     * @schema RedisReplicationSpecSentinelServiceHeadless#additionalAnnotations
     */
    readonly additionalAnnotations?: {
        [key: string]: string;
    };
    /**
     * @schema RedisReplicationSpecSentinelServiceHeadless#enabled
     */
    readonly enabled?: boolean;
    /**
     * IncludeBusPort when set to true, it will add bus port to the service, such as 16379.
     * This field is only used for Redis cluster mode.
     *
     * @schema RedisReplicationSpecSentinelServiceHeadless#includeBusPort
     */
    readonly includeBusPort?: boolean;
    /**
     * @schema RedisReplicationSpecSentinelServiceHeadless#type
     */
    readonly type?: RedisReplicationSpecSentinelServiceHeadlessType;
}
/**
 * Converts an object of type 'RedisReplicationSpecSentinelServiceHeadless' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSentinelServiceHeadless(obj: RedisReplicationSpecSentinelServiceHeadless | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecSentinelServiceServiceType
 */
export declare enum RedisReplicationSpecSentinelServiceServiceType {
    /** LoadBalancer */
    LOAD_BALANCER = "LoadBalancer",
    /** NodePort */
    NODE_PORT = "NodePort",
    /** ClusterIP */
    CLUSTER_IP = "ClusterIP"
}
/**
 * RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.
 *
 * @schema RedisReplicationSpecSentinelUpdateStrategyRollingUpdate
 */
export interface RedisReplicationSpecSentinelUpdateStrategyRollingUpdate {
    /**
     * The maximum number of pods that can be unavailable during the update.
     * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
     * Absolute number is calculated from percentage by rounding up. This can not be 0.
     * Defaults to 1. This field is alpha-level and is only honored by servers that enable the
     * MaxUnavailableStatefulSet feature. The field applies to all pods in the range 0 to
     * Replicas-1. That means if there is any unavailable pod in the range 0 to Replicas-1, it
     * will be counted towards MaxUnavailable.
     *
     * @default 1. This field is alpha-level and is only honored by servers that enable the
     * @schema RedisReplicationSpecSentinelUpdateStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: RedisReplicationSpecSentinelUpdateStrategyRollingUpdateMaxUnavailable;
    /**
     * Partition indicates the ordinal at which the StatefulSet should be partitioned
     * for updates. During a rolling update, all pods from ordinal Replicas-1 to
     * Partition are updated. All pods from ordinal Partition-1 to 0 remain untouched.
     * This is helpful in being able to do a canary based deployment. The default value is 0.
     *
     * @schema RedisReplicationSpecSentinelUpdateStrategyRollingUpdate#partition
     */
    readonly partition?: number;
}
/**
 * Converts an object of type 'RedisReplicationSpecSentinelUpdateStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSentinelUpdateStrategyRollingUpdate(obj: RedisReplicationSpecSentinelUpdateStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema RedisReplicationSpecSidecarsEnvValueFrom
 */
export interface RedisReplicationSpecSidecarsEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RedisReplicationSpecSidecarsEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RedisReplicationSpecSidecarsEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisReplicationSpecSidecarsEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RedisReplicationSpecSidecarsEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsEnvValueFrom' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsEnvValueFrom(obj: RedisReplicationSpecSidecarsEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RedisReplicationSpecSidecarsResourcesClaims
 */
export interface RedisReplicationSpecSidecarsResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RedisReplicationSpecSidecarsResourcesClaims#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsResourcesClaims' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsResourcesClaims(obj: RedisReplicationSpecSidecarsResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecSidecarsResourcesLimits
 */
export declare class RedisReplicationSpecSidecarsResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecSidecarsResourcesLimits;
    static fromString(value: string): RedisReplicationSpecSidecarsResourcesLimits;
    private constructor();
}
/**
 * @schema RedisReplicationSpecSidecarsResourcesRequests
 */
export declare class RedisReplicationSpecSidecarsResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecSidecarsResourcesRequests;
    static fromString(value: string): RedisReplicationSpecSidecarsResourcesRequests;
    private constructor();
}
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema RedisReplicationSpecSidecarsSecurityContextCapabilities
 */
export interface RedisReplicationSpecSidecarsSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema RedisReplicationSpecSidecarsSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema RedisReplicationSpecSidecarsSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsSecurityContextCapabilities(obj: RedisReplicationSpecSidecarsSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisReplicationSpecSidecarsSecurityContextSeLinuxOptions
 */
export interface RedisReplicationSpecSidecarsSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsSecurityContextSeLinuxOptions(obj: RedisReplicationSpecSidecarsSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisReplicationSpecSidecarsSecurityContextSeccompProfile
 */
export interface RedisReplicationSpecSidecarsSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsSecurityContextSeccompProfile(obj: RedisReplicationSpecSidecarsSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RedisReplicationSpecSidecarsSecurityContextWindowsOptions
 */
export interface RedisReplicationSpecSidecarsSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RedisReplicationSpecSidecarsSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RedisReplicationSpecSidecarsSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsSecurityContextWindowsOptions(obj: RedisReplicationSpecSidecarsSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * spec defines the desired characteristics of a volume requested by a pod author.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpec
 */
export interface RedisReplicationSpecStorageVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpec#resources
     */
    readonly resources?: RedisReplicationSpecStorageVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpec#selector
     */
    readonly selector?: RedisReplicationSpecStorageVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass
     * will be applied to the claim but it's not allowed to reset this field to empty string once it is set.
     * If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass
     * will be set by the persistentvolume controller if it exists.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#volumeattributesclass
     * (Alpha) Using this field requires the VolumeAttributesClass feature gate to be enabled.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeClaimTemplateSpec(obj: RedisReplicationSpecStorageVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * status represents the current information/status of a persistent volume claim.
 * Read-only.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatus
 */
export interface RedisReplicationSpecStorageVolumeClaimTemplateStatus {
    /**
     * accessModes contains the actual access modes the volume backing the PVC has.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatus#accessModes
     */
    readonly accessModes?: string[];
    /**
     * allocatedResourceStatuses stores status of resource being resized for the given PVC.
     * Key names follow standard Kubernetes label syntax. Valid values are either:
     * * Un-prefixed keys:
     * - storage - the capacity of the volume.
     * * Custom resources must use implementation-defined prefixed names such as "example.com/my-custom-resource"
     * Apart from above values - keys that are unprefixed or have kubernetes.io prefix are considered
     * reserved and hence may not be used.
     *
     * ClaimResourceStatus can be in any of following states:
     * - ControllerResizeInProgress:
     * State set when resize controller starts resizing the volume in control-plane.
     * - ControllerResizeFailed:
     * State set when resize has failed in resize controller with a terminal error.
     * - NodeResizePending:
     * State set when resize controller has finished resizing the volume but further resizing of
     * volume is needed on the node.
     * - NodeResizeInProgress:
     * State set when kubelet starts resizing the volume.
     * - NodeResizeFailed:
     * State set when resizing has failed in kubelet with a terminal error. Transient errors don't set
     * NodeResizeFailed.
     * For example: if expanding a PVC for more capacity - this field can be one of the following states:
     * - pvc.status.allocatedResourceStatus['storage'] = "ControllerResizeInProgress"
     * - pvc.status.allocatedResourceStatus['storage'] = "ControllerResizeFailed"
     * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizePending"
     * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizeInProgress"
     * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizeFailed"
     * When this field is not set, it means that no resize operation is in progress for the given PVC.
     *
     * A controller that receives PVC update with previously unknown resourceName or ClaimResourceStatus
     * should ignore the update for the purpose it was designed. For example - a controller that
     * only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid
     * resources associated with PVC.
     *
     * This is an alpha field and requires enabling RecoverVolumeExpansionFailure feature.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatus#allocatedResourceStatuses
     */
    readonly allocatedResourceStatuses?: {
        [key: string]: string;
    };
    /**
     * allocatedResources tracks the resources allocated to a PVC including its capacity.
     * Key names follow standard Kubernetes label syntax. Valid values are either:
     * * Un-prefixed keys:
     * - storage - the capacity of the volume.
     * * Custom resources must use implementation-defined prefixed names such as "example.com/my-custom-resource"
     * Apart from above values - keys that are unprefixed or have kubernetes.io prefix are considered
     * reserved and hence may not be used.
     *
     * Capacity reported here may be larger than the actual capacity when a volume expansion operation
     * is requested.
     * For storage quota, the larger value from allocatedResources and PVC.spec.resources is used.
     * If allocatedResources is not set, PVC.spec.resources alone is used for quota calculation.
     * If a volume expansion capacity request is lowered, allocatedResources is only
     * lowered if there are no expansion operations in progress and if the actual volume capacity
     * is equal or lower than the requested capacity.
     *
     * A controller that receives PVC update with previously unknown resourceName
     * should ignore the update for the purpose it was designed. For example - a controller that
     * only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid
     * resources associated with PVC.
     *
     * This is an alpha field and requires enabling RecoverVolumeExpansionFailure feature.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatus#allocatedResources
     */
    readonly allocatedResources?: {
        [key: string]: RedisReplicationSpecStorageVolumeClaimTemplateStatusAllocatedResources;
    };
    /**
     * capacity represents the actual resources of the underlying volume.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatus#capacity
     */
    readonly capacity?: {
        [key: string]: RedisReplicationSpecStorageVolumeClaimTemplateStatusCapacity;
    };
    /**
     * conditions is the current Condition of persistent volume claim. If underlying persistent volume is being
     * resized then the Condition will be set to 'ResizeStarted'.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatus#conditions
     */
    readonly conditions?: RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions[];
    /**
     * currentVolumeAttributesClassName is the current name of the VolumeAttributesClass the PVC is using.
     * When unset, there is no VolumeAttributeClass applied to this PersistentVolumeClaim
     * This is an alpha field and requires enabling VolumeAttributesClass feature.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatus#currentVolumeAttributesClassName
     */
    readonly currentVolumeAttributesClassName?: string;
    /**
     * ModifyVolumeStatus represents the status object of ControllerModifyVolume operation.
     * When this is unset, there is no ModifyVolume operation being attempted.
     * This is an alpha field and requires enabling VolumeAttributesClass feature.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatus#modifyVolumeStatus
     */
    readonly modifyVolumeStatus?: RedisReplicationSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus;
    /**
     * phase represents the current phase of PersistentVolumeClaim.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatus#phase
     */
    readonly phase?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeClaimTemplateStatus' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeClaimTemplateStatus(obj: RedisReplicationSpecStorageVolumeClaimTemplateStatus | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema RedisReplicationSpecStorageVolumeMountMountPath
 */
export interface RedisReplicationSpecStorageVolumeMountMountPath {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema RedisReplicationSpecStorageVolumeMountMountPath#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     *
     * @schema RedisReplicationSpecStorageVolumeMountMountPath#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema RedisReplicationSpecStorageVolumeMountMountPath#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema RedisReplicationSpecStorageVolumeMountMountPath#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema RedisReplicationSpecStorageVolumeMountMountPath#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema RedisReplicationSpecStorageVolumeMountMountPath#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountMountPath' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountMountPath(obj: RedisReplicationSpecStorageVolumeMountMountPath | undefined): Record<string, any> | undefined;
/**
 * Volume represents a named volume in a pod that may be accessed by any container in the pod.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolume
 */
export interface RedisReplicationSpecStorageVolumeMountVolume {
    /**
     * awsElasticBlockStore represents an AWS Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: RedisReplicationSpecStorageVolumeMountVolumeAwsElasticBlockStore;
    /**
     * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#azureDisk
     */
    readonly azureDisk?: RedisReplicationSpecStorageVolumeMountVolumeAzureDisk;
    /**
     * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#azureFile
     */
    readonly azureFile?: RedisReplicationSpecStorageVolumeMountVolumeAzureFile;
    /**
     * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#cephfs
     */
    readonly cephfs?: RedisReplicationSpecStorageVolumeMountVolumeCephfs;
    /**
     * cinder represents a cinder volume attached and mounted on kubelets host machine.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#cinder
     */
    readonly cinder?: RedisReplicationSpecStorageVolumeMountVolumeCinder;
    /**
     * configMap represents a configMap that should populate this volume
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#configMap
     */
    readonly configMap?: RedisReplicationSpecStorageVolumeMountVolumeConfigMap;
    /**
     * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers (Beta feature).
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#csi
     */
    readonly csi?: RedisReplicationSpecStorageVolumeMountVolumeCsi;
    /**
     * downwardAPI represents downward API about the pod that should populate this volume
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#downwardAPI
     */
    readonly downwardApi?: RedisReplicationSpecStorageVolumeMountVolumeDownwardApi;
    /**
     * emptyDir represents a temporary directory that shares a pod's lifetime.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#emptyDir
     */
    readonly emptyDir?: RedisReplicationSpecStorageVolumeMountVolumeEmptyDir;
    /**
     * ephemeral represents a volume that is handled by a cluster storage driver.
     * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
     * and deleted when the pod is removed.
     *
     * Use this if:
     * a) the volume is only needed while the pod runs,
     * b) features of normal volumes like restoring from snapshot or capacity
     * tracking are needed,
     * c) the storage driver is specified through a storage class, and
     * d) the storage driver supports dynamic volume provisioning through
     * a PersistentVolumeClaim (see EphemeralVolumeSource for more
     * information on the connection between this volume type
     * and PersistentVolumeClaim).
     *
     * Use PersistentVolumeClaim or one of the vendor-specific
     * APIs for volumes that persist for longer than the lifecycle
     * of an individual pod.
     *
     * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
     * be used that way - see the documentation of the driver for
     * more information.
     *
     * A pod can use both types of ephemeral volumes and
     * persistent volumes at the same time.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#ephemeral
     */
    readonly ephemeral?: RedisReplicationSpecStorageVolumeMountVolumeEphemeral;
    /**
     * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#fc
     */
    readonly fc?: RedisReplicationSpecStorageVolumeMountVolumeFc;
    /**
     * flexVolume represents a generic volume resource that is
     * provisioned/attached using an exec based plugin.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#flexVolume
     */
    readonly flexVolume?: RedisReplicationSpecStorageVolumeMountVolumeFlexVolume;
    /**
     * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#flocker
     */
    readonly flocker?: RedisReplicationSpecStorageVolumeMountVolumeFlocker;
    /**
     * gcePersistentDisk represents a GCE Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#gcePersistentDisk
     */
    readonly gcePersistentDisk?: RedisReplicationSpecStorageVolumeMountVolumeGcePersistentDisk;
    /**
     * gitRepo represents a git repository at a particular revision.
     * DEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an
     * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
     * into the Pod's container.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#gitRepo
     */
    readonly gitRepo?: RedisReplicationSpecStorageVolumeMountVolumeGitRepo;
    /**
     * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#glusterfs
     */
    readonly glusterfs?: RedisReplicationSpecStorageVolumeMountVolumeGlusterfs;
    /**
     * hostPath represents a pre-existing file or directory on the host
     * machine that is directly exposed to the container. This is generally
     * used for system agents or other privileged things that are allowed
     * to see the host machine. Most containers will NOT need this.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#hostPath
     */
    readonly hostPath?: RedisReplicationSpecStorageVolumeMountVolumeHostPath;
    /**
     * iscsi represents an ISCSI Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://examples.k8s.io/volumes/iscsi/README.md
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#iscsi
     */
    readonly iscsi?: RedisReplicationSpecStorageVolumeMountVolumeIscsi;
    /**
     * name of the volume.
     * Must be a DNS_LABEL and unique within the pod.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#name
     */
    readonly name: string;
    /**
     * nfs represents an NFS mount on the host that shares a pod's lifetime
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#nfs
     */
    readonly nfs?: RedisReplicationSpecStorageVolumeMountVolumeNfs;
    /**
     * persistentVolumeClaimVolumeSource represents a reference to a
     * PersistentVolumeClaim in the same namespace.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: RedisReplicationSpecStorageVolumeMountVolumePersistentVolumeClaim;
    /**
     * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#photonPersistentDisk
     */
    readonly photonPersistentDisk?: RedisReplicationSpecStorageVolumeMountVolumePhotonPersistentDisk;
    /**
     * portworxVolume represents a portworx volume attached and mounted on kubelets host machine
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#portworxVolume
     */
    readonly portworxVolume?: RedisReplicationSpecStorageVolumeMountVolumePortworxVolume;
    /**
     * projected items for all in one resources secrets, configmaps, and downward API
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#projected
     */
    readonly projected?: RedisReplicationSpecStorageVolumeMountVolumeProjected;
    /**
     * quobyte represents a Quobyte mount on the host that shares a pod's lifetime
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#quobyte
     */
    readonly quobyte?: RedisReplicationSpecStorageVolumeMountVolumeQuobyte;
    /**
     * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
     * More info: https://examples.k8s.io/volumes/rbd/README.md
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#rbd
     */
    readonly rbd?: RedisReplicationSpecStorageVolumeMountVolumeRbd;
    /**
     * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#scaleIO
     */
    readonly scaleIo?: RedisReplicationSpecStorageVolumeMountVolumeScaleIo;
    /**
     * secret represents a secret that should populate this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#secret
     */
    readonly secret?: RedisReplicationSpecStorageVolumeMountVolumeSecret;
    /**
     * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#storageos
     */
    readonly storageos?: RedisReplicationSpecStorageVolumeMountVolumeStorageos;
    /**
     * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolume#vsphereVolume
     */
    readonly vsphereVolume?: RedisReplicationSpecStorageVolumeMountVolumeVsphereVolume;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolume' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolume(obj: RedisReplicationSpecStorageVolumeMountVolume | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface RedisReplicationSpecTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: RedisReplicationSpecTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector term, associated with the corresponding weight.
 *
 * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * A null or empty node selector term matches no objects. The requirements of
 * them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `LabelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
     * Also, MatchLabelKeys cannot be set when LabelSelector isn't set.
     * This is an alpha field and requires enabling MatchLabelKeysInPodAffinity feature gate.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `LabelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both MismatchLabelKeys and LabelSelector.
     * Also, MismatchLabelKeys cannot be set when LabelSelector isn't set.
     * This is an alpha field and requires enabling MatchLabelKeysInPodAffinity feature gate.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `LabelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
     * Also, MatchLabelKeys cannot be set when LabelSelector isn't set.
     * This is an alpha field and requires enabling MatchLabelKeysInPodAffinity feature gate.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `LabelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both MismatchLabelKeys and LabelSelector.
     * Also, MismatchLabelKeys cannot be set when LabelSelector isn't set.
     * This is an alpha field and requires enabling MatchLabelKeysInPodAffinity feature gate.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisReplicationSpecEnvValueFromResourceFieldRefDivisor
 */
export declare class RedisReplicationSpecEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RedisReplicationSpecEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RedisReplicationSpecInitContainerEnvValueFromConfigMapKeyRef
 */
export interface RedisReplicationSpecInitContainerEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerEnvValueFromConfigMapKeyRef(obj: RedisReplicationSpecInitContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RedisReplicationSpecInitContainerEnvValueFromFieldRef
 */
export interface RedisReplicationSpecInitContainerEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerEnvValueFromFieldRef(obj: RedisReplicationSpecInitContainerEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RedisReplicationSpecInitContainerEnvValueFromResourceFieldRef
 */
export interface RedisReplicationSpecInitContainerEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RedisReplicationSpecInitContainerEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerEnvValueFromResourceFieldRef(obj: RedisReplicationSpecInitContainerEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RedisReplicationSpecInitContainerEnvValueFromSecretKeyRef
 */
export interface RedisReplicationSpecInitContainerEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RedisReplicationSpecInitContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecInitContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecInitContainerEnvValueFromSecretKeyRef(obj: RedisReplicationSpecInitContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecKubernetesConfigServiceAdditionalType
 */
export declare enum RedisReplicationSpecKubernetesConfigServiceAdditionalType {
    /** LoadBalancer */
    LOAD_BALANCER = "LoadBalancer",
    /** NodePort */
    NODE_PORT = "NodePort",
    /** ClusterIP */
    CLUSTER_IP = "ClusterIP"
}
/**
 * @schema RedisReplicationSpecKubernetesConfigServiceHeadlessType
 */
export declare enum RedisReplicationSpecKubernetesConfigServiceHeadlessType {
    /** LoadBalancer */
    LOAD_BALANCER = "LoadBalancer",
    /** NodePort */
    NODE_PORT = "NodePort",
    /** ClusterIP */
    CLUSTER_IP = "ClusterIP"
}
/**
 * The maximum number of pods that can be unavailable during the update.
 * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
 * Absolute number is calculated from percentage by rounding up. This can not be 0.
 * Defaults to 1. This field is alpha-level and is only honored by servers that enable the
 * MaxUnavailableStatefulSet feature. The field applies to all pods in the range 0 to
 * Replicas-1. That means if there is any unavailable pod in the range 0 to Replicas-1, it
 * will be counted towards MaxUnavailable.
 *
 * @default 1. This field is alpha-level and is only honored by servers that enable the
 * @schema RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable
 */
export declare class RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): RedisReplicationSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RedisReplicationSpecRedisExporterEnvValueFromConfigMapKeyRef
 */
export interface RedisReplicationSpecRedisExporterEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterEnvValueFromConfigMapKeyRef(obj: RedisReplicationSpecRedisExporterEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RedisReplicationSpecRedisExporterEnvValueFromFieldRef
 */
export interface RedisReplicationSpecRedisExporterEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterEnvValueFromFieldRef(obj: RedisReplicationSpecRedisExporterEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRef
 */
export interface RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRef(obj: RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RedisReplicationSpecRedisExporterEnvValueFromSecretKeyRef
 */
export interface RedisReplicationSpecRedisExporterEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RedisReplicationSpecRedisExporterEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecRedisExporterEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecRedisExporterEnvValueFromSecretKeyRef(obj: RedisReplicationSpecRedisExporterEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecSentinelServiceAdditionalType
 */
export declare enum RedisReplicationSpecSentinelServiceAdditionalType {
    /** LoadBalancer */
    LOAD_BALANCER = "LoadBalancer",
    /** NodePort */
    NODE_PORT = "NodePort",
    /** ClusterIP */
    CLUSTER_IP = "ClusterIP"
}
/**
 * @schema RedisReplicationSpecSentinelServiceHeadlessType
 */
export declare enum RedisReplicationSpecSentinelServiceHeadlessType {
    /** LoadBalancer */
    LOAD_BALANCER = "LoadBalancer",
    /** NodePort */
    NODE_PORT = "NodePort",
    /** ClusterIP */
    CLUSTER_IP = "ClusterIP"
}
/**
 * The maximum number of pods that can be unavailable during the update.
 * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
 * Absolute number is calculated from percentage by rounding up. This can not be 0.
 * Defaults to 1. This field is alpha-level and is only honored by servers that enable the
 * MaxUnavailableStatefulSet feature. The field applies to all pods in the range 0 to
 * Replicas-1. That means if there is any unavailable pod in the range 0 to Replicas-1, it
 * will be counted towards MaxUnavailable.
 *
 * @default 1. This field is alpha-level and is only honored by servers that enable the
 * @schema RedisReplicationSpecSentinelUpdateStrategyRollingUpdateMaxUnavailable
 */
export declare class RedisReplicationSpecSentinelUpdateStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecSentinelUpdateStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): RedisReplicationSpecSentinelUpdateStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RedisReplicationSpecSidecarsEnvValueFromConfigMapKeyRef
 */
export interface RedisReplicationSpecSidecarsEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsEnvValueFromConfigMapKeyRef(obj: RedisReplicationSpecSidecarsEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RedisReplicationSpecSidecarsEnvValueFromFieldRef
 */
export interface RedisReplicationSpecSidecarsEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsEnvValueFromFieldRef(obj: RedisReplicationSpecSidecarsEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RedisReplicationSpecSidecarsEnvValueFromResourceFieldRef
 */
export interface RedisReplicationSpecSidecarsEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RedisReplicationSpecSidecarsEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsEnvValueFromResourceFieldRef(obj: RedisReplicationSpecSidecarsEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RedisReplicationSpecSidecarsEnvValueFromSecretKeyRef
 */
export interface RedisReplicationSpecSidecarsEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RedisReplicationSpecSidecarsEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecSidecarsEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecSidecarsEnvValueFromSecretKeyRef(obj: RedisReplicationSpecSidecarsEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSource
 */
export interface RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSource(obj: RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSourceRef
 */
export interface RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSourceRef(obj: RedisReplicationSpecStorageVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecResources
 */
export interface RedisReplicationSpecStorageVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeClaimTemplateSpecResources(obj: RedisReplicationSpecStorageVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecSelector
 */
export interface RedisReplicationSpecStorageVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeClaimTemplateSpecSelector(obj: RedisReplicationSpecStorageVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusAllocatedResources
 */
export declare class RedisReplicationSpecStorageVolumeClaimTemplateStatusAllocatedResources {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecStorageVolumeClaimTemplateStatusAllocatedResources;
    static fromString(value: string): RedisReplicationSpecStorageVolumeClaimTemplateStatusAllocatedResources;
    private constructor();
}
/**
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusCapacity
 */
export declare class RedisReplicationSpecStorageVolumeClaimTemplateStatusCapacity {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecStorageVolumeClaimTemplateStatusCapacity;
    static fromString(value: string): RedisReplicationSpecStorageVolumeClaimTemplateStatusCapacity;
    private constructor();
}
/**
 * PersistentVolumeClaimCondition contains details about state of pvc
 *
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions
 */
export interface RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions {
    /**
     * lastProbeTime is the time we probed the condition.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions#lastProbeTime
     */
    readonly lastProbeTime?: Date;
    /**
     * lastTransitionTime is the time the condition transitioned from one status to another.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions#lastTransitionTime
     */
    readonly lastTransitionTime?: Date;
    /**
     * message is the human-readable message indicating details about last transition.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions#message
     */
    readonly message?: string;
    /**
     * reason is a unique, this should be a short, machine understandable string that gives the reason
     * for condition's last transition. If it reports "ResizeStarted" that means the underlying
     * persistent volume is being resized.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions#reason
     */
    readonly reason?: string;
    /**
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions#status
     */
    readonly status: string;
    /**
     * PersistentVolumeClaimConditionType is a valid value of PersistentVolumeClaimCondition.Type
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions(obj: RedisReplicationSpecStorageVolumeClaimTemplateStatusConditions | undefined): Record<string, any> | undefined;
/**
 * ModifyVolumeStatus represents the status object of ControllerModifyVolume operation.
 * When this is unset, there is no ModifyVolume operation being attempted.
 * This is an alpha field and requires enabling VolumeAttributesClass feature.
 *
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus
 */
export interface RedisReplicationSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus {
    /**
     * status is the status of the ControllerModifyVolume operation. It can be in any of following states:
     * - Pending
     * Pending indicates that the PersistentVolumeClaim cannot be modified due to unmet requirements, such as
     * the specified VolumeAttributesClass not existing.
     * - InProgress
     * InProgress indicates that the volume is being modified.
     * - Infeasible
     * Infeasible indicates that the request has been rejected as invalid by the CSI driver. To
     * resolve the error, a valid VolumeAttributesClass needs to be specified.
     * Note: New statuses can be added in the future. Consumers should check for unknown statuses and fail appropriately.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus#status
     */
    readonly status: string;
    /**
     * targetVolumeAttributesClassName is the name of the VolumeAttributesClass the PVC currently being reconciled
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus#targetVolumeAttributesClassName
     */
    readonly targetVolumeAttributesClassName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus(obj: RedisReplicationSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus | undefined): Record<string, any> | undefined;
/**
 * awsElasticBlockStore represents an AWS Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeAwsElasticBlockStore
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeAwsElasticBlockStore {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * readOnly value true will force the readOnly setting in VolumeMounts.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeAwsElasticBlockStore(obj: RedisReplicationSpecStorageVolumeMountVolumeAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeAzureDisk
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeAzureDisk {
    /**
     * cachingMode is the Host Caching mode: None, Read Only, Read Write.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * diskName is the Name of the data disk in the blob storage
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * diskURI is the URI of data disk in the blob storage
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * fsType is Filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeAzureDisk' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeAzureDisk(obj: RedisReplicationSpecStorageVolumeMountVolumeAzureDisk | undefined): Record<string, any> | undefined;
/**
 * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeAzureFile
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeAzureFile {
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretName is the  name of secret that contains Azure Storage Account Name and Key
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * shareName is the azure share Name
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeAzureFile' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeAzureFile(obj: RedisReplicationSpecStorageVolumeMountVolumeAzureFile | undefined): Record<string, any> | undefined;
/**
 * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeCephfs
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeCephfs {
    /**
     * monitors is Required: Monitors is a collection of Ceph monitors
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCephfs#path
     */
    readonly path?: string;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @default false (read/write). ReadOnly here will force
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCephfs#secretRef
     */
    readonly secretRef?: RedisReplicationSpecStorageVolumeMountVolumeCephfsSecretRef;
    /**
     * user is optional: User is the rados user name, default is admin
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeCephfs' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeCephfs(obj: RedisReplicationSpecStorageVolumeMountVolumeCephfs | undefined): Record<string, any> | undefined;
/**
 * cinder represents a cinder volume attached and mounted on kubelets host machine.
 * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeCinder
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeCinder {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCinder#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is optional: points to a secret object containing parameters used to connect
     * to OpenStack.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCinder#secretRef
     */
    readonly secretRef?: RedisReplicationSpecStorageVolumeMountVolumeCinderSecretRef;
    /**
     * volumeID used to identify the volume in cinder.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeCinder' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeCinder(obj: RedisReplicationSpecStorageVolumeMountVolumeCinder | undefined): Record<string, any> | undefined;
/**
 * configMap represents a configMap that should populate this volume
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeConfigMap
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeConfigMap {
    /**
     * defaultMode is optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeConfigMap#items
     */
    readonly items?: RedisReplicationSpecStorageVolumeMountVolumeConfigMapItems[];
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeConfigMap' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeConfigMap(obj: RedisReplicationSpecStorageVolumeMountVolumeConfigMap | undefined): Record<string, any> | undefined;
/**
 * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers (Beta feature).
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeCsi
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeCsi {
    /**
     * driver is the name of the CSI driver that handles this volume.
     * Consult with your admin for the correct name as registered in the cluster.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCsi#driver
     */
    readonly driver: string;
    /**
     * fsType to mount. Ex. "ext4", "xfs", "ntfs".
     * If not provided, the empty value is passed to the associated CSI driver
     * which will determine the default filesystem to apply.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCsi#fsType
     */
    readonly fsType?: string;
    /**
     * nodePublishSecretRef is a reference to the secret object containing
     * sensitive information to pass to the CSI driver to complete the CSI
     * NodePublishVolume and NodeUnpublishVolume calls.
     * This field is optional, and  may be empty if no secret is required. If the
     * secret object contains more than one secret, all secret references are passed.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: RedisReplicationSpecStorageVolumeMountVolumeCsiNodePublishSecretRef;
    /**
     * readOnly specifies a read-only configuration for the volume.
     * Defaults to false (read/write).
     *
     * @default false (read/write).
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeAttributes stores driver-specific properties that are passed to the CSI
     * driver. Consult your driver's documentation for supported values.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeCsi' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeCsi(obj: RedisReplicationSpecStorageVolumeMountVolumeCsi | undefined): Record<string, any> | undefined;
/**
 * downwardAPI represents downward API about the pod that should populate this volume
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApi
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeDownwardApi {
    /**
     * Optional: mode bits to use on created files by default. Must be a
     * Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * Items is a list of downward API volume file
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApi#items
     */
    readonly items?: RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItems[];
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeDownwardApi' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeDownwardApi(obj: RedisReplicationSpecStorageVolumeMountVolumeDownwardApi | undefined): Record<string, any> | undefined;
/**
 * emptyDir represents a temporary directory that shares a pod's lifetime.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEmptyDir
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeEmptyDir {
    /**
     * medium represents what type of storage medium should back this directory.
     * The default is "" which means to use the node's default medium.
     * Must be an empty string (default) or Memory.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * sizeLimit is the total amount of local storage required for this EmptyDir volume.
     * The size limit is also applicable for memory medium.
     * The maximum usage on memory medium EmptyDir would be the minimum value between
     * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
     * The default is nil which means that the limit is undefined.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEmptyDir#sizeLimit
     */
    readonly sizeLimit?: RedisReplicationSpecStorageVolumeMountVolumeEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeEmptyDir' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeEmptyDir(obj: RedisReplicationSpecStorageVolumeMountVolumeEmptyDir | undefined): Record<string, any> | undefined;
/**
 * ephemeral represents a volume that is handled by a cluster storage driver.
 * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
 * and deleted when the pod is removed.
 *
 * Use this if:
 * a) the volume is only needed while the pod runs,
 * b) features of normal volumes like restoring from snapshot or capacity
 * tracking are needed,
 * c) the storage driver is specified through a storage class, and
 * d) the storage driver supports dynamic volume provisioning through
 * a PersistentVolumeClaim (see EphemeralVolumeSource for more
 * information on the connection between this volume type
 * and PersistentVolumeClaim).
 *
 * Use PersistentVolumeClaim or one of the vendor-specific
 * APIs for volumes that persist for longer than the lifecycle
 * of an individual pod.
 *
 * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
 * be used that way - see the documentation of the driver for
 * more information.
 *
 * A pod can use both types of ephemeral volumes and
 * persistent volumes at the same time.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeral
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeEphemeral {
    /**
     * Will be used to create a stand-alone PVC to provision the volume.
     * The pod in which this EphemeralVolumeSource is embedded will be the
     * owner of the PVC, i.e. the PVC will be deleted together with the
     * pod.  The name of the PVC will be `<pod name>-<volume name>` where
     * `<volume name>` is the name from the `PodSpec.Volumes` array
     * entry. Pod validation will reject the pod if the concatenated name
     * is not valid for a PVC (for example, too long).
     *
     * An existing PVC with that name that is not owned by the pod
     * will *not* be used for the pod to avoid using an unrelated
     * volume by mistake. Starting the pod is then blocked until
     * the unrelated PVC is removed. If such a pre-created PVC is
     * meant to be used by the pod, the PVC has to updated with an
     * owner reference to the pod once the pod exists. Normally
     * this should not be necessary, but it may be useful when
     * manually reconstructing a broken cluster.
     *
     * This field is read-only and no changes will be made by Kubernetes
     * to the PVC after it has been created.
     *
     * Required, must not be nil.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeEphemeral' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeEphemeral(obj: RedisReplicationSpecStorageVolumeMountVolumeEphemeral | undefined): Record<string, any> | undefined;
/**
 * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeFc
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeFc {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFc#fsType
     */
    readonly fsType?: string;
    /**
     * lun is Optional: FC target lun number
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFc#lun
     */
    readonly lun?: number;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * targetWWNs is Optional: FC target worldwide names (WWNs)
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * wwids Optional: FC volume world wide identifiers (wwids)
     * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeFc' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeFc(obj: RedisReplicationSpecStorageVolumeMountVolumeFc | undefined): Record<string, any> | undefined;
/**
 * flexVolume represents a generic volume resource that is
 * provisioned/attached using an exec based plugin.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeFlexVolume
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeFlexVolume {
    /**
     * driver is the name of the driver to use for this volume.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFlexVolume#driver
     */
    readonly driver: string;
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * options is Optional: this field holds extra command options if any.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is Optional: secretRef is reference to the secret object containing
     * sensitive information to pass to the plugin scripts. This may be
     * empty if no secret object is specified. If the secret object
     * contains more than one secret, all secrets are passed to the plugin
     * scripts.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFlexVolume#secretRef
     */
    readonly secretRef?: RedisReplicationSpecStorageVolumeMountVolumeFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeFlexVolume' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeFlexVolume(obj: RedisReplicationSpecStorageVolumeMountVolumeFlexVolume | undefined): Record<string, any> | undefined;
/**
 * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeFlocker
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeFlocker {
    /**
     * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
     * should be considered as deprecated
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeFlocker' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeFlocker(obj: RedisReplicationSpecStorageVolumeMountVolumeFlocker | undefined): Record<string, any> | undefined;
/**
 * gcePersistentDisk represents a GCE Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeGcePersistentDisk
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeGcePersistentDisk {
    /**
     * fsType is filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @default false.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeGcePersistentDisk' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeGcePersistentDisk(obj: RedisReplicationSpecStorageVolumeMountVolumeGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * gitRepo represents a git repository at a particular revision.
 * DEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an
 * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
 * into the Pod's container.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeGitRepo
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeGitRepo {
    /**
     * directory is the target directory name.
     * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
     * git repository.  Otherwise, if specified, the volume will contain the git repository in
     * the subdirectory with the given name.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeGitRepo#directory
     */
    readonly directory?: string;
    /**
     * repository is the URL
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeGitRepo#repository
     */
    readonly repository: string;
    /**
     * revision is the commit hash for the specified revision.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeGitRepo' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeGitRepo(obj: RedisReplicationSpecStorageVolumeMountVolumeGitRepo | undefined): Record<string, any> | undefined;
/**
 * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
 * More info: https://examples.k8s.io/volumes/glusterfs/README.md
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeGlusterfs
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeGlusterfs {
    /**
     * endpoints is the endpoint name that details Glusterfs topology.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * path is the Glusterfs volume path.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeGlusterfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @default false.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeGlusterfs' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeGlusterfs(obj: RedisReplicationSpecStorageVolumeMountVolumeGlusterfs | undefined): Record<string, any> | undefined;
/**
 * hostPath represents a pre-existing file or directory on the host
 * machine that is directly exposed to the container. This is generally
 * used for system agents or other privileged things that are allowed
 * to see the host machine. Most containers will NOT need this.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeHostPath
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeHostPath {
    /**
     * path of the directory on the host.
     * If the path is a symlink, it will follow the link to the real path.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeHostPath#path
     */
    readonly path: string;
    /**
     * type for HostPath Volume
     * Defaults to ""
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @default More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     * @schema RedisReplicationSpecStorageVolumeMountVolumeHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeHostPath' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeHostPath(obj: RedisReplicationSpecStorageVolumeMountVolumeHostPath | undefined): Record<string, any> | undefined;
/**
 * iscsi represents an ISCSI Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://examples.k8s.io/volumes/iscsi/README.md
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeIscsi {
    /**
     * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * chapAuthSession defines whether support iSCSI Session CHAP authentication
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * initiatorName is the custom iSCSI Initiator Name.
     * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
     * <target portal>:<volume name> will be created for the connection.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * iqn is the target iSCSI Qualified Name.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi#iqn
     */
    readonly iqn: string;
    /**
     * iscsiInterface is the interface Name that uses an iSCSI transport.
     * Defaults to 'default' (tcp).
     *
     * @default default' (tcp).
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * lun represents iSCSI Target Lun number.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi#lun
     */
    readonly lun: number;
    /**
     * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi#portals
     */
    readonly portals?: string[];
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     *
     * @default false.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is the CHAP Secret for iSCSI target and initiator authentication
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi#secretRef
     */
    readonly secretRef?: RedisReplicationSpecStorageVolumeMountVolumeIscsiSecretRef;
    /**
     * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeIscsi' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeIscsi(obj: RedisReplicationSpecStorageVolumeMountVolumeIscsi | undefined): Record<string, any> | undefined;
/**
 * nfs represents an NFS mount on the host that shares a pod's lifetime
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeNfs
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeNfs {
    /**
     * path that is exported by the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeNfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the NFS export to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @default false.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * server is the hostname or IP address of the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeNfs' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeNfs(obj: RedisReplicationSpecStorageVolumeMountVolumeNfs | undefined): Record<string, any> | undefined;
/**
 * persistentVolumeClaimVolumeSource represents a reference to a
 * PersistentVolumeClaim in the same namespace.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumePersistentVolumeClaim
 */
export interface RedisReplicationSpecStorageVolumeMountVolumePersistentVolumeClaim {
    /**
     * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumePersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * readOnly Will force the ReadOnly setting in VolumeMounts.
     * Default false.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumePersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumePersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumePersistentVolumeClaim(obj: RedisReplicationSpecStorageVolumeMountVolumePersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumePhotonPersistentDisk
 */
export interface RedisReplicationSpecStorageVolumeMountVolumePhotonPersistentDisk {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumePhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * pdID is the ID that identifies Photon Controller persistent disk
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumePhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumePhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumePhotonPersistentDisk(obj: RedisReplicationSpecStorageVolumeMountVolumePhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * portworxVolume represents a portworx volume attached and mounted on kubelets host machine
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumePortworxVolume
 */
export interface RedisReplicationSpecStorageVolumeMountVolumePortworxVolume {
    /**
     * fSType represents the filesystem type to mount
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumePortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumePortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID uniquely identifies a Portworx volume
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumePortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumePortworxVolume' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumePortworxVolume(obj: RedisReplicationSpecStorageVolumeMountVolumePortworxVolume | undefined): Record<string, any> | undefined;
/**
 * projected items for all in one resources secrets, configmaps, and downward API
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjected
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjected {
    /**
     * defaultMode are the mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * sources is the list of volume projections
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjected#sources
     */
    readonly sources?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSources[];
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjected' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjected(obj: RedisReplicationSpecStorageVolumeMountVolumeProjected | undefined): Record<string, any> | undefined;
/**
 * quobyte represents a Quobyte mount on the host that shares a pod's lifetime
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeQuobyte
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeQuobyte {
    /**
     * group to map volume access to
     * Default is no group
     *
     * @default no group
     * @schema RedisReplicationSpecStorageVolumeMountVolumeQuobyte#group
     */
    readonly group?: string;
    /**
     * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
     * Defaults to false.
     *
     * @default false.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * registry represents a single or multiple Quobyte Registry services
     * specified as a string as host:port pair (multiple entries are separated with commas)
     * which acts as the central registry for volumes
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeQuobyte#registry
     */
    readonly registry: string;
    /**
     * tenant owning the given Quobyte volume in the Backend
     * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * user to map volume access to
     * Defaults to serivceaccount user
     *
     * @default serivceaccount user
     * @schema RedisReplicationSpecStorageVolumeMountVolumeQuobyte#user
     */
    readonly user?: string;
    /**
     * volume is a string that references an already created Quobyte volume by name.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeQuobyte' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeQuobyte(obj: RedisReplicationSpecStorageVolumeMountVolumeQuobyte | undefined): Record<string, any> | undefined;
/**
 * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
 * More info: https://examples.k8s.io/volumes/rbd/README.md
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeRbd
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeRbd {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeRbd#fsType
     */
    readonly fsType?: string;
    /**
     * image is the rados image name.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeRbd#image
     */
    readonly image: string;
    /**
     * keyring is the path to key ring for RBDUser.
     * Default is /etc/ceph/keyring.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default etc/ceph/keyring.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeRbd#keyring
     */
    readonly keyring?: string;
    /**
     * monitors is a collection of Ceph monitors.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeRbd#monitors
     */
    readonly monitors: string[];
    /**
     * pool is the rados pool name.
     * Default is rbd.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default rbd.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeRbd#pool
     */
    readonly pool?: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default false.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is name of the authentication secret for RBDUser. If provided
     * overrides keyring.
     * Default is nil.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default nil.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeRbd#secretRef
     */
    readonly secretRef?: RedisReplicationSpecStorageVolumeMountVolumeRbdSecretRef;
    /**
     * user is the rados user name.
     * Default is admin.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default admin.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeRbd' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeRbd(obj: RedisReplicationSpecStorageVolumeMountVolumeRbd | undefined): Record<string, any> | undefined;
/**
 * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIo
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeScaleIo {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs".
     * Default is "xfs".
     *
     * @default xfs".
     * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * gateway is the host address of the ScaleIO API Gateway.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef references to the secret for ScaleIO user and other
     * sensitive information. If this is not provided, Login operation will fail.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIo#secretRef
     */
    readonly secretRef: RedisReplicationSpecStorageVolumeMountVolumeScaleIoSecretRef;
    /**
     * sslEnabled Flag enable/disable SSL communication with Gateway, default false
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
     * Default is ThinProvisioned.
     *
     * @default ThinProvisioned.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * storagePool is the ScaleIO Storage Pool associated with the protection domain.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * system is the name of the storage system as configured in ScaleIO.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIo#system
     */
    readonly system: string;
    /**
     * volumeName is the name of a volume already created in the ScaleIO system
     * that is associated with this volume source.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeScaleIo' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeScaleIo(obj: RedisReplicationSpecStorageVolumeMountVolumeScaleIo | undefined): Record<string, any> | undefined;
/**
 * secret represents a secret that should populate this volume.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeSecret
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeSecret {
    /**
     * defaultMode is Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values
     * for mode bits. Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema RedisReplicationSpecStorageVolumeMountVolumeSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items If unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeSecret#items
     */
    readonly items?: RedisReplicationSpecStorageVolumeMountVolumeSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeSecret' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeSecret(obj: RedisReplicationSpecStorageVolumeMountVolumeSecret | undefined): Record<string, any> | undefined;
/**
 * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeStorageos
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeStorageos {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef specifies the secret to use for obtaining the StorageOS API
     * credentials.  If not specified, default values will be attempted.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeStorageos#secretRef
     */
    readonly secretRef?: RedisReplicationSpecStorageVolumeMountVolumeStorageosSecretRef;
    /**
     * volumeName is the human-readable name of the StorageOS volume.  Volume
     * names are only unique within a namespace.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * volumeNamespace specifies the scope of the volume within StorageOS.  If no
     * namespace is specified then the Pod's namespace will be used.  This allows the
     * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
     * Set VolumeName to any name to override the default behaviour.
     * Set to "default" if you are not using namespaces within StorageOS.
     * Namespaces that do not pre-exist within StorageOS will be created.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeStorageos' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeStorageos(obj: RedisReplicationSpecStorageVolumeMountVolumeStorageos | undefined): Record<string, any> | undefined;
/**
 * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeVsphereVolume
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeVsphereVolume {
    /**
     * fsType is filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * volumePath is the path that identifies vSphere volume vmdk
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeVsphereVolume' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeVsphereVolume(obj: RedisReplicationSpecStorageVolumeMountVolumeVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: RedisReplicationSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: RedisReplicationSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: RedisReplicationSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: RedisReplicationSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisReplicationSpecInitContainerEnvValueFromResourceFieldRefDivisor
 */
export declare class RedisReplicationSpecInitContainerEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecInitContainerEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RedisReplicationSpecInitContainerEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRefDivisor
 */
export declare class RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RedisReplicationSpecRedisExporterEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisReplicationSpecSidecarsEnvValueFromResourceFieldRefDivisor
 */
export declare class RedisReplicationSpecSidecarsEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecSidecarsEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RedisReplicationSpecSidecarsEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesLimits
 */
export declare class RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesRequests
 */
export declare class RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface RedisReplicationSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions(obj: RedisReplicationSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
 * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeCephfsSecretRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeCephfsSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeCephfsSecretRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeCephfsSecretRef(obj: RedisReplicationSpecStorageVolumeMountVolumeCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is optional: points to a secret object containing parameters used to connect
 * to OpenStack.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeCinderSecretRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeCinderSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeCinderSecretRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeCinderSecretRef(obj: RedisReplicationSpecStorageVolumeMountVolumeCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeConfigMapItems
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeConfigMapItems' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeConfigMapItems(obj: RedisReplicationSpecStorageVolumeMountVolumeConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * nodePublishSecretRef is a reference to the secret object containing
 * sensitive information to pass to the CSI driver to complete the CSI
 * NodePublishVolume and NodeUnpublishVolume calls.
 * This field is optional, and  may be empty if no secret is required. If the
 * secret object contains more than one secret, all secret references are passed.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeCsiNodePublishSecretRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeCsiNodePublishSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeCsiNodePublishSecretRef(obj: RedisReplicationSpecStorageVolumeMountVolumeCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItems
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name and namespace are supported.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItems#fieldRef
     */
    readonly fieldRef?: RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItems' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItems(obj: RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEmptyDirSizeLimit
 */
export declare class RedisReplicationSpecStorageVolumeMountVolumeEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecStorageVolumeMountVolumeEmptyDirSizeLimit;
    static fromString(value: string): RedisReplicationSpecStorageVolumeMountVolumeEmptyDirSizeLimit;
    private constructor();
}
/**
 * Will be used to create a stand-alone PVC to provision the volume.
 * The pod in which this EphemeralVolumeSource is embedded will be the
 * owner of the PVC, i.e. the PVC will be deleted together with the
 * pod.  The name of the PVC will be `<pod name>-<volume name>` where
 * `<volume name>` is the name from the `PodSpec.Volumes` array
 * entry. Pod validation will reject the pod if the concatenated name
 * is not valid for a PVC (for example, too long).
 *
 * An existing PVC with that name that is not owned by the pod
 * will *not* be used for the pod to avoid using an unrelated
 * volume by mistake. Starting the pod is then blocked until
 * the unrelated PVC is removed. If such a pre-created PVC is
 * meant to be used by the pod, the PVC has to updated with an
 * owner reference to the pod once the pod exists. Normally
 * this should not be necessary, but it may be useful when
 * manually reconstructing a broken cluster.
 *
 * This field is read-only and no changes will be made by Kubernetes
 * to the PVC after it has been created.
 *
 * Required, must not be nil.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplate
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplate {
    /**
     * May contain labels and annotations that will be copied into the PVC
     * when creating it. No other fields are allowed and will be rejected during
     * validation.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * The specification for the PersistentVolumeClaim. The entire content is
     * copied unchanged into the PVC that gets created from this
     * template. The same fields as in a PersistentVolumeClaim
     * are also valid here.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplate(obj: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: secretRef is reference to the secret object containing
 * sensitive information to pass to the plugin scripts. This may be
 * empty if no secret object is specified. If the secret object
 * contains more than one secret, all secrets are passed to the plugin
 * scripts.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeFlexVolumeSecretRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeFlexVolumeSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeFlexVolumeSecretRef(obj: RedisReplicationSpecStorageVolumeMountVolumeFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is the CHAP Secret for iSCSI target and initiator authentication
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsiSecretRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeIscsiSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeIscsiSecretRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeIscsiSecretRef(obj: RedisReplicationSpecStorageVolumeMountVolumeIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * Projection that may be projected along with other supported volume types
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSources
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSources {
    /**
     * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
     * of ClusterTrustBundle objects in an auto-updating file.
     *
     * Alpha, gated by the ClusterTrustBundleProjection feature gate.
     *
     * ClusterTrustBundle objects can either be selected by name, or by the
     * combination of signer name and a label selector.
     *
     * Kubelet performs aggressive normalization of the PEM contents written
     * into the pod filesystem.  Esoteric PEM features such as inter-block
     * comments and block headers are stripped.  Certificates are deduplicated.
     * The ordering of certificates within the file is arbitrary, and Kubelet
     * may change the order over time.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundle;
    /**
     * configMap information about the configMap data to project
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSources#configMap
     */
    readonly configMap?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMap;
    /**
     * downwardAPI information about the downwardAPI data to project
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSources#downwardAPI
     */
    readonly downwardApi?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApi;
    /**
     * secret information about the secret data to project
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSources#secret
     */
    readonly secret?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecret;
    /**
     * serviceAccountToken is information about the serviceAccountToken data to project
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSources' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSources(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSources | undefined): Record<string, any> | undefined;
/**
 * secretRef is name of the authentication secret for RBDUser. If provided
 * overrides keyring.
 * Default is nil.
 * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
 *
 * @default nil.
 * @schema RedisReplicationSpecStorageVolumeMountVolumeRbdSecretRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeRbdSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeRbdSecretRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeRbdSecretRef(obj: RedisReplicationSpecStorageVolumeMountVolumeRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef references to the secret for ScaleIO user and other
 * sensitive information. If this is not provided, Login operation will fail.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIoSecretRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeScaleIoSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeScaleIoSecretRef(obj: RedisReplicationSpecStorageVolumeMountVolumeScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeSecretItems
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeSecretItems {
    /**
     * key is the key to project.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeSecretItems' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeSecretItems(obj: RedisReplicationSpecStorageVolumeMountVolumeSecretItems | undefined): Record<string, any> | undefined;
/**
 * secretRef specifies the secret to use for obtaining the StorageOS API
 * credentials.  If not specified, default values will be attempted.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeStorageosSecretRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeStorageosSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeStorageosSecretRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeStorageosSecretRef(obj: RedisReplicationSpecStorageVolumeMountVolumeStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: RedisReplicationSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: RedisReplicationSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name and namespace are supported.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsFieldRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsFieldRef(obj: RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRef(obj: RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * The specification for the PersistentVolumeClaim. The entire content is
 * copied unchanged into the PVC that gets created from this
 * template. The same fields as in a PersistentVolumeClaim
 * are also valid here.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass
     * will be applied to the claim but it's not allowed to reset this field to empty string once it is set.
     * If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass
     * will be set by the persistentvolume controller if it exists.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#volumeattributesclass
     * (Alpha) Using this field requires the VolumeAttributesClass feature gate to be enabled.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec(obj: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
 * of ClusterTrustBundle objects in an auto-updating file.
 *
 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
 *
 * ClusterTrustBundle objects can either be selected by name, or by the
 * combination of signer name and a label selector.
 *
 * Kubelet performs aggressive normalization of the PEM contents written
 * into the pod filesystem.  Esoteric PEM features such as inter-block
 * comments and block headers are stripped.  Certificates are deduplicated.
 * The ordering of certificates within the file is arbitrary, and Kubelet
 * may change the order over time.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundle
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundle {
    /**
     * Select all ClusterTrustBundles that match this label selector.  Only has
     * effect if signerName is set.  Mutually-exclusive with name.  If unset,
     * interpreted as "match nothing".  If set but empty, interpreted as "match
     * everything".
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
     * with signerName and labelSelector.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
     * aren't available.  If using name, then the named ClusterTrustBundle is
     * allowed not to exist.  If using signerName, then the combination of
     * signerName and labelSelector is allowed to match zero
     * ClusterTrustBundles.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * Relative path from the volume root to write the bundle.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * Select all ClusterTrustBundles that match this signer name.
     * Mutually-exclusive with name.  The contents of all selected
     * ClusterTrustBundles will be unified and deduplicated.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundle(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * configMap information about the configMap data to project
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMap
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMap {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMap#items
     */
    readonly items?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMapItems[];
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMap(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * downwardAPI information about the downwardAPI data to project
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApi
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApi {
    /**
     * Items is a list of DownwardAPIVolume file
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApi#items
     */
    readonly items?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApi(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * secret information about the secret data to project
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecret
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecret {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecret#items
     */
    readonly items?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecretItems[];
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * optional field specify whether the Secret or its key must be defined
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecret(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * serviceAccountToken is information about the serviceAccountToken data to project
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesServiceAccountToken
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesServiceAccountToken {
    /**
     * audience is the intended audience of the token. A recipient of a token
     * must identify itself with an identifier specified in the audience of the
     * token, and otherwise should reject the token. The audience defaults to the
     * identifier of the apiserver.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * expirationSeconds is the requested duration of validity of the service
     * account token. As the token approaches expiration, the kubelet volume
     * plugin will proactively rotate the service account token. The kubelet will
     * start trying to rotate the token if the token is older than 80 percent of
     * its time to live or if the token is older than 24 hours.Defaults to 1 hour
     * and must be at least 10 minutes.
     *
     * @default 1 hour
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * path is the path relative to the mount point of the file to project the
     * token into.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesServiceAccountToken(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor
 */
export declare class RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): RedisReplicationSpecStorageVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource(obj: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources(obj: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector(obj: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * Select all ClusterTrustBundles that match this label selector.  Only has
 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
 * interpreted as "match nothing".  If set but empty, interpreted as "match
 * everything".
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMapItems
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMapItems(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItems
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name and namespace are supported.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItems(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecretItems
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecretItems(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: RedisReplicationSpecStorageVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name and namespace are supported.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef(obj: RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): RedisReplicationSpecStorageVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
