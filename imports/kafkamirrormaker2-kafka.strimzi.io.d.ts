import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema KafkaMirrorMaker2
 */
export declare class KafkaMirrorMaker2 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KafkaMirrorMaker2"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KafkaMirrorMaker2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KafkaMirrorMaker2Props): any;
    /**
     * Defines a "KafkaMirrorMaker2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KafkaMirrorMaker2Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema KafkaMirrorMaker2
 */
export interface KafkaMirrorMaker2Props {
    /**
     * @schema KafkaMirrorMaker2#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The specification of the Kafka MirrorMaker 2 cluster.
     *
     * @schema KafkaMirrorMaker2#spec
     */
    readonly spec: KafkaMirrorMaker2Spec;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2Props' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2Props(obj: KafkaMirrorMaker2Props | undefined): Record<string, any> | undefined;
/**
 * The specification of the Kafka MirrorMaker 2 cluster.
 *
 * @schema KafkaMirrorMaker2Spec
 */
export interface KafkaMirrorMaker2Spec {
    /**
     * The Kafka Connect version. Defaults to the latest version. Consult the user documentation to understand the process required to upgrade or downgrade the version.
     *
     * @default the latest version. Consult the user documentation to understand the process required to upgrade or downgrade the version.
     * @schema KafkaMirrorMaker2Spec#version
     */
    readonly version?: string;
    /**
     * The number of pods in the Kafka Connect group. Required in the `v1` version of the Strimzi API.
     *
     * @schema KafkaMirrorMaker2Spec#replicas
     */
    readonly replicas: number;
    /**
     * The container image used for Kafka Connect pods. If no image name is explicitly specified, it is determined based on the `spec.version` configuration. The image names are specifically mapped to corresponding versions in the Cluster Operator configuration.
     *
     * @schema KafkaMirrorMaker2Spec#image
     */
    readonly image?: string;
    /**
     * The target Apache Kafka cluster. The target Kafka cluster is used by the underlying Kafka Connect framework for its internal topics.
     *
     * @schema KafkaMirrorMaker2Spec#target
     */
    readonly target: KafkaMirrorMaker2SpecTarget;
    /**
     * Configuration of the MirrorMaker 2 connectors.
     *
     * @schema KafkaMirrorMaker2Spec#mirrors
     */
    readonly mirrors: KafkaMirrorMaker2SpecMirrors[];
    /**
     * The maximum limits for CPU and memory resources and the requested initial resources.
     *
     * @schema KafkaMirrorMaker2Spec#resources
     */
    readonly resources?: KafkaMirrorMaker2SpecResources;
    /**
     * Pod liveness checking.
     *
     * @schema KafkaMirrorMaker2Spec#livenessProbe
     */
    readonly livenessProbe?: KafkaMirrorMaker2SpecLivenessProbe;
    /**
     * Pod readiness checking.
     *
     * @schema KafkaMirrorMaker2Spec#readinessProbe
     */
    readonly readinessProbe?: KafkaMirrorMaker2SpecReadinessProbe;
    /**
     * JVM Options for pods.
     *
     * @schema KafkaMirrorMaker2Spec#jvmOptions
     */
    readonly jvmOptions?: KafkaMirrorMaker2SpecJvmOptions;
    /**
     * JMX Options.
     *
     * @schema KafkaMirrorMaker2Spec#jmxOptions
     */
    readonly jmxOptions?: KafkaMirrorMaker2SpecJmxOptions;
    /**
     * Logging configuration for Kafka Connect.
     *
     * @schema KafkaMirrorMaker2Spec#logging
     */
    readonly logging?: KafkaMirrorMaker2SpecLogging;
    /**
     * The image of the init container used for initializing the `client.rack`.
     *
     * @schema KafkaMirrorMaker2Spec#clientRackInitImage
     */
    readonly clientRackInitImage?: string;
    /**
     * Configuration of the node label which will be used as the `client.rack` consumer configuration.
     *
     * @schema KafkaMirrorMaker2Spec#rack
     */
    readonly rack?: KafkaMirrorMaker2SpecRack;
    /**
     * Metrics configuration.
     *
     * @schema KafkaMirrorMaker2Spec#metricsConfig
     */
    readonly metricsConfig?: KafkaMirrorMaker2SpecMetricsConfig;
    /**
     * The configuration of tracing in Kafka Connect.
     *
     * @schema KafkaMirrorMaker2Spec#tracing
     */
    readonly tracing?: KafkaMirrorMaker2SpecTracing;
    /**
     * Template for Kafka Connect and Kafka MirrorMaker 2 resources. The template allows users to specify how the `Pods`, `Service`, and other services are generated.
     *
     * @schema KafkaMirrorMaker2Spec#template
     */
    readonly template?: KafkaMirrorMaker2SpecTemplate;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2Spec' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2Spec(obj: KafkaMirrorMaker2Spec | undefined): Record<string, any> | undefined;
/**
 * The target Apache Kafka cluster. The target Kafka cluster is used by the underlying Kafka Connect framework for its internal topics.
 *
 * @schema KafkaMirrorMaker2SpecTarget
 */
export interface KafkaMirrorMaker2SpecTarget {
    /**
     * Alias used to reference the Kafka cluster.
     *
     * @schema KafkaMirrorMaker2SpecTarget#alias
     */
    readonly alias: string;
    /**
     * A comma-separated list of `host:port` pairs for establishing the connection to the Kafka cluster.
     *
     * @schema KafkaMirrorMaker2SpecTarget#bootstrapServers
     */
    readonly bootstrapServers: string;
    /**
     * A unique ID that identifies the Connect cluster group. Required.
     *
     * @schema KafkaMirrorMaker2SpecTarget#groupId
     */
    readonly groupId: string;
    /**
     * The name of the Kafka topic where connector configurations are stored. Required.
     *
     * @schema KafkaMirrorMaker2SpecTarget#configStorageTopic
     */
    readonly configStorageTopic: string;
    /**
     * The name of the Kafka topic where connector and task statuses are stored. Required.
     *
     * @schema KafkaMirrorMaker2SpecTarget#statusStorageTopic
     */
    readonly statusStorageTopic: string;
    /**
     * The name of the Kafka topic where source connector offsets are stored. Required.
     *
     * @schema KafkaMirrorMaker2SpecTarget#offsetStorageTopic
     */
    readonly offsetStorageTopic: string;
    /**
     * TLS configuration for connecting MirrorMaker 2 connectors to a cluster.
     *
     * @schema KafkaMirrorMaker2SpecTarget#tls
     */
    readonly tls?: KafkaMirrorMaker2SpecTargetTls;
    /**
     * Authentication configuration for connecting to the cluster.
     *
     * @schema KafkaMirrorMaker2SpecTarget#authentication
     */
    readonly authentication?: KafkaMirrorMaker2SpecTargetAuthentication;
    /**
     * The MirrorMaker 2 cluster config. Properties with the following prefixes cannot be set: group.id, config.storage.topic, offset.storage.topic, status.storage.topic, ssl., sasl., security., listeners, plugin.path, rest., bootstrap.servers, consumer.interceptor.classes, producer.interceptor.classes (with the exception of: ssl.endpoint.identification.algorithm, ssl.cipher.suites, ssl.protocol, ssl.enabled.protocols).
     *
     * @schema KafkaMirrorMaker2SpecTarget#config
     */
    readonly config?: any;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTarget' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTarget(obj: KafkaMirrorMaker2SpecTarget | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecMirrors
 */
export interface KafkaMirrorMaker2SpecMirrors {
    /**
     * The source Apache Kafka cluster. The source Kafka cluster is used by the Kafka MirrorMaker 2 connectors.
     *
     * @schema KafkaMirrorMaker2SpecMirrors#source
     */
    readonly source: KafkaMirrorMaker2SpecMirrorsSource;
    /**
     * The specification of the Kafka MirrorMaker 2 source connector.
     *
     * @schema KafkaMirrorMaker2SpecMirrors#sourceConnector
     */
    readonly sourceConnector?: KafkaMirrorMaker2SpecMirrorsSourceConnector;
    /**
     * The specification of the Kafka MirrorMaker 2 checkpoint connector.
     *
     * @schema KafkaMirrorMaker2SpecMirrors#checkpointConnector
     */
    readonly checkpointConnector?: KafkaMirrorMaker2SpecMirrorsCheckpointConnector;
    /**
     * A regular expression matching the topics to be mirrored, for example, "topic1\|topic2\|topic3". Comma-separated lists are also supported.
     *
     * @schema KafkaMirrorMaker2SpecMirrors#topicsPattern
     */
    readonly topicsPattern?: string;
    /**
     * A regular expression matching the topics to exclude from mirroring. Comma-separated lists are also supported.
     *
     * @schema KafkaMirrorMaker2SpecMirrors#topicsExcludePattern
     */
    readonly topicsExcludePattern?: string;
    /**
     * A regular expression matching the consumer groups to be mirrored. Comma-separated lists are also supported.
     *
     * @schema KafkaMirrorMaker2SpecMirrors#groupsPattern
     */
    readonly groupsPattern?: string;
    /**
     * A regular expression matching the consumer groups to exclude from mirroring. Comma-separated lists are also supported.
     *
     * @schema KafkaMirrorMaker2SpecMirrors#groupsExcludePattern
     */
    readonly groupsExcludePattern?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrors' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrors(obj: KafkaMirrorMaker2SpecMirrors | undefined): Record<string, any> | undefined;
/**
 * The maximum limits for CPU and memory resources and the requested initial resources.
 *
 * @schema KafkaMirrorMaker2SpecResources
 */
export interface KafkaMirrorMaker2SpecResources {
    /**
     * @schema KafkaMirrorMaker2SpecResources#claims
     */
    readonly claims?: KafkaMirrorMaker2SpecResourcesClaims[];
    /**
     * @schema KafkaMirrorMaker2SpecResources#limits
     */
    readonly limits?: {
        [key: string]: KafkaMirrorMaker2SpecResourcesLimits;
    };
    /**
     * @schema KafkaMirrorMaker2SpecResources#requests
     */
    readonly requests?: {
        [key: string]: KafkaMirrorMaker2SpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecResources' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecResources(obj: KafkaMirrorMaker2SpecResources | undefined): Record<string, any> | undefined;
/**
 * Pod liveness checking.
 *
 * @schema KafkaMirrorMaker2SpecLivenessProbe
 */
export interface KafkaMirrorMaker2SpecLivenessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaMirrorMaker2SpecLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaMirrorMaker2SpecLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaMirrorMaker2SpecLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaMirrorMaker2SpecLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaMirrorMaker2SpecLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecLivenessProbe' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecLivenessProbe(obj: KafkaMirrorMaker2SpecLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * Pod readiness checking.
 *
 * @schema KafkaMirrorMaker2SpecReadinessProbe
 */
export interface KafkaMirrorMaker2SpecReadinessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaMirrorMaker2SpecReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaMirrorMaker2SpecReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaMirrorMaker2SpecReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaMirrorMaker2SpecReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaMirrorMaker2SpecReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecReadinessProbe' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecReadinessProbe(obj: KafkaMirrorMaker2SpecReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * JVM Options for pods.
 *
 * @schema KafkaMirrorMaker2SpecJvmOptions
 */
export interface KafkaMirrorMaker2SpecJvmOptions {
    /**
     * A map of -XX options to the JVM.
     *
     * @schema KafkaMirrorMaker2SpecJvmOptions#-XX
     */
    readonly xx?: {
        [key: string]: string;
    };
    /**
     * -Xmx option to to the JVM.
     *
     * @schema KafkaMirrorMaker2SpecJvmOptions#-Xmx
     */
    readonly xmx?: string;
    /**
     * -Xms option to to the JVM.
     *
     * @schema KafkaMirrorMaker2SpecJvmOptions#-Xms
     */
    readonly xms?: string;
    /**
     * Specifies whether the Garbage Collection logging is enabled. The default is false.
     *
     * @schema KafkaMirrorMaker2SpecJvmOptions#gcLoggingEnabled
     */
    readonly gcLoggingEnabled?: boolean;
    /**
     * A map of additional system properties which will be passed using the `-D` option to the JVM.
     *
     * @schema KafkaMirrorMaker2SpecJvmOptions#javaSystemProperties
     */
    readonly javaSystemProperties?: KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecJvmOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecJvmOptions(obj: KafkaMirrorMaker2SpecJvmOptions | undefined): Record<string, any> | undefined;
/**
 * JMX Options.
 *
 * @schema KafkaMirrorMaker2SpecJmxOptions
 */
export interface KafkaMirrorMaker2SpecJmxOptions {
    /**
     * Authentication configuration for connecting to the JMX port.
     *
     * @schema KafkaMirrorMaker2SpecJmxOptions#authentication
     */
    readonly authentication?: KafkaMirrorMaker2SpecJmxOptionsAuthentication;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecJmxOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecJmxOptions(obj: KafkaMirrorMaker2SpecJmxOptions | undefined): Record<string, any> | undefined;
/**
 * Logging configuration for Kafka Connect.
 *
 * @schema KafkaMirrorMaker2SpecLogging
 */
export interface KafkaMirrorMaker2SpecLogging {
    /**
     * A Map from logger name to logger level.
     *
     * @schema KafkaMirrorMaker2SpecLogging#loggers
     */
    readonly loggers?: {
        [key: string]: string;
    };
    /**
     * Logging type, must be either 'inline' or 'external'.
     *
     * @schema KafkaMirrorMaker2SpecLogging#type
     */
    readonly type: KafkaMirrorMaker2SpecLoggingType;
    /**
     * `ConfigMap` entry where the logging configuration is stored.
     *
     * @schema KafkaMirrorMaker2SpecLogging#valueFrom
     */
    readonly valueFrom?: KafkaMirrorMaker2SpecLoggingValueFrom;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecLogging' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecLogging(obj: KafkaMirrorMaker2SpecLogging | undefined): Record<string, any> | undefined;
/**
 * Configuration of the node label which will be used as the `client.rack` consumer configuration.
 *
 * @schema KafkaMirrorMaker2SpecRack
 */
export interface KafkaMirrorMaker2SpecRack {
    /**
     * The name of the environment variable that defines the rack ID. Its value sets the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect or MirrorMaker 2.
     *
     * @schema KafkaMirrorMaker2SpecRack#envVarName
     */
    readonly envVarName?: string;
    /**
     * A key that matches labels assigned to the Kubernetes cluster nodes. The value of the label is used to set a broker's `broker.rack` config, and the `client.rack` config for Kafka Connect or MirrorMaker 2.
     *
     * @schema KafkaMirrorMaker2SpecRack#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * Specifies the rack awareness type. Supported types are `topology-label` and `environment-variable`. `topology-label` uses a Kubernetes worker node label to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. `environment-variable` uses an environment variable to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. When not specified, `topology-label` type is used by default.
     *
     * @schema KafkaMirrorMaker2SpecRack#type
     */
    readonly type?: KafkaMirrorMaker2SpecRackType;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecRack' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecRack(obj: KafkaMirrorMaker2SpecRack | undefined): Record<string, any> | undefined;
/**
 * Metrics configuration.
 *
 * @schema KafkaMirrorMaker2SpecMetricsConfig
 */
export interface KafkaMirrorMaker2SpecMetricsConfig {
    /**
     * Metrics type. The supported types are `jmxPrometheusExporter` and `strimziMetricsReporter`. Type `jmxPrometheusExporter` uses the Prometheus JMX Exporter to expose Kafka JMX metrics in Prometheus format through an HTTP endpoint. Type `strimziMetricsReporter` uses the Strimzi Metrics Reporter to directly expose Kafka metrics in Prometheus format through an HTTP endpoint.
     *
     * @schema KafkaMirrorMaker2SpecMetricsConfig#type
     */
    readonly type: KafkaMirrorMaker2SpecMetricsConfigType;
    /**
     * ConfigMap entry where the Prometheus JMX Exporter configuration is stored.
     *
     * @schema KafkaMirrorMaker2SpecMetricsConfig#valueFrom
     */
    readonly valueFrom?: KafkaMirrorMaker2SpecMetricsConfigValueFrom;
    /**
     * Configuration values for the Strimzi Metrics Reporter.
     *
     * @schema KafkaMirrorMaker2SpecMetricsConfig#values
     */
    readonly values?: KafkaMirrorMaker2SpecMetricsConfigValues;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMetricsConfig' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMetricsConfig(obj: KafkaMirrorMaker2SpecMetricsConfig | undefined): Record<string, any> | undefined;
/**
 * The configuration of tracing in Kafka Connect.
 *
 * @schema KafkaMirrorMaker2SpecTracing
 */
export interface KafkaMirrorMaker2SpecTracing {
    /**
     * Type of the tracing used. Currently the only supported type is `opentelemetry` for OpenTelemetry tracing.
     *
     * @schema KafkaMirrorMaker2SpecTracing#type
     */
    readonly type: KafkaMirrorMaker2SpecTracingType;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTracing' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTracing(obj: KafkaMirrorMaker2SpecTracing | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect and Kafka MirrorMaker 2 resources. The template allows users to specify how the `Pods`, `Service`, and other services are generated.
 *
 * @schema KafkaMirrorMaker2SpecTemplate
 */
export interface KafkaMirrorMaker2SpecTemplate {
    /**
     * Template for Kafka Connect `StrimziPodSet` resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#podSet
     */
    readonly podSet?: KafkaMirrorMaker2SpecTemplatePodSet;
    /**
     * Template for Kafka Connect `Pods`.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#pod
     */
    readonly pod?: KafkaMirrorMaker2SpecTemplatePod;
    /**
     * Template for Kafka Connect API `Service`.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#apiService
     */
    readonly apiService?: KafkaMirrorMaker2SpecTemplateApiService;
    /**
     * Template for Kafka Connect headless `Service`.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#headlessService
     */
    readonly headlessService?: KafkaMirrorMaker2SpecTemplateHeadlessService;
    /**
     * Template for the Kafka Connect container.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#connectContainer
     */
    readonly connectContainer?: KafkaMirrorMaker2SpecTemplateConnectContainer;
    /**
     * Template for the Kafka init container.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#initContainer
     */
    readonly initContainer?: KafkaMirrorMaker2SpecTemplateInitContainer;
    /**
     * Template for Kafka Connect `PodDisruptionBudget`.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#podDisruptionBudget
     */
    readonly podDisruptionBudget?: KafkaMirrorMaker2SpecTemplatePodDisruptionBudget;
    /**
     * Template for the Kafka Connect service account.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#serviceAccount
     */
    readonly serviceAccount?: KafkaMirrorMaker2SpecTemplateServiceAccount;
    /**
     * Template for the Kafka Connect ClusterRoleBinding.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#clusterRoleBinding
     */
    readonly clusterRoleBinding?: KafkaMirrorMaker2SpecTemplateClusterRoleBinding;
    /**
     * Template for Kafka Connect Build `Pods`. The build pod is used only on Kubernetes.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#buildPod
     */
    readonly buildPod?: KafkaMirrorMaker2SpecTemplateBuildPod;
    /**
     * Template for the Kafka Connect Build container. The build container is used only on Kubernetes.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#buildContainer
     */
    readonly buildContainer?: KafkaMirrorMaker2SpecTemplateBuildContainer;
    /**
     * Template for the Kafka Connect BuildConfig used to build new container images. The BuildConfig is used only on OpenShift.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#buildConfig
     */
    readonly buildConfig?: KafkaMirrorMaker2SpecTemplateBuildConfig;
    /**
     * Template for the Kafka Connect Build service account.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#buildServiceAccount
     */
    readonly buildServiceAccount?: KafkaMirrorMaker2SpecTemplateBuildServiceAccount;
    /**
     * Template for Secret of the Kafka Connect Cluster JMX authentication.
     *
     * @schema KafkaMirrorMaker2SpecTemplate#jmxSecret
     */
    readonly jmxSecret?: KafkaMirrorMaker2SpecTemplateJmxSecret;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplate' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplate(obj: KafkaMirrorMaker2SpecTemplate | undefined): Record<string, any> | undefined;
/**
 * TLS configuration for connecting MirrorMaker 2 connectors to a cluster.
 *
 * @schema KafkaMirrorMaker2SpecTargetTls
 */
export interface KafkaMirrorMaker2SpecTargetTls {
    /**
     * Trusted certificates for TLS connection.
     *
     * @schema KafkaMirrorMaker2SpecTargetTls#trustedCertificates
     */
    readonly trustedCertificates?: KafkaMirrorMaker2SpecTargetTlsTrustedCertificates[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTargetTls' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTargetTls(obj: KafkaMirrorMaker2SpecTargetTls | undefined): Record<string, any> | undefined;
/**
 * Authentication configuration for connecting to the cluster.
 *
 * @schema KafkaMirrorMaker2SpecTargetAuthentication
 */
export interface KafkaMirrorMaker2SpecTargetAuthentication {
    /**
     * Reference to the `Secret` which holds the certificate and private key pair.
     *
     * @schema KafkaMirrorMaker2SpecTargetAuthentication#certificateAndKey
     */
    readonly certificateAndKey?: KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey;
    /**
     * Configuration for the custom authentication mechanism. Only properties with the `sasl.` and `ssl.keystore.` prefixes are allowed. Specify other options in the regular configuration section of the custom resource.
     *
     * @schema KafkaMirrorMaker2SpecTargetAuthentication#config
     */
    readonly config?: any;
    /**
     * Reference to the `Secret` which holds the password.
     *
     * @schema KafkaMirrorMaker2SpecTargetAuthentication#passwordSecret
     */
    readonly passwordSecret?: KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret;
    /**
     * Enable or disable SASL on this authentication mechanism.
     *
     * @schema KafkaMirrorMaker2SpecTargetAuthentication#sasl
     */
    readonly sasl?: boolean;
    /**
     * Specifies the authentication type. Supported types are `tls`, `scram-sha-256`, `scram-sha-512`, `plain`, and `custom`. `tls` uses TLS client authentication and is supported only over TLS connections. `scram-sha-256` and `scram-sha-512` use SASL SCRAM-SHA-256 and SASL SCRAM-SHA-512 authentication, respectively. `plain` uses SASL PLAIN authentication. `custom` allows you to configure a custom authentication mechanism.
     *
     * @schema KafkaMirrorMaker2SpecTargetAuthentication#type
     */
    readonly type: KafkaMirrorMaker2SpecTargetAuthenticationType;
    /**
     * Username used for the authentication.
     *
     * @schema KafkaMirrorMaker2SpecTargetAuthentication#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTargetAuthentication' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTargetAuthentication(obj: KafkaMirrorMaker2SpecTargetAuthentication | undefined): Record<string, any> | undefined;
/**
 * The source Apache Kafka cluster. The source Kafka cluster is used by the Kafka MirrorMaker 2 connectors.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSource
 */
export interface KafkaMirrorMaker2SpecMirrorsSource {
    /**
     * Alias used to reference the Kafka cluster.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSource#alias
     */
    readonly alias: string;
    /**
     * A comma-separated list of `host:port` pairs for establishing the connection to the Kafka cluster.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSource#bootstrapServers
     */
    readonly bootstrapServers: string;
    /**
     * TLS configuration for connecting MirrorMaker 2 connectors to a cluster.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSource#tls
     */
    readonly tls?: KafkaMirrorMaker2SpecMirrorsSourceTls;
    /**
     * Authentication configuration for connecting to the cluster.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSource#authentication
     */
    readonly authentication?: KafkaMirrorMaker2SpecMirrorsSourceAuthentication;
    /**
     * The MirrorMaker 2 cluster config. Properties with the following prefixes cannot be set: group.id, config.storage.topic, offset.storage.topic, status.storage.topic, ssl., sasl., security., listeners, plugin.path, rest., bootstrap.servers, consumer.interceptor.classes, producer.interceptor.classes (with the exception of: ssl.endpoint.identification.algorithm, ssl.cipher.suites, ssl.protocol, ssl.enabled.protocols).
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSource#config
     */
    readonly config?: any;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSource' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSource(obj: KafkaMirrorMaker2SpecMirrorsSource | undefined): Record<string, any> | undefined;
/**
 * The specification of the Kafka MirrorMaker 2 source connector.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSourceConnector
 */
export interface KafkaMirrorMaker2SpecMirrorsSourceConnector {
    /**
     * The maximum number of tasks for the Kafka Connector.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnector#tasksMax
     */
    readonly tasksMax?: number;
    /**
     * Desired version or version range to respect when starting the Kafka Connector. This is only supported when using Kafka Connect version 4.1.0 and higher.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnector#version
     */
    readonly version?: string;
    /**
     * The Kafka Connector configuration. The following properties cannot be set: name, connector.class, tasks.max, connector.plugin.version.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnector#config
     */
    readonly config?: any;
    /**
     * The state the connector should be in. Defaults to running.
     *
     * @default running.
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnector#state
     */
    readonly state?: KafkaMirrorMaker2SpecMirrorsSourceConnectorState;
    /**
     * Automatic restart of connector and tasks configuration.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnector#autoRestart
     */
    readonly autoRestart?: KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart;
    /**
     * Configuration for listing offsets.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnector#listOffsets
     */
    readonly listOffsets?: KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsets;
    /**
     * Configuration for altering offsets.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnector#alterOffsets
     */
    readonly alterOffsets?: KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsets;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSourceConnector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnector(obj: KafkaMirrorMaker2SpecMirrorsSourceConnector | undefined): Record<string, any> | undefined;
/**
 * The specification of the Kafka MirrorMaker 2 checkpoint connector.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnector
 */
export interface KafkaMirrorMaker2SpecMirrorsCheckpointConnector {
    /**
     * The maximum number of tasks for the Kafka Connector.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnector#tasksMax
     */
    readonly tasksMax?: number;
    /**
     * Desired version or version range to respect when starting the Kafka Connector. This is only supported when using Kafka Connect version 4.1.0 and higher.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnector#version
     */
    readonly version?: string;
    /**
     * The Kafka Connector configuration. The following properties cannot be set: name, connector.class, tasks.max, connector.plugin.version.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnector#config
     */
    readonly config?: any;
    /**
     * The state the connector should be in. Defaults to running.
     *
     * @default running.
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnector#state
     */
    readonly state?: KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState;
    /**
     * Automatic restart of connector and tasks configuration.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnector#autoRestart
     */
    readonly autoRestart?: KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart;
    /**
     * Configuration for listing offsets.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnector#listOffsets
     */
    readonly listOffsets?: KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsets;
    /**
     * Configuration for altering offsets.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnector#alterOffsets
     */
    readonly alterOffsets?: KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsets;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsCheckpointConnector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnector(obj: KafkaMirrorMaker2SpecMirrorsCheckpointConnector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecResourcesClaims
 */
export interface KafkaMirrorMaker2SpecResourcesClaims {
    /**
     * @schema KafkaMirrorMaker2SpecResourcesClaims#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecResourcesClaims' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecResourcesClaims(obj: KafkaMirrorMaker2SpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecResourcesLimits
 */
export declare class KafkaMirrorMaker2SpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KafkaMirrorMaker2SpecResourcesLimits;
    static fromString(value: string): KafkaMirrorMaker2SpecResourcesLimits;
    private constructor();
}
/**
 * @schema KafkaMirrorMaker2SpecResourcesRequests
 */
export declare class KafkaMirrorMaker2SpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KafkaMirrorMaker2SpecResourcesRequests;
    static fromString(value: string): KafkaMirrorMaker2SpecResourcesRequests;
    private constructor();
}
/**
 * @schema KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties
 */
export interface KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties {
    /**
     * The system property name.
     *
     * @schema KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties#name
     */
    readonly name?: string;
    /**
     * The system property value.
     *
     * @schema KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties(obj: KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties | undefined): Record<string, any> | undefined;
/**
 * Authentication configuration for connecting to the JMX port.
 *
 * @schema KafkaMirrorMaker2SpecJmxOptionsAuthentication
 */
export interface KafkaMirrorMaker2SpecJmxOptionsAuthentication {
    /**
     * Authentication type. Currently the only supported types are `password`.`password` type creates a username and protected port with no TLS.
     *
     * @schema KafkaMirrorMaker2SpecJmxOptionsAuthentication#type
     */
    readonly type: KafkaMirrorMaker2SpecJmxOptionsAuthenticationType;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecJmxOptionsAuthentication' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecJmxOptionsAuthentication(obj: KafkaMirrorMaker2SpecJmxOptionsAuthentication | undefined): Record<string, any> | undefined;
/**
 * Logging type, must be either 'inline' or 'external'.
 *
 * @schema KafkaMirrorMaker2SpecLoggingType
 */
export declare enum KafkaMirrorMaker2SpecLoggingType {
    /** inline */
    INLINE = "inline",
    /** external */
    EXTERNAL = "external"
}
/**
 * `ConfigMap` entry where the logging configuration is stored.
 *
 * @schema KafkaMirrorMaker2SpecLoggingValueFrom
 */
export interface KafkaMirrorMaker2SpecLoggingValueFrom {
    /**
     * Reference to the key in the ConfigMap containing the configuration.
     *
     * @schema KafkaMirrorMaker2SpecLoggingValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecLoggingValueFrom' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecLoggingValueFrom(obj: KafkaMirrorMaker2SpecLoggingValueFrom | undefined): Record<string, any> | undefined;
/**
 * Specifies the rack awareness type. Supported types are `topology-label` and `environment-variable`. `topology-label` uses a Kubernetes worker node label to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. `environment-variable` uses an environment variable to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. When not specified, `topology-label` type is used by default.
 *
 * @schema KafkaMirrorMaker2SpecRackType
 */
export declare enum KafkaMirrorMaker2SpecRackType {
    /** topology-label */
    TOPOLOGY_HYPHEN_LABEL = "topology-label",
    /** environment-variable */
    ENVIRONMENT_HYPHEN_VARIABLE = "environment-variable"
}
/**
 * Metrics type. The supported types are `jmxPrometheusExporter` and `strimziMetricsReporter`. Type `jmxPrometheusExporter` uses the Prometheus JMX Exporter to expose Kafka JMX metrics in Prometheus format through an HTTP endpoint. Type `strimziMetricsReporter` uses the Strimzi Metrics Reporter to directly expose Kafka metrics in Prometheus format through an HTTP endpoint.
 *
 * @schema KafkaMirrorMaker2SpecMetricsConfigType
 */
export declare enum KafkaMirrorMaker2SpecMetricsConfigType {
    /** jmxPrometheusExporter */
    JMX_PROMETHEUS_EXPORTER = "jmxPrometheusExporter",
    /** strimziMetricsReporter */
    STRIMZI_METRICS_REPORTER = "strimziMetricsReporter"
}
/**
 * ConfigMap entry where the Prometheus JMX Exporter configuration is stored.
 *
 * @schema KafkaMirrorMaker2SpecMetricsConfigValueFrom
 */
export interface KafkaMirrorMaker2SpecMetricsConfigValueFrom {
    /**
     * Reference to the key in the ConfigMap containing the configuration.
     *
     * @schema KafkaMirrorMaker2SpecMetricsConfigValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMetricsConfigValueFrom' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMetricsConfigValueFrom(obj: KafkaMirrorMaker2SpecMetricsConfigValueFrom | undefined): Record<string, any> | undefined;
/**
 * Configuration values for the Strimzi Metrics Reporter.
 *
 * @schema KafkaMirrorMaker2SpecMetricsConfigValues
 */
export interface KafkaMirrorMaker2SpecMetricsConfigValues {
    /**
     * A list of regex patterns to filter the metrics to collect. Should contain at least one element.
     *
     * @schema KafkaMirrorMaker2SpecMetricsConfigValues#allowList
     */
    readonly allowList?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMetricsConfigValues' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMetricsConfigValues(obj: KafkaMirrorMaker2SpecMetricsConfigValues | undefined): Record<string, any> | undefined;
/**
 * Type of the tracing used. Currently the only supported type is `opentelemetry` for OpenTelemetry tracing.
 *
 * @schema KafkaMirrorMaker2SpecTracingType
 */
export declare enum KafkaMirrorMaker2SpecTracingType {
    /** opentelemetry */
    OPENTELEMETRY = "opentelemetry"
}
/**
 * Template for Kafka Connect `StrimziPodSet` resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodSet
 */
export interface KafkaMirrorMaker2SpecTemplatePodSet {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodSet#metadata
     */
    readonly metadata?: KafkaMirrorMaker2SpecTemplatePodSetMetadata;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodSet' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodSet(obj: KafkaMirrorMaker2SpecTemplatePodSet | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect `Pods`.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePod
 */
export interface KafkaMirrorMaker2SpecTemplatePod {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#metadata
     */
    readonly metadata?: KafkaMirrorMaker2SpecTemplatePodMetadata;
    /**
     * List of references to secrets in the same namespace to use for pulling any of the images used by this Pod. When the `STRIMZI_IMAGE_PULL_SECRETS` environment variable in Cluster Operator and the `imagePullSecrets` option are specified, only the `imagePullSecrets` variable is used and the `STRIMZI_IMAGE_PULL_SECRETS` variable is ignored.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#imagePullSecrets
     */
    readonly imagePullSecrets?: KafkaMirrorMaker2SpecTemplatePodImagePullSecrets[];
    /**
     * Configures pod-level security attributes and common container settings.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#securityContext
     */
    readonly securityContext?: KafkaMirrorMaker2SpecTemplatePodSecurityContext;
    /**
     * The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal. Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema KafkaMirrorMaker2SpecTemplatePod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * The pod's affinity rules.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#affinity
     */
    readonly affinity?: KafkaMirrorMaker2SpecTemplatePodAffinity;
    /**
     * The pod's tolerations.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#tolerations
     */
    readonly tolerations?: KafkaMirrorMaker2SpecTemplatePodTolerations[];
    /**
     * The pod's topology spread constraints.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints[];
    /**
     * The name of the priority class used to assign priority to the pods.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * The name of the scheduler used to dispatch this `Pod`. If not specified, the default scheduler will be used.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * The pod's HostAliases. HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#hostAliases
     */
    readonly hostAliases?: KafkaMirrorMaker2SpecTemplatePodHostAliases[];
    /**
     * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     *
     * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     * @schema KafkaMirrorMaker2SpecTemplatePod#dnsPolicy
     */
    readonly dnsPolicy?: KafkaMirrorMaker2SpecTemplatePodDnsPolicy;
    /**
     * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#dnsConfig
     */
    readonly dnsConfig?: KafkaMirrorMaker2SpecTemplatePodDnsConfig;
    /**
     * Indicates whether information about services should be injected into Pod's environment variables.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * Defines the total amount of pod memory allocated for the temporary `EmptyDir` volume `/tmp`. Specify the allocation in memory units, for example, `100Mi` for 100 mebibytes. Default value is `5Mi`. The `/tmp` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#tmpDirSizeLimit
     */
    readonly tmpDirSizeLimit?: string;
    /**
     * Additional volumes that can be mounted to the pod.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#volumes
     */
    readonly volumes?: KafkaMirrorMaker2SpecTemplatePodVolumes[];
    /**
     * Additional volumes that can be mounted to the pod. These volumes can use templates to mount different volumes into individual Pods.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePod#templatedVolumes
     */
    readonly templatedVolumes?: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes[];
    /**
     * Use the host user namespace. Optional. Defaults to `true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     *
     * @default true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     * @schema KafkaMirrorMaker2SpecTemplatePod#hostUsers
     */
    readonly hostUsers?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePod' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePod(obj: KafkaMirrorMaker2SpecTemplatePod | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect API `Service`.
 *
 * @schema KafkaMirrorMaker2SpecTemplateApiService
 */
export interface KafkaMirrorMaker2SpecTemplateApiService {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateApiService#metadata
     */
    readonly metadata?: KafkaMirrorMaker2SpecTemplateApiServiceMetadata;
    /**
     * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
     *
     * @schema KafkaMirrorMaker2SpecTemplateApiService#ipFamilyPolicy
     */
    readonly ipFamilyPolicy?: KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy;
    /**
     * Specifies the IP Families used by the service. Available options are `IPv4` and `IPv6`. If unspecified, Kubernetes will choose the default value based on the `ipFamilyPolicy` setting.
     *
     * @schema KafkaMirrorMaker2SpecTemplateApiService#ipFamilies
     */
    readonly ipFamilies?: KafkaMirrorMaker2SpecTemplateApiServiceIpFamilies[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateApiService' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateApiService(obj: KafkaMirrorMaker2SpecTemplateApiService | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect headless `Service`.
 *
 * @schema KafkaMirrorMaker2SpecTemplateHeadlessService
 */
export interface KafkaMirrorMaker2SpecTemplateHeadlessService {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateHeadlessService#metadata
     */
    readonly metadata?: KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata;
    /**
     * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
     *
     * @schema KafkaMirrorMaker2SpecTemplateHeadlessService#ipFamilyPolicy
     */
    readonly ipFamilyPolicy?: KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy;
    /**
     * Specifies the IP Families used by the service. Available options are `IPv4` and `IPv6`. If unspecified, Kubernetes will choose the default value based on the `ipFamilyPolicy` setting.
     *
     * @schema KafkaMirrorMaker2SpecTemplateHeadlessService#ipFamilies
     */
    readonly ipFamilies?: KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilies[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateHeadlessService' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateHeadlessService(obj: KafkaMirrorMaker2SpecTemplateHeadlessService | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect container.
 *
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainer
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainer#env
     */
    readonly env?: KafkaMirrorMaker2SpecTemplateConnectContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainer#securityContext
     */
    readonly securityContext?: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainer' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainer(obj: KafkaMirrorMaker2SpecTemplateConnectContainer | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka init container.
 *
 * @schema KafkaMirrorMaker2SpecTemplateInitContainer
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaMirrorMaker2SpecTemplateInitContainer#env
     */
    readonly env?: KafkaMirrorMaker2SpecTemplateInitContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaMirrorMaker2SpecTemplateInitContainer#securityContext
     */
    readonly securityContext?: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaMirrorMaker2SpecTemplateInitContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainer' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainer(obj: KafkaMirrorMaker2SpecTemplateInitContainer | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect `PodDisruptionBudget`.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodDisruptionBudget
 */
export interface KafkaMirrorMaker2SpecTemplatePodDisruptionBudget {
    /**
     * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodDisruptionBudget#metadata
     */
    readonly metadata?: KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata;
    /**
     * Maximum number of unavailable pods to allow automatic Pod eviction. A Pod eviction is allowed when the `maxUnavailable` number of pods or fewer are unavailable after the eviction. Setting this value to 0 prevents all voluntary evictions, so the pods must be evicted manually. Defaults to 1.
     *
     * @default 1.
     * @schema KafkaMirrorMaker2SpecTemplatePodDisruptionBudget#maxUnavailable
     */
    readonly maxUnavailable?: number;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodDisruptionBudget' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodDisruptionBudget(obj: KafkaMirrorMaker2SpecTemplatePodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect service account.
 *
 * @schema KafkaMirrorMaker2SpecTemplateServiceAccount
 */
export interface KafkaMirrorMaker2SpecTemplateServiceAccount {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateServiceAccount#metadata
     */
    readonly metadata?: KafkaMirrorMaker2SpecTemplateServiceAccountMetadata;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateServiceAccount' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateServiceAccount(obj: KafkaMirrorMaker2SpecTemplateServiceAccount | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect ClusterRoleBinding.
 *
 * @schema KafkaMirrorMaker2SpecTemplateClusterRoleBinding
 */
export interface KafkaMirrorMaker2SpecTemplateClusterRoleBinding {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateClusterRoleBinding#metadata
     */
    readonly metadata?: KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateClusterRoleBinding' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateClusterRoleBinding(obj: KafkaMirrorMaker2SpecTemplateClusterRoleBinding | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect Build `Pods`. The build pod is used only on Kubernetes.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPod
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPod {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#metadata
     */
    readonly metadata?: KafkaMirrorMaker2SpecTemplateBuildPodMetadata;
    /**
     * List of references to secrets in the same namespace to use for pulling any of the images used by this Pod. When the `STRIMZI_IMAGE_PULL_SECRETS` environment variable in Cluster Operator and the `imagePullSecrets` option are specified, only the `imagePullSecrets` variable is used and the `STRIMZI_IMAGE_PULL_SECRETS` variable is ignored.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#imagePullSecrets
     */
    readonly imagePullSecrets?: KafkaMirrorMaker2SpecTemplateBuildPodImagePullSecrets[];
    /**
     * Configures pod-level security attributes and common container settings.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#securityContext
     */
    readonly securityContext?: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext;
    /**
     * The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal. Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * The pod's affinity rules.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#affinity
     */
    readonly affinity?: KafkaMirrorMaker2SpecTemplateBuildPodAffinity;
    /**
     * The pod's tolerations.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#tolerations
     */
    readonly tolerations?: KafkaMirrorMaker2SpecTemplateBuildPodTolerations[];
    /**
     * The pod's topology spread constraints.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints[];
    /**
     * The name of the priority class used to assign priority to the pods.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * The name of the scheduler used to dispatch this `Pod`. If not specified, the default scheduler will be used.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * The pod's HostAliases. HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#hostAliases
     */
    readonly hostAliases?: KafkaMirrorMaker2SpecTemplateBuildPodHostAliases[];
    /**
     * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     *
     * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#dnsPolicy
     */
    readonly dnsPolicy?: KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy;
    /**
     * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#dnsConfig
     */
    readonly dnsConfig?: KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig;
    /**
     * Indicates whether information about services should be injected into Pod's environment variables.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * Defines the total amount of pod memory allocated for the temporary `EmptyDir` volume `/tmp`. Specify the allocation in memory units, for example, `100Mi` for 100 mebibytes. Default value is `5Mi`. The `/tmp` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#tmpDirSizeLimit
     */
    readonly tmpDirSizeLimit?: string;
    /**
     * Additional volumes that can be mounted to the pod.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#volumes
     */
    readonly volumes?: KafkaMirrorMaker2SpecTemplateBuildPodVolumes[];
    /**
     * Use the host user namespace. Optional. Defaults to `true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     *
     * @default true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     * @schema KafkaMirrorMaker2SpecTemplateBuildPod#hostUsers
     */
    readonly hostUsers?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPod' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPod(obj: KafkaMirrorMaker2SpecTemplateBuildPod | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect Build container. The build container is used only on Kubernetes.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainer
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainer#env
     */
    readonly env?: KafkaMirrorMaker2SpecTemplateBuildContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainer#securityContext
     */
    readonly securityContext?: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainer' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainer(obj: KafkaMirrorMaker2SpecTemplateBuildContainer | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect BuildConfig used to build new container images. The BuildConfig is used only on OpenShift.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildConfig
 */
export interface KafkaMirrorMaker2SpecTemplateBuildConfig {
    /**
     * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildConfig#metadata
     */
    readonly metadata?: KafkaMirrorMaker2SpecTemplateBuildConfigMetadata;
    /**
     * Container Registry Secret with the credentials for pulling the base image.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildConfig#pullSecret
     */
    readonly pullSecret?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildConfig' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildConfig(obj: KafkaMirrorMaker2SpecTemplateBuildConfig | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect Build service account.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildServiceAccount
 */
export interface KafkaMirrorMaker2SpecTemplateBuildServiceAccount {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildServiceAccount#metadata
     */
    readonly metadata?: KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildServiceAccount' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildServiceAccount(obj: KafkaMirrorMaker2SpecTemplateBuildServiceAccount | undefined): Record<string, any> | undefined;
/**
 * Template for Secret of the Kafka Connect Cluster JMX authentication.
 *
 * @schema KafkaMirrorMaker2SpecTemplateJmxSecret
 */
export interface KafkaMirrorMaker2SpecTemplateJmxSecret {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateJmxSecret#metadata
     */
    readonly metadata?: KafkaMirrorMaker2SpecTemplateJmxSecretMetadata;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateJmxSecret' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateJmxSecret(obj: KafkaMirrorMaker2SpecTemplateJmxSecret | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTargetTlsTrustedCertificates
 */
export interface KafkaMirrorMaker2SpecTargetTlsTrustedCertificates {
    /**
     * The name of the Secret containing the certificate.
     *
     * @schema KafkaMirrorMaker2SpecTargetTlsTrustedCertificates#secretName
     */
    readonly secretName: string;
    /**
     * The name of the file certificate in the secret.
     *
     * @schema KafkaMirrorMaker2SpecTargetTlsTrustedCertificates#certificate
     */
    readonly certificate?: string;
    /**
     * Pattern for the certificate files in the secret. Use the link:https://en.wikipedia.org/wiki/Glob_(programming)[_glob syntax_] for the pattern. All files in the secret that match the pattern are used.
     *
     * @schema KafkaMirrorMaker2SpecTargetTlsTrustedCertificates#pattern
     */
    readonly pattern?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTargetTlsTrustedCertificates' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTargetTlsTrustedCertificates(obj: KafkaMirrorMaker2SpecTargetTlsTrustedCertificates | undefined): Record<string, any> | undefined;
/**
 * Reference to the `Secret` which holds the certificate and private key pair.
 *
 * @schema KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey
 */
export interface KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey {
    /**
     * The name of the Secret containing the certificate.
     *
     * @schema KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey#secretName
     */
    readonly secretName: string;
    /**
     * The name of the file certificate in the Secret.
     *
     * @schema KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey#certificate
     */
    readonly certificate: string;
    /**
     * The name of the private key in the secret. The private key must be in unencrypted PKCS #8 format. For more information, see RFC 5208: https://datatracker.ietf.org/doc/html/rfc5208.
     *
     * @schema KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey#key
     */
    readonly key: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey(obj: KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey | undefined): Record<string, any> | undefined;
/**
 * Reference to the `Secret` which holds the password.
 *
 * @schema KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret
 */
export interface KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret {
    /**
     * The name of the Secret containing the password.
     *
     * @schema KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret#secretName
     */
    readonly secretName: string;
    /**
     * The name of the key in the Secret under which the password is stored.
     *
     * @schema KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret#password
     */
    readonly password: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret(obj: KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret | undefined): Record<string, any> | undefined;
/**
 * Specifies the authentication type. Supported types are `tls`, `scram-sha-256`, `scram-sha-512`, `plain`, and `custom`. `tls` uses TLS client authentication and is supported only over TLS connections. `scram-sha-256` and `scram-sha-512` use SASL SCRAM-SHA-256 and SASL SCRAM-SHA-512 authentication, respectively. `plain` uses SASL PLAIN authentication. `custom` allows you to configure a custom authentication mechanism.
 *
 * @schema KafkaMirrorMaker2SpecTargetAuthenticationType
 */
export declare enum KafkaMirrorMaker2SpecTargetAuthenticationType {
    /** tls */
    TLS = "tls",
    /** scram-sha-256 */
    SCRAM_HYPHEN_SHA_HYPHEN_256 = "scram-sha-256",
    /** scram-sha-512 */
    SCRAM_HYPHEN_SHA_HYPHEN_512 = "scram-sha-512",
    /** plain */
    PLAIN = "plain",
    /** custom */
    CUSTOM = "custom"
}
/**
 * TLS configuration for connecting MirrorMaker 2 connectors to a cluster.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSourceTls
 */
export interface KafkaMirrorMaker2SpecMirrorsSourceTls {
    /**
     * Trusted certificates for TLS connection.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceTls#trustedCertificates
     */
    readonly trustedCertificates?: KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSourceTls' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSourceTls(obj: KafkaMirrorMaker2SpecMirrorsSourceTls | undefined): Record<string, any> | undefined;
/**
 * Authentication configuration for connecting to the cluster.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthentication
 */
export interface KafkaMirrorMaker2SpecMirrorsSourceAuthentication {
    /**
     * Reference to the `Secret` which holds the certificate and private key pair.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthentication#certificateAndKey
     */
    readonly certificateAndKey?: KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey;
    /**
     * Configuration for the custom authentication mechanism. Only properties with the `sasl.` and `ssl.keystore.` prefixes are allowed. Specify other options in the regular configuration section of the custom resource.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthentication#config
     */
    readonly config?: any;
    /**
     * Reference to the `Secret` which holds the password.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthentication#passwordSecret
     */
    readonly passwordSecret?: KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret;
    /**
     * Enable or disable SASL on this authentication mechanism.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthentication#sasl
     */
    readonly sasl?: boolean;
    /**
     * Specifies the authentication type. Supported types are `tls`, `scram-sha-256`, `scram-sha-512`, `plain`, and `custom`. `tls` uses TLS client authentication and is supported only over TLS connections. `scram-sha-256` and `scram-sha-512` use SASL SCRAM-SHA-256 and SASL SCRAM-SHA-512 authentication, respectively. `plain` uses SASL PLAIN authentication. `custom` allows you to configure a custom authentication mechanism.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthentication#type
     */
    readonly type: KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType;
    /**
     * Username used for the authentication.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthentication#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSourceAuthentication' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthentication(obj: KafkaMirrorMaker2SpecMirrorsSourceAuthentication | undefined): Record<string, any> | undefined;
/**
 * The state the connector should be in. Defaults to running.
 *
 * @default running.
 * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorState
 */
export declare enum KafkaMirrorMaker2SpecMirrorsSourceConnectorState {
    /** paused */
    PAUSED = "paused",
    /** stopped */
    STOPPED = "stopped",
    /** running */
    RUNNING = "running"
}
/**
 * Automatic restart of connector and tasks configuration.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart
 */
export interface KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart {
    /**
     * Whether automatic restart for failed connectors and tasks should be enabled or disabled.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart#enabled
     */
    readonly enabled?: boolean;
    /**
     * The maximum number of connector restarts that the operator will try. If the connector remains in a failed state after reaching this limit, it must be restarted manually by the user. Defaults to an unlimited number of restarts.
     *
     * @default an unlimited number of restarts.
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart#maxRestarts
     */
    readonly maxRestarts?: number;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart(obj: KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart | undefined): Record<string, any> | undefined;
/**
 * Configuration for listing offsets.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsets
 */
export interface KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsets {
    /**
     * Reference to the ConfigMap where the list of offsets will be written to.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsets#toConfigMap
     */
    readonly toConfigMap: KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsetsToConfigMap;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsets' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsets(obj: KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsets | undefined): Record<string, any> | undefined;
/**
 * Configuration for altering offsets.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsets
 */
export interface KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsets {
    /**
     * Reference to the ConfigMap where the new offsets are stored.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsets#fromConfigMap
     */
    readonly fromConfigMap: KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsetsFromConfigMap;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsets' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsets(obj: KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsets | undefined): Record<string, any> | undefined;
/**
 * The state the connector should be in. Defaults to running.
 *
 * @default running.
 * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState
 */
export declare enum KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState {
    /** paused */
    PAUSED = "paused",
    /** stopped */
    STOPPED = "stopped",
    /** running */
    RUNNING = "running"
}
/**
 * Automatic restart of connector and tasks configuration.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart
 */
export interface KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart {
    /**
     * Whether automatic restart for failed connectors and tasks should be enabled or disabled.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart#enabled
     */
    readonly enabled?: boolean;
    /**
     * The maximum number of connector restarts that the operator will try. If the connector remains in a failed state after reaching this limit, it must be restarted manually by the user. Defaults to an unlimited number of restarts.
     *
     * @default an unlimited number of restarts.
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart#maxRestarts
     */
    readonly maxRestarts?: number;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart(obj: KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart | undefined): Record<string, any> | undefined;
/**
 * Configuration for listing offsets.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsets
 */
export interface KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsets {
    /**
     * Reference to the ConfigMap where the list of offsets will be written to.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsets#toConfigMap
     */
    readonly toConfigMap: KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsetsToConfigMap;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsets' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsets(obj: KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsets | undefined): Record<string, any> | undefined;
/**
 * Configuration for altering offsets.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsets
 */
export interface KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsets {
    /**
     * Reference to the ConfigMap where the new offsets are stored.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsets#fromConfigMap
     */
    readonly fromConfigMap: KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsetsFromConfigMap;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsets' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsets(obj: KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsets | undefined): Record<string, any> | undefined;
/**
 * Authentication type. Currently the only supported types are `password`.`password` type creates a username and protected port with no TLS.
 *
 * @schema KafkaMirrorMaker2SpecJmxOptionsAuthenticationType
 */
export declare enum KafkaMirrorMaker2SpecJmxOptionsAuthenticationType {
    /** password */
    PASSWORD = "password"
}
/**
 * Reference to the key in the ConfigMap containing the configuration.
 *
 * @schema KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef
 */
export interface KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef {
    /**
     * @schema KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef(obj: KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to the key in the ConfigMap containing the configuration.
 *
 * @schema KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef
 */
export interface KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef {
    /**
     * @schema KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef(obj: KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodSetMetadata
 */
export interface KafkaMirrorMaker2SpecTemplatePodSetMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodSetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodSetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodSetMetadata' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodSetMetadata(obj: KafkaMirrorMaker2SpecTemplatePodSetMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodMetadata
 */
export interface KafkaMirrorMaker2SpecTemplatePodMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodMetadata' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodMetadata(obj: KafkaMirrorMaker2SpecTemplatePodMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodImagePullSecrets
 */
export interface KafkaMirrorMaker2SpecTemplatePodImagePullSecrets {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodImagePullSecrets' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodImagePullSecrets(obj: KafkaMirrorMaker2SpecTemplatePodImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * Configures pod-level security attributes and common container settings.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext
 */
export interface KafkaMirrorMaker2SpecTemplatePodSecurityContext {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#sysctls
     */
    readonly sysctls?: KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContext(obj: KafkaMirrorMaker2SpecTemplatePodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod's affinity rules.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinity
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinity {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinity#podAffinity
     */
    readonly podAffinity?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinity' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinity(obj: KafkaMirrorMaker2SpecTemplatePodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodTolerations
 */
export interface KafkaMirrorMaker2SpecTemplatePodTolerations {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodTolerations' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodTolerations(obj: KafkaMirrorMaker2SpecTemplatePodTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints
 */
export interface KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints(obj: KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodHostAliases
 */
export interface KafkaMirrorMaker2SpecTemplatePodHostAliases {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodHostAliases#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodHostAliases' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodHostAliases(obj: KafkaMirrorMaker2SpecTemplatePodHostAliases | undefined): Record<string, any> | undefined;
/**
 * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 *
 * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 * @schema KafkaMirrorMaker2SpecTemplatePodDnsPolicy
 */
export declare enum KafkaMirrorMaker2SpecTemplatePodDnsPolicy {
    /** ClusterFirst */
    CLUSTER_FIRST = "ClusterFirst",
    /** ClusterFirstWithHostNet */
    CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet",
    /** Default */
    DEFAULT = "Default",
    /** None */
    NONE = "None"
}
/**
 * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodDnsConfig
 */
export interface KafkaMirrorMaker2SpecTemplatePodDnsConfig {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodDnsConfig#options
     */
    readonly options?: KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodDnsConfig' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodDnsConfig(obj: KafkaMirrorMaker2SpecTemplatePodDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodVolumes
 */
export interface KafkaMirrorMaker2SpecTemplatePodVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumes#secret
     */
    readonly secret?: KafkaMirrorMaker2SpecTemplatePodVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumes#configMap
     */
    readonly configMap?: KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap;
    /**
     * `EmptyDir` to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumes#emptyDir
     */
    readonly emptyDir?: KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim;
    /**
     * `CSIVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumes#csi
     */
    readonly csi?: KafkaMirrorMaker2SpecTemplatePodVolumesCsi;
    /**
     * `ImageVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumes#image
     */
    readonly image?: KafkaMirrorMaker2SpecTemplatePodVolumesImage;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodVolumes' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodVolumes(obj: KafkaMirrorMaker2SpecTemplatePodVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes
 */
export interface KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume. The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes#secret
     */
    readonly secret?: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume. The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes#configMap
     */
    readonly configMap?: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume. The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes(obj: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplateApiServiceMetadata
 */
export interface KafkaMirrorMaker2SpecTemplateApiServiceMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateApiServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateApiServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateApiServiceMetadata' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateApiServiceMetadata(obj: KafkaMirrorMaker2SpecTemplateApiServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
 *
 * @schema KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy
 */
export declare enum KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy {
    /** SingleStack */
    SINGLE_STACK = "SingleStack",
    /** PreferDualStack */
    PREFER_DUAL_STACK = "PreferDualStack",
    /** RequireDualStack */
    REQUIRE_DUAL_STACK = "RequireDualStack"
}
/**
 * @schema KafkaMirrorMaker2SpecTemplateApiServiceIpFamilies
 */
export declare enum KafkaMirrorMaker2SpecTemplateApiServiceIpFamilies {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata
 */
export interface KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata(obj: KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
 *
 * @schema KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy
 */
export declare enum KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy {
    /** SingleStack */
    SINGLE_STACK = "SingleStack",
    /** PreferDualStack */
    PREFER_DUAL_STACK = "PreferDualStack",
    /** RequireDualStack */
    REQUIRE_DUAL_STACK = "RequireDualStack"
}
/**
 * @schema KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilies
 */
export declare enum KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilies {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnv
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnv(obj: KafkaMirrorMaker2SpecTemplateConnectContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext(obj: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts(obj: KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnv
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnv(obj: KafkaMirrorMaker2SpecTemplateInitContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext(obj: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts(obj: KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata
 */
export interface KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata(obj: KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplateServiceAccountMetadata
 */
export interface KafkaMirrorMaker2SpecTemplateServiceAccountMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateServiceAccountMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateServiceAccountMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateServiceAccountMetadata' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateServiceAccountMetadata(obj: KafkaMirrorMaker2SpecTemplateServiceAccountMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata
 */
export interface KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata(obj: KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodMetadata
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodMetadata' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodMetadata(obj: KafkaMirrorMaker2SpecTemplateBuildPodMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodImagePullSecrets
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodImagePullSecrets {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodImagePullSecrets' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodImagePullSecrets(obj: KafkaMirrorMaker2SpecTemplateBuildPodImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * Configures pod-level security attributes and common container settings.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#sysctls
     */
    readonly sysctls?: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext(obj: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod's affinity rules.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinity
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinity {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinity#podAffinity
     */
    readonly podAffinity?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinity(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodTolerations
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodTolerations {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodTolerations' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodTolerations(obj: KafkaMirrorMaker2SpecTemplateBuildPodTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints(obj: KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodHostAliases
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodHostAliases {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodHostAliases#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodHostAliases' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodHostAliases(obj: KafkaMirrorMaker2SpecTemplateBuildPodHostAliases | undefined): Record<string, any> | undefined;
/**
 * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 *
 * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy
 */
export declare enum KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy {
    /** ClusterFirst */
    CLUSTER_FIRST = "ClusterFirst",
    /** ClusterFirstWithHostNet */
    CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet",
    /** Default */
    DEFAULT = "Default",
    /** None */
    NONE = "None"
}
/**
 * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig#options
     */
    readonly options?: KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig(obj: KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumes
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumes#secret
     */
    readonly secret?: KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumes#configMap
     */
    readonly configMap?: KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap;
    /**
     * `EmptyDir` to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumes#emptyDir
     */
    readonly emptyDir?: KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim;
    /**
     * `CSIVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumes#csi
     */
    readonly csi?: KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi;
    /**
     * `ImageVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumes#image
     */
    readonly image?: KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodVolumes' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumes(obj: KafkaMirrorMaker2SpecTemplateBuildPodVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnv
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnv(obj: KafkaMirrorMaker2SpecTemplateBuildContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext(obj: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts(obj: KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildConfigMetadata
 */
export interface KafkaMirrorMaker2SpecTemplateBuildConfigMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildConfigMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildConfigMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildConfigMetadata' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildConfigMetadata(obj: KafkaMirrorMaker2SpecTemplateBuildConfigMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata
 */
export interface KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata(obj: KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaMirrorMaker2SpecTemplateJmxSecretMetadata
 */
export interface KafkaMirrorMaker2SpecTemplateJmxSecretMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateJmxSecretMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaMirrorMaker2SpecTemplateJmxSecretMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateJmxSecretMetadata' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateJmxSecretMetadata(obj: KafkaMirrorMaker2SpecTemplateJmxSecretMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates
 */
export interface KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates {
    /**
     * The name of the Secret containing the certificate.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates#secretName
     */
    readonly secretName: string;
    /**
     * The name of the file certificate in the secret.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates#certificate
     */
    readonly certificate?: string;
    /**
     * Pattern for the certificate files in the secret. Use the link:https://en.wikipedia.org/wiki/Glob_(programming)[_glob syntax_] for the pattern. All files in the secret that match the pattern are used.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates#pattern
     */
    readonly pattern?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates(obj: KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates | undefined): Record<string, any> | undefined;
/**
 * Reference to the `Secret` which holds the certificate and private key pair.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey
 */
export interface KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey {
    /**
     * The name of the Secret containing the certificate.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey#secretName
     */
    readonly secretName: string;
    /**
     * The name of the file certificate in the Secret.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey#certificate
     */
    readonly certificate: string;
    /**
     * The name of the private key in the secret. The private key must be in unencrypted PKCS #8 format. For more information, see RFC 5208: https://datatracker.ietf.org/doc/html/rfc5208.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey#key
     */
    readonly key: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey(obj: KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey | undefined): Record<string, any> | undefined;
/**
 * Reference to the `Secret` which holds the password.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret
 */
export interface KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret {
    /**
     * The name of the Secret containing the password.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret#secretName
     */
    readonly secretName: string;
    /**
     * The name of the key in the Secret under which the password is stored.
     *
     * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret#password
     */
    readonly password: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret(obj: KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret | undefined): Record<string, any> | undefined;
/**
 * Specifies the authentication type. Supported types are `tls`, `scram-sha-256`, `scram-sha-512`, `plain`, and `custom`. `tls` uses TLS client authentication and is supported only over TLS connections. `scram-sha-256` and `scram-sha-512` use SASL SCRAM-SHA-256 and SASL SCRAM-SHA-512 authentication, respectively. `plain` uses SASL PLAIN authentication. `custom` allows you to configure a custom authentication mechanism.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType
 */
export declare enum KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType {
    /** tls */
    TLS = "tls",
    /** scram-sha-256 */
    SCRAM_HYPHEN_SHA_HYPHEN_256 = "scram-sha-256",
    /** scram-sha-512 */
    SCRAM_HYPHEN_SHA_HYPHEN_512 = "scram-sha-512",
    /** plain */
    PLAIN = "plain",
    /** custom */
    CUSTOM = "custom"
}
/**
 * Reference to the ConfigMap where the list of offsets will be written to.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsetsToConfigMap
 */
export interface KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsetsToConfigMap {
    /**
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsetsToConfigMap#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsetsToConfigMap' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsetsToConfigMap(obj: KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsetsToConfigMap | undefined): Record<string, any> | undefined;
/**
 * Reference to the ConfigMap where the new offsets are stored.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsetsFromConfigMap
 */
export interface KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsetsFromConfigMap {
    /**
     * @schema KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsetsFromConfigMap#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsetsFromConfigMap' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsetsFromConfigMap(obj: KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsetsFromConfigMap | undefined): Record<string, any> | undefined;
/**
 * Reference to the ConfigMap where the list of offsets will be written to.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsetsToConfigMap
 */
export interface KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsetsToConfigMap {
    /**
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsetsToConfigMap#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsetsToConfigMap' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsetsToConfigMap(obj: KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsetsToConfigMap | undefined): Record<string, any> | undefined;
/**
 * Reference to the ConfigMap where the new offsets are stored.
 *
 * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsetsFromConfigMap
 */
export interface KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsetsFromConfigMap {
    /**
     * @schema KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsetsFromConfigMap#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsetsFromConfigMap' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsetsFromConfigMap(obj: KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsetsFromConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile
 */
export interface KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile(obj: KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions
 */
export interface KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions(obj: KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile
 */
export interface KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile(obj: KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls
 */
export interface KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls(obj: KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions
 */
export interface KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions(obj: KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity(obj: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector
 */
export interface KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector(obj: KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions
 */
export interface KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions(obj: KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodVolumesSecret
 */
export interface KafkaMirrorMaker2SpecTemplatePodVolumesSecret {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesSecret#items
     */
    readonly items?: KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesSecret(obj: KafkaMirrorMaker2SpecTemplatePodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap
 */
export interface KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap#items
     */
    readonly items?: KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap(obj: KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `EmptyDir` to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir
 */
export interface KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir {
    /**
     * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir#medium
     */
    readonly medium?: KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDirMedium;
    /**
     * The total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir(obj: KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim
 */
export interface KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim(obj: KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * `CSIVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodVolumesCsi
 */
export interface KafkaMirrorMaker2SpecTemplatePodVolumesCsi {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesCsi#driver
     */
    readonly driver?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KafkaMirrorMaker2SpecTemplatePodVolumesCsiNodePublishSecretRef;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodVolumesCsi' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesCsi(obj: KafkaMirrorMaker2SpecTemplatePodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * `ImageVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodVolumesImage
 */
export interface KafkaMirrorMaker2SpecTemplatePodVolumesImage {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodVolumesImage' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesImage(obj: KafkaMirrorMaker2SpecTemplatePodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume. The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret
 */
export interface KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret#items
     */
    readonly items?: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret(obj: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume. The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap
 */
export interface KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap#items
     */
    readonly items?: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap(obj: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume. The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim
 */
export interface KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom(obj: KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile(obj: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities(obj: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions(obj: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile(obj: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions(obj: KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom(obj: KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile(obj: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities(obj: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions(obj: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile(obj: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions(obj: KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile(obj: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions(obj: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile(obj: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls(obj: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions(obj: KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector(obj: KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions(obj: KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret#items
     */
    readonly items?: KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret(obj: KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap#items
     */
    readonly items?: KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap(obj: KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `EmptyDir` to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir {
    /**
     * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir#medium
     */
    readonly medium?: KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDirMedium;
    /**
     * The total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir(obj: KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim(obj: KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * `CSIVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi#driver
     */
    readonly driver?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsiNodePublishSecretRef;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi(obj: KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * `ImageVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage(obj: KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom(obj: KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile(obj: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities(obj: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions(obj: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile(obj: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions(obj: KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems
 */
export interface KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems(obj: KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems
 */
export interface KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems(obj: KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
 *
 * @schema KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDirMedium
 */
export declare enum KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDirMedium {
    /** Memory */
    MEMORY = "Memory"
}
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodVolumesCsiNodePublishSecretRef
 */
export interface KafkaMirrorMaker2SpecTemplatePodVolumesCsiNodePublishSecretRef {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesCsiNodePublishSecretRef(obj: KafkaMirrorMaker2SpecTemplatePodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems
 */
export interface KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems(obj: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems
 */
export interface KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems(obj: KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef(obj: KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef(obj: KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef(obj: KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj: KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems(obj: KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems(obj: KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDirMedium
 */
export declare enum KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDirMedium {
    /** Memory */
    MEMORY = "Memory"
}
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsiNodePublishSecretRef
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsiNodePublishSecretRef {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsiNodePublishSecretRef(obj: KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef(obj: KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef(obj: KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
