import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Redis is the Schema for the redis API
 *
 * @schema RedisSentinel
 */
export declare class RedisSentinel extends ApiObject {
    /**
     * Returns the apiVersion and kind for "RedisSentinel"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "RedisSentinel".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: RedisSentinelProps): any;
    /**
     * Defines a "RedisSentinel" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: RedisSentinelProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Redis is the Schema for the redis API
 *
 * @schema RedisSentinel
 */
export interface RedisSentinelProps {
    /**
     * @schema RedisSentinel#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema RedisSentinel#spec
     */
    readonly spec: RedisSentinelSpec;
}
/**
 * Converts an object of type 'RedisSentinelProps' to JSON representation.
 */
export declare function toJson_RedisSentinelProps(obj: RedisSentinelProps | undefined): Record<string, any> | undefined;
/**
 * @schema RedisSentinelSpec
 */
export interface RedisSentinelSpec {
    /**
     * TLS Configuration for redis instances
     *
     * @schema RedisSentinelSpec#TLS
     */
    readonly tls?: RedisSentinelSpecTls;
    /**
     * Affinity is a group of affinity scheduling rules.
     *
     * @schema RedisSentinelSpec#affinity
     */
    readonly affinity?: RedisSentinelSpecAffinity;
    /**
     * @schema RedisSentinelSpec#clusterSize
     */
    readonly clusterSize: number;
    /**
     * @schema RedisSentinelSpec#env
     */
    readonly env?: RedisSentinelSpecEnv[];
    /**
     * @schema RedisSentinelSpec#hostPort
     */
    readonly hostPort?: number;
    /**
     * InitContainer for each Redis pods
     *
     * @schema RedisSentinelSpec#initContainer
     */
    readonly initContainer?: RedisSentinelSpecInitContainer;
    /**
     * KubernetesConfig will be the JSON struct for Basic Redis Config
     *
     * @schema RedisSentinelSpec#kubernetesConfig
     */
    readonly kubernetesConfig: RedisSentinelSpecKubernetesConfig;
    /**
     * Probe describes a health check to be performed against a container to determine whether it is
     * alive or ready to receive traffic.
     *
     * @schema RedisSentinelSpec#livenessProbe
     */
    readonly livenessProbe?: RedisSentinelSpecLivenessProbe;
    /**
     * @schema RedisSentinelSpec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * RedisPodDisruptionBudget configure a PodDisruptionBudget on the resource (leader/follower)
     *
     * @schema RedisSentinelSpec#pdb
     */
    readonly pdb?: RedisSentinelSpecPdb;
    /**
     * PodSecurityContext holds pod-level security attributes and common container settings.
     * Some fields are also present in container.securityContext.  Field values of
     * container.securityContext take precedence over field values of PodSecurityContext.
     *
     * @schema RedisSentinelSpec#podSecurityContext
     */
    readonly podSecurityContext?: RedisSentinelSpecPodSecurityContext;
    /**
     * @schema RedisSentinelSpec#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * Probe describes a health check to be performed against a container to determine whether it is
     * alive or ready to receive traffic.
     *
     * @schema RedisSentinelSpec#readinessProbe
     */
    readonly readinessProbe?: RedisSentinelSpecReadinessProbe;
    /**
     * RedisExporter interface will have the information for redis exporter related stuff
     *
     * @schema RedisSentinelSpec#redisExporter
     */
    readonly redisExporter?: RedisSentinelSpecRedisExporter;
    /**
     * @schema RedisSentinelSpec#redisSentinelConfig
     */
    readonly redisSentinelConfig?: RedisSentinelSpecRedisSentinelConfig;
    /**
     * SecurityContext holds security configuration that will be applied to a container.
     * Some fields are present in both SecurityContext and PodSecurityContext.  When both
     * are set, the values in SecurityContext take precedence.
     *
     * @schema RedisSentinelSpec#securityContext
     */
    readonly securityContext?: RedisSentinelSpecSecurityContext;
    /**
     * @schema RedisSentinelSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * @schema RedisSentinelSpec#sidecars
     */
    readonly sidecars?: RedisSentinelSpecSidecars[];
    /**
     * @schema RedisSentinelSpec#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RedisSentinelSpec#tolerations
     */
    readonly tolerations?: RedisSentinelSpecTolerations[];
    /**
     * @schema RedisSentinelSpec#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: RedisSentinelSpecTopologySpreadConstraints[];
    /**
     * Additional Volume is provided by user that is mounted on the pods
     *
     * @schema RedisSentinelSpec#volumeMount
     */
    readonly volumeMount?: RedisSentinelSpecVolumeMount;
}
/**
 * Converts an object of type 'RedisSentinelSpec' to JSON representation.
 */
export declare function toJson_RedisSentinelSpec(obj: RedisSentinelSpec | undefined): Record<string, any> | undefined;
/**
 * TLS Configuration for redis instances
 *
 * @schema RedisSentinelSpecTls
 */
export interface RedisSentinelSpecTls {
    /**
     * @schema RedisSentinelSpecTls#ca
     */
    readonly ca?: string;
    /**
     * @schema RedisSentinelSpecTls#cert
     */
    readonly cert?: string;
    /**
     * @schema RedisSentinelSpecTls#key
     */
    readonly key?: string;
    /**
     * Reference to secret which contains the certificates
     *
     * @schema RedisSentinelSpecTls#secret
     */
    readonly secret: RedisSentinelSpecTlsSecret;
}
/**
 * Converts an object of type 'RedisSentinelSpecTls' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecTls(obj: RedisSentinelSpecTls | undefined): Record<string, any> | undefined;
/**
 * Affinity is a group of affinity scheduling rules.
 *
 * @schema RedisSentinelSpecAffinity
 */
export interface RedisSentinelSpecAffinity {
    /**
     * Describes node affinity scheduling rules for the pod.
     *
     * @schema RedisSentinelSpecAffinity#nodeAffinity
     */
    readonly nodeAffinity?: RedisSentinelSpecAffinityNodeAffinity;
    /**
     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema RedisSentinelSpecAffinity#podAffinity
     */
    readonly podAffinity?: RedisSentinelSpecAffinityPodAffinity;
    /**
     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema RedisSentinelSpecAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: RedisSentinelSpecAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinity' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinity(obj: RedisSentinelSpecAffinity | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema RedisSentinelSpecEnv
 */
export interface RedisSentinelSpecEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema RedisSentinelSpecEnv#name
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
     * @schema RedisSentinelSpecEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema RedisSentinelSpecEnv#valueFrom
     */
    readonly valueFrom?: RedisSentinelSpecEnvValueFrom;
}
/**
 * Converts an object of type 'RedisSentinelSpecEnv' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecEnv(obj: RedisSentinelSpecEnv | undefined): Record<string, any> | undefined;
/**
 * InitContainer for each Redis pods
 *
 * @schema RedisSentinelSpecInitContainer
 */
export interface RedisSentinelSpecInitContainer {
    /**
     * @schema RedisSentinelSpecInitContainer#args
     */
    readonly args?: string[];
    /**
     * @schema RedisSentinelSpecInitContainer#command
     */
    readonly command?: string[];
    /**
     * @schema RedisSentinelSpecInitContainer#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema RedisSentinelSpecInitContainer#env
     */
    readonly env?: RedisSentinelSpecInitContainerEnv[];
    /**
     * @schema RedisSentinelSpecInitContainer#image
     */
    readonly image: string;
    /**
     * PullPolicy describes a policy for if/when to pull a container image
     *
     * @schema RedisSentinelSpecInitContainer#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * ResourceRequirements describes the compute resource requirements.
     *
     * @schema RedisSentinelSpecInitContainer#resources
     */
    readonly resources?: RedisSentinelSpecInitContainerResources;
    /**
     * SecurityContext holds security configuration that will be applied to a container.
     * Some fields are present in both SecurityContext and PodSecurityContext.  When both
     * are set, the values in SecurityContext take precedence.
     *
     * @schema RedisSentinelSpecInitContainer#securityContext
     */
    readonly securityContext?: RedisSentinelSpecInitContainerSecurityContext;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainer' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainer(obj: RedisSentinelSpecInitContainer | undefined): Record<string, any> | undefined;
/**
 * KubernetesConfig will be the JSON struct for Basic Redis Config
 *
 * @schema RedisSentinelSpecKubernetesConfig
 */
export interface RedisSentinelSpecKubernetesConfig {
    /**
     * @schema RedisSentinelSpecKubernetesConfig#ignoreAnnotations
     */
    readonly ignoreAnnotations?: string[];
    /**
     * @schema RedisSentinelSpecKubernetesConfig#image
     */
    readonly image: string;
    /**
     * PullPolicy describes a policy for if/when to pull a container image
     *
     * @schema RedisSentinelSpecKubernetesConfig#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema RedisSentinelSpecKubernetesConfig#imagePullSecrets
     */
    readonly imagePullSecrets?: RedisSentinelSpecKubernetesConfigImagePullSecrets[];
    /**
     * @schema RedisSentinelSpecKubernetesConfig#minReadySeconds
     */
    readonly minReadySeconds?: number;
    /**
     * StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs
     * created from the StatefulSet VolumeClaimTemplates.
     *
     * @schema RedisSentinelSpecKubernetesConfig#persistentVolumeClaimRetentionPolicy
     */
    readonly persistentVolumeClaimRetentionPolicy?: RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy;
    /**
     * ExistingPasswordSecret is the struct to access the existing secret
     *
     * @schema RedisSentinelSpecKubernetesConfig#redisSecret
     */
    readonly redisSecret?: RedisSentinelSpecKubernetesConfigRedisSecret;
    /**
     * ResourceRequirements describes the compute resource requirements.
     *
     * @schema RedisSentinelSpecKubernetesConfig#resources
     */
    readonly resources?: RedisSentinelSpecKubernetesConfigResources;
    /**
     * ServiceConfig define the type of service to be created and its annotations
     *
     * @schema RedisSentinelSpecKubernetesConfig#service
     */
    readonly service?: RedisSentinelSpecKubernetesConfigService;
    /**
     * StatefulSetUpdateStrategy indicates the strategy that the StatefulSet
     * controller will use to perform updates. It includes any additional parameters
     * necessary to perform the update for the indicated strategy.
     *
     * @schema RedisSentinelSpecKubernetesConfig#updateStrategy
     */
    readonly updateStrategy?: RedisSentinelSpecKubernetesConfigUpdateStrategy;
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfig' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecKubernetesConfig(obj: RedisSentinelSpecKubernetesConfig | undefined): Record<string, any> | undefined;
/**
 * Probe describes a health check to be performed against a container to determine whether it is
 * alive or ready to receive traffic.
 *
 * @schema RedisSentinelSpecLivenessProbe
 */
export interface RedisSentinelSpecLivenessProbe {
    /**
     * Exec specifies the action to take.
     *
     * @schema RedisSentinelSpecLivenessProbe#exec
     */
    readonly exec?: RedisSentinelSpecLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RedisSentinelSpecLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies an action involving a GRPC port.
     *
     * @schema RedisSentinelSpecLivenessProbe#grpc
     */
    readonly grpc?: RedisSentinelSpecLivenessProbeGrpc;
    /**
     * HTTPGet specifies the http request to perform.
     *
     * @schema RedisSentinelSpecLivenessProbe#httpGet
     */
    readonly httpGet?: RedisSentinelSpecLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RedisSentinelSpecLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RedisSentinelSpecLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RedisSentinelSpecLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies an action involving a TCP port.
     *
     * @schema RedisSentinelSpecLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: RedisSentinelSpecLivenessProbeTcpSocket;
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
     * @schema RedisSentinelSpecLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RedisSentinelSpecLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbe' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecLivenessProbe(obj: RedisSentinelSpecLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * RedisPodDisruptionBudget configure a PodDisruptionBudget on the resource (leader/follower)
 *
 * @schema RedisSentinelSpecPdb
 */
export interface RedisSentinelSpecPdb {
    /**
     * @schema RedisSentinelSpecPdb#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema RedisSentinelSpecPdb#maxUnavailable
     */
    readonly maxUnavailable?: number;
    /**
     * @schema RedisSentinelSpecPdb#minAvailable
     */
    readonly minAvailable?: number;
}
/**
 * Converts an object of type 'RedisSentinelSpecPdb' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecPdb(obj: RedisSentinelSpecPdb | undefined): Record<string, any> | undefined;
/**
 * PodSecurityContext holds pod-level security attributes and common container settings.
 * Some fields are also present in container.securityContext.  Field values of
 * container.securityContext take precedence over field values of PodSecurityContext.
 *
 * @schema RedisSentinelSpecPodSecurityContext
 */
export interface RedisSentinelSpecPodSecurityContext {
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
     * @schema RedisSentinelSpecPodSecurityContext#fsGroup
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
     * @schema RedisSentinelSpecPodSecurityContext#fsGroupChangePolicy
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
     * @schema RedisSentinelSpecPodSecurityContext#runAsGroup
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
     * @schema RedisSentinelSpecPodSecurityContext#runAsNonRoot
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
     * @schema RedisSentinelSpecPodSecurityContext#runAsUser
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
     * @schema RedisSentinelSpecPodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RedisSentinelSpecPodSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecPodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RedisSentinelSpecPodSecurityContextSeccompProfile;
    /**
     * A list of groups applied to the first process run in each container, in addition
     * to the container's primary GID, the fsGroup (if specified), and group memberships
     * defined in the container image for the uid of the container process. If unspecified,
     * no additional groups are added to any container. Note that group memberships
     * defined in the container image for the uid of the container process are still effective,
     * even if they are not included in this list.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecPodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported
     * sysctls (by the container runtime) might fail to launch.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecPodSecurityContext#sysctls
     */
    readonly sysctls?: RedisSentinelSpecPodSecurityContextSysctls[];
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options within a container's SecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RedisSentinelSpecPodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RedisSentinelSpecPodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RedisSentinelSpecPodSecurityContext' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecPodSecurityContext(obj: RedisSentinelSpecPodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * Probe describes a health check to be performed against a container to determine whether it is
 * alive or ready to receive traffic.
 *
 * @schema RedisSentinelSpecReadinessProbe
 */
export interface RedisSentinelSpecReadinessProbe {
    /**
     * Exec specifies the action to take.
     *
     * @schema RedisSentinelSpecReadinessProbe#exec
     */
    readonly exec?: RedisSentinelSpecReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RedisSentinelSpecReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies an action involving a GRPC port.
     *
     * @schema RedisSentinelSpecReadinessProbe#grpc
     */
    readonly grpc?: RedisSentinelSpecReadinessProbeGrpc;
    /**
     * HTTPGet specifies the http request to perform.
     *
     * @schema RedisSentinelSpecReadinessProbe#httpGet
     */
    readonly httpGet?: RedisSentinelSpecReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RedisSentinelSpecReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RedisSentinelSpecReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RedisSentinelSpecReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies an action involving a TCP port.
     *
     * @schema RedisSentinelSpecReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: RedisSentinelSpecReadinessProbeTcpSocket;
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
     * @schema RedisSentinelSpecReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RedisSentinelSpecReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RedisSentinelSpecReadinessProbe' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecReadinessProbe(obj: RedisSentinelSpecReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * RedisExporter interface will have the information for redis exporter related stuff
 *
 * @schema RedisSentinelSpecRedisExporter
 */
export interface RedisSentinelSpecRedisExporter {
    /**
     * @schema RedisSentinelSpecRedisExporter#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema RedisSentinelSpecRedisExporter#env
     */
    readonly env?: RedisSentinelSpecRedisExporterEnv[];
    /**
     * @schema RedisSentinelSpecRedisExporter#image
     */
    readonly image: string;
    /**
     * PullPolicy describes a policy for if/when to pull a container image
     *
     * @schema RedisSentinelSpecRedisExporter#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema RedisSentinelSpecRedisExporter#port
     */
    readonly port?: number;
    /**
     * ResourceRequirements describes the compute resource requirements.
     *
     * @schema RedisSentinelSpecRedisExporter#resources
     */
    readonly resources?: RedisSentinelSpecRedisExporterResources;
    /**
     * SecurityContext holds security configuration that will be applied to a container.
     * Some fields are present in both SecurityContext and PodSecurityContext.  When both
     * are set, the values in SecurityContext take precedence.
     *
     * @schema RedisSentinelSpecRedisExporter#securityContext
     */
    readonly securityContext?: RedisSentinelSpecRedisExporterSecurityContext;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporter' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporter(obj: RedisSentinelSpecRedisExporter | undefined): Record<string, any> | undefined;
/**
 * @schema RedisSentinelSpecRedisSentinelConfig
 */
export interface RedisSentinelSpecRedisSentinelConfig {
    /**
     * @schema RedisSentinelSpecRedisSentinelConfig#additionalSentinelConfig
     */
    readonly additionalSentinelConfig?: string;
    /**
     * @schema RedisSentinelSpecRedisSentinelConfig#announceHostnames
     */
    readonly announceHostnames?: string;
    /**
     * @schema RedisSentinelSpecRedisSentinelConfig#downAfterMilliseconds
     */
    readonly downAfterMilliseconds?: string;
    /**
     * @schema RedisSentinelSpecRedisSentinelConfig#failoverTimeout
     */
    readonly failoverTimeout?: string;
    /**
     * @schema RedisSentinelSpecRedisSentinelConfig#masterGroupName
     */
    readonly masterGroupName?: string;
    /**
     * @schema RedisSentinelSpecRedisSentinelConfig#parallelSyncs
     */
    readonly parallelSyncs?: string;
    /**
     * @schema RedisSentinelSpecRedisSentinelConfig#quorum
     */
    readonly quorum?: string;
    /**
     * @schema RedisSentinelSpecRedisSentinelConfig#redisPort
     */
    readonly redisPort?: string;
    /**
     * @schema RedisSentinelSpecRedisSentinelConfig#redisReplicationName
     */
    readonly redisReplicationName: string;
    /**
     * EnvVarSource represents a source for the value of an EnvVar.
     *
     * @schema RedisSentinelSpecRedisSentinelConfig#redisReplicationPassword
     */
    readonly redisReplicationPassword?: RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword;
    /**
     * @schema RedisSentinelSpecRedisSentinelConfig#resolveHostnames
     */
    readonly resolveHostnames?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfig' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisSentinelConfig(obj: RedisSentinelSpecRedisSentinelConfig | undefined): Record<string, any> | undefined;
/**
 * SecurityContext holds security configuration that will be applied to a container.
 * Some fields are present in both SecurityContext and PodSecurityContext.  When both
 * are set, the values in SecurityContext take precedence.
 *
 * @schema RedisSentinelSpecSecurityContext
 */
export interface RedisSentinelSpecSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema RedisSentinelSpecSecurityContext#capabilities
     */
    readonly capabilities?: RedisSentinelSpecSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisSentinelSpecSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default is DefaultProcMount which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisSentinelSpecSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecSecurityContext#runAsGroup
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
     * @schema RedisSentinelSpecSecurityContext#runAsNonRoot
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
     * @schema RedisSentinelSpecSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RedisSentinelSpecSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RedisSentinelSpecSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RedisSentinelSpecSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RedisSentinelSpecSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RedisSentinelSpecSecurityContext' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSecurityContext(obj: RedisSentinelSpecSecurityContext | undefined): Record<string, any> | undefined;
/**
 * Sidecar for each Redis pods
 *
 * @schema RedisSentinelSpecSidecars
 */
export interface RedisSentinelSpecSidecars {
    /**
     * @schema RedisSentinelSpecSidecars#command
     */
    readonly command?: string[];
    /**
     * @schema RedisSentinelSpecSidecars#env
     */
    readonly env?: RedisSentinelSpecSidecarsEnv[];
    /**
     * @schema RedisSentinelSpecSidecars#image
     */
    readonly image: string;
    /**
     * PullPolicy describes a policy for if/when to pull a container image
     *
     * @schema RedisSentinelSpecSidecars#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema RedisSentinelSpecSidecars#mountPath
     */
    readonly mountPath?: RedisSentinelSpecSidecarsMountPath[];
    /**
     * @schema RedisSentinelSpecSidecars#name
     */
    readonly name: string;
    /**
     * @schema RedisSentinelSpecSidecars#ports
     */
    readonly ports?: RedisSentinelSpecSidecarsPorts[];
    /**
     * ResourceRequirements describes the compute resource requirements.
     *
     * @schema RedisSentinelSpecSidecars#resources
     */
    readonly resources?: RedisSentinelSpecSidecarsResources;
    /**
     * SecurityContext holds security configuration that will be applied to a container.
     * Some fields are present in both SecurityContext and PodSecurityContext.  When both
     * are set, the values in SecurityContext take precedence.
     *
     * @schema RedisSentinelSpecSidecars#securityContext
     */
    readonly securityContext?: RedisSentinelSpecSidecarsSecurityContext;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecars' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecars(obj: RedisSentinelSpecSidecars | undefined): Record<string, any> | undefined;
/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema RedisSentinelSpecTolerations
 */
export interface RedisSentinelSpecTolerations {
    /**
     * Effect indicates the taint effect to match. Empty means match all taint effects.
     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
     *
     * @schema RedisSentinelSpecTolerations#effect
     */
    readonly effect?: string;
    /**
     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
     *
     * @schema RedisSentinelSpecTolerations#key
     */
    readonly key?: string;
    /**
     * Operator represents a key's relationship to the value.
     * Valid operators are Exists and Equal. Defaults to Equal.
     * Exists is equivalent to wildcard for value, so that a pod can
     * tolerate all taints of a particular category.
     *
     * @default Equal.
     * @schema RedisSentinelSpecTolerations#operator
     */
    readonly operator?: string;
    /**
     * TolerationSeconds represents the period of time the toleration (which must be
     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
     * it is not set, which means tolerate the taint forever (do not evict). Zero and
     * negative values will be treated as 0 (evict immediately) by the system.
     *
     * @schema RedisSentinelSpecTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * Value is the taint value the toleration matches to.
     * If the operator is Exists, the value should be empty, otherwise just a regular string.
     *
     * @schema RedisSentinelSpecTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecTolerations' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecTolerations(obj: RedisSentinelSpecTolerations | undefined): Record<string, any> | undefined;
/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema RedisSentinelSpecTopologySpreadConstraints
 */
export interface RedisSentinelSpecTopologySpreadConstraints {
    /**
     * LabelSelector is used to find matching pods.
     * Pods that match this label selector are counted to determine the number of pods
     * in their corresponding topology domain.
     *
     * @schema RedisSentinelSpecTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: RedisSentinelSpecTopologySpreadConstraintsLabelSelector;
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
     * @schema RedisSentinelSpecTopologySpreadConstraints#matchLabelKeys
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
     * @schema RedisSentinelSpecTopologySpreadConstraints#maxSkew
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
     * @schema RedisSentinelSpecTopologySpreadConstraints#minDomains
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
     * @schema RedisSentinelSpecTopologySpreadConstraints#nodeAffinityPolicy
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
     * @schema RedisSentinelSpecTopologySpreadConstraints#nodeTaintsPolicy
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
     * @schema RedisSentinelSpecTopologySpreadConstraints#topologyKey
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
     * @schema RedisSentinelSpecTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecTopologySpreadConstraints(obj: RedisSentinelSpecTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * Additional Volume is provided by user that is mounted on the pods
 *
 * @schema RedisSentinelSpecVolumeMount
 */
export interface RedisSentinelSpecVolumeMount {
    /**
     * @schema RedisSentinelSpecVolumeMount#mountPath
     */
    readonly mountPath?: RedisSentinelSpecVolumeMountMountPath[];
    /**
     * @schema RedisSentinelSpecVolumeMount#volume
     */
    readonly volume?: RedisSentinelSpecVolumeMountVolume[];
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMount' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMount(obj: RedisSentinelSpecVolumeMount | undefined): Record<string, any> | undefined;
/**
 * Reference to secret which contains the certificates
 *
 * @schema RedisSentinelSpecTlsSecret
 */
export interface RedisSentinelSpecTlsSecret {
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
     * @schema RedisSentinelSpecTlsSecret#defaultMode
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
     * @schema RedisSentinelSpecTlsSecret#items
     */
    readonly items?: RedisSentinelSpecTlsSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema RedisSentinelSpecTlsSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema RedisSentinelSpecTlsSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecTlsSecret' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecTlsSecret(obj: RedisSentinelSpecTlsSecret | undefined): Record<string, any> | undefined;
/**
 * Describes node affinity scheduling rules for the pod.
 *
 * @schema RedisSentinelSpecAffinityNodeAffinity
 */
export interface RedisSentinelSpecAffinityNodeAffinity {
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
     * @schema RedisSentinelSpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to an update), the system
     * may or may not try to eventually evict the pod from its node.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityNodeAffinity(obj: RedisSentinelSpecAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema RedisSentinelSpecAffinityPodAffinity
 */
export interface RedisSentinelSpecAffinityPodAffinity {
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
     * @schema RedisSentinelSpecAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema RedisSentinelSpecAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinity(obj: RedisSentinelSpecAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinity
 */
export interface RedisSentinelSpecAffinityPodAntiAffinity {
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
     * @schema RedisSentinelSpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the anti-affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the anti-affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinity(obj: RedisSentinelSpecAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema RedisSentinelSpecEnvValueFrom
 */
export interface RedisSentinelSpecEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RedisSentinelSpecEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RedisSentinelSpecEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RedisSentinelSpecEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RedisSentinelSpecEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RedisSentinelSpecEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisSentinelSpecEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RedisSentinelSpecEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RedisSentinelSpecEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RedisSentinelSpecEnvValueFrom' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecEnvValueFrom(obj: RedisSentinelSpecEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema RedisSentinelSpecInitContainerEnv
 */
export interface RedisSentinelSpecInitContainerEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema RedisSentinelSpecInitContainerEnv#name
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
     * @schema RedisSentinelSpecInitContainerEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema RedisSentinelSpecInitContainerEnv#valueFrom
     */
    readonly valueFrom?: RedisSentinelSpecInitContainerEnvValueFrom;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerEnv' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerEnv(obj: RedisSentinelSpecInitContainerEnv | undefined): Record<string, any> | undefined;
/**
 * ResourceRequirements describes the compute resource requirements.
 *
 * @schema RedisSentinelSpecInitContainerResources
 */
export interface RedisSentinelSpecInitContainerResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RedisSentinelSpecInitContainerResources#claims
     */
    readonly claims?: RedisSentinelSpecInitContainerResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisSentinelSpecInitContainerResources#limits
     */
    readonly limits?: {
        [key: string]: RedisSentinelSpecInitContainerResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisSentinelSpecInitContainerResources#requests
     */
    readonly requests?: {
        [key: string]: RedisSentinelSpecInitContainerResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerResources' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerResources(obj: RedisSentinelSpecInitContainerResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext holds security configuration that will be applied to a container.
 * Some fields are present in both SecurityContext and PodSecurityContext.  When both
 * are set, the values in SecurityContext take precedence.
 *
 * @schema RedisSentinelSpecInitContainerSecurityContext
 */
export interface RedisSentinelSpecInitContainerSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema RedisSentinelSpecInitContainerSecurityContext#capabilities
     */
    readonly capabilities?: RedisSentinelSpecInitContainerSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisSentinelSpecInitContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default is DefaultProcMount which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisSentinelSpecInitContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContext#runAsGroup
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
     * @schema RedisSentinelSpecInitContainerSecurityContext#runAsNonRoot
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
     * @schema RedisSentinelSpecInitContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RedisSentinelSpecInitContainerSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RedisSentinelSpecInitContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerSecurityContext' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerSecurityContext(obj: RedisSentinelSpecInitContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema RedisSentinelSpecKubernetesConfigImagePullSecrets
 */
export interface RedisSentinelSpecKubernetesConfigImagePullSecrets {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecKubernetesConfigImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigImagePullSecrets' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecKubernetesConfigImagePullSecrets(obj: RedisSentinelSpecKubernetesConfigImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs
 * created from the StatefulSet VolumeClaimTemplates.
 *
 * @schema RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy
 */
export interface RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy {
    /**
     * WhenDeleted specifies what happens to PVCs created from StatefulSet
     * VolumeClaimTemplates when the StatefulSet is deleted. The default policy
     * of `Retain` causes PVCs to not be affected by StatefulSet deletion. The
     * `Delete` policy causes those PVCs to be deleted.
     *
     * @schema RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy#whenDeleted
     */
    readonly whenDeleted?: string;
    /**
     * WhenScaled specifies what happens to PVCs created from StatefulSet
     * VolumeClaimTemplates when the StatefulSet is scaled down. The default
     * policy of `Retain` causes PVCs to not be affected by a scaledown. The
     * `Delete` policy causes the associated PVCs for any excess pods above
     * the replica count to be deleted.
     *
     * @schema RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy#whenScaled
     */
    readonly whenScaled?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy(obj: RedisSentinelSpecKubernetesConfigPersistentVolumeClaimRetentionPolicy | undefined): Record<string, any> | undefined;
/**
 * ExistingPasswordSecret is the struct to access the existing secret
 *
 * @schema RedisSentinelSpecKubernetesConfigRedisSecret
 */
export interface RedisSentinelSpecKubernetesConfigRedisSecret {
    /**
     * @schema RedisSentinelSpecKubernetesConfigRedisSecret#key
     */
    readonly key?: string;
    /**
     * @schema RedisSentinelSpecKubernetesConfigRedisSecret#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigRedisSecret' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecKubernetesConfigRedisSecret(obj: RedisSentinelSpecKubernetesConfigRedisSecret | undefined): Record<string, any> | undefined;
/**
 * ResourceRequirements describes the compute resource requirements.
 *
 * @schema RedisSentinelSpecKubernetesConfigResources
 */
export interface RedisSentinelSpecKubernetesConfigResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RedisSentinelSpecKubernetesConfigResources#claims
     */
    readonly claims?: RedisSentinelSpecKubernetesConfigResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisSentinelSpecKubernetesConfigResources#limits
     */
    readonly limits?: {
        [key: string]: RedisSentinelSpecKubernetesConfigResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisSentinelSpecKubernetesConfigResources#requests
     */
    readonly requests?: {
        [key: string]: RedisSentinelSpecKubernetesConfigResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigResources' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecKubernetesConfigResources(obj: RedisSentinelSpecKubernetesConfigResources | undefined): Record<string, any> | undefined;
/**
 * ServiceConfig define the type of service to be created and its annotations
 *
 * @schema RedisSentinelSpecKubernetesConfigService
 */
export interface RedisSentinelSpecKubernetesConfigService {
    /**
     * Additional config for which suffix is -additional service
     *
     * @schema RedisSentinelSpecKubernetesConfigService#additional
     */
    readonly additional?: RedisSentinelSpecKubernetesConfigServiceAdditional;
    /**
     * @schema RedisSentinelSpecKubernetesConfigService#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Headless config for which suffix is -headless service
     *
     * @schema RedisSentinelSpecKubernetesConfigService#headless
     */
    readonly headless?: RedisSentinelSpecKubernetesConfigServiceHeadless;
    /**
     * IncludeBusPort when set to true, it will add bus port to the service, such as 16379.
     * This field is only used for Redis cluster mode.
     *
     * @schema RedisSentinelSpecKubernetesConfigService#includeBusPort
     */
    readonly includeBusPort?: boolean;
    /**
     * @schema RedisSentinelSpecKubernetesConfigService#serviceType
     */
    readonly serviceType?: RedisSentinelSpecKubernetesConfigServiceServiceType;
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigService' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecKubernetesConfigService(obj: RedisSentinelSpecKubernetesConfigService | undefined): Record<string, any> | undefined;
/**
 * StatefulSetUpdateStrategy indicates the strategy that the StatefulSet
 * controller will use to perform updates. It includes any additional parameters
 * necessary to perform the update for the indicated strategy.
 *
 * @schema RedisSentinelSpecKubernetesConfigUpdateStrategy
 */
export interface RedisSentinelSpecKubernetesConfigUpdateStrategy {
    /**
     * RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.
     *
     * @schema RedisSentinelSpecKubernetesConfigUpdateStrategy#rollingUpdate
     */
    readonly rollingUpdate?: RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate;
    /**
     * Type indicates the type of the StatefulSetUpdateStrategy.
     * Default is RollingUpdate.
     *
     * @default RollingUpdate.
     * @schema RedisSentinelSpecKubernetesConfigUpdateStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigUpdateStrategy' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecKubernetesConfigUpdateStrategy(obj: RedisSentinelSpecKubernetesConfigUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * Exec specifies the action to take.
 *
 * @schema RedisSentinelSpecLivenessProbeExec
 */
export interface RedisSentinelSpecLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RedisSentinelSpecLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbeExec' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecLivenessProbeExec(obj: RedisSentinelSpecLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies an action involving a GRPC port.
 *
 * @schema RedisSentinelSpecLivenessProbeGrpc
 */
export interface RedisSentinelSpecLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RedisSentinelSpecLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RedisSentinelSpecLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecLivenessProbeGrpc(obj: RedisSentinelSpecLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies the http request to perform.
 *
 * @schema RedisSentinelSpecLivenessProbeHttpGet
 */
export interface RedisSentinelSpecLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RedisSentinelSpecLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RedisSentinelSpecLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RedisSentinelSpecLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RedisSentinelSpecLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RedisSentinelSpecLivenessProbeHttpGet#port
     */
    readonly port: RedisSentinelSpecLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RedisSentinelSpecLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecLivenessProbeHttpGet(obj: RedisSentinelSpecLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies an action involving a TCP port.
 *
 * @schema RedisSentinelSpecLivenessProbeTcpSocket
 */
export interface RedisSentinelSpecLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RedisSentinelSpecLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RedisSentinelSpecLivenessProbeTcpSocket#port
     */
    readonly port: RedisSentinelSpecLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecLivenessProbeTcpSocket(obj: RedisSentinelSpecLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to all containers.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in SecurityContext.  If set in
 * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
 * takes precedence for that container.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisSentinelSpecPodSecurityContextSeLinuxOptions
 */
export interface RedisSentinelSpecPodSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RedisSentinelSpecPodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RedisSentinelSpecPodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RedisSentinelSpecPodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RedisSentinelSpecPodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecPodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecPodSecurityContextSeLinuxOptions(obj: RedisSentinelSpecPodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisSentinelSpecPodSecurityContextSeccompProfile
 */
export interface RedisSentinelSpecPodSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RedisSentinelSpecPodSecurityContextSeccompProfile#localhostProfile
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
     * @schema RedisSentinelSpecPodSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecPodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecPodSecurityContextSeccompProfile(obj: RedisSentinelSpecPodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * Sysctl defines a kernel parameter to be set
 *
 * @schema RedisSentinelSpecPodSecurityContextSysctls
 */
export interface RedisSentinelSpecPodSecurityContextSysctls {
    /**
     * Name of a property to set
     *
     * @schema RedisSentinelSpecPodSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * Value of a property to set
     *
     * @schema RedisSentinelSpecPodSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecPodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecPodSecurityContextSysctls(obj: RedisSentinelSpecPodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options within a container's SecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RedisSentinelSpecPodSecurityContextWindowsOptions
 */
export interface RedisSentinelSpecPodSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RedisSentinelSpecPodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RedisSentinelSpecPodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RedisSentinelSpecPodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RedisSentinelSpecPodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecPodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecPodSecurityContextWindowsOptions(obj: RedisSentinelSpecPodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies the action to take.
 *
 * @schema RedisSentinelSpecReadinessProbeExec
 */
export interface RedisSentinelSpecReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RedisSentinelSpecReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecReadinessProbeExec' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecReadinessProbeExec(obj: RedisSentinelSpecReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies an action involving a GRPC port.
 *
 * @schema RedisSentinelSpecReadinessProbeGrpc
 */
export interface RedisSentinelSpecReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RedisSentinelSpecReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RedisSentinelSpecReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecReadinessProbeGrpc(obj: RedisSentinelSpecReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies the http request to perform.
 *
 * @schema RedisSentinelSpecReadinessProbeHttpGet
 */
export interface RedisSentinelSpecReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RedisSentinelSpecReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RedisSentinelSpecReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RedisSentinelSpecReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RedisSentinelSpecReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RedisSentinelSpecReadinessProbeHttpGet#port
     */
    readonly port: RedisSentinelSpecReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RedisSentinelSpecReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecReadinessProbeHttpGet(obj: RedisSentinelSpecReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies an action involving a TCP port.
 *
 * @schema RedisSentinelSpecReadinessProbeTcpSocket
 */
export interface RedisSentinelSpecReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RedisSentinelSpecReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RedisSentinelSpecReadinessProbeTcpSocket#port
     */
    readonly port: RedisSentinelSpecReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RedisSentinelSpecReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecReadinessProbeTcpSocket(obj: RedisSentinelSpecReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema RedisSentinelSpecRedisExporterEnv
 */
export interface RedisSentinelSpecRedisExporterEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema RedisSentinelSpecRedisExporterEnv#name
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
     * @schema RedisSentinelSpecRedisExporterEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema RedisSentinelSpecRedisExporterEnv#valueFrom
     */
    readonly valueFrom?: RedisSentinelSpecRedisExporterEnvValueFrom;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnv' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterEnv(obj: RedisSentinelSpecRedisExporterEnv | undefined): Record<string, any> | undefined;
/**
 * ResourceRequirements describes the compute resource requirements.
 *
 * @schema RedisSentinelSpecRedisExporterResources
 */
export interface RedisSentinelSpecRedisExporterResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RedisSentinelSpecRedisExporterResources#claims
     */
    readonly claims?: RedisSentinelSpecRedisExporterResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisSentinelSpecRedisExporterResources#limits
     */
    readonly limits?: {
        [key: string]: RedisSentinelSpecRedisExporterResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisSentinelSpecRedisExporterResources#requests
     */
    readonly requests?: {
        [key: string]: RedisSentinelSpecRedisExporterResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterResources' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterResources(obj: RedisSentinelSpecRedisExporterResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext holds security configuration that will be applied to a container.
 * Some fields are present in both SecurityContext and PodSecurityContext.  When both
 * are set, the values in SecurityContext take precedence.
 *
 * @schema RedisSentinelSpecRedisExporterSecurityContext
 */
export interface RedisSentinelSpecRedisExporterSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema RedisSentinelSpecRedisExporterSecurityContext#capabilities
     */
    readonly capabilities?: RedisSentinelSpecRedisExporterSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisSentinelSpecRedisExporterSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default is DefaultProcMount which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisSentinelSpecRedisExporterSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContext#runAsGroup
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
     * @schema RedisSentinelSpecRedisExporterSecurityContext#runAsNonRoot
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
     * @schema RedisSentinelSpecRedisExporterSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RedisSentinelSpecRedisExporterSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RedisSentinelSpecRedisExporterSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterSecurityContext' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterSecurityContext(obj: RedisSentinelSpecRedisExporterSecurityContext | undefined): Record<string, any> | undefined;
/**
 * EnvVarSource represents a source for the value of an EnvVar.
 *
 * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword
 */
export interface RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword#configMapKeyRef
     */
    readonly configMapKeyRef?: RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword#fieldRef
     */
    readonly fieldRef?: RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword#secretKeyRef
     */
    readonly secretKeyRef?: RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword(obj: RedisSentinelSpecRedisSentinelConfigRedisReplicationPassword | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema RedisSentinelSpecSecurityContextCapabilities
 */
export interface RedisSentinelSpecSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema RedisSentinelSpecSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema RedisSentinelSpecSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSecurityContextCapabilities(obj: RedisSentinelSpecSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisSentinelSpecSecurityContextSeLinuxOptions
 */
export interface RedisSentinelSpecSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RedisSentinelSpecSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RedisSentinelSpecSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RedisSentinelSpecSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RedisSentinelSpecSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSecurityContextSeLinuxOptions(obj: RedisSentinelSpecSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisSentinelSpecSecurityContextSeccompProfile
 */
export interface RedisSentinelSpecSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RedisSentinelSpecSecurityContextSeccompProfile#localhostProfile
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
     * @schema RedisSentinelSpecSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSecurityContextSeccompProfile(obj: RedisSentinelSpecSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RedisSentinelSpecSecurityContextWindowsOptions
 */
export interface RedisSentinelSpecSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RedisSentinelSpecSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RedisSentinelSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RedisSentinelSpecSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RedisSentinelSpecSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSecurityContextWindowsOptions(obj: RedisSentinelSpecSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema RedisSentinelSpecSidecarsEnv
 */
export interface RedisSentinelSpecSidecarsEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema RedisSentinelSpecSidecarsEnv#name
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
     * @schema RedisSentinelSpecSidecarsEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema RedisSentinelSpecSidecarsEnv#valueFrom
     */
    readonly valueFrom?: RedisSentinelSpecSidecarsEnvValueFrom;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsEnv' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsEnv(obj: RedisSentinelSpecSidecarsEnv | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema RedisSentinelSpecSidecarsMountPath
 */
export interface RedisSentinelSpecSidecarsMountPath {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema RedisSentinelSpecSidecarsMountPath#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     *
     * @schema RedisSentinelSpecSidecarsMountPath#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema RedisSentinelSpecSidecarsMountPath#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema RedisSentinelSpecSidecarsMountPath#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema RedisSentinelSpecSidecarsMountPath#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema RedisSentinelSpecSidecarsMountPath#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsMountPath' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsMountPath(obj: RedisSentinelSpecSidecarsMountPath | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema RedisSentinelSpecSidecarsPorts
 */
export interface RedisSentinelSpecSidecarsPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema RedisSentinelSpecSidecarsPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema RedisSentinelSpecSidecarsPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema RedisSentinelSpecSidecarsPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema RedisSentinelSpecSidecarsPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema RedisSentinelSpecSidecarsPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsPorts' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsPorts(obj: RedisSentinelSpecSidecarsPorts | undefined): Record<string, any> | undefined;
/**
 * ResourceRequirements describes the compute resource requirements.
 *
 * @schema RedisSentinelSpecSidecarsResources
 */
export interface RedisSentinelSpecSidecarsResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RedisSentinelSpecSidecarsResources#claims
     */
    readonly claims?: RedisSentinelSpecSidecarsResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisSentinelSpecSidecarsResources#limits
     */
    readonly limits?: {
        [key: string]: RedisSentinelSpecSidecarsResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisSentinelSpecSidecarsResources#requests
     */
    readonly requests?: {
        [key: string]: RedisSentinelSpecSidecarsResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsResources' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsResources(obj: RedisSentinelSpecSidecarsResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext holds security configuration that will be applied to a container.
 * Some fields are present in both SecurityContext and PodSecurityContext.  When both
 * are set, the values in SecurityContext take precedence.
 *
 * @schema RedisSentinelSpecSidecarsSecurityContext
 */
export interface RedisSentinelSpecSidecarsSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema RedisSentinelSpecSidecarsSecurityContext#capabilities
     */
    readonly capabilities?: RedisSentinelSpecSidecarsSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisSentinelSpecSidecarsSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default is DefaultProcMount which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RedisSentinelSpecSidecarsSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContext#runAsGroup
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
     * @schema RedisSentinelSpecSidecarsSecurityContext#runAsNonRoot
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
     * @schema RedisSentinelSpecSidecarsSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RedisSentinelSpecSidecarsSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RedisSentinelSpecSidecarsSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsSecurityContext' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsSecurityContext(obj: RedisSentinelSpecSidecarsSecurityContext | undefined): Record<string, any> | undefined;
/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema RedisSentinelSpecTopologySpreadConstraintsLabelSelector
 */
export interface RedisSentinelSpecTopologySpreadConstraintsLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisSentinelSpecTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisSentinelSpecTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecTopologySpreadConstraintsLabelSelector(obj: RedisSentinelSpecTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema RedisSentinelSpecVolumeMountMountPath
 */
export interface RedisSentinelSpecVolumeMountMountPath {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema RedisSentinelSpecVolumeMountMountPath#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     *
     * @schema RedisSentinelSpecVolumeMountMountPath#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema RedisSentinelSpecVolumeMountMountPath#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema RedisSentinelSpecVolumeMountMountPath#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema RedisSentinelSpecVolumeMountMountPath#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema RedisSentinelSpecVolumeMountMountPath#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountMountPath' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountMountPath(obj: RedisSentinelSpecVolumeMountMountPath | undefined): Record<string, any> | undefined;
/**
 * Volume represents a named volume in a pod that may be accessed by any container in the pod.
 *
 * @schema RedisSentinelSpecVolumeMountVolume
 */
export interface RedisSentinelSpecVolumeMountVolume {
    /**
     * awsElasticBlockStore represents an AWS Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema RedisSentinelSpecVolumeMountVolume#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore;
    /**
     * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
     *
     * @schema RedisSentinelSpecVolumeMountVolume#azureDisk
     */
    readonly azureDisk?: RedisSentinelSpecVolumeMountVolumeAzureDisk;
    /**
     * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
     *
     * @schema RedisSentinelSpecVolumeMountVolume#azureFile
     */
    readonly azureFile?: RedisSentinelSpecVolumeMountVolumeAzureFile;
    /**
     * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime
     *
     * @schema RedisSentinelSpecVolumeMountVolume#cephfs
     */
    readonly cephfs?: RedisSentinelSpecVolumeMountVolumeCephfs;
    /**
     * cinder represents a cinder volume attached and mounted on kubelets host machine.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema RedisSentinelSpecVolumeMountVolume#cinder
     */
    readonly cinder?: RedisSentinelSpecVolumeMountVolumeCinder;
    /**
     * configMap represents a configMap that should populate this volume
     *
     * @schema RedisSentinelSpecVolumeMountVolume#configMap
     */
    readonly configMap?: RedisSentinelSpecVolumeMountVolumeConfigMap;
    /**
     * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers (Beta feature).
     *
     * @schema RedisSentinelSpecVolumeMountVolume#csi
     */
    readonly csi?: RedisSentinelSpecVolumeMountVolumeCsi;
    /**
     * downwardAPI represents downward API about the pod that should populate this volume
     *
     * @schema RedisSentinelSpecVolumeMountVolume#downwardAPI
     */
    readonly downwardApi?: RedisSentinelSpecVolumeMountVolumeDownwardApi;
    /**
     * emptyDir represents a temporary directory that shares a pod's lifetime.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema RedisSentinelSpecVolumeMountVolume#emptyDir
     */
    readonly emptyDir?: RedisSentinelSpecVolumeMountVolumeEmptyDir;
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
     * @schema RedisSentinelSpecVolumeMountVolume#ephemeral
     */
    readonly ephemeral?: RedisSentinelSpecVolumeMountVolumeEphemeral;
    /**
     * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
     *
     * @schema RedisSentinelSpecVolumeMountVolume#fc
     */
    readonly fc?: RedisSentinelSpecVolumeMountVolumeFc;
    /**
     * flexVolume represents a generic volume resource that is
     * provisioned/attached using an exec based plugin.
     *
     * @schema RedisSentinelSpecVolumeMountVolume#flexVolume
     */
    readonly flexVolume?: RedisSentinelSpecVolumeMountVolumeFlexVolume;
    /**
     * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running
     *
     * @schema RedisSentinelSpecVolumeMountVolume#flocker
     */
    readonly flocker?: RedisSentinelSpecVolumeMountVolumeFlocker;
    /**
     * gcePersistentDisk represents a GCE Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema RedisSentinelSpecVolumeMountVolume#gcePersistentDisk
     */
    readonly gcePersistentDisk?: RedisSentinelSpecVolumeMountVolumeGcePersistentDisk;
    /**
     * gitRepo represents a git repository at a particular revision.
     * DEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an
     * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
     * into the Pod's container.
     *
     * @schema RedisSentinelSpecVolumeMountVolume#gitRepo
     */
    readonly gitRepo?: RedisSentinelSpecVolumeMountVolumeGitRepo;
    /**
     * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md
     *
     * @schema RedisSentinelSpecVolumeMountVolume#glusterfs
     */
    readonly glusterfs?: RedisSentinelSpecVolumeMountVolumeGlusterfs;
    /**
     * hostPath represents a pre-existing file or directory on the host
     * machine that is directly exposed to the container. This is generally
     * used for system agents or other privileged things that are allowed
     * to see the host machine. Most containers will NOT need this.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema RedisSentinelSpecVolumeMountVolume#hostPath
     */
    readonly hostPath?: RedisSentinelSpecVolumeMountVolumeHostPath;
    /**
     * iscsi represents an ISCSI Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://examples.k8s.io/volumes/iscsi/README.md
     *
     * @schema RedisSentinelSpecVolumeMountVolume#iscsi
     */
    readonly iscsi?: RedisSentinelSpecVolumeMountVolumeIscsi;
    /**
     * name of the volume.
     * Must be a DNS_LABEL and unique within the pod.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolume#name
     */
    readonly name: string;
    /**
     * nfs represents an NFS mount on the host that shares a pod's lifetime
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema RedisSentinelSpecVolumeMountVolume#nfs
     */
    readonly nfs?: RedisSentinelSpecVolumeMountVolumeNfs;
    /**
     * persistentVolumeClaimVolumeSource represents a reference to a
     * PersistentVolumeClaim in the same namespace.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema RedisSentinelSpecVolumeMountVolume#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim;
    /**
     * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine
     *
     * @schema RedisSentinelSpecVolumeMountVolume#photonPersistentDisk
     */
    readonly photonPersistentDisk?: RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk;
    /**
     * portworxVolume represents a portworx volume attached and mounted on kubelets host machine
     *
     * @schema RedisSentinelSpecVolumeMountVolume#portworxVolume
     */
    readonly portworxVolume?: RedisSentinelSpecVolumeMountVolumePortworxVolume;
    /**
     * projected items for all in one resources secrets, configmaps, and downward API
     *
     * @schema RedisSentinelSpecVolumeMountVolume#projected
     */
    readonly projected?: RedisSentinelSpecVolumeMountVolumeProjected;
    /**
     * quobyte represents a Quobyte mount on the host that shares a pod's lifetime
     *
     * @schema RedisSentinelSpecVolumeMountVolume#quobyte
     */
    readonly quobyte?: RedisSentinelSpecVolumeMountVolumeQuobyte;
    /**
     * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
     * More info: https://examples.k8s.io/volumes/rbd/README.md
     *
     * @schema RedisSentinelSpecVolumeMountVolume#rbd
     */
    readonly rbd?: RedisSentinelSpecVolumeMountVolumeRbd;
    /**
     * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
     *
     * @schema RedisSentinelSpecVolumeMountVolume#scaleIO
     */
    readonly scaleIo?: RedisSentinelSpecVolumeMountVolumeScaleIo;
    /**
     * secret represents a secret that should populate this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema RedisSentinelSpecVolumeMountVolume#secret
     */
    readonly secret?: RedisSentinelSpecVolumeMountVolumeSecret;
    /**
     * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
     *
     * @schema RedisSentinelSpecVolumeMountVolume#storageos
     */
    readonly storageos?: RedisSentinelSpecVolumeMountVolumeStorageos;
    /**
     * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine
     *
     * @schema RedisSentinelSpecVolumeMountVolume#vsphereVolume
     */
    readonly vsphereVolume?: RedisSentinelSpecVolumeMountVolumeVsphereVolume;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolume' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolume(obj: RedisSentinelSpecVolumeMountVolume | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema RedisSentinelSpecTlsSecretItems
 */
export interface RedisSentinelSpecTlsSecretItems {
    /**
     * key is the key to project.
     *
     * @schema RedisSentinelSpecTlsSecretItems#key
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
     * @schema RedisSentinelSpecTlsSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema RedisSentinelSpecTlsSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecTlsSecretItems' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecTlsSecretItems(obj: RedisSentinelSpecTlsSecretItems | undefined): Record<string, any> | undefined;
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0
 * (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * A node selector term, associated with the corresponding weight.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * If the affinity requirements specified by this field are not met at
 * scheduling time, the pod will not be scheduled onto the node.
 * If the affinity requirements specified by this field cease to be met
 * at some point during pod execution (e.g. due to an update), the system
 * may or may not try to eventually evict the pod from its node.
 *
 * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A list of node selector terms. The terms are ORed.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
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
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
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
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
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
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
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
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RedisSentinelSpecEnvValueFromConfigMapKeyRef
 */
export interface RedisSentinelSpecEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RedisSentinelSpecEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RedisSentinelSpecEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecEnvValueFromConfigMapKeyRef(obj: RedisSentinelSpecEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RedisSentinelSpecEnvValueFromFieldRef
 */
export interface RedisSentinelSpecEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisSentinelSpecEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisSentinelSpecEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecEnvValueFromFieldRef(obj: RedisSentinelSpecEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RedisSentinelSpecEnvValueFromResourceFieldRef
 */
export interface RedisSentinelSpecEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisSentinelSpecEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisSentinelSpecEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RedisSentinelSpecEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisSentinelSpecEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecEnvValueFromResourceFieldRef(obj: RedisSentinelSpecEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RedisSentinelSpecEnvValueFromSecretKeyRef
 */
export interface RedisSentinelSpecEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RedisSentinelSpecEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RedisSentinelSpecEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecEnvValueFromSecretKeyRef(obj: RedisSentinelSpecEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema RedisSentinelSpecInitContainerEnvValueFrom
 */
export interface RedisSentinelSpecInitContainerEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RedisSentinelSpecInitContainerEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerEnvValueFrom(obj: RedisSentinelSpecInitContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RedisSentinelSpecInitContainerResourcesClaims
 */
export interface RedisSentinelSpecInitContainerResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RedisSentinelSpecInitContainerResourcesClaims#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerResourcesClaims' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerResourcesClaims(obj: RedisSentinelSpecInitContainerResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RedisSentinelSpecInitContainerResourcesLimits
 */
export declare class RedisSentinelSpecInitContainerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecInitContainerResourcesLimits;
    static fromString(value: string): RedisSentinelSpecInitContainerResourcesLimits;
    private constructor();
}
/**
 * @schema RedisSentinelSpecInitContainerResourcesRequests
 */
export declare class RedisSentinelSpecInitContainerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecInitContainerResourcesRequests;
    static fromString(value: string): RedisSentinelSpecInitContainerResourcesRequests;
    private constructor();
}
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema RedisSentinelSpecInitContainerSecurityContextCapabilities
 */
export interface RedisSentinelSpecInitContainerSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema RedisSentinelSpecInitContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema RedisSentinelSpecInitContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerSecurityContextCapabilities(obj: RedisSentinelSpecInitContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions
 */
export interface RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions(obj: RedisSentinelSpecInitContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisSentinelSpecInitContainerSecurityContextSeccompProfile
 */
export interface RedisSentinelSpecInitContainerSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContextSeccompProfile#localhostProfile
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
     * @schema RedisSentinelSpecInitContainerSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerSecurityContextSeccompProfile(obj: RedisSentinelSpecInitContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RedisSentinelSpecInitContainerSecurityContextWindowsOptions
 */
export interface RedisSentinelSpecInitContainerSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RedisSentinelSpecInitContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RedisSentinelSpecInitContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerSecurityContextWindowsOptions(obj: RedisSentinelSpecInitContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RedisSentinelSpecKubernetesConfigResourcesClaims
 */
export interface RedisSentinelSpecKubernetesConfigResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RedisSentinelSpecKubernetesConfigResourcesClaims#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigResourcesClaims' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecKubernetesConfigResourcesClaims(obj: RedisSentinelSpecKubernetesConfigResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RedisSentinelSpecKubernetesConfigResourcesLimits
 */
export declare class RedisSentinelSpecKubernetesConfigResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecKubernetesConfigResourcesLimits;
    static fromString(value: string): RedisSentinelSpecKubernetesConfigResourcesLimits;
    private constructor();
}
/**
 * @schema RedisSentinelSpecKubernetesConfigResourcesRequests
 */
export declare class RedisSentinelSpecKubernetesConfigResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecKubernetesConfigResourcesRequests;
    static fromString(value: string): RedisSentinelSpecKubernetesConfigResourcesRequests;
    private constructor();
}
/**
 * Additional config for which suffix is -additional service
 *
 * @schema RedisSentinelSpecKubernetesConfigServiceAdditional
 */
export interface RedisSentinelSpecKubernetesConfigServiceAdditional {
    /**
     * @schema RedisSentinelSpecKubernetesConfigServiceAdditional#additionalAnnotations
     */
    readonly additionalAnnotations?: {
        [key: string]: string;
    };
    /**
     * @schema RedisSentinelSpecKubernetesConfigServiceAdditional#enabled
     */
    readonly enabled?: boolean;
    /**
     * IncludeBusPort when set to true, it will add bus port to the service, such as 16379.
     * This field is only used for Redis cluster mode.
     *
     * @schema RedisSentinelSpecKubernetesConfigServiceAdditional#includeBusPort
     */
    readonly includeBusPort?: boolean;
    /**
     * @schema RedisSentinelSpecKubernetesConfigServiceAdditional#type
     */
    readonly type?: RedisSentinelSpecKubernetesConfigServiceAdditionalType;
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigServiceAdditional' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecKubernetesConfigServiceAdditional(obj: RedisSentinelSpecKubernetesConfigServiceAdditional | undefined): Record<string, any> | undefined;
/**
 * Headless config for which suffix is -headless service
 *
 * @schema RedisSentinelSpecKubernetesConfigServiceHeadless
 */
export interface RedisSentinelSpecKubernetesConfigServiceHeadless {
    /**
     * @schema RedisSentinelSpecKubernetesConfigServiceHeadless#additionalAnnotations
     */
    readonly additionalAnnotations?: {
        [key: string]: string;
    };
    /**
     * @schema RedisSentinelSpecKubernetesConfigServiceHeadless#enabled
     */
    readonly enabled?: boolean;
    /**
     * IncludeBusPort when set to true, it will add bus port to the service, such as 16379.
     * This field is only used for Redis cluster mode.
     *
     * @schema RedisSentinelSpecKubernetesConfigServiceHeadless#includeBusPort
     */
    readonly includeBusPort?: boolean;
    /**
     * @schema RedisSentinelSpecKubernetesConfigServiceHeadless#type
     */
    readonly type?: RedisSentinelSpecKubernetesConfigServiceHeadlessType;
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigServiceHeadless' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecKubernetesConfigServiceHeadless(obj: RedisSentinelSpecKubernetesConfigServiceHeadless | undefined): Record<string, any> | undefined;
/**
 * @schema RedisSentinelSpecKubernetesConfigServiceServiceType
 */
export declare enum RedisSentinelSpecKubernetesConfigServiceServiceType {
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
 * @schema RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate
 */
export interface RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate {
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
     * @schema RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable;
    /**
     * Partition indicates the ordinal at which the StatefulSet should be partitioned
     * for updates. During a rolling update, all pods from ordinal Replicas-1 to
     * Partition are updated. All pods from ordinal Partition-1 to 0 remain untouched.
     * This is helpful in being able to do a canary based deployment. The default value is 0.
     *
     * @schema RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate#partition
     */
    readonly partition?: number;
}
/**
 * Converts an object of type 'RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate(obj: RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RedisSentinelSpecLivenessProbeHttpGetHttpHeaders
 */
export interface RedisSentinelSpecLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RedisSentinelSpecLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RedisSentinelSpecLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecLivenessProbeHttpGetHttpHeaders(obj: RedisSentinelSpecLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisSentinelSpecLivenessProbeHttpGetPort
 */
export declare class RedisSentinelSpecLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecLivenessProbeHttpGetPort;
    static fromString(value: string): RedisSentinelSpecLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisSentinelSpecLivenessProbeTcpSocketPort
 */
export declare class RedisSentinelSpecLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecLivenessProbeTcpSocketPort;
    static fromString(value: string): RedisSentinelSpecLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RedisSentinelSpecReadinessProbeHttpGetHttpHeaders
 */
export interface RedisSentinelSpecReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RedisSentinelSpecReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RedisSentinelSpecReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecReadinessProbeHttpGetHttpHeaders(obj: RedisSentinelSpecReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisSentinelSpecReadinessProbeHttpGetPort
 */
export declare class RedisSentinelSpecReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecReadinessProbeHttpGetPort;
    static fromString(value: string): RedisSentinelSpecReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RedisSentinelSpecReadinessProbeTcpSocketPort
 */
export declare class RedisSentinelSpecReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecReadinessProbeTcpSocketPort;
    static fromString(value: string): RedisSentinelSpecReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema RedisSentinelSpecRedisExporterEnvValueFrom
 */
export interface RedisSentinelSpecRedisExporterEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RedisSentinelSpecRedisExporterEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnvValueFrom' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterEnvValueFrom(obj: RedisSentinelSpecRedisExporterEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RedisSentinelSpecRedisExporterResourcesClaims
 */
export interface RedisSentinelSpecRedisExporterResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RedisSentinelSpecRedisExporterResourcesClaims#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterResourcesClaims' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterResourcesClaims(obj: RedisSentinelSpecRedisExporterResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RedisSentinelSpecRedisExporterResourcesLimits
 */
export declare class RedisSentinelSpecRedisExporterResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecRedisExporterResourcesLimits;
    static fromString(value: string): RedisSentinelSpecRedisExporterResourcesLimits;
    private constructor();
}
/**
 * @schema RedisSentinelSpecRedisExporterResourcesRequests
 */
export declare class RedisSentinelSpecRedisExporterResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecRedisExporterResourcesRequests;
    static fromString(value: string): RedisSentinelSpecRedisExporterResourcesRequests;
    private constructor();
}
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema RedisSentinelSpecRedisExporterSecurityContextCapabilities
 */
export interface RedisSentinelSpecRedisExporterSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterSecurityContextCapabilities(obj: RedisSentinelSpecRedisExporterSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions
 */
export interface RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions(obj: RedisSentinelSpecRedisExporterSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisSentinelSpecRedisExporterSecurityContextSeccompProfile
 */
export interface RedisSentinelSpecRedisExporterSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContextSeccompProfile#localhostProfile
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
     * @schema RedisSentinelSpecRedisExporterSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterSecurityContextSeccompProfile(obj: RedisSentinelSpecRedisExporterSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RedisSentinelSpecRedisExporterSecurityContextWindowsOptions
 */
export interface RedisSentinelSpecRedisExporterSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RedisSentinelSpecRedisExporterSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RedisSentinelSpecRedisExporterSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterSecurityContextWindowsOptions(obj: RedisSentinelSpecRedisExporterSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef
 */
export interface RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef(obj: RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef
 */
export interface RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef(obj: RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef
 */
export interface RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef#divisor
     */
    readonly divisor?: RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef(obj: RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef
 */
export interface RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef(obj: RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema RedisSentinelSpecSidecarsEnvValueFrom
 */
export interface RedisSentinelSpecSidecarsEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RedisSentinelSpecSidecarsEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsEnvValueFrom' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsEnvValueFrom(obj: RedisSentinelSpecSidecarsEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RedisSentinelSpecSidecarsResourcesClaims
 */
export interface RedisSentinelSpecSidecarsResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RedisSentinelSpecSidecarsResourcesClaims#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsResourcesClaims' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsResourcesClaims(obj: RedisSentinelSpecSidecarsResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RedisSentinelSpecSidecarsResourcesLimits
 */
export declare class RedisSentinelSpecSidecarsResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecSidecarsResourcesLimits;
    static fromString(value: string): RedisSentinelSpecSidecarsResourcesLimits;
    private constructor();
}
/**
 * @schema RedisSentinelSpecSidecarsResourcesRequests
 */
export declare class RedisSentinelSpecSidecarsResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecSidecarsResourcesRequests;
    static fromString(value: string): RedisSentinelSpecSidecarsResourcesRequests;
    private constructor();
}
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema RedisSentinelSpecSidecarsSecurityContextCapabilities
 */
export interface RedisSentinelSpecSidecarsSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema RedisSentinelSpecSidecarsSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema RedisSentinelSpecSidecarsSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsSecurityContextCapabilities(obj: RedisSentinelSpecSidecarsSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions
 */
export interface RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions(obj: RedisSentinelSpecSidecarsSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RedisSentinelSpecSidecarsSecurityContextSeccompProfile
 */
export interface RedisSentinelSpecSidecarsSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContextSeccompProfile#localhostProfile
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
     * @schema RedisSentinelSpecSidecarsSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsSecurityContextSeccompProfile(obj: RedisSentinelSpecSidecarsSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RedisSentinelSpecSidecarsSecurityContextWindowsOptions
 */
export interface RedisSentinelSpecSidecarsSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RedisSentinelSpecSidecarsSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RedisSentinelSpecSidecarsSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsSecurityContextWindowsOptions(obj: RedisSentinelSpecSidecarsSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: RedisSentinelSpecTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * awsElasticBlockStore represents an AWS Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
 *
 * @schema RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore
 */
export interface RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * readOnly value true will force the readOnly setting in VolumeMounts.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore(obj: RedisSentinelSpecVolumeMountVolumeAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeAzureDisk
 */
export interface RedisSentinelSpecVolumeMountVolumeAzureDisk {
    /**
     * cachingMode is the Host Caching mode: None, Read Only, Read Write.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * diskName is the Name of the data disk in the blob storage
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * diskURI is the URI of data disk in the blob storage
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * fsType is Filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema RedisSentinelSpecVolumeMountVolumeAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeAzureDisk' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeAzureDisk(obj: RedisSentinelSpecVolumeMountVolumeAzureDisk | undefined): Record<string, any> | undefined;
/**
 * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeAzureFile
 */
export interface RedisSentinelSpecVolumeMountVolumeAzureFile {
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretName is the  name of secret that contains Azure Storage Account Name and Key
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * shareName is the azure share Name
     *
     * @schema RedisSentinelSpecVolumeMountVolumeAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeAzureFile' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeAzureFile(obj: RedisSentinelSpecVolumeMountVolumeAzureFile | undefined): Record<string, any> | undefined;
/**
 * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime
 *
 * @schema RedisSentinelSpecVolumeMountVolumeCephfs
 */
export interface RedisSentinelSpecVolumeMountVolumeCephfs {
    /**
     * monitors is Required: Monitors is a collection of Ceph monitors
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCephfs#path
     */
    readonly path?: string;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @default false (read/write). ReadOnly here will force
     * @schema RedisSentinelSpecVolumeMountVolumeCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCephfs#secretRef
     */
    readonly secretRef?: RedisSentinelSpecVolumeMountVolumeCephfsSecretRef;
    /**
     * user is optional: User is the rados user name, default is admin
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCephfs' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeCephfs(obj: RedisSentinelSpecVolumeMountVolumeCephfs | undefined): Record<string, any> | undefined;
/**
 * cinder represents a cinder volume attached and mounted on kubelets host machine.
 * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
 *
 * @schema RedisSentinelSpecVolumeMountVolumeCinder
 */
export interface RedisSentinelSpecVolumeMountVolumeCinder {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCinder#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is optional: points to a secret object containing parameters used to connect
     * to OpenStack.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCinder#secretRef
     */
    readonly secretRef?: RedisSentinelSpecVolumeMountVolumeCinderSecretRef;
    /**
     * volumeID used to identify the volume in cinder.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCinder' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeCinder(obj: RedisSentinelSpecVolumeMountVolumeCinder | undefined): Record<string, any> | undefined;
/**
 * configMap represents a configMap that should populate this volume
 *
 * @schema RedisSentinelSpecVolumeMountVolumeConfigMap
 */
export interface RedisSentinelSpecVolumeMountVolumeConfigMap {
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
     * @schema RedisSentinelSpecVolumeMountVolumeConfigMap#defaultMode
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
     * @schema RedisSentinelSpecVolumeMountVolumeConfigMap#items
     */
    readonly items?: RedisSentinelSpecVolumeMountVolumeConfigMapItems[];
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolumeConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema RedisSentinelSpecVolumeMountVolumeConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeConfigMap' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeConfigMap(obj: RedisSentinelSpecVolumeMountVolumeConfigMap | undefined): Record<string, any> | undefined;
/**
 * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers (Beta feature).
 *
 * @schema RedisSentinelSpecVolumeMountVolumeCsi
 */
export interface RedisSentinelSpecVolumeMountVolumeCsi {
    /**
     * driver is the name of the CSI driver that handles this volume.
     * Consult with your admin for the correct name as registered in the cluster.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCsi#driver
     */
    readonly driver: string;
    /**
     * fsType to mount. Ex. "ext4", "xfs", "ntfs".
     * If not provided, the empty value is passed to the associated CSI driver
     * which will determine the default filesystem to apply.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCsi#fsType
     */
    readonly fsType?: string;
    /**
     * nodePublishSecretRef is a reference to the secret object containing
     * sensitive information to pass to the CSI driver to complete the CSI
     * NodePublishVolume and NodeUnpublishVolume calls.
     * This field is optional, and  may be empty if no secret is required. If the
     * secret object contains more than one secret, all secret references are passed.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef;
    /**
     * readOnly specifies a read-only configuration for the volume.
     * Defaults to false (read/write).
     *
     * @default false (read/write).
     * @schema RedisSentinelSpecVolumeMountVolumeCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeAttributes stores driver-specific properties that are passed to the CSI
     * driver. Consult your driver's documentation for supported values.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCsi' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeCsi(obj: RedisSentinelSpecVolumeMountVolumeCsi | undefined): Record<string, any> | undefined;
/**
 * downwardAPI represents downward API about the pod that should populate this volume
 *
 * @schema RedisSentinelSpecVolumeMountVolumeDownwardApi
 */
export interface RedisSentinelSpecVolumeMountVolumeDownwardApi {
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
     * @schema RedisSentinelSpecVolumeMountVolumeDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * Items is a list of downward API volume file
     *
     * @schema RedisSentinelSpecVolumeMountVolumeDownwardApi#items
     */
    readonly items?: RedisSentinelSpecVolumeMountVolumeDownwardApiItems[];
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeDownwardApi' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeDownwardApi(obj: RedisSentinelSpecVolumeMountVolumeDownwardApi | undefined): Record<string, any> | undefined;
/**
 * emptyDir represents a temporary directory that shares a pod's lifetime.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema RedisSentinelSpecVolumeMountVolumeEmptyDir
 */
export interface RedisSentinelSpecVolumeMountVolumeEmptyDir {
    /**
     * medium represents what type of storage medium should back this directory.
     * The default is "" which means to use the node's default medium.
     * Must be an empty string (default) or Memory.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEmptyDir#medium
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
     * @schema RedisSentinelSpecVolumeMountVolumeEmptyDir#sizeLimit
     */
    readonly sizeLimit?: RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEmptyDir' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeEmptyDir(obj: RedisSentinelSpecVolumeMountVolumeEmptyDir | undefined): Record<string, any> | undefined;
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
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeral
 */
export interface RedisSentinelSpecVolumeMountVolumeEphemeral {
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
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeral' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeEphemeral(obj: RedisSentinelSpecVolumeMountVolumeEphemeral | undefined): Record<string, any> | undefined;
/**
 * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeFc
 */
export interface RedisSentinelSpecVolumeMountVolumeFc {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFc#fsType
     */
    readonly fsType?: string;
    /**
     * lun is Optional: FC target lun number
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFc#lun
     */
    readonly lun?: number;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema RedisSentinelSpecVolumeMountVolumeFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * targetWWNs is Optional: FC target worldwide names (WWNs)
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * wwids Optional: FC volume world wide identifiers (wwids)
     * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeFc' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeFc(obj: RedisSentinelSpecVolumeMountVolumeFc | undefined): Record<string, any> | undefined;
/**
 * flexVolume represents a generic volume resource that is
 * provisioned/attached using an exec based plugin.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeFlexVolume
 */
export interface RedisSentinelSpecVolumeMountVolumeFlexVolume {
    /**
     * driver is the name of the driver to use for this volume.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFlexVolume#driver
     */
    readonly driver: string;
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * options is Optional: this field holds extra command options if any.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is Optional: secretRef is reference to the secret object containing
     * sensitive information to pass to the plugin scripts. This may be
     * empty if no secret object is specified. If the secret object
     * contains more than one secret, all secrets are passed to the plugin
     * scripts.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFlexVolume#secretRef
     */
    readonly secretRef?: RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeFlexVolume' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeFlexVolume(obj: RedisSentinelSpecVolumeMountVolumeFlexVolume | undefined): Record<string, any> | undefined;
/**
 * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running
 *
 * @schema RedisSentinelSpecVolumeMountVolumeFlocker
 */
export interface RedisSentinelSpecVolumeMountVolumeFlocker {
    /**
     * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
     * should be considered as deprecated
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeFlocker' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeFlocker(obj: RedisSentinelSpecVolumeMountVolumeFlocker | undefined): Record<string, any> | undefined;
/**
 * gcePersistentDisk represents a GCE Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
 *
 * @schema RedisSentinelSpecVolumeMountVolumeGcePersistentDisk
 */
export interface RedisSentinelSpecVolumeMountVolumeGcePersistentDisk {
    /**
     * fsType is filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema RedisSentinelSpecVolumeMountVolumeGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema RedisSentinelSpecVolumeMountVolumeGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema RedisSentinelSpecVolumeMountVolumeGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @default false.
     * @schema RedisSentinelSpecVolumeMountVolumeGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeGcePersistentDisk' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeGcePersistentDisk(obj: RedisSentinelSpecVolumeMountVolumeGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * gitRepo represents a git repository at a particular revision.
 * DEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an
 * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
 * into the Pod's container.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeGitRepo
 */
export interface RedisSentinelSpecVolumeMountVolumeGitRepo {
    /**
     * directory is the target directory name.
     * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
     * git repository.  Otherwise, if specified, the volume will contain the git repository in
     * the subdirectory with the given name.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeGitRepo#directory
     */
    readonly directory?: string;
    /**
     * repository is the URL
     *
     * @schema RedisSentinelSpecVolumeMountVolumeGitRepo#repository
     */
    readonly repository: string;
    /**
     * revision is the commit hash for the specified revision.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeGitRepo' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeGitRepo(obj: RedisSentinelSpecVolumeMountVolumeGitRepo | undefined): Record<string, any> | undefined;
/**
 * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
 * More info: https://examples.k8s.io/volumes/glusterfs/README.md
 *
 * @schema RedisSentinelSpecVolumeMountVolumeGlusterfs
 */
export interface RedisSentinelSpecVolumeMountVolumeGlusterfs {
    /**
     * endpoints is the endpoint name that details Glusterfs topology.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema RedisSentinelSpecVolumeMountVolumeGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * path is the Glusterfs volume path.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema RedisSentinelSpecVolumeMountVolumeGlusterfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @default false.
     * @schema RedisSentinelSpecVolumeMountVolumeGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeGlusterfs' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeGlusterfs(obj: RedisSentinelSpecVolumeMountVolumeGlusterfs | undefined): Record<string, any> | undefined;
/**
 * hostPath represents a pre-existing file or directory on the host
 * machine that is directly exposed to the container. This is generally
 * used for system agents or other privileged things that are allowed
 * to see the host machine. Most containers will NOT need this.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
 *
 * @schema RedisSentinelSpecVolumeMountVolumeHostPath
 */
export interface RedisSentinelSpecVolumeMountVolumeHostPath {
    /**
     * path of the directory on the host.
     * If the path is a symlink, it will follow the link to the real path.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema RedisSentinelSpecVolumeMountVolumeHostPath#path
     */
    readonly path: string;
    /**
     * type for HostPath Volume
     * Defaults to ""
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @default More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     * @schema RedisSentinelSpecVolumeMountVolumeHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeHostPath' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeHostPath(obj: RedisSentinelSpecVolumeMountVolumeHostPath | undefined): Record<string, any> | undefined;
/**
 * iscsi represents an ISCSI Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://examples.k8s.io/volumes/iscsi/README.md
 *
 * @schema RedisSentinelSpecVolumeMountVolumeIscsi
 */
export interface RedisSentinelSpecVolumeMountVolumeIscsi {
    /**
     * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
     *
     * @schema RedisSentinelSpecVolumeMountVolumeIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * chapAuthSession defines whether support iSCSI Session CHAP authentication
     *
     * @schema RedisSentinelSpecVolumeMountVolumeIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
     *
     * @schema RedisSentinelSpecVolumeMountVolumeIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * initiatorName is the custom iSCSI Initiator Name.
     * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
     * <target portal>:<volume name> will be created for the connection.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * iqn is the target iSCSI Qualified Name.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeIscsi#iqn
     */
    readonly iqn: string;
    /**
     * iscsiInterface is the interface Name that uses an iSCSI transport.
     * Defaults to 'default' (tcp).
     *
     * @default default' (tcp).
     * @schema RedisSentinelSpecVolumeMountVolumeIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * lun represents iSCSI Target Lun number.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeIscsi#lun
     */
    readonly lun: number;
    /**
     * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema RedisSentinelSpecVolumeMountVolumeIscsi#portals
     */
    readonly portals?: string[];
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     *
     * @default false.
     * @schema RedisSentinelSpecVolumeMountVolumeIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is the CHAP Secret for iSCSI target and initiator authentication
     *
     * @schema RedisSentinelSpecVolumeMountVolumeIscsi#secretRef
     */
    readonly secretRef?: RedisSentinelSpecVolumeMountVolumeIscsiSecretRef;
    /**
     * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema RedisSentinelSpecVolumeMountVolumeIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeIscsi' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeIscsi(obj: RedisSentinelSpecVolumeMountVolumeIscsi | undefined): Record<string, any> | undefined;
/**
 * nfs represents an NFS mount on the host that shares a pod's lifetime
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
 *
 * @schema RedisSentinelSpecVolumeMountVolumeNfs
 */
export interface RedisSentinelSpecVolumeMountVolumeNfs {
    /**
     * path that is exported by the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema RedisSentinelSpecVolumeMountVolumeNfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the NFS export to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @default false.
     * @schema RedisSentinelSpecVolumeMountVolumeNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * server is the hostname or IP address of the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema RedisSentinelSpecVolumeMountVolumeNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeNfs' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeNfs(obj: RedisSentinelSpecVolumeMountVolumeNfs | undefined): Record<string, any> | undefined;
/**
 * persistentVolumeClaimVolumeSource represents a reference to a
 * PersistentVolumeClaim in the same namespace.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim
 */
export interface RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim {
    /**
     * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * readOnly Will force the ReadOnly setting in VolumeMounts.
     * Default false.
     *
     * @schema RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim(obj: RedisSentinelSpecVolumeMountVolumePersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine
 *
 * @schema RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk
 */
export interface RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * pdID is the ID that identifies Photon Controller persistent disk
     *
     * @schema RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk(obj: RedisSentinelSpecVolumeMountVolumePhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * portworxVolume represents a portworx volume attached and mounted on kubelets host machine
 *
 * @schema RedisSentinelSpecVolumeMountVolumePortworxVolume
 */
export interface RedisSentinelSpecVolumeMountVolumePortworxVolume {
    /**
     * fSType represents the filesystem type to mount
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisSentinelSpecVolumeMountVolumePortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema RedisSentinelSpecVolumeMountVolumePortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID uniquely identifies a Portworx volume
     *
     * @schema RedisSentinelSpecVolumeMountVolumePortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumePortworxVolume' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumePortworxVolume(obj: RedisSentinelSpecVolumeMountVolumePortworxVolume | undefined): Record<string, any> | undefined;
/**
 * projected items for all in one resources secrets, configmaps, and downward API
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjected
 */
export interface RedisSentinelSpecVolumeMountVolumeProjected {
    /**
     * defaultMode are the mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * sources is the list of volume projections
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjected#sources
     */
    readonly sources?: RedisSentinelSpecVolumeMountVolumeProjectedSources[];
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjected' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjected(obj: RedisSentinelSpecVolumeMountVolumeProjected | undefined): Record<string, any> | undefined;
/**
 * quobyte represents a Quobyte mount on the host that shares a pod's lifetime
 *
 * @schema RedisSentinelSpecVolumeMountVolumeQuobyte
 */
export interface RedisSentinelSpecVolumeMountVolumeQuobyte {
    /**
     * group to map volume access to
     * Default is no group
     *
     * @default no group
     * @schema RedisSentinelSpecVolumeMountVolumeQuobyte#group
     */
    readonly group?: string;
    /**
     * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
     * Defaults to false.
     *
     * @default false.
     * @schema RedisSentinelSpecVolumeMountVolumeQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * registry represents a single or multiple Quobyte Registry services
     * specified as a string as host:port pair (multiple entries are separated with commas)
     * which acts as the central registry for volumes
     *
     * @schema RedisSentinelSpecVolumeMountVolumeQuobyte#registry
     */
    readonly registry: string;
    /**
     * tenant owning the given Quobyte volume in the Backend
     * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
     *
     * @schema RedisSentinelSpecVolumeMountVolumeQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * user to map volume access to
     * Defaults to serivceaccount user
     *
     * @default serivceaccount user
     * @schema RedisSentinelSpecVolumeMountVolumeQuobyte#user
     */
    readonly user?: string;
    /**
     * volume is a string that references an already created Quobyte volume by name.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeQuobyte' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeQuobyte(obj: RedisSentinelSpecVolumeMountVolumeQuobyte | undefined): Record<string, any> | undefined;
/**
 * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
 * More info: https://examples.k8s.io/volumes/rbd/README.md
 *
 * @schema RedisSentinelSpecVolumeMountVolumeRbd
 */
export interface RedisSentinelSpecVolumeMountVolumeRbd {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
     *
     * @schema RedisSentinelSpecVolumeMountVolumeRbd#fsType
     */
    readonly fsType?: string;
    /**
     * image is the rados image name.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema RedisSentinelSpecVolumeMountVolumeRbd#image
     */
    readonly image: string;
    /**
     * keyring is the path to key ring for RBDUser.
     * Default is /etc/ceph/keyring.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default etc/ceph/keyring.
     * @schema RedisSentinelSpecVolumeMountVolumeRbd#keyring
     */
    readonly keyring?: string;
    /**
     * monitors is a collection of Ceph monitors.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema RedisSentinelSpecVolumeMountVolumeRbd#monitors
     */
    readonly monitors: string[];
    /**
     * pool is the rados pool name.
     * Default is rbd.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default rbd.
     * @schema RedisSentinelSpecVolumeMountVolumeRbd#pool
     */
    readonly pool?: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default false.
     * @schema RedisSentinelSpecVolumeMountVolumeRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is name of the authentication secret for RBDUser. If provided
     * overrides keyring.
     * Default is nil.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default nil.
     * @schema RedisSentinelSpecVolumeMountVolumeRbd#secretRef
     */
    readonly secretRef?: RedisSentinelSpecVolumeMountVolumeRbdSecretRef;
    /**
     * user is the rados user name.
     * Default is admin.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default admin.
     * @schema RedisSentinelSpecVolumeMountVolumeRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeRbd' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeRbd(obj: RedisSentinelSpecVolumeMountVolumeRbd | undefined): Record<string, any> | undefined;
/**
 * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeScaleIo
 */
export interface RedisSentinelSpecVolumeMountVolumeScaleIo {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs".
     * Default is "xfs".
     *
     * @default xfs".
     * @schema RedisSentinelSpecVolumeMountVolumeScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * gateway is the host address of the ScaleIO API Gateway.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema RedisSentinelSpecVolumeMountVolumeScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef references to the secret for ScaleIO user and other
     * sensitive information. If this is not provided, Login operation will fail.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeScaleIo#secretRef
     */
    readonly secretRef: RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef;
    /**
     * sslEnabled Flag enable/disable SSL communication with Gateway, default false
     *
     * @schema RedisSentinelSpecVolumeMountVolumeScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
     * Default is ThinProvisioned.
     *
     * @default ThinProvisioned.
     * @schema RedisSentinelSpecVolumeMountVolumeScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * storagePool is the ScaleIO Storage Pool associated with the protection domain.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * system is the name of the storage system as configured in ScaleIO.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeScaleIo#system
     */
    readonly system: string;
    /**
     * volumeName is the name of a volume already created in the ScaleIO system
     * that is associated with this volume source.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeScaleIo' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeScaleIo(obj: RedisSentinelSpecVolumeMountVolumeScaleIo | undefined): Record<string, any> | undefined;
/**
 * secret represents a secret that should populate this volume.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
 *
 * @schema RedisSentinelSpecVolumeMountVolumeSecret
 */
export interface RedisSentinelSpecVolumeMountVolumeSecret {
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
     * @schema RedisSentinelSpecVolumeMountVolumeSecret#defaultMode
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
     * @schema RedisSentinelSpecVolumeMountVolumeSecret#items
     */
    readonly items?: RedisSentinelSpecVolumeMountVolumeSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema RedisSentinelSpecVolumeMountVolumeSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema RedisSentinelSpecVolumeMountVolumeSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeSecret' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeSecret(obj: RedisSentinelSpecVolumeMountVolumeSecret | undefined): Record<string, any> | undefined;
/**
 * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeStorageos
 */
export interface RedisSentinelSpecVolumeMountVolumeStorageos {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef specifies the secret to use for obtaining the StorageOS API
     * credentials.  If not specified, default values will be attempted.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeStorageos#secretRef
     */
    readonly secretRef?: RedisSentinelSpecVolumeMountVolumeStorageosSecretRef;
    /**
     * volumeName is the human-readable name of the StorageOS volume.  Volume
     * names are only unique within a namespace.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeStorageos#volumeName
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
     * @schema RedisSentinelSpecVolumeMountVolumeStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeStorageos' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeStorageos(obj: RedisSentinelSpecVolumeMountVolumeStorageos | undefined): Record<string, any> | undefined;
/**
 * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine
 *
 * @schema RedisSentinelSpecVolumeMountVolumeVsphereVolume
 */
export interface RedisSentinelSpecVolumeMountVolumeVsphereVolume {
    /**
     * fsType is filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * volumePath is the path that identifies vSphere volume vmdk
     *
     * @schema RedisSentinelSpecVolumeMountVolumeVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeVsphereVolume' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeVsphereVolume(obj: RedisSentinelSpecVolumeMountVolumeVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * A node selector term, associated with the corresponding weight.
 *
 * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * A null or empty node selector term matches no objects. The requirements of
 * them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
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
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
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
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
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
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
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
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecEnvValueFromResourceFieldRefDivisor
 */
export declare class RedisSentinelSpecEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RedisSentinelSpecEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef
 */
export interface RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef(obj: RedisSentinelSpecInitContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RedisSentinelSpecInitContainerEnvValueFromFieldRef
 */
export interface RedisSentinelSpecInitContainerEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerEnvValueFromFieldRef(obj: RedisSentinelSpecInitContainerEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef
 */
export interface RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef(obj: RedisSentinelSpecInitContainerEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef
 */
export interface RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef(obj: RedisSentinelSpecInitContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RedisSentinelSpecKubernetesConfigServiceAdditionalType
 */
export declare enum RedisSentinelSpecKubernetesConfigServiceAdditionalType {
    /** LoadBalancer */
    LOAD_BALANCER = "LoadBalancer",
    /** NodePort */
    NODE_PORT = "NodePort",
    /** ClusterIP */
    CLUSTER_IP = "ClusterIP"
}
/**
 * @schema RedisSentinelSpecKubernetesConfigServiceHeadlessType
 */
export declare enum RedisSentinelSpecKubernetesConfigServiceHeadlessType {
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
 * @schema RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable
 */
export declare class RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): RedisSentinelSpecKubernetesConfigUpdateStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef
 */
export interface RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef(obj: RedisSentinelSpecRedisExporterEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RedisSentinelSpecRedisExporterEnvValueFromFieldRef
 */
export interface RedisSentinelSpecRedisExporterEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterEnvValueFromFieldRef(obj: RedisSentinelSpecRedisExporterEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef
 */
export interface RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef(obj: RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef
 */
export interface RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef(obj: RedisSentinelSpecRedisExporterEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor
 */
export declare class RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor;
    static fromString(value: string): RedisSentinelSpecRedisSentinelConfigRedisReplicationPasswordResourceFieldRefDivisor;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef
 */
export interface RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef(obj: RedisSentinelSpecSidecarsEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RedisSentinelSpecSidecarsEnvValueFromFieldRef
 */
export interface RedisSentinelSpecSidecarsEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsEnvValueFromFieldRef(obj: RedisSentinelSpecSidecarsEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef
 */
export interface RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef(obj: RedisSentinelSpecSidecarsEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef
 */
export interface RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef(obj: RedisSentinelSpecSidecarsEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
 * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
 *
 * @schema RedisSentinelSpecVolumeMountVolumeCephfsSecretRef
 */
export interface RedisSentinelSpecVolumeMountVolumeCephfsSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCephfsSecretRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeCephfsSecretRef(obj: RedisSentinelSpecVolumeMountVolumeCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is optional: points to a secret object containing parameters used to connect
 * to OpenStack.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeCinderSecretRef
 */
export interface RedisSentinelSpecVolumeMountVolumeCinderSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCinderSecretRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeCinderSecretRef(obj: RedisSentinelSpecVolumeMountVolumeCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeConfigMapItems
 */
export interface RedisSentinelSpecVolumeMountVolumeConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeConfigMapItems#key
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
     * @schema RedisSentinelSpecVolumeMountVolumeConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeConfigMapItems' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeConfigMapItems(obj: RedisSentinelSpecVolumeMountVolumeConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * nodePublishSecretRef is a reference to the secret object containing
 * sensitive information to pass to the CSI driver to complete the CSI
 * NodePublishVolume and NodeUnpublishVolume calls.
 * This field is optional, and  may be empty if no secret is required. If the
 * secret object contains more than one secret, all secret references are passed.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef
 */
export interface RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef(obj: RedisSentinelSpecVolumeMountVolumeCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItems
 */
export interface RedisSentinelSpecVolumeMountVolumeDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name and namespace are supported.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItems#fieldRef
     */
    readonly fieldRef?: RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeDownwardApiItems' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItems(obj: RedisSentinelSpecVolumeMountVolumeDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit
 */
export declare class RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit;
    static fromString(value: string): RedisSentinelSpecVolumeMountVolumeEmptyDirSizeLimit;
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
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate
 */
export interface RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate {
    /**
     * May contain labels and annotations that will be copied into the PVC
     * when creating it. No other fields are allowed and will be rejected during
     * validation.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * The specification for the PersistentVolumeClaim. The entire content is
     * copied unchanged into the PVC that gets created from this
     * template. The same fields as in a PersistentVolumeClaim
     * are also valid here.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate(obj: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: secretRef is reference to the secret object containing
 * sensitive information to pass to the plugin scripts. This may be
 * empty if no secret object is specified. If the secret object
 * contains more than one secret, all secrets are passed to the plugin
 * scripts.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef
 */
export interface RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef(obj: RedisSentinelSpecVolumeMountVolumeFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is the CHAP Secret for iSCSI target and initiator authentication
 *
 * @schema RedisSentinelSpecVolumeMountVolumeIscsiSecretRef
 */
export interface RedisSentinelSpecVolumeMountVolumeIscsiSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolumeIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeIscsiSecretRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeIscsiSecretRef(obj: RedisSentinelSpecVolumeMountVolumeIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * Projection that may be projected along with other supported volume types
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSources
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSources {
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
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle;
    /**
     * configMap information about the configMap data to project
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSources#configMap
     */
    readonly configMap?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap;
    /**
     * downwardAPI information about the downwardAPI data to project
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSources#downwardAPI
     */
    readonly downwardApi?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi;
    /**
     * secret information about the secret data to project
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSources#secret
     */
    readonly secret?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret;
    /**
     * serviceAccountToken is information about the serviceAccountToken data to project
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSources' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSources(obj: RedisSentinelSpecVolumeMountVolumeProjectedSources | undefined): Record<string, any> | undefined;
/**
 * secretRef is name of the authentication secret for RBDUser. If provided
 * overrides keyring.
 * Default is nil.
 * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
 *
 * @default nil.
 * @schema RedisSentinelSpecVolumeMountVolumeRbdSecretRef
 */
export interface RedisSentinelSpecVolumeMountVolumeRbdSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolumeRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeRbdSecretRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeRbdSecretRef(obj: RedisSentinelSpecVolumeMountVolumeRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef references to the secret for ScaleIO user and other
 * sensitive information. If this is not provided, Login operation will fail.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef
 */
export interface RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef(obj: RedisSentinelSpecVolumeMountVolumeScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeSecretItems
 */
export interface RedisSentinelSpecVolumeMountVolumeSecretItems {
    /**
     * key is the key to project.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeSecretItems#key
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
     * @schema RedisSentinelSpecVolumeMountVolumeSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeSecretItems' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeSecretItems(obj: RedisSentinelSpecVolumeMountVolumeSecretItems | undefined): Record<string, any> | undefined;
/**
 * secretRef specifies the secret to use for obtaining the StorageOS API
 * credentials.  If not specified, default values will be attempted.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeStorageosSecretRef
 */
export interface RedisSentinelSpecVolumeMountVolumeStorageosSecretRef {
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolumeStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeStorageosSecretRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeStorageosSecretRef(obj: RedisSentinelSpecVolumeMountVolumeStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: RedisSentinelSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: RedisSentinelSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: RedisSentinelSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: RedisSentinelSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor
 */
export declare class RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RedisSentinelSpecInitContainerEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor
 */
export declare class RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RedisSentinelSpecRedisExporterEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor
 */
export declare class RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RedisSentinelSpecSidecarsEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * Required: Selects a field of the pod: only annotations, labels, name and namespace are supported.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef
 */
export interface RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef(obj: RedisSentinelSpecVolumeMountVolumeDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef
 */
export interface RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef(obj: RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * The specification for the PersistentVolumeClaim. The entire content is
 * copied unchanged into the PVC that gets created from this
 * template. The same fields as in a PersistentVolumeClaim
 * are also valid here.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec
 */
export interface RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#accessModes
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
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource;
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
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#storageClassName
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
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec(obj: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
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
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle {
    /**
     * Select all ClusterTrustBundles that match this label selector.  Only has
     * effect if signerName is set.  Mutually-exclusive with name.  If unset,
     * interpreted as "match nothing".  If set but empty, interpreted as "match
     * everything".
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
     * with signerName and labelSelector.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
     * aren't available.  If using name, then the named ClusterTrustBundle is
     * allowed not to exist.  If using signerName, then the combination of
     * signerName and labelSelector is allowed to match zero
     * ClusterTrustBundles.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * Relative path from the volume root to write the bundle.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * Select all ClusterTrustBundles that match this signer name.
     * Mutually-exclusive with name.  The contents of all selected
     * ClusterTrustBundles will be unified and deduplicated.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * configMap information about the configMap data to project
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap#items
     */
    readonly items?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems[];
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * downwardAPI information about the downwardAPI data to project
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi {
    /**
     * Items is a list of DownwardAPIVolume file
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi#items
     */
    readonly items?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * secret information about the secret data to project
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret#items
     */
    readonly items?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems[];
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * optional field specify whether the Secret or its key must be defined
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * serviceAccountToken is information about the serviceAccountToken data to project
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken {
    /**
     * audience is the intended audience of the token. A recipient of a token
     * must identify itself with an identifier specified in the audience of the
     * token, and otherwise should reject the token. The audience defaults to the
     * identifier of the apiserver.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken#audience
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
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * path is the path relative to the mount point of the file to project the
     * token into.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: RedisSentinelSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: RedisSentinelSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor
 */
export declare class RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): RedisSentinelSpecVolumeMountVolumeDownwardApiItemsResourceFieldRefDivisor;
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
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource(obj: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
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
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources
 */
export interface RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources(obj: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector
 */
export interface RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector(obj: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * Select all ClusterTrustBundles that match this label selector.  Only has
 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
 * interpreted as "match nothing".  If set but empty, interpreted as "match
 * everything".
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems#key
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
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name and namespace are supported.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems#key
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
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: RedisSentinelSpecVolumeMountVolumeEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name and namespace are supported.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef(obj: RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): RedisSentinelSpecVolumeMountVolumeProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
