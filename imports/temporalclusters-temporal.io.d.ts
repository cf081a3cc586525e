import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * TemporalCluster defines a temporal cluster deployment.
 *
 * @schema TemporalCluster
 */
export declare class TemporalCluster extends ApiObject {
    /**
     * Returns the apiVersion and kind for "TemporalCluster"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "TemporalCluster".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: TemporalClusterProps): any;
    /**
     * Defines a "TemporalCluster" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: TemporalClusterProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * TemporalCluster defines a temporal cluster deployment.
 *
 * @schema TemporalCluster
 */
export interface TemporalClusterProps {
    /**
     * @schema TemporalCluster#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Specification of the desired behavior of the Temporal cluster.
     *
     * @schema TemporalCluster#spec
     */
    readonly spec?: TemporalClusterSpec;
}
/**
 * Converts an object of type 'TemporalClusterProps' to JSON representation.
 */
export declare function toJson_TemporalClusterProps(obj: TemporalClusterProps | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of the Temporal cluster.
 *
 * @schema TemporalClusterSpec
 */
export interface TemporalClusterSpec {
    /**
     * AdminTools allows configuration of the optional admin tool pod deployed alongside the cluster.
     *
     * @schema TemporalClusterSpec#admintools
     */
    readonly admintools?: TemporalClusterSpecAdmintools;
    /**
     * Archival allows Workflow Execution Event Histories and Visibility data backups for the temporal cluster.
     *
     * @schema TemporalClusterSpec#archival
     */
    readonly archival?: TemporalClusterSpecArchival;
    /**
     * Authorization allows authorization configuration for the temporal cluster.
     *
     * @schema TemporalClusterSpec#authorization
     */
    readonly authorization?: TemporalClusterSpecAuthorization;
    /**
     * DynamicConfig allows advanced configuration for the temporal cluster.
     *
     * @schema TemporalClusterSpec#dynamicConfig
     */
    readonly dynamicConfig?: TemporalClusterSpecDynamicConfig;
    /**
     * Image defines the temporal server docker image the cluster should use for each services.
     *
     * @schema TemporalClusterSpec#image
     */
    readonly image?: string;
    /**
     * An optional list of references to secrets in the same namespace
     * to use for pulling temporal images from registries.
     *
     * @schema TemporalClusterSpec#imagePullSecrets
     */
    readonly imagePullSecrets?: TemporalClusterSpecImagePullSecrets[];
    /**
     * JobInitContainers adds a list of init containers to the setup's jobs.
     *
     * @schema TemporalClusterSpec#jobInitContainers
     */
    readonly jobInitContainers?: any[];
    /**
     * JobResources allows set resources for setup/update jobs.
     *
     * @schema TemporalClusterSpec#jobResources
     */
    readonly jobResources?: TemporalClusterSpecJobResources;
    /**
     * JobTTLSecondsAfterFinished is amount of time to keep job pods after jobs are completed.
     * Defaults to 300 seconds.
     *
     * @default 300 seconds.
     * @schema TemporalClusterSpec#jobTtlSecondsAfterFinished
     */
    readonly jobTtlSecondsAfterFinished?: number;
    /**
     * Log defines temporal cluster's logger configuration.
     *
     * @schema TemporalClusterSpec#log
     */
    readonly log?: TemporalClusterSpecLog;
    /**
     * MTLS allows configuration of the network traffic encryption for the cluster.
     *
     * @schema TemporalClusterSpec#mTLS
     */
    readonly mTls?: TemporalClusterSpecMTls;
    /**
     * Metrics allows configuration of scraping endpoints for stats. prometheus or m3.
     *
     * @schema TemporalClusterSpec#metrics
     */
    readonly metrics?: TemporalClusterSpecMetrics;
    /**
     * NumHistoryShards is the desired number of history shards.
     * This field is immutable.
     *
     * @schema TemporalClusterSpec#numHistoryShards
     */
    readonly numHistoryShards: number;
    /**
     * Persistence defines temporal persistence configuration.
     *
     * @schema TemporalClusterSpec#persistence
     */
    readonly persistence: TemporalClusterSpecPersistence;
    /**
     * Services allows customizations for each temporal services deployment.
     *
     * @schema TemporalClusterSpec#services
     */
    readonly services?: TemporalClusterSpecServices;
    /**
     * UI allows configuration of the optional temporal web ui deployed alongside the cluster.
     *
     * @schema TemporalClusterSpec#ui
     */
    readonly ui?: TemporalClusterSpecUi;
    /**
     * Version defines the temporal version the cluster to be deployed.
     * This version impacts the underlying persistence schemas versions.
     *
     * @schema TemporalClusterSpec#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpec' to JSON representation.
 */
export declare function toJson_TemporalClusterSpec(obj: TemporalClusterSpec | undefined): Record<string, any> | undefined;
/**
 * AdminTools allows configuration of the optional admin tool pod deployed alongside the cluster.
 *
 * @schema TemporalClusterSpecAdmintools
 */
export interface TemporalClusterSpecAdmintools {
    /**
     * Enabled defines if the operator should deploy the admin tools alongside the cluster.
     *
     * @schema TemporalClusterSpecAdmintools#enabled
     */
    readonly enabled?: boolean;
    /**
     * Image defines the temporal admin tools docker image the instance should run.
     *
     * @schema TemporalClusterSpecAdmintools#image
     */
    readonly image?: string;
    /**
     * Overrides adds some overrides to the resources deployed for the ui.
     *
     * @schema TemporalClusterSpecAdmintools#overrides
     */
    readonly overrides?: TemporalClusterSpecAdmintoolsOverrides;
    /**
     * Compute Resources required by the ui.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecAdmintools#resources
     */
    readonly resources?: TemporalClusterSpecAdmintoolsResources;
    /**
     * Version defines the temporal admin tools version the instance should run.
     *
     * @schema TemporalClusterSpecAdmintools#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintools' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecAdmintools(obj: TemporalClusterSpecAdmintools | undefined): Record<string, any> | undefined;
/**
 * Archival allows Workflow Execution Event Histories and Visibility data backups for the temporal cluster.
 *
 * @schema TemporalClusterSpecArchival
 */
export interface TemporalClusterSpecArchival {
    /**
     * Enabled defines if the archival is enabled for the cluster.
     *
     * @schema TemporalClusterSpecArchival#enabled
     */
    readonly enabled?: boolean;
    /**
     * History is the default config for the history archival.
     *
     * @schema TemporalClusterSpecArchival#history
     */
    readonly history?: TemporalClusterSpecArchivalHistory;
    /**
     * Provider defines the archival provider for the cluster.
     * The same provider is used for both history and visibility,
     * but some config can be changed using spec.archival.[history|visibility].config.
     *
     * @schema TemporalClusterSpecArchival#provider
     */
    readonly provider?: TemporalClusterSpecArchivalProvider;
    /**
     * Visibility is the default config for visibility archival.
     *
     * @schema TemporalClusterSpecArchival#visibility
     */
    readonly visibility?: TemporalClusterSpecArchivalVisibility;
}
/**
 * Converts an object of type 'TemporalClusterSpecArchival' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecArchival(obj: TemporalClusterSpecArchival | undefined): Record<string, any> | undefined;
/**
 * Authorization allows authorization configuration for the temporal cluster.
 *
 * @schema TemporalClusterSpecAuthorization
 */
export interface TemporalClusterSpecAuthorization {
    /**
     * Authorizer defines the authorization mechanism to be used. It can be left as an empty string to
     * use a no-operation authorizer (noopAuthorizer), or set to "default" to use the temporal's default
     * authorizer (defaultAuthorizer).
     *
     * @schema TemporalClusterSpecAuthorization#authorizer
     */
    readonly authorizer?: string;
    /**
     * ClaimMapper specifies the claim mapping mechanism used for handling JWT claims. Similar to the Authorizer,
     * it can be left as an empty string to use a no-operation claim mapper (noopClaimMapper), or set to "default"
     * to use the default JWT claim mapper (defaultJWTClaimMapper).
     *
     * @schema TemporalClusterSpecAuthorization#claimMapper
     */
    readonly claimMapper?: string;
    /**
     * JWTKeyProvider specifies the signing key provider used for validating JWT tokens.
     *
     * @schema TemporalClusterSpecAuthorization#jwtKeyProvider
     */
    readonly jwtKeyProvider?: TemporalClusterSpecAuthorizationJwtKeyProvider;
    /**
     * PermissionsClaimName is the name of the claim within the JWT token that contains the user's permissions.
     *
     * @schema TemporalClusterSpecAuthorization#permissionsClaimName
     */
    readonly permissionsClaimName?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecAuthorization' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecAuthorization(obj: TemporalClusterSpecAuthorization | undefined): Record<string, any> | undefined;
/**
 * DynamicConfig allows advanced configuration for the temporal cluster.
 *
 * @schema TemporalClusterSpecDynamicConfig
 */
export interface TemporalClusterSpecDynamicConfig {
    /**
     * PollInterval defines how often the config should be updated by checking provided values.
     * Defaults to 10s.
     *
     * @default 10s.
     * @schema TemporalClusterSpecDynamicConfig#pollInterval
     */
    readonly pollInterval?: string;
    /**
     * Values contains all dynamic config keys and their constrained values.
     *
     * @schema TemporalClusterSpecDynamicConfig#values
     */
    readonly values: {
        [key: string]: TemporalClusterSpecDynamicConfigValues[];
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecDynamicConfig' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecDynamicConfig(obj: TemporalClusterSpecDynamicConfig | undefined): Record<string, any> | undefined;
/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema TemporalClusterSpecImagePullSecrets
 */
export interface TemporalClusterSpecImagePullSecrets {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecImagePullSecrets' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecImagePullSecrets(obj: TemporalClusterSpecImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * JobResources allows set resources for setup/update jobs.
 *
 * @schema TemporalClusterSpecJobResources
 */
export interface TemporalClusterSpecJobResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema TemporalClusterSpecJobResources#claims
     */
    readonly claims?: TemporalClusterSpecJobResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecJobResources#limits
     */
    readonly limits?: {
        [key: string]: TemporalClusterSpecJobResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecJobResources#requests
     */
    readonly requests?: {
        [key: string]: TemporalClusterSpecJobResourcesRequests;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecJobResources' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecJobResources(obj: TemporalClusterSpecJobResources | undefined): Record<string, any> | undefined;
/**
 * Log defines temporal cluster's logger configuration.
 *
 * @schema TemporalClusterSpecLog
 */
export interface TemporalClusterSpecLog {
    /**
     * Development determines whether the logger is run in Development (== Test) or in
     * Production mode.  Default is Production.  Production-stage disables panics from
     * DPanic logging.
     *
     * @default Production.  Production-stage disables panics from
     * @schema TemporalClusterSpecLog#development
     */
    readonly development?: boolean;
    /**
     * Format determines the format of each log file printed to the output.
     * Use "console" if you want stack traces to appear on multiple lines.
     *
     * @schema TemporalClusterSpecLog#format
     */
    readonly format?: TemporalClusterSpecLogFormat;
    /**
     * Level is the desired log level; see colocated zap_logger.go::parseZapLevel()
     *
     * @schema TemporalClusterSpecLog#level
     */
    readonly level?: TemporalClusterSpecLogLevel;
    /**
     * OutputFile is the path to the log output file.
     *
     * @schema TemporalClusterSpecLog#outputFile
     */
    readonly outputFile?: string;
    /**
     * Stdout is true if the output needs to goto standard out; default is stderr.
     *
     * @schema TemporalClusterSpecLog#stdout
     */
    readonly stdout?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecLog' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecLog(obj: TemporalClusterSpecLog | undefined): Record<string, any> | undefined;
/**
 * MTLS allows configuration of the network traffic encryption for the cluster.
 *
 * @schema TemporalClusterSpecMTls
 */
export interface TemporalClusterSpecMTls {
    /**
     * CertificatesDuration allows configuration of maximum certificates lifetime.
     * Useless if mTLS provider is not cert-manager.
     *
     * @schema TemporalClusterSpecMTls#certificatesDuration
     */
    readonly certificatesDuration?: TemporalClusterSpecMTlsCertificatesDuration;
    /**
     * Frontend allows configuration of the frontend's public endpoint traffic encryption.
     * Useless if mTLS provider is not cert-manager.
     *
     * @schema TemporalClusterSpecMTls#frontend
     */
    readonly frontend?: TemporalClusterSpecMTlsFrontend;
    /**
     * Internode allows configuration of the internode traffic encryption.
     * Useless if mTLS provider is not cert-manager.
     *
     * @schema TemporalClusterSpecMTls#internode
     */
    readonly internode?: TemporalClusterSpecMTlsInternode;
    /**
     * PermissiveMetrics allows insecure HTTP requests to the metrics endpoint.
     * This is handy if the metrics collector does not support mTLS.
     * Useless if mTLS provider is not istio
     *
     * @schema TemporalClusterSpecMTls#permissiveMetrics
     */
    readonly permissiveMetrics?: boolean;
    /**
     * Provider defines the tool used to manage mTLS certificates.
     *
     * @schema TemporalClusterSpecMTls#provider
     */
    readonly provider?: TemporalClusterSpecMTlsProvider;
    /**
     * RefreshInterval defines interval between refreshes of certificates in the cluster components.
     * Defaults to 1 hour.
     * Useless if mTLS provider is not cert-manager.
     *
     * @default 1 hour.
     * @schema TemporalClusterSpecMTls#refreshInterval
     */
    readonly refreshInterval?: string;
    /**
     * RenewBefore is defines how long before the currently issued certificate's expiry
     * cert-manager should renew the certificate. The default is 2/3 of the
     * issued certificate's duration. Minimum accepted value is 5 minutes.
     * Useless if mTLS provider is not cert-manager.
     *
     * @schema TemporalClusterSpecMTls#renewBefore
     */
    readonly renewBefore?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecMTls' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMTls(obj: TemporalClusterSpecMTls | undefined): Record<string, any> | undefined;
/**
 * Metrics allows configuration of scraping endpoints for stats. prometheus or m3.
 *
 * @schema TemporalClusterSpecMetrics
 */
export interface TemporalClusterSpecMetrics {
    /**
     * Enabled defines if the operator should enable metrics exposition on temporal components.
     *
     * @schema TemporalClusterSpecMetrics#enabled
     */
    readonly enabled: boolean;
    /**
     * ExcludeTags is a map from tag name string to tag values string list.
     * Each value present in keys will have relevant tag value replaced with "_tag_excluded_"
     * Each value in values list will white-list tag values to be reported as usual.
     *
     * @schema TemporalClusterSpecMetrics#excludeTags
     */
    readonly excludeTags?: {
        [key: string]: string[];
    };
    /**
     * PerUnitHistogramBoundaries defines the default histogram bucket boundaries.
     * Configuration of histogram boundaries for given metric unit.
     *
     * Supported values:
     * - "dimensionless"
     * - "milliseconds"
     * - "bytes"
     *
     * @schema TemporalClusterSpecMetrics#perUnitHistogramBoundaries
     */
    readonly perUnitHistogramBoundaries?: {
        [key: string]: string[];
    };
    /**
     * Prefix sets the prefix to all outgoing metrics
     *
     * @schema TemporalClusterSpecMetrics#prefix
     */
    readonly prefix?: string;
    /**
     * Prometheus reporter configuration.
     *
     * @schema TemporalClusterSpecMetrics#prometheus
     */
    readonly prometheus?: TemporalClusterSpecMetricsPrometheus;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetrics' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetrics(obj: TemporalClusterSpecMetrics | undefined): Record<string, any> | undefined;
/**
 * Persistence defines temporal persistence configuration.
 *
 * @schema TemporalClusterSpecPersistence
 */
export interface TemporalClusterSpecPersistence {
    /**
     * AdvancedVisibilityStore holds the advanced visibility datastore specs.
     *
     * @schema TemporalClusterSpecPersistence#advancedVisibilityStore
     */
    readonly advancedVisibilityStore?: TemporalClusterSpecPersistenceAdvancedVisibilityStore;
    /**
     * DefaultStore holds the default datastore specs.
     *
     * @schema TemporalClusterSpecPersistence#defaultStore
     */
    readonly defaultStore: TemporalClusterSpecPersistenceDefaultStore;
    /**
     * SecondaryVisibilityStore holds the secondary visibility datastore specs.
     * Feature only available for clusters >= 1.21.0.
     *
     * @schema TemporalClusterSpecPersistence#secondaryVisibilityStore
     */
    readonly secondaryVisibilityStore?: TemporalClusterSpecPersistenceSecondaryVisibilityStore;
    /**
     * VisibilityStore holds the visibility datastore specs.
     *
     * @schema TemporalClusterSpecPersistence#visibilityStore
     */
    readonly visibilityStore: TemporalClusterSpecPersistenceVisibilityStore;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistence' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistence(obj: TemporalClusterSpecPersistence | undefined): Record<string, any> | undefined;
/**
 * Services allows customizations for each temporal services deployment.
 *
 * @schema TemporalClusterSpecServices
 */
export interface TemporalClusterSpecServices {
    /**
     * Frontend service custom specifications.
     *
     * @schema TemporalClusterSpecServices#frontend
     */
    readonly frontend?: TemporalClusterSpecServicesFrontend;
    /**
     * History service custom specifications.
     *
     * @schema TemporalClusterSpecServices#history
     */
    readonly history?: TemporalClusterSpecServicesHistory;
    /**
     * Internal Frontend service custom specifications.
     * Only compatible with temporal >= 1.20.0
     *
     * @schema TemporalClusterSpecServices#internalFrontend
     */
    readonly internalFrontend?: TemporalClusterSpecServicesInternalFrontend;
    /**
     * Matching service custom specifications.
     *
     * @schema TemporalClusterSpecServices#matching
     */
    readonly matching?: TemporalClusterSpecServicesMatching;
    /**
     * Overrides adds some overrides to the resources deployed for all temporal services services.
     * Those overrides can be customized per service using spec.services.<serviceName>.overrides.
     *
     * @schema TemporalClusterSpecServices#overrides
     */
    readonly overrides?: TemporalClusterSpecServicesOverrides;
    /**
     * Worker service custom specifications.
     *
     * @schema TemporalClusterSpecServices#worker
     */
    readonly worker?: TemporalClusterSpecServicesWorker;
}
/**
 * Converts an object of type 'TemporalClusterSpecServices' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServices(obj: TemporalClusterSpecServices | undefined): Record<string, any> | undefined;
/**
 * UI allows configuration of the optional temporal web ui deployed alongside the cluster.
 *
 * @schema TemporalClusterSpecUi
 */
export interface TemporalClusterSpecUi {
    /**
     * Enabled defines if the operator should deploy the web ui alongside the cluster.
     *
     * @schema TemporalClusterSpecUi#enabled
     */
    readonly enabled?: boolean;
    /**
     * Image defines the temporal ui docker image the instance should run.
     *
     * @schema TemporalClusterSpecUi#image
     */
    readonly image?: string;
    /**
     * Ingress is an optional ingress configuration for the UI.
     * If lived empty, no ingress configuration will be created and the UI will only by available trough ClusterIP service.
     *
     * @schema TemporalClusterSpecUi#ingress
     */
    readonly ingress?: TemporalClusterSpecUiIngress;
    /**
     * Overrides adds some overrides to the resources deployed for the ui.
     *
     * @schema TemporalClusterSpecUi#overrides
     */
    readonly overrides?: TemporalClusterSpecUiOverrides;
    /**
     * Number of desired replicas for the ui. Default to 1.
     *
     * @default 1.
     * @schema TemporalClusterSpecUi#replicas
     */
    readonly replicas?: number;
    /**
     * Compute Resources required by the ui.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecUi#resources
     */
    readonly resources?: TemporalClusterSpecUiResources;
    /**
     * Service is an optional service resource configuration for the UI.
     *
     * @schema TemporalClusterSpecUi#service
     */
    readonly service?: TemporalClusterSpecUiService;
    /**
     * Version defines the temporal ui version the instance should run.
     *
     * @schema TemporalClusterSpecUi#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecUi' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUi(obj: TemporalClusterSpecUi | undefined): Record<string, any> | undefined;
/**
 * Overrides adds some overrides to the resources deployed for the ui.
 *
 * @schema TemporalClusterSpecAdmintoolsOverrides
 */
export interface TemporalClusterSpecAdmintoolsOverrides {
    /**
     * Override configuration for the temporal service Deployment.
     *
     * @schema TemporalClusterSpecAdmintoolsOverrides#deployment
     */
    readonly deployment?: TemporalClusterSpecAdmintoolsOverridesDeployment;
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverrides' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecAdmintoolsOverrides(obj: TemporalClusterSpecAdmintoolsOverrides | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by the ui.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema TemporalClusterSpecAdmintoolsResources
 */
export interface TemporalClusterSpecAdmintoolsResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema TemporalClusterSpecAdmintoolsResources#claims
     */
    readonly claims?: TemporalClusterSpecAdmintoolsResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecAdmintoolsResources#limits
     */
    readonly limits?: {
        [key: string]: TemporalClusterSpecAdmintoolsResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecAdmintoolsResources#requests
     */
    readonly requests?: {
        [key: string]: TemporalClusterSpecAdmintoolsResourcesRequests;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsResources' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecAdmintoolsResources(obj: TemporalClusterSpecAdmintoolsResources | undefined): Record<string, any> | undefined;
/**
 * History is the default config for the history archival.
 *
 * @schema TemporalClusterSpecArchivalHistory
 */
export interface TemporalClusterSpecArchivalHistory {
    /**
     * EnableRead allows temporal to read from the archived Event History.
     *
     * @schema TemporalClusterSpecArchivalHistory#enableRead
     */
    readonly enableRead: boolean;
    /**
     * Enabled defines if the archival is enabled by default for all namespaces
     * or for a particular namespace (depends if it's for a TemporalCluster or a TemporalNamespace).
     *
     * @schema TemporalClusterSpecArchivalHistory#enabled
     */
    readonly enabled?: boolean;
    /**
     * Path is ...
     *
     * @schema TemporalClusterSpecArchivalHistory#path
     */
    readonly path: string;
    /**
     * Paused defines if the archival is paused.
     *
     * @schema TemporalClusterSpecArchivalHistory#paused
     */
    readonly paused: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalHistory' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecArchivalHistory(obj: TemporalClusterSpecArchivalHistory | undefined): Record<string, any> | undefined;
/**
 * Provider defines the archival provider for the cluster.
 * The same provider is used for both history and visibility,
 * but some config can be changed using spec.archival.[history|visibility].config.
 *
 * @schema TemporalClusterSpecArchivalProvider
 */
export interface TemporalClusterSpecArchivalProvider {
    /**
     * FilestoreArchiver is the file store archival provider configuration.
     *
     * @schema TemporalClusterSpecArchivalProvider#filestore
     */
    readonly filestore?: TemporalClusterSpecArchivalProviderFilestore;
    /**
     * GCSArchiver is the GCS archival provider configuration.
     *
     * @schema TemporalClusterSpecArchivalProvider#gcs
     */
    readonly gcs?: TemporalClusterSpecArchivalProviderGcs;
    /**
     * S3Archiver is the S3 archival provider configuration.
     *
     * @schema TemporalClusterSpecArchivalProvider#s3
     */
    readonly s3?: TemporalClusterSpecArchivalProviderS3;
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProvider' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecArchivalProvider(obj: TemporalClusterSpecArchivalProvider | undefined): Record<string, any> | undefined;
/**
 * Visibility is the default config for visibility archival.
 *
 * @schema TemporalClusterSpecArchivalVisibility
 */
export interface TemporalClusterSpecArchivalVisibility {
    /**
     * EnableRead allows temporal to read from the archived Event History.
     *
     * @schema TemporalClusterSpecArchivalVisibility#enableRead
     */
    readonly enableRead: boolean;
    /**
     * Enabled defines if the archival is enabled by default for all namespaces
     * or for a particular namespace (depends if it's for a TemporalCluster or a TemporalNamespace).
     *
     * @schema TemporalClusterSpecArchivalVisibility#enabled
     */
    readonly enabled?: boolean;
    /**
     * Path is ...
     *
     * @schema TemporalClusterSpecArchivalVisibility#path
     */
    readonly path: string;
    /**
     * Paused defines if the archival is paused.
     *
     * @schema TemporalClusterSpecArchivalVisibility#paused
     */
    readonly paused: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalVisibility' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecArchivalVisibility(obj: TemporalClusterSpecArchivalVisibility | undefined): Record<string, any> | undefined;
/**
 * JWTKeyProvider specifies the signing key provider used for validating JWT tokens.
 *
 * @schema TemporalClusterSpecAuthorizationJwtKeyProvider
 */
export interface TemporalClusterSpecAuthorizationJwtKeyProvider {
    /**
     * KeySourceURIs is a list of URIs where the JWT signing keys can be obtained. These URIs are used by the
     * authorization system to fetch the public keys necessary for validating JWT tokens.
     *
     * @schema TemporalClusterSpecAuthorizationJwtKeyProvider#keySourceURIs
     */
    readonly keySourceUrIs?: string[];
    /**
     * RefreshInterval defines the time interval at which temporal should refresh the JWT signing keys from
     * the specified URIs.
     *
     * @schema TemporalClusterSpecAuthorizationJwtKeyProvider#refreshInterval
     */
    readonly refreshInterval?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecAuthorizationJwtKeyProvider' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecAuthorizationJwtKeyProvider(obj: TemporalClusterSpecAuthorizationJwtKeyProvider | undefined): Record<string, any> | undefined;
/**
 * ConstrainedValue is an alias for temporal's dynamicconfig.ConstrainedValue.
 *
 * @schema TemporalClusterSpecDynamicConfigValues
 */
export interface TemporalClusterSpecDynamicConfigValues {
    /**
     * Constraints describe under what conditions a ConstrainedValue should be used.
     *
     * @schema TemporalClusterSpecDynamicConfigValues#constraints
     */
    readonly constraints?: TemporalClusterSpecDynamicConfigValuesConstraints;
    /**
     * Value is the value for the configuration key.
     * The type of the Value field depends on the key.
     * Acceptable types will be one of: int, float64, bool, string, map[string]any, time.Duration
     *
     * @schema TemporalClusterSpecDynamicConfigValues#value
     */
    readonly value: any;
}
/**
 * Converts an object of type 'TemporalClusterSpecDynamicConfigValues' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecDynamicConfigValues(obj: TemporalClusterSpecDynamicConfigValues | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TemporalClusterSpecJobResourcesClaims
 */
export interface TemporalClusterSpecJobResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema TemporalClusterSpecJobResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema TemporalClusterSpecJobResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecJobResourcesClaims' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecJobResourcesClaims(obj: TemporalClusterSpecJobResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TemporalClusterSpecJobResourcesLimits
 */
export declare class TemporalClusterSpecJobResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecJobResourcesLimits;
    static fromString(value: string): TemporalClusterSpecJobResourcesLimits;
    private constructor();
}
/**
 * @schema TemporalClusterSpecJobResourcesRequests
 */
export declare class TemporalClusterSpecJobResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecJobResourcesRequests;
    static fromString(value: string): TemporalClusterSpecJobResourcesRequests;
    private constructor();
}
/**
 * Format determines the format of each log file printed to the output.
 * Use "console" if you want stack traces to appear on multiple lines.
 *
 * @schema TemporalClusterSpecLogFormat
 */
export declare enum TemporalClusterSpecLogFormat {
    /** json */
    JSON = "json",
    /** console */
    CONSOLE = "console"
}
/**
 * Level is the desired log level; see colocated zap_logger.go::parseZapLevel()
 *
 * @schema TemporalClusterSpecLogLevel
 */
export declare enum TemporalClusterSpecLogLevel {
    /** debug */
    DEBUG = "debug",
    /** info */
    INFO = "info",
    /** warn */
    WARN = "warn",
    /** error */
    ERROR = "error",
    /** dpanic */
    DPANIC = "dpanic",
    /** panic */
    PANIC = "panic",
    /** fatal */
    FATAL = "fatal"
}
/**
 * CertificatesDuration allows configuration of maximum certificates lifetime.
 * Useless if mTLS provider is not cert-manager.
 *
 * @schema TemporalClusterSpecMTlsCertificatesDuration
 */
export interface TemporalClusterSpecMTlsCertificatesDuration {
    /**
     * ClientCertificates is the 'duration' (i.e. lifetime) of the client certificates.
     * It defaults to 1 year.
     *
     * @schema TemporalClusterSpecMTlsCertificatesDuration#clientCertificates
     */
    readonly clientCertificates?: string;
    /**
     * FrontendCertificate is the 'duration' (i.e. lifetime) of the frontend certificate.
     * It defaults to 1 year.
     *
     * @schema TemporalClusterSpecMTlsCertificatesDuration#frontendCertificate
     */
    readonly frontendCertificate?: string;
    /**
     * IntermediateCACertificates is the 'duration' (i.e. lifetime) of the intermediate CAs Certificates.
     * It defaults to 5 years.
     *
     * @schema TemporalClusterSpecMTlsCertificatesDuration#intermediateCAsCertificates
     */
    readonly intermediateCAsCertificates?: string;
    /**
     * InternodeCertificate is the 'duration' (i.e. lifetime) of the internode certificate.
     * It defaults to 1 year.
     *
     * @schema TemporalClusterSpecMTlsCertificatesDuration#internodeCertificate
     */
    readonly internodeCertificate?: string;
    /**
     * RootCACertificate is the 'duration' (i.e. lifetime) of the Root CA Certificate.
     * It defaults to 10 years.
     *
     * @schema TemporalClusterSpecMTlsCertificatesDuration#rootCACertificate
     */
    readonly rootCaCertificate?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecMTlsCertificatesDuration' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMTlsCertificatesDuration(obj: TemporalClusterSpecMTlsCertificatesDuration | undefined): Record<string, any> | undefined;
/**
 * Frontend allows configuration of the frontend's public endpoint traffic encryption.
 * Useless if mTLS provider is not cert-manager.
 *
 * @schema TemporalClusterSpecMTlsFrontend
 */
export interface TemporalClusterSpecMTlsFrontend {
    /**
     * Enabled defines if the operator should enable mTLS for cluster's public endpoints.
     *
     * @schema TemporalClusterSpecMTlsFrontend#enabled
     */
    readonly enabled?: boolean;
    /**
     * ExtraDNSNames is a list of additional DNS names associated with the TemporalCluster.
     * These DNS names can be used for accessing the TemporalCluster from external services.
     * The DNS names specified here will be added to the TLS certificate for secure communication.
     *
     * @schema TemporalClusterSpecMTlsFrontend#extraDnsNames
     */
    readonly extraDnsNames?: string[];
}
/**
 * Converts an object of type 'TemporalClusterSpecMTlsFrontend' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMTlsFrontend(obj: TemporalClusterSpecMTlsFrontend | undefined): Record<string, any> | undefined;
/**
 * Internode allows configuration of the internode traffic encryption.
 * Useless if mTLS provider is not cert-manager.
 *
 * @schema TemporalClusterSpecMTlsInternode
 */
export interface TemporalClusterSpecMTlsInternode {
    /**
     * Enabled defines if the operator should enable mTLS for network between cluster nodes.
     *
     * @schema TemporalClusterSpecMTlsInternode#enabled
     */
    readonly enabled?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMTlsInternode' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMTlsInternode(obj: TemporalClusterSpecMTlsInternode | undefined): Record<string, any> | undefined;
/**
 * Provider defines the tool used to manage mTLS certificates.
 *
 * @schema TemporalClusterSpecMTlsProvider
 */
export declare enum TemporalClusterSpecMTlsProvider {
    /** cert-manager */
    CERT_HYPHEN_MANAGER = "cert-manager",
    /** linkerd */
    LINKERD = "linkerd",
    /** istio */
    ISTIO = "istio"
}
/**
 * Prometheus reporter configuration.
 *
 * @schema TemporalClusterSpecMetricsPrometheus
 */
export interface TemporalClusterSpecMetricsPrometheus {
    /**
     * Deprecated. Address for prometheus to serve metrics from.
     *
     * @schema TemporalClusterSpecMetricsPrometheus#listenAddress
     */
    readonly listenAddress?: string;
    /**
     * ListenPort for prometheus to serve metrics from.
     *
     * @schema TemporalClusterSpecMetricsPrometheus#listenPort
     */
    readonly listenPort?: number;
    /**
     * ScrapeConfig is the prometheus scrape configuration.
     *
     * @schema TemporalClusterSpecMetricsPrometheus#scrapeConfig
     */
    readonly scrapeConfig?: TemporalClusterSpecMetricsPrometheusScrapeConfig;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheus' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheus(obj: TemporalClusterSpecMetricsPrometheus | undefined): Record<string, any> | undefined;
/**
 * AdvancedVisibilityStore holds the advanced visibility datastore specs.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStore
 */
export interface TemporalClusterSpecPersistenceAdvancedVisibilityStore {
    /**
     * Cassandra holds all connection parameters for Cassandra datastore.
     * Note that cassandra is now deprecated for visibility store.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStore#cassandra
     */
    readonly cassandra?: TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra;
    /**
     * Elasticsearch holds all connection parameters for Elasticsearch datastores.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStore#elasticsearch
     */
    readonly elasticsearch?: TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch;
    /**
     * Name is the name of the datastore.
     * It should be unique and will be referenced within the persistence spec.
     * Defaults to "default" for default sore, "visibility" for visibility store,
     * "secondaryVisibility" for secondary visibility store and
     * "advancedVisibility" for advanced visibility store.
     *
     * @default default" for default sore, "visibility" for visibility store,
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStore#name
     */
    readonly name?: string;
    /**
     * PasswordSecret is the reference to the secret holding the password.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStore#passwordSecretRef
     */
    readonly passwordSecretRef?: TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef;
    /**
     * SkipCreate instructs the operator to skip creating the database for SQL datastores or to skip creating keyspace for Cassandra. Use this option if your database or keyspace has already been provisioned by an administrator.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStore#skipCreate
     */
    readonly skipCreate?: boolean;
    /**
     * SQL holds all connection parameters for SQL datastores.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStore#sql
     */
    readonly sql?: TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql;
    /**
     * TLS is an optional option to connect to the datastore using TLS.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStore#tls
     */
    readonly tls?: TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStore' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStore(obj: TemporalClusterSpecPersistenceAdvancedVisibilityStore | undefined): Record<string, any> | undefined;
/**
 * DefaultStore holds the default datastore specs.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStore
 */
export interface TemporalClusterSpecPersistenceDefaultStore {
    /**
     * Cassandra holds all connection parameters for Cassandra datastore.
     * Note that cassandra is now deprecated for visibility store.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStore#cassandra
     */
    readonly cassandra?: TemporalClusterSpecPersistenceDefaultStoreCassandra;
    /**
     * Elasticsearch holds all connection parameters for Elasticsearch datastores.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStore#elasticsearch
     */
    readonly elasticsearch?: TemporalClusterSpecPersistenceDefaultStoreElasticsearch;
    /**
     * Name is the name of the datastore.
     * It should be unique and will be referenced within the persistence spec.
     * Defaults to "default" for default sore, "visibility" for visibility store,
     * "secondaryVisibility" for secondary visibility store and
     * "advancedVisibility" for advanced visibility store.
     *
     * @default default" for default sore, "visibility" for visibility store,
     * @schema TemporalClusterSpecPersistenceDefaultStore#name
     */
    readonly name?: string;
    /**
     * PasswordSecret is the reference to the secret holding the password.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStore#passwordSecretRef
     */
    readonly passwordSecretRef?: TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef;
    /**
     * SkipCreate instructs the operator to skip creating the database for SQL datastores or to skip creating keyspace for Cassandra. Use this option if your database or keyspace has already been provisioned by an administrator.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStore#skipCreate
     */
    readonly skipCreate?: boolean;
    /**
     * SQL holds all connection parameters for SQL datastores.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStore#sql
     */
    readonly sql?: TemporalClusterSpecPersistenceDefaultStoreSql;
    /**
     * TLS is an optional option to connect to the datastore using TLS.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStore#tls
     */
    readonly tls?: TemporalClusterSpecPersistenceDefaultStoreTls;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStore' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceDefaultStore(obj: TemporalClusterSpecPersistenceDefaultStore | undefined): Record<string, any> | undefined;
/**
 * SecondaryVisibilityStore holds the secondary visibility datastore specs.
 * Feature only available for clusters >= 1.21.0.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStore
 */
export interface TemporalClusterSpecPersistenceSecondaryVisibilityStore {
    /**
     * Cassandra holds all connection parameters for Cassandra datastore.
     * Note that cassandra is now deprecated for visibility store.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStore#cassandra
     */
    readonly cassandra?: TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra;
    /**
     * Elasticsearch holds all connection parameters for Elasticsearch datastores.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStore#elasticsearch
     */
    readonly elasticsearch?: TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch;
    /**
     * Name is the name of the datastore.
     * It should be unique and will be referenced within the persistence spec.
     * Defaults to "default" for default sore, "visibility" for visibility store,
     * "secondaryVisibility" for secondary visibility store and
     * "advancedVisibility" for advanced visibility store.
     *
     * @default default" for default sore, "visibility" for visibility store,
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStore#name
     */
    readonly name?: string;
    /**
     * PasswordSecret is the reference to the secret holding the password.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStore#passwordSecretRef
     */
    readonly passwordSecretRef?: TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef;
    /**
     * SkipCreate instructs the operator to skip creating the database for SQL datastores or to skip creating keyspace for Cassandra. Use this option if your database or keyspace has already been provisioned by an administrator.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStore#skipCreate
     */
    readonly skipCreate?: boolean;
    /**
     * SQL holds all connection parameters for SQL datastores.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStore#sql
     */
    readonly sql?: TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql;
    /**
     * TLS is an optional option to connect to the datastore using TLS.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStore#tls
     */
    readonly tls?: TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStore' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStore(obj: TemporalClusterSpecPersistenceSecondaryVisibilityStore | undefined): Record<string, any> | undefined;
/**
 * VisibilityStore holds the visibility datastore specs.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStore
 */
export interface TemporalClusterSpecPersistenceVisibilityStore {
    /**
     * Cassandra holds all connection parameters for Cassandra datastore.
     * Note that cassandra is now deprecated for visibility store.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStore#cassandra
     */
    readonly cassandra?: TemporalClusterSpecPersistenceVisibilityStoreCassandra;
    /**
     * Elasticsearch holds all connection parameters for Elasticsearch datastores.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStore#elasticsearch
     */
    readonly elasticsearch?: TemporalClusterSpecPersistenceVisibilityStoreElasticsearch;
    /**
     * Name is the name of the datastore.
     * It should be unique and will be referenced within the persistence spec.
     * Defaults to "default" for default sore, "visibility" for visibility store,
     * "secondaryVisibility" for secondary visibility store and
     * "advancedVisibility" for advanced visibility store.
     *
     * @default default" for default sore, "visibility" for visibility store,
     * @schema TemporalClusterSpecPersistenceVisibilityStore#name
     */
    readonly name?: string;
    /**
     * PasswordSecret is the reference to the secret holding the password.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStore#passwordSecretRef
     */
    readonly passwordSecretRef?: TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef;
    /**
     * SkipCreate instructs the operator to skip creating the database for SQL datastores or to skip creating keyspace for Cassandra. Use this option if your database or keyspace has already been provisioned by an administrator.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStore#skipCreate
     */
    readonly skipCreate?: boolean;
    /**
     * SQL holds all connection parameters for SQL datastores.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStore#sql
     */
    readonly sql?: TemporalClusterSpecPersistenceVisibilityStoreSql;
    /**
     * TLS is an optional option to connect to the datastore using TLS.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStore#tls
     */
    readonly tls?: TemporalClusterSpecPersistenceVisibilityStoreTls;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStore' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceVisibilityStore(obj: TemporalClusterSpecPersistenceVisibilityStore | undefined): Record<string, any> | undefined;
/**
 * Frontend service custom specifications.
 *
 * @schema TemporalClusterSpecServicesFrontend
 */
export interface TemporalClusterSpecServicesFrontend {
    /**
     * HTTPPort defines a custom http port for the service.
     * Default values are:
     * 7243 for Frontend service
     *
     * @schema TemporalClusterSpecServicesFrontend#httpPort
     */
    readonly httpPort?: number;
    /**
     * InitContainers adds a list of init containers to the service's deployment.
     *
     * @schema TemporalClusterSpecServicesFrontend#initContainers
     */
    readonly initContainers?: any[];
    /**
     * MembershipPort defines a custom membership port for the service.
     * Default values are:
     * 6933 for Frontend service
     * 6934 for History service
     * 6935 for Matching service
     * 6939 for Worker service
     *
     * @schema TemporalClusterSpecServicesFrontend#membershipPort
     */
    readonly membershipPort?: number;
    /**
     * Overrides adds some overrides to the resources deployed for the service.
     * Those overrides takes precedence over spec.services.overrides.
     *
     * @schema TemporalClusterSpecServicesFrontend#overrides
     */
    readonly overrides?: TemporalClusterSpecServicesFrontendOverrides;
    /**
     * Port defines a custom gRPC port for the service.
     * Default values are:
     * 7233 for Frontend service
     * 7234 for History service
     * 7235 for Matching service
     * 7239 for Worker service
     *
     * @schema TemporalClusterSpecServicesFrontend#port
     */
    readonly port?: number;
    /**
     * Number of desired replicas for the service. Default to 1.
     *
     * @default 1.
     * @schema TemporalClusterSpecServicesFrontend#replicas
     */
    readonly replicas?: number;
    /**
     * Compute Resources required by this service.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesFrontend#resources
     */
    readonly resources?: TemporalClusterSpecServicesFrontendResources;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontend' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesFrontend(obj: TemporalClusterSpecServicesFrontend | undefined): Record<string, any> | undefined;
/**
 * History service custom specifications.
 *
 * @schema TemporalClusterSpecServicesHistory
 */
export interface TemporalClusterSpecServicesHistory {
    /**
     * HTTPPort defines a custom http port for the service.
     * Default values are:
     * 7243 for Frontend service
     *
     * @schema TemporalClusterSpecServicesHistory#httpPort
     */
    readonly httpPort?: number;
    /**
     * InitContainers adds a list of init containers to the service's deployment.
     *
     * @schema TemporalClusterSpecServicesHistory#initContainers
     */
    readonly initContainers?: any[];
    /**
     * MembershipPort defines a custom membership port for the service.
     * Default values are:
     * 6933 for Frontend service
     * 6934 for History service
     * 6935 for Matching service
     * 6939 for Worker service
     *
     * @schema TemporalClusterSpecServicesHistory#membershipPort
     */
    readonly membershipPort?: number;
    /**
     * Overrides adds some overrides to the resources deployed for the service.
     * Those overrides takes precedence over spec.services.overrides.
     *
     * @schema TemporalClusterSpecServicesHistory#overrides
     */
    readonly overrides?: TemporalClusterSpecServicesHistoryOverrides;
    /**
     * Port defines a custom gRPC port for the service.
     * Default values are:
     * 7233 for Frontend service
     * 7234 for History service
     * 7235 for Matching service
     * 7239 for Worker service
     *
     * @schema TemporalClusterSpecServicesHistory#port
     */
    readonly port?: number;
    /**
     * Number of desired replicas for the service. Default to 1.
     *
     * @default 1.
     * @schema TemporalClusterSpecServicesHistory#replicas
     */
    readonly replicas?: number;
    /**
     * Compute Resources required by this service.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesHistory#resources
     */
    readonly resources?: TemporalClusterSpecServicesHistoryResources;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistory' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesHistory(obj: TemporalClusterSpecServicesHistory | undefined): Record<string, any> | undefined;
/**
 * Internal Frontend service custom specifications.
 * Only compatible with temporal >= 1.20.0
 *
 * @schema TemporalClusterSpecServicesInternalFrontend
 */
export interface TemporalClusterSpecServicesInternalFrontend {
    /**
     * Enabled defines if we want to spawn the internal frontend service.
     *
     * @schema TemporalClusterSpecServicesInternalFrontend#enabled
     */
    readonly enabled?: boolean;
    /**
     * HTTPPort defines a custom http port for the service.
     * Default values are:
     * 7243 for Frontend service
     *
     * @schema TemporalClusterSpecServicesInternalFrontend#httpPort
     */
    readonly httpPort?: number;
    /**
     * InitContainers adds a list of init containers to the service's deployment.
     *
     * @schema TemporalClusterSpecServicesInternalFrontend#initContainers
     */
    readonly initContainers?: any[];
    /**
     * MembershipPort defines a custom membership port for the service.
     * Default values are:
     * 6933 for Frontend service
     * 6934 for History service
     * 6935 for Matching service
     * 6939 for Worker service
     *
     * @schema TemporalClusterSpecServicesInternalFrontend#membershipPort
     */
    readonly membershipPort?: number;
    /**
     * Overrides adds some overrides to the resources deployed for the service.
     * Those overrides takes precedence over spec.services.overrides.
     *
     * @schema TemporalClusterSpecServicesInternalFrontend#overrides
     */
    readonly overrides?: TemporalClusterSpecServicesInternalFrontendOverrides;
    /**
     * Port defines a custom gRPC port for the service.
     * Default values are:
     * 7233 for Frontend service
     * 7234 for History service
     * 7235 for Matching service
     * 7239 for Worker service
     *
     * @schema TemporalClusterSpecServicesInternalFrontend#port
     */
    readonly port?: number;
    /**
     * Number of desired replicas for the service. Default to 1.
     *
     * @default 1.
     * @schema TemporalClusterSpecServicesInternalFrontend#replicas
     */
    readonly replicas?: number;
    /**
     * Compute Resources required by this service.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesInternalFrontend#resources
     */
    readonly resources?: TemporalClusterSpecServicesInternalFrontendResources;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontend' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesInternalFrontend(obj: TemporalClusterSpecServicesInternalFrontend | undefined): Record<string, any> | undefined;
/**
 * Matching service custom specifications.
 *
 * @schema TemporalClusterSpecServicesMatching
 */
export interface TemporalClusterSpecServicesMatching {
    /**
     * HTTPPort defines a custom http port for the service.
     * Default values are:
     * 7243 for Frontend service
     *
     * @schema TemporalClusterSpecServicesMatching#httpPort
     */
    readonly httpPort?: number;
    /**
     * InitContainers adds a list of init containers to the service's deployment.
     *
     * @schema TemporalClusterSpecServicesMatching#initContainers
     */
    readonly initContainers?: any[];
    /**
     * MembershipPort defines a custom membership port for the service.
     * Default values are:
     * 6933 for Frontend service
     * 6934 for History service
     * 6935 for Matching service
     * 6939 for Worker service
     *
     * @schema TemporalClusterSpecServicesMatching#membershipPort
     */
    readonly membershipPort?: number;
    /**
     * Overrides adds some overrides to the resources deployed for the service.
     * Those overrides takes precedence over spec.services.overrides.
     *
     * @schema TemporalClusterSpecServicesMatching#overrides
     */
    readonly overrides?: TemporalClusterSpecServicesMatchingOverrides;
    /**
     * Port defines a custom gRPC port for the service.
     * Default values are:
     * 7233 for Frontend service
     * 7234 for History service
     * 7235 for Matching service
     * 7239 for Worker service
     *
     * @schema TemporalClusterSpecServicesMatching#port
     */
    readonly port?: number;
    /**
     * Number of desired replicas for the service. Default to 1.
     *
     * @default 1.
     * @schema TemporalClusterSpecServicesMatching#replicas
     */
    readonly replicas?: number;
    /**
     * Compute Resources required by this service.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesMatching#resources
     */
    readonly resources?: TemporalClusterSpecServicesMatchingResources;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatching' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesMatching(obj: TemporalClusterSpecServicesMatching | undefined): Record<string, any> | undefined;
/**
 * Overrides adds some overrides to the resources deployed for all temporal services services.
 * Those overrides can be customized per service using spec.services.<serviceName>.overrides.
 *
 * @schema TemporalClusterSpecServicesOverrides
 */
export interface TemporalClusterSpecServicesOverrides {
    /**
     * Override configuration for the temporal service Deployment.
     *
     * @schema TemporalClusterSpecServicesOverrides#deployment
     */
    readonly deployment?: TemporalClusterSpecServicesOverridesDeployment;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverrides' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesOverrides(obj: TemporalClusterSpecServicesOverrides | undefined): Record<string, any> | undefined;
/**
 * Worker service custom specifications.
 *
 * @schema TemporalClusterSpecServicesWorker
 */
export interface TemporalClusterSpecServicesWorker {
    /**
     * HTTPPort defines a custom http port for the service.
     * Default values are:
     * 7243 for Frontend service
     *
     * @schema TemporalClusterSpecServicesWorker#httpPort
     */
    readonly httpPort?: number;
    /**
     * InitContainers adds a list of init containers to the service's deployment.
     *
     * @schema TemporalClusterSpecServicesWorker#initContainers
     */
    readonly initContainers?: any[];
    /**
     * MembershipPort defines a custom membership port for the service.
     * Default values are:
     * 6933 for Frontend service
     * 6934 for History service
     * 6935 for Matching service
     * 6939 for Worker service
     *
     * @schema TemporalClusterSpecServicesWorker#membershipPort
     */
    readonly membershipPort?: number;
    /**
     * Overrides adds some overrides to the resources deployed for the service.
     * Those overrides takes precedence over spec.services.overrides.
     *
     * @schema TemporalClusterSpecServicesWorker#overrides
     */
    readonly overrides?: TemporalClusterSpecServicesWorkerOverrides;
    /**
     * Port defines a custom gRPC port for the service.
     * Default values are:
     * 7233 for Frontend service
     * 7234 for History service
     * 7235 for Matching service
     * 7239 for Worker service
     *
     * @schema TemporalClusterSpecServicesWorker#port
     */
    readonly port?: number;
    /**
     * Number of desired replicas for the service. Default to 1.
     *
     * @default 1.
     * @schema TemporalClusterSpecServicesWorker#replicas
     */
    readonly replicas?: number;
    /**
     * Compute Resources required by this service.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesWorker#resources
     */
    readonly resources?: TemporalClusterSpecServicesWorkerResources;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorker' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesWorker(obj: TemporalClusterSpecServicesWorker | undefined): Record<string, any> | undefined;
/**
 * Ingress is an optional ingress configuration for the UI.
 * If lived empty, no ingress configuration will be created and the UI will only by available trough ClusterIP service.
 *
 * @schema TemporalClusterSpecUiIngress
 */
export interface TemporalClusterSpecUiIngress {
    /**
     * Annotations allows custom annotations on the ingress resource.
     *
     * @schema TemporalClusterSpecUiIngress#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Host is the list of host the ingress should use.
     *
     * @schema TemporalClusterSpecUiIngress#hosts
     */
    readonly hosts: string[];
    /**
     * IngressClassName is the name of the IngressClass the deployed ingress resource should use.
     *
     * @schema TemporalClusterSpecUiIngress#ingressClassName
     */
    readonly ingressClassName?: string;
    /**
     * TLS configuration.
     *
     * @schema TemporalClusterSpecUiIngress#tls
     */
    readonly tls?: TemporalClusterSpecUiIngressTls[];
}
/**
 * Converts an object of type 'TemporalClusterSpecUiIngress' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUiIngress(obj: TemporalClusterSpecUiIngress | undefined): Record<string, any> | undefined;
/**
 * Overrides adds some overrides to the resources deployed for the ui.
 *
 * @schema TemporalClusterSpecUiOverrides
 */
export interface TemporalClusterSpecUiOverrides {
    /**
     * Override configuration for the temporal service Deployment.
     *
     * @schema TemporalClusterSpecUiOverrides#deployment
     */
    readonly deployment?: TemporalClusterSpecUiOverridesDeployment;
}
/**
 * Converts an object of type 'TemporalClusterSpecUiOverrides' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUiOverrides(obj: TemporalClusterSpecUiOverrides | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by the ui.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema TemporalClusterSpecUiResources
 */
export interface TemporalClusterSpecUiResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema TemporalClusterSpecUiResources#claims
     */
    readonly claims?: TemporalClusterSpecUiResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecUiResources#limits
     */
    readonly limits?: {
        [key: string]: TemporalClusterSpecUiResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecUiResources#requests
     */
    readonly requests?: {
        [key: string]: TemporalClusterSpecUiResourcesRequests;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecUiResources' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUiResources(obj: TemporalClusterSpecUiResources | undefined): Record<string, any> | undefined;
/**
 * Service is an optional service resource configuration for the UI.
 *
 * @schema TemporalClusterSpecUiService
 */
export interface TemporalClusterSpecUiService {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecUiService#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecUiService#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecUiService' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUiService(obj: TemporalClusterSpecUiService | undefined): Record<string, any> | undefined;
/**
 * Override configuration for the temporal service Deployment.
 *
 * @schema TemporalClusterSpecAdmintoolsOverridesDeployment
 */
export interface TemporalClusterSpecAdmintoolsOverridesDeployment {
    /**
     * @schema TemporalClusterSpecAdmintoolsOverridesDeployment#jsonPatch
     */
    readonly jsonPatch?: any;
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecAdmintoolsOverridesDeployment#metadata
     */
    readonly metadata?: TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata;
    /**
     * Specification of the desired behavior of the Deployment.
     *
     * @schema TemporalClusterSpecAdmintoolsOverridesDeployment#spec
     */
    readonly spec?: TemporalClusterSpecAdmintoolsOverridesDeploymentSpec;
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverridesDeployment' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecAdmintoolsOverridesDeployment(obj: TemporalClusterSpecAdmintoolsOverridesDeployment | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TemporalClusterSpecAdmintoolsResourcesClaims
 */
export interface TemporalClusterSpecAdmintoolsResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema TemporalClusterSpecAdmintoolsResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema TemporalClusterSpecAdmintoolsResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsResourcesClaims' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecAdmintoolsResourcesClaims(obj: TemporalClusterSpecAdmintoolsResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TemporalClusterSpecAdmintoolsResourcesLimits
 */
export declare class TemporalClusterSpecAdmintoolsResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecAdmintoolsResourcesLimits;
    static fromString(value: string): TemporalClusterSpecAdmintoolsResourcesLimits;
    private constructor();
}
/**
 * @schema TemporalClusterSpecAdmintoolsResourcesRequests
 */
export declare class TemporalClusterSpecAdmintoolsResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecAdmintoolsResourcesRequests;
    static fromString(value: string): TemporalClusterSpecAdmintoolsResourcesRequests;
    private constructor();
}
/**
 * FilestoreArchiver is the file store archival provider configuration.
 *
 * @schema TemporalClusterSpecArchivalProviderFilestore
 */
export interface TemporalClusterSpecArchivalProviderFilestore {
    /**
     * DirPermissions sets the directory permissions of the archive directory.
     * It's recommend to leave it empty and use the default value of "0766" to avoid read/write issues.
     *
     * @schema TemporalClusterSpecArchivalProviderFilestore#dirPermissions
     */
    readonly dirPermissions: string;
    /**
     * FilePermissions sets the file permissions of the archived files.
     * It's recommend to leave it empty and use the default value of "0666" to avoid read/write issues.
     *
     * @schema TemporalClusterSpecArchivalProviderFilestore#filePermissions
     */
    readonly filePermissions: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderFilestore' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecArchivalProviderFilestore(obj: TemporalClusterSpecArchivalProviderFilestore | undefined): Record<string, any> | undefined;
/**
 * GCSArchiver is the GCS archival provider configuration.
 *
 * @schema TemporalClusterSpecArchivalProviderGcs
 */
export interface TemporalClusterSpecArchivalProviderGcs {
    /**
     * SecretAccessKeyRef is the secret key selector containing Google Cloud Storage credentials file.
     *
     * @schema TemporalClusterSpecArchivalProviderGcs#credentialsRef
     */
    readonly credentialsRef: TemporalClusterSpecArchivalProviderGcsCredentialsRef;
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderGcs' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecArchivalProviderGcs(obj: TemporalClusterSpecArchivalProviderGcs | undefined): Record<string, any> | undefined;
/**
 * S3Archiver is the S3 archival provider configuration.
 *
 * @schema TemporalClusterSpecArchivalProviderS3
 */
export interface TemporalClusterSpecArchivalProviderS3 {
    /**
     * Use credentials if you want to use aws credentials from secret.
     *
     * @schema TemporalClusterSpecArchivalProviderS3#credentials
     */
    readonly credentials?: TemporalClusterSpecArchivalProviderS3Credentials;
    /**
     * Use Endpoint if you want to use s3-compatible object storage.
     *
     * @schema TemporalClusterSpecArchivalProviderS3#endpoint
     */
    readonly endpoint?: string;
    /**
     * Region is the aws s3 region.
     *
     * @schema TemporalClusterSpecArchivalProviderS3#region
     */
    readonly region: string;
    /**
     * Use RoleName if you want the temporal service account
     * to assume an AWS Identity and Access Management (IAM) role.
     *
     * @schema TemporalClusterSpecArchivalProviderS3#roleName
     */
    readonly roleName?: string;
    /**
     * Use s3ForcePathStyle if you want to use s3 path style.
     *
     * @schema TemporalClusterSpecArchivalProviderS3#s3ForcePathStyle
     */
    readonly s3ForcePathStyle?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderS3' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecArchivalProviderS3(obj: TemporalClusterSpecArchivalProviderS3 | undefined): Record<string, any> | undefined;
/**
 * Constraints describe under what conditions a ConstrainedValue should be used.
 *
 * @schema TemporalClusterSpecDynamicConfigValuesConstraints
 */
export interface TemporalClusterSpecDynamicConfigValuesConstraints {
    /**
     * @schema TemporalClusterSpecDynamicConfigValuesConstraints#namespace
     */
    readonly namespace?: string;
    /**
     * @schema TemporalClusterSpecDynamicConfigValuesConstraints#namespaceId
     */
    readonly namespaceId?: string;
    /**
     * @schema TemporalClusterSpecDynamicConfigValuesConstraints#shardId
     */
    readonly shardId?: number;
    /**
     * @schema TemporalClusterSpecDynamicConfigValuesConstraints#taskQueueName
     */
    readonly taskQueueName?: string;
    /**
     * @schema TemporalClusterSpecDynamicConfigValuesConstraints#taskQueueType
     */
    readonly taskQueueType?: string;
    /**
     * @schema TemporalClusterSpecDynamicConfigValuesConstraints#taskType
     */
    readonly taskType?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecDynamicConfigValuesConstraints' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecDynamicConfigValuesConstraints(obj: TemporalClusterSpecDynamicConfigValuesConstraints | undefined): Record<string, any> | undefined;
/**
 * ScrapeConfig is the prometheus scrape configuration.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfig
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfig {
    /**
     * Annotations defines if the operator should add prometheus scrape annotations to the services pods.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfig#annotations
     */
    readonly annotations?: boolean;
    /**
     * PrometheusScrapeConfigServiceMonitor is the configuration for prometheus operator ServiceMonitor.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfig#serviceMonitor
     */
    readonly serviceMonitor?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfig' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfig(obj: TemporalClusterSpecMetricsPrometheusScrapeConfig | undefined): Record<string, any> | undefined;
/**
 * Cassandra holds all connection parameters for Cassandra datastore.
 * Note that cassandra is now deprecated for visibility store.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra
 */
export interface TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra {
    /**
     * ConnectTimeout is a timeout for initial dial to cassandra server.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra#connectTimeout
     */
    readonly connectTimeout?: string;
    /**
     * Consistency configuration.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra#consistency
     */
    readonly consistency?: TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency;
    /**
     * Datacenter is the data center filter arg for cassandra.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra#datacenter
     */
    readonly datacenter?: string;
    /**
     * DisableInitialHostLookup instructs the gocql client to connect only using the supplied hosts.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra#disableInitialHostLookup
     */
    readonly disableInitialHostLookup?: boolean;
    /**
     * Hosts is a list of cassandra endpoints.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra#hosts
     */
    readonly hosts: string[];
    /**
     * Keyspace is the cassandra keyspace.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra#keyspace
     */
    readonly keyspace: string;
    /**
     * MaxConns is the max number of connections to this datastore for a single keyspace.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra#maxConns
     */
    readonly maxConns?: number;
    /**
     * Port is the cassandra port used for connection by gocql client.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra#port
     */
    readonly port: number;
    /**
     * User is the cassandra user used for authentication by gocql client.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra(obj: TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandra | undefined): Record<string, any> | undefined;
/**
 * Elasticsearch holds all connection parameters for Elasticsearch datastores.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch
 */
export interface TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch {
    /**
     * CloseIdleConnectionsInterval is the max duration a connection stay open while idle.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch#closeIdleConnectionsInterval
     */
    readonly closeIdleConnectionsInterval?: string;
    /**
     * EnableHealthcheck enables or disables healthcheck on the temporal cluster's es client.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch#enableHealthcheck
     */
    readonly enableHealthcheck?: boolean;
    /**
     * EnableSniff enables or disables sniffer on the temporal cluster's es client.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch#enableSniff
     */
    readonly enableSniff?: boolean;
    /**
     * Indices holds visibility index names.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch#indices
     */
    readonly indices: TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices;
    /**
     * LogLevel defines the temporal cluster's es client logger level.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch#logLevel
     */
    readonly logLevel?: string;
    /**
     * URL is the connection url to connect to the instance.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch#url
     */
    readonly url: string;
    /**
     * Username is the username to be used for the connection.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch#username
     */
    readonly username: string;
    /**
     * Version defines the elasticsearch version.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch(obj: TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearch | undefined): Record<string, any> | undefined;
/**
 * PasswordSecret is the reference to the secret holding the password.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef
 */
export interface TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef(obj: TemporalClusterSpecPersistenceAdvancedVisibilityStorePasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SQL holds all connection parameters for SQL datastores.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql
 */
export interface TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql {
    /**
     * ConnectAddr is the remote addr of the database.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql#connectAddr
     */
    readonly connectAddr: string;
    /**
     * ConnectAttributes is a set of key-value attributes to be sent as part of connect data_source_name url
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql#connectAttributes
     */
    readonly connectAttributes?: {
        [key: string]: string;
    };
    /**
     * ConnectProtocol is the protocol that goes with the ConnectAddr.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql#connectProtocol
     */
    readonly connectProtocol?: string;
    /**
     * DatabaseName is the name of SQL database to connect to.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql#databaseName
     */
    readonly databaseName: string;
    /**
     * GCPServiceAccount is the service account to use to authenticate with GCP CloudSQL.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql#gcpServiceAccount
     */
    readonly gcpServiceAccount?: string;
    /**
     * MaxConnLifetime is the maximum time a connection can be alive
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql#maxConnLifetime
     */
    readonly maxConnLifetime?: string;
    /**
     * MaxConns the max number of connections to this datastore.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql#maxConns
     */
    readonly maxConns?: number;
    /**
     * MaxIdleConns is the max number of idle connections to this datastore.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql#maxIdleConns
     */
    readonly maxIdleConns?: number;
    /**
     * PluginName is the name of SQL plugin.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql#pluginName
     */
    readonly pluginName: TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName;
    /**
     * TaskScanPartitions is the number of partitions to sequentially scan during ListTaskQueue operations.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql#taskScanPartitions
     */
    readonly taskScanPartitions?: number;
    /**
     * User is the username to be used for the connection.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql(obj: TemporalClusterSpecPersistenceAdvancedVisibilityStoreSql | undefined): Record<string, any> | undefined;
/**
 * TLS is an optional option to connect to the datastore using TLS.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls
 */
export interface TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls {
    /**
     * CaFileRef is a reference to a secret containing the ca file.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls#caFileRef
     */
    readonly caFileRef?: TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef;
    /**
     * CertFileRef is a reference to a secret containing the cert file.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls#certFileRef
     */
    readonly certFileRef?: TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef;
    /**
     * EnableHostVerification defines if the hostname should be verified when connecting to the datastore.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls#enableHostVerification
     */
    readonly enableHostVerification: boolean;
    /**
     * Enabled defines if the cluster should use a TLS connection to connect to the datastore.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls#enabled
     */
    readonly enabled: boolean;
    /**
     * KeyFileRef is a reference to a secret containing the key file.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls#keyFileRef
     */
    readonly keyFileRef?: TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef;
    /**
     * ServerName the datastore should present.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls#serverName
     */
    readonly serverName?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls(obj: TemporalClusterSpecPersistenceAdvancedVisibilityStoreTls | undefined): Record<string, any> | undefined;
/**
 * Cassandra holds all connection parameters for Cassandra datastore.
 * Note that cassandra is now deprecated for visibility store.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreCassandra
 */
export interface TemporalClusterSpecPersistenceDefaultStoreCassandra {
    /**
     * ConnectTimeout is a timeout for initial dial to cassandra server.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreCassandra#connectTimeout
     */
    readonly connectTimeout?: string;
    /**
     * Consistency configuration.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreCassandra#consistency
     */
    readonly consistency?: TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency;
    /**
     * Datacenter is the data center filter arg for cassandra.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreCassandra#datacenter
     */
    readonly datacenter?: string;
    /**
     * DisableInitialHostLookup instructs the gocql client to connect only using the supplied hosts.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreCassandra#disableInitialHostLookup
     */
    readonly disableInitialHostLookup?: boolean;
    /**
     * Hosts is a list of cassandra endpoints.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreCassandra#hosts
     */
    readonly hosts: string[];
    /**
     * Keyspace is the cassandra keyspace.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreCassandra#keyspace
     */
    readonly keyspace: string;
    /**
     * MaxConns is the max number of connections to this datastore for a single keyspace.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreCassandra#maxConns
     */
    readonly maxConns?: number;
    /**
     * Port is the cassandra port used for connection by gocql client.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreCassandra#port
     */
    readonly port: number;
    /**
     * User is the cassandra user used for authentication by gocql client.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreCassandra#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreCassandra' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceDefaultStoreCassandra(obj: TemporalClusterSpecPersistenceDefaultStoreCassandra | undefined): Record<string, any> | undefined;
/**
 * Elasticsearch holds all connection parameters for Elasticsearch datastores.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearch
 */
export interface TemporalClusterSpecPersistenceDefaultStoreElasticsearch {
    /**
     * CloseIdleConnectionsInterval is the max duration a connection stay open while idle.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearch#closeIdleConnectionsInterval
     */
    readonly closeIdleConnectionsInterval?: string;
    /**
     * EnableHealthcheck enables or disables healthcheck on the temporal cluster's es client.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearch#enableHealthcheck
     */
    readonly enableHealthcheck?: boolean;
    /**
     * EnableSniff enables or disables sniffer on the temporal cluster's es client.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearch#enableSniff
     */
    readonly enableSniff?: boolean;
    /**
     * Indices holds visibility index names.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearch#indices
     */
    readonly indices: TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices;
    /**
     * LogLevel defines the temporal cluster's es client logger level.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearch#logLevel
     */
    readonly logLevel?: string;
    /**
     * URL is the connection url to connect to the instance.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearch#url
     */
    readonly url: string;
    /**
     * Username is the username to be used for the connection.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearch#username
     */
    readonly username: string;
    /**
     * Version defines the elasticsearch version.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearch#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreElasticsearch' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceDefaultStoreElasticsearch(obj: TemporalClusterSpecPersistenceDefaultStoreElasticsearch | undefined): Record<string, any> | undefined;
/**
 * PasswordSecret is the reference to the secret holding the password.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef
 */
export interface TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef(obj: TemporalClusterSpecPersistenceDefaultStorePasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SQL holds all connection parameters for SQL datastores.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreSql
 */
export interface TemporalClusterSpecPersistenceDefaultStoreSql {
    /**
     * ConnectAddr is the remote addr of the database.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreSql#connectAddr
     */
    readonly connectAddr: string;
    /**
     * ConnectAttributes is a set of key-value attributes to be sent as part of connect data_source_name url
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreSql#connectAttributes
     */
    readonly connectAttributes?: {
        [key: string]: string;
    };
    /**
     * ConnectProtocol is the protocol that goes with the ConnectAddr.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreSql#connectProtocol
     */
    readonly connectProtocol?: string;
    /**
     * DatabaseName is the name of SQL database to connect to.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreSql#databaseName
     */
    readonly databaseName: string;
    /**
     * GCPServiceAccount is the service account to use to authenticate with GCP CloudSQL.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreSql#gcpServiceAccount
     */
    readonly gcpServiceAccount?: string;
    /**
     * MaxConnLifetime is the maximum time a connection can be alive
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreSql#maxConnLifetime
     */
    readonly maxConnLifetime?: string;
    /**
     * MaxConns the max number of connections to this datastore.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreSql#maxConns
     */
    readonly maxConns?: number;
    /**
     * MaxIdleConns is the max number of idle connections to this datastore.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreSql#maxIdleConns
     */
    readonly maxIdleConns?: number;
    /**
     * PluginName is the name of SQL plugin.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreSql#pluginName
     */
    readonly pluginName: TemporalClusterSpecPersistenceDefaultStoreSqlPluginName;
    /**
     * TaskScanPartitions is the number of partitions to sequentially scan during ListTaskQueue operations.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreSql#taskScanPartitions
     */
    readonly taskScanPartitions?: number;
    /**
     * User is the username to be used for the connection.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreSql#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreSql' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceDefaultStoreSql(obj: TemporalClusterSpecPersistenceDefaultStoreSql | undefined): Record<string, any> | undefined;
/**
 * TLS is an optional option to connect to the datastore using TLS.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreTls
 */
export interface TemporalClusterSpecPersistenceDefaultStoreTls {
    /**
     * CaFileRef is a reference to a secret containing the ca file.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTls#caFileRef
     */
    readonly caFileRef?: TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef;
    /**
     * CertFileRef is a reference to a secret containing the cert file.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTls#certFileRef
     */
    readonly certFileRef?: TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef;
    /**
     * EnableHostVerification defines if the hostname should be verified when connecting to the datastore.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTls#enableHostVerification
     */
    readonly enableHostVerification: boolean;
    /**
     * Enabled defines if the cluster should use a TLS connection to connect to the datastore.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTls#enabled
     */
    readonly enabled: boolean;
    /**
     * KeyFileRef is a reference to a secret containing the key file.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTls#keyFileRef
     */
    readonly keyFileRef?: TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef;
    /**
     * ServerName the datastore should present.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTls#serverName
     */
    readonly serverName?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreTls' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceDefaultStoreTls(obj: TemporalClusterSpecPersistenceDefaultStoreTls | undefined): Record<string, any> | undefined;
/**
 * Cassandra holds all connection parameters for Cassandra datastore.
 * Note that cassandra is now deprecated for visibility store.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra
 */
export interface TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra {
    /**
     * ConnectTimeout is a timeout for initial dial to cassandra server.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra#connectTimeout
     */
    readonly connectTimeout?: string;
    /**
     * Consistency configuration.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra#consistency
     */
    readonly consistency?: TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency;
    /**
     * Datacenter is the data center filter arg for cassandra.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra#datacenter
     */
    readonly datacenter?: string;
    /**
     * DisableInitialHostLookup instructs the gocql client to connect only using the supplied hosts.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra#disableInitialHostLookup
     */
    readonly disableInitialHostLookup?: boolean;
    /**
     * Hosts is a list of cassandra endpoints.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra#hosts
     */
    readonly hosts: string[];
    /**
     * Keyspace is the cassandra keyspace.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra#keyspace
     */
    readonly keyspace: string;
    /**
     * MaxConns is the max number of connections to this datastore for a single keyspace.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra#maxConns
     */
    readonly maxConns?: number;
    /**
     * Port is the cassandra port used for connection by gocql client.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra#port
     */
    readonly port: number;
    /**
     * User is the cassandra user used for authentication by gocql client.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra(obj: TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandra | undefined): Record<string, any> | undefined;
/**
 * Elasticsearch holds all connection parameters for Elasticsearch datastores.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch
 */
export interface TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch {
    /**
     * CloseIdleConnectionsInterval is the max duration a connection stay open while idle.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch#closeIdleConnectionsInterval
     */
    readonly closeIdleConnectionsInterval?: string;
    /**
     * EnableHealthcheck enables or disables healthcheck on the temporal cluster's es client.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch#enableHealthcheck
     */
    readonly enableHealthcheck?: boolean;
    /**
     * EnableSniff enables or disables sniffer on the temporal cluster's es client.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch#enableSniff
     */
    readonly enableSniff?: boolean;
    /**
     * Indices holds visibility index names.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch#indices
     */
    readonly indices: TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices;
    /**
     * LogLevel defines the temporal cluster's es client logger level.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch#logLevel
     */
    readonly logLevel?: string;
    /**
     * URL is the connection url to connect to the instance.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch#url
     */
    readonly url: string;
    /**
     * Username is the username to be used for the connection.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch#username
     */
    readonly username: string;
    /**
     * Version defines the elasticsearch version.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch(obj: TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearch | undefined): Record<string, any> | undefined;
/**
 * PasswordSecret is the reference to the secret holding the password.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef
 */
export interface TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef(obj: TemporalClusterSpecPersistenceSecondaryVisibilityStorePasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SQL holds all connection parameters for SQL datastores.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql
 */
export interface TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql {
    /**
     * ConnectAddr is the remote addr of the database.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql#connectAddr
     */
    readonly connectAddr: string;
    /**
     * ConnectAttributes is a set of key-value attributes to be sent as part of connect data_source_name url
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql#connectAttributes
     */
    readonly connectAttributes?: {
        [key: string]: string;
    };
    /**
     * ConnectProtocol is the protocol that goes with the ConnectAddr.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql#connectProtocol
     */
    readonly connectProtocol?: string;
    /**
     * DatabaseName is the name of SQL database to connect to.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql#databaseName
     */
    readonly databaseName: string;
    /**
     * GCPServiceAccount is the service account to use to authenticate with GCP CloudSQL.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql#gcpServiceAccount
     */
    readonly gcpServiceAccount?: string;
    /**
     * MaxConnLifetime is the maximum time a connection can be alive
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql#maxConnLifetime
     */
    readonly maxConnLifetime?: string;
    /**
     * MaxConns the max number of connections to this datastore.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql#maxConns
     */
    readonly maxConns?: number;
    /**
     * MaxIdleConns is the max number of idle connections to this datastore.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql#maxIdleConns
     */
    readonly maxIdleConns?: number;
    /**
     * PluginName is the name of SQL plugin.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql#pluginName
     */
    readonly pluginName: TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName;
    /**
     * TaskScanPartitions is the number of partitions to sequentially scan during ListTaskQueue operations.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql#taskScanPartitions
     */
    readonly taskScanPartitions?: number;
    /**
     * User is the username to be used for the connection.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql(obj: TemporalClusterSpecPersistenceSecondaryVisibilityStoreSql | undefined): Record<string, any> | undefined;
/**
 * TLS is an optional option to connect to the datastore using TLS.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls
 */
export interface TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls {
    /**
     * CaFileRef is a reference to a secret containing the ca file.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls#caFileRef
     */
    readonly caFileRef?: TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef;
    /**
     * CertFileRef is a reference to a secret containing the cert file.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls#certFileRef
     */
    readonly certFileRef?: TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef;
    /**
     * EnableHostVerification defines if the hostname should be verified when connecting to the datastore.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls#enableHostVerification
     */
    readonly enableHostVerification: boolean;
    /**
     * Enabled defines if the cluster should use a TLS connection to connect to the datastore.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls#enabled
     */
    readonly enabled: boolean;
    /**
     * KeyFileRef is a reference to a secret containing the key file.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls#keyFileRef
     */
    readonly keyFileRef?: TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef;
    /**
     * ServerName the datastore should present.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls#serverName
     */
    readonly serverName?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls(obj: TemporalClusterSpecPersistenceSecondaryVisibilityStoreTls | undefined): Record<string, any> | undefined;
/**
 * Cassandra holds all connection parameters for Cassandra datastore.
 * Note that cassandra is now deprecated for visibility store.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandra
 */
export interface TemporalClusterSpecPersistenceVisibilityStoreCassandra {
    /**
     * ConnectTimeout is a timeout for initial dial to cassandra server.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandra#connectTimeout
     */
    readonly connectTimeout?: string;
    /**
     * Consistency configuration.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandra#consistency
     */
    readonly consistency?: TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency;
    /**
     * Datacenter is the data center filter arg for cassandra.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandra#datacenter
     */
    readonly datacenter?: string;
    /**
     * DisableInitialHostLookup instructs the gocql client to connect only using the supplied hosts.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandra#disableInitialHostLookup
     */
    readonly disableInitialHostLookup?: boolean;
    /**
     * Hosts is a list of cassandra endpoints.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandra#hosts
     */
    readonly hosts: string[];
    /**
     * Keyspace is the cassandra keyspace.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandra#keyspace
     */
    readonly keyspace: string;
    /**
     * MaxConns is the max number of connections to this datastore for a single keyspace.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandra#maxConns
     */
    readonly maxConns?: number;
    /**
     * Port is the cassandra port used for connection by gocql client.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandra#port
     */
    readonly port: number;
    /**
     * User is the cassandra user used for authentication by gocql client.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandra#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreCassandra' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceVisibilityStoreCassandra(obj: TemporalClusterSpecPersistenceVisibilityStoreCassandra | undefined): Record<string, any> | undefined;
/**
 * Elasticsearch holds all connection parameters for Elasticsearch datastores.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearch
 */
export interface TemporalClusterSpecPersistenceVisibilityStoreElasticsearch {
    /**
     * CloseIdleConnectionsInterval is the max duration a connection stay open while idle.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearch#closeIdleConnectionsInterval
     */
    readonly closeIdleConnectionsInterval?: string;
    /**
     * EnableHealthcheck enables or disables healthcheck on the temporal cluster's es client.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearch#enableHealthcheck
     */
    readonly enableHealthcheck?: boolean;
    /**
     * EnableSniff enables or disables sniffer on the temporal cluster's es client.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearch#enableSniff
     */
    readonly enableSniff?: boolean;
    /**
     * Indices holds visibility index names.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearch#indices
     */
    readonly indices: TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices;
    /**
     * LogLevel defines the temporal cluster's es client logger level.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearch#logLevel
     */
    readonly logLevel?: string;
    /**
     * URL is the connection url to connect to the instance.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearch#url
     */
    readonly url: string;
    /**
     * Username is the username to be used for the connection.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearch#username
     */
    readonly username: string;
    /**
     * Version defines the elasticsearch version.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearch#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreElasticsearch' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceVisibilityStoreElasticsearch(obj: TemporalClusterSpecPersistenceVisibilityStoreElasticsearch | undefined): Record<string, any> | undefined;
/**
 * PasswordSecret is the reference to the secret holding the password.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef
 */
export interface TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef(obj: TemporalClusterSpecPersistenceVisibilityStorePasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SQL holds all connection parameters for SQL datastores.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreSql
 */
export interface TemporalClusterSpecPersistenceVisibilityStoreSql {
    /**
     * ConnectAddr is the remote addr of the database.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreSql#connectAddr
     */
    readonly connectAddr: string;
    /**
     * ConnectAttributes is a set of key-value attributes to be sent as part of connect data_source_name url
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreSql#connectAttributes
     */
    readonly connectAttributes?: {
        [key: string]: string;
    };
    /**
     * ConnectProtocol is the protocol that goes with the ConnectAddr.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreSql#connectProtocol
     */
    readonly connectProtocol?: string;
    /**
     * DatabaseName is the name of SQL database to connect to.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreSql#databaseName
     */
    readonly databaseName: string;
    /**
     * GCPServiceAccount is the service account to use to authenticate with GCP CloudSQL.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreSql#gcpServiceAccount
     */
    readonly gcpServiceAccount?: string;
    /**
     * MaxConnLifetime is the maximum time a connection can be alive
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreSql#maxConnLifetime
     */
    readonly maxConnLifetime?: string;
    /**
     * MaxConns the max number of connections to this datastore.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreSql#maxConns
     */
    readonly maxConns?: number;
    /**
     * MaxIdleConns is the max number of idle connections to this datastore.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreSql#maxIdleConns
     */
    readonly maxIdleConns?: number;
    /**
     * PluginName is the name of SQL plugin.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreSql#pluginName
     */
    readonly pluginName: TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName;
    /**
     * TaskScanPartitions is the number of partitions to sequentially scan during ListTaskQueue operations.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreSql#taskScanPartitions
     */
    readonly taskScanPartitions?: number;
    /**
     * User is the username to be used for the connection.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreSql#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreSql' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceVisibilityStoreSql(obj: TemporalClusterSpecPersistenceVisibilityStoreSql | undefined): Record<string, any> | undefined;
/**
 * TLS is an optional option to connect to the datastore using TLS.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreTls
 */
export interface TemporalClusterSpecPersistenceVisibilityStoreTls {
    /**
     * CaFileRef is a reference to a secret containing the ca file.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTls#caFileRef
     */
    readonly caFileRef?: TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef;
    /**
     * CertFileRef is a reference to a secret containing the cert file.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTls#certFileRef
     */
    readonly certFileRef?: TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef;
    /**
     * EnableHostVerification defines if the hostname should be verified when connecting to the datastore.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTls#enableHostVerification
     */
    readonly enableHostVerification: boolean;
    /**
     * Enabled defines if the cluster should use a TLS connection to connect to the datastore.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTls#enabled
     */
    readonly enabled: boolean;
    /**
     * KeyFileRef is a reference to a secret containing the key file.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTls#keyFileRef
     */
    readonly keyFileRef?: TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef;
    /**
     * ServerName the datastore should present.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTls#serverName
     */
    readonly serverName?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreTls' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceVisibilityStoreTls(obj: TemporalClusterSpecPersistenceVisibilityStoreTls | undefined): Record<string, any> | undefined;
/**
 * Overrides adds some overrides to the resources deployed for the service.
 * Those overrides takes precedence over spec.services.overrides.
 *
 * @schema TemporalClusterSpecServicesFrontendOverrides
 */
export interface TemporalClusterSpecServicesFrontendOverrides {
    /**
     * Override configuration for the temporal service Deployment.
     *
     * @schema TemporalClusterSpecServicesFrontendOverrides#deployment
     */
    readonly deployment?: TemporalClusterSpecServicesFrontendOverridesDeployment;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverrides' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesFrontendOverrides(obj: TemporalClusterSpecServicesFrontendOverrides | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this service.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema TemporalClusterSpecServicesFrontendResources
 */
export interface TemporalClusterSpecServicesFrontendResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema TemporalClusterSpecServicesFrontendResources#claims
     */
    readonly claims?: TemporalClusterSpecServicesFrontendResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesFrontendResources#limits
     */
    readonly limits?: {
        [key: string]: TemporalClusterSpecServicesFrontendResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesFrontendResources#requests
     */
    readonly requests?: {
        [key: string]: TemporalClusterSpecServicesFrontendResourcesRequests;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendResources' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesFrontendResources(obj: TemporalClusterSpecServicesFrontendResources | undefined): Record<string, any> | undefined;
/**
 * Overrides adds some overrides to the resources deployed for the service.
 * Those overrides takes precedence over spec.services.overrides.
 *
 * @schema TemporalClusterSpecServicesHistoryOverrides
 */
export interface TemporalClusterSpecServicesHistoryOverrides {
    /**
     * Override configuration for the temporal service Deployment.
     *
     * @schema TemporalClusterSpecServicesHistoryOverrides#deployment
     */
    readonly deployment?: TemporalClusterSpecServicesHistoryOverridesDeployment;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverrides' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesHistoryOverrides(obj: TemporalClusterSpecServicesHistoryOverrides | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this service.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema TemporalClusterSpecServicesHistoryResources
 */
export interface TemporalClusterSpecServicesHistoryResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema TemporalClusterSpecServicesHistoryResources#claims
     */
    readonly claims?: TemporalClusterSpecServicesHistoryResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesHistoryResources#limits
     */
    readonly limits?: {
        [key: string]: TemporalClusterSpecServicesHistoryResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesHistoryResources#requests
     */
    readonly requests?: {
        [key: string]: TemporalClusterSpecServicesHistoryResourcesRequests;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryResources' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesHistoryResources(obj: TemporalClusterSpecServicesHistoryResources | undefined): Record<string, any> | undefined;
/**
 * Overrides adds some overrides to the resources deployed for the service.
 * Those overrides takes precedence over spec.services.overrides.
 *
 * @schema TemporalClusterSpecServicesInternalFrontendOverrides
 */
export interface TemporalClusterSpecServicesInternalFrontendOverrides {
    /**
     * Override configuration for the temporal service Deployment.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendOverrides#deployment
     */
    readonly deployment?: TemporalClusterSpecServicesInternalFrontendOverridesDeployment;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverrides' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesInternalFrontendOverrides(obj: TemporalClusterSpecServicesInternalFrontendOverrides | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this service.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema TemporalClusterSpecServicesInternalFrontendResources
 */
export interface TemporalClusterSpecServicesInternalFrontendResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendResources#claims
     */
    readonly claims?: TemporalClusterSpecServicesInternalFrontendResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesInternalFrontendResources#limits
     */
    readonly limits?: {
        [key: string]: TemporalClusterSpecServicesInternalFrontendResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesInternalFrontendResources#requests
     */
    readonly requests?: {
        [key: string]: TemporalClusterSpecServicesInternalFrontendResourcesRequests;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendResources' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesInternalFrontendResources(obj: TemporalClusterSpecServicesInternalFrontendResources | undefined): Record<string, any> | undefined;
/**
 * Overrides adds some overrides to the resources deployed for the service.
 * Those overrides takes precedence over spec.services.overrides.
 *
 * @schema TemporalClusterSpecServicesMatchingOverrides
 */
export interface TemporalClusterSpecServicesMatchingOverrides {
    /**
     * Override configuration for the temporal service Deployment.
     *
     * @schema TemporalClusterSpecServicesMatchingOverrides#deployment
     */
    readonly deployment?: TemporalClusterSpecServicesMatchingOverridesDeployment;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverrides' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesMatchingOverrides(obj: TemporalClusterSpecServicesMatchingOverrides | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this service.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema TemporalClusterSpecServicesMatchingResources
 */
export interface TemporalClusterSpecServicesMatchingResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema TemporalClusterSpecServicesMatchingResources#claims
     */
    readonly claims?: TemporalClusterSpecServicesMatchingResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesMatchingResources#limits
     */
    readonly limits?: {
        [key: string]: TemporalClusterSpecServicesMatchingResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesMatchingResources#requests
     */
    readonly requests?: {
        [key: string]: TemporalClusterSpecServicesMatchingResourcesRequests;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingResources' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesMatchingResources(obj: TemporalClusterSpecServicesMatchingResources | undefined): Record<string, any> | undefined;
/**
 * Override configuration for the temporal service Deployment.
 *
 * @schema TemporalClusterSpecServicesOverridesDeployment
 */
export interface TemporalClusterSpecServicesOverridesDeployment {
    /**
     * @schema TemporalClusterSpecServicesOverridesDeployment#jsonPatch
     */
    readonly jsonPatch?: any;
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesOverridesDeployment#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesOverridesDeploymentMetadata;
    /**
     * Specification of the desired behavior of the Deployment.
     *
     * @schema TemporalClusterSpecServicesOverridesDeployment#spec
     */
    readonly spec?: TemporalClusterSpecServicesOverridesDeploymentSpec;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverridesDeployment' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesOverridesDeployment(obj: TemporalClusterSpecServicesOverridesDeployment | undefined): Record<string, any> | undefined;
/**
 * Overrides adds some overrides to the resources deployed for the service.
 * Those overrides takes precedence over spec.services.overrides.
 *
 * @schema TemporalClusterSpecServicesWorkerOverrides
 */
export interface TemporalClusterSpecServicesWorkerOverrides {
    /**
     * Override configuration for the temporal service Deployment.
     *
     * @schema TemporalClusterSpecServicesWorkerOverrides#deployment
     */
    readonly deployment?: TemporalClusterSpecServicesWorkerOverridesDeployment;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverrides' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesWorkerOverrides(obj: TemporalClusterSpecServicesWorkerOverrides | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this service.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema TemporalClusterSpecServicesWorkerResources
 */
export interface TemporalClusterSpecServicesWorkerResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema TemporalClusterSpecServicesWorkerResources#claims
     */
    readonly claims?: TemporalClusterSpecServicesWorkerResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesWorkerResources#limits
     */
    readonly limits?: {
        [key: string]: TemporalClusterSpecServicesWorkerResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema TemporalClusterSpecServicesWorkerResources#requests
     */
    readonly requests?: {
        [key: string]: TemporalClusterSpecServicesWorkerResourcesRequests;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerResources' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesWorkerResources(obj: TemporalClusterSpecServicesWorkerResources | undefined): Record<string, any> | undefined;
/**
 * IngressTLS describes the transport layer security associated with an ingress.
 *
 * @schema TemporalClusterSpecUiIngressTls
 */
export interface TemporalClusterSpecUiIngressTls {
    /**
     * hosts is a list of hosts included in the TLS certificate. The values in
     * this list must match the name/s used in the tlsSecret. Defaults to the
     * wildcard host setting for the loadbalancer controller fulfilling this
     * Ingress, if left unspecified.
     *
     * @default the
     * @schema TemporalClusterSpecUiIngressTls#hosts
     */
    readonly hosts?: string[];
    /**
     * secretName is the name of the secret used to terminate TLS traffic on
     * port 443. Field is left optional to allow TLS routing based on SNI
     * hostname alone. If the SNI host in a listener conflicts with the "Host"
     * header field used by an IngressRule, the SNI host is used for termination
     * and value of the "Host" header is used for routing.
     *
     * @schema TemporalClusterSpecUiIngressTls#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecUiIngressTls' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUiIngressTls(obj: TemporalClusterSpecUiIngressTls | undefined): Record<string, any> | undefined;
/**
 * Override configuration for the temporal service Deployment.
 *
 * @schema TemporalClusterSpecUiOverridesDeployment
 */
export interface TemporalClusterSpecUiOverridesDeployment {
    /**
     * @schema TemporalClusterSpecUiOverridesDeployment#jsonPatch
     */
    readonly jsonPatch?: any;
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecUiOverridesDeployment#metadata
     */
    readonly metadata?: TemporalClusterSpecUiOverridesDeploymentMetadata;
    /**
     * Specification of the desired behavior of the Deployment.
     *
     * @schema TemporalClusterSpecUiOverridesDeployment#spec
     */
    readonly spec?: TemporalClusterSpecUiOverridesDeploymentSpec;
}
/**
 * Converts an object of type 'TemporalClusterSpecUiOverridesDeployment' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUiOverridesDeployment(obj: TemporalClusterSpecUiOverridesDeployment | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TemporalClusterSpecUiResourcesClaims
 */
export interface TemporalClusterSpecUiResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema TemporalClusterSpecUiResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema TemporalClusterSpecUiResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecUiResourcesClaims' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUiResourcesClaims(obj: TemporalClusterSpecUiResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TemporalClusterSpecUiResourcesLimits
 */
export declare class TemporalClusterSpecUiResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecUiResourcesLimits;
    static fromString(value: string): TemporalClusterSpecUiResourcesLimits;
    private constructor();
}
/**
 * @schema TemporalClusterSpecUiResourcesRequests
 */
export declare class TemporalClusterSpecUiResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecUiResourcesRequests;
    static fromString(value: string): TemporalClusterSpecUiResourcesRequests;
    private constructor();
}
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata
 */
export interface TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata(obj: TemporalClusterSpecAdmintoolsOverridesDeploymentMetadata | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of the Deployment.
 *
 * @schema TemporalClusterSpecAdmintoolsOverridesDeploymentSpec
 */
export interface TemporalClusterSpecAdmintoolsOverridesDeploymentSpec {
    /**
     * Template describes the pods that will be created.
     *
     * @schema TemporalClusterSpecAdmintoolsOverridesDeploymentSpec#template
     */
    readonly template?: TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate;
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverridesDeploymentSpec' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpec(obj: TemporalClusterSpecAdmintoolsOverridesDeploymentSpec | undefined): Record<string, any> | undefined;
/**
 * SecretAccessKeyRef is the secret key selector containing Google Cloud Storage credentials file.
 *
 * @schema TemporalClusterSpecArchivalProviderGcsCredentialsRef
 */
export interface TemporalClusterSpecArchivalProviderGcsCredentialsRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecArchivalProviderGcsCredentialsRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecArchivalProviderGcsCredentialsRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecArchivalProviderGcsCredentialsRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderGcsCredentialsRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecArchivalProviderGcsCredentialsRef(obj: TemporalClusterSpecArchivalProviderGcsCredentialsRef | undefined): Record<string, any> | undefined;
/**
 * Use credentials if you want to use aws credentials from secret.
 *
 * @schema TemporalClusterSpecArchivalProviderS3Credentials
 */
export interface TemporalClusterSpecArchivalProviderS3Credentials {
    /**
     * AccessKeyIDRef is the secret key selector containing AWS access key ID.
     *
     * @schema TemporalClusterSpecArchivalProviderS3Credentials#accessKeyIdRef
     */
    readonly accessKeyIdRef: TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef;
    /**
     * SecretAccessKeyRef is the secret key selector containing AWS secret access key.
     *
     * @schema TemporalClusterSpecArchivalProviderS3Credentials#secretKeyRef
     */
    readonly secretKeyRef: TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef;
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderS3Credentials' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecArchivalProviderS3Credentials(obj: TemporalClusterSpecArchivalProviderS3Credentials | undefined): Record<string, any> | undefined;
/**
 * PrometheusScrapeConfigServiceMonitor is the configuration for prometheus operator ServiceMonitor.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor {
    /**
     * Enabled defines if the operator should create a ServiceMonitor for each services.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor#enabled
     */
    readonly enabled?: boolean;
    /**
     * Labels adds extra labels to the ServiceMonitor.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * MetricRelabelConfigs to apply to samples before ingestion.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor#metricRelabelings
     */
    readonly metricRelabelings?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings[];
    /**
     * Override allows customization of the created ServiceMonitor.
     * All fields can be overwritten except "endpoints", "selector" and "namespaceSelector".
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor#override
     */
    readonly override?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitor | undefined): Record<string, any> | undefined;
/**
 * Consistency configuration.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency
 */
export interface TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency {
    /**
     * Consistency sets the default consistency level.
     * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency#consistency
     */
    readonly consistency?: TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency;
    /**
     * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
     * (defaults to LOCAL_SERIAL if not set)
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency#serialConsistency
     */
    readonly serialConsistency?: TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency(obj: TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistency | undefined): Record<string, any> | undefined;
/**
 * Indices holds visibility index names.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices
 */
export interface TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices {
    /**
     * SecondaryVisibility defines secondary visibility's index name.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices#secondaryVisibility
     */
    readonly secondaryVisibility?: string;
    /**
     * Visibility defines visibility's index name.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices#visibility
     */
    readonly visibility: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices(obj: TemporalClusterSpecPersistenceAdvancedVisibilityStoreElasticsearchIndices | undefined): Record<string, any> | undefined;
/**
 * PluginName is the name of SQL plugin.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName
 */
export declare enum TemporalClusterSpecPersistenceAdvancedVisibilityStoreSqlPluginName {
    /** postgres */
    POSTGRES = "postgres",
    /** postgres12 */
    POSTGRES12 = "postgres12",
    /** mysql */
    MYSQL = "mysql",
    /** mysql8 */
    MYSQL8 = "mysql8"
}
/**
 * CaFileRef is a reference to a secret containing the ca file.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef
 */
export interface TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef(obj: TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCaFileRef | undefined): Record<string, any> | undefined;
/**
 * CertFileRef is a reference to a secret containing the cert file.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef
 */
export interface TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef(obj: TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsCertFileRef | undefined): Record<string, any> | undefined;
/**
 * KeyFileRef is a reference to a secret containing the key file.
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef
 */
export interface TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef(obj: TemporalClusterSpecPersistenceAdvancedVisibilityStoreTlsKeyFileRef | undefined): Record<string, any> | undefined;
/**
 * Consistency configuration.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency
 */
export interface TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency {
    /**
     * Consistency sets the default consistency level.
     * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency#consistency
     */
    readonly consistency?: TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency;
    /**
     * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
     * (defaults to LOCAL_SERIAL if not set)
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency#serialConsistency
     */
    readonly serialConsistency?: TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency(obj: TemporalClusterSpecPersistenceDefaultStoreCassandraConsistency | undefined): Record<string, any> | undefined;
/**
 * Indices holds visibility index names.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices
 */
export interface TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices {
    /**
     * SecondaryVisibility defines secondary visibility's index name.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices#secondaryVisibility
     */
    readonly secondaryVisibility?: string;
    /**
     * Visibility defines visibility's index name.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices#visibility
     */
    readonly visibility: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices(obj: TemporalClusterSpecPersistenceDefaultStoreElasticsearchIndices | undefined): Record<string, any> | undefined;
/**
 * PluginName is the name of SQL plugin.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreSqlPluginName
 */
export declare enum TemporalClusterSpecPersistenceDefaultStoreSqlPluginName {
    /** postgres */
    POSTGRES = "postgres",
    /** postgres12 */
    POSTGRES12 = "postgres12",
    /** mysql */
    MYSQL = "mysql",
    /** mysql8 */
    MYSQL8 = "mysql8"
}
/**
 * CaFileRef is a reference to a secret containing the ca file.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef
 */
export interface TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef(obj: TemporalClusterSpecPersistenceDefaultStoreTlsCaFileRef | undefined): Record<string, any> | undefined;
/**
 * CertFileRef is a reference to a secret containing the cert file.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef
 */
export interface TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef(obj: TemporalClusterSpecPersistenceDefaultStoreTlsCertFileRef | undefined): Record<string, any> | undefined;
/**
 * KeyFileRef is a reference to a secret containing the key file.
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef
 */
export interface TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef(obj: TemporalClusterSpecPersistenceDefaultStoreTlsKeyFileRef | undefined): Record<string, any> | undefined;
/**
 * Consistency configuration.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency
 */
export interface TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency {
    /**
     * Consistency sets the default consistency level.
     * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency#consistency
     */
    readonly consistency?: TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency;
    /**
     * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
     * (defaults to LOCAL_SERIAL if not set)
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency#serialConsistency
     */
    readonly serialConsistency?: TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency(obj: TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistency | undefined): Record<string, any> | undefined;
/**
 * Indices holds visibility index names.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices
 */
export interface TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices {
    /**
     * SecondaryVisibility defines secondary visibility's index name.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices#secondaryVisibility
     */
    readonly secondaryVisibility?: string;
    /**
     * Visibility defines visibility's index name.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices#visibility
     */
    readonly visibility: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices(obj: TemporalClusterSpecPersistenceSecondaryVisibilityStoreElasticsearchIndices | undefined): Record<string, any> | undefined;
/**
 * PluginName is the name of SQL plugin.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName
 */
export declare enum TemporalClusterSpecPersistenceSecondaryVisibilityStoreSqlPluginName {
    /** postgres */
    POSTGRES = "postgres",
    /** postgres12 */
    POSTGRES12 = "postgres12",
    /** mysql */
    MYSQL = "mysql",
    /** mysql8 */
    MYSQL8 = "mysql8"
}
/**
 * CaFileRef is a reference to a secret containing the ca file.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef
 */
export interface TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef(obj: TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCaFileRef | undefined): Record<string, any> | undefined;
/**
 * CertFileRef is a reference to a secret containing the cert file.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef
 */
export interface TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef(obj: TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsCertFileRef | undefined): Record<string, any> | undefined;
/**
 * KeyFileRef is a reference to a secret containing the key file.
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef
 */
export interface TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef(obj: TemporalClusterSpecPersistenceSecondaryVisibilityStoreTlsKeyFileRef | undefined): Record<string, any> | undefined;
/**
 * Consistency configuration.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency
 */
export interface TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency {
    /**
     * Consistency sets the default consistency level.
     * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency#consistency
     */
    readonly consistency?: TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency;
    /**
     * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
     * (defaults to LOCAL_SERIAL if not set)
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency#serialConsistency
     */
    readonly serialConsistency?: TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency(obj: TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistency | undefined): Record<string, any> | undefined;
/**
 * Indices holds visibility index names.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices
 */
export interface TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices {
    /**
     * SecondaryVisibility defines secondary visibility's index name.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices#secondaryVisibility
     */
    readonly secondaryVisibility?: string;
    /**
     * Visibility defines visibility's index name.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices#visibility
     */
    readonly visibility: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices(obj: TemporalClusterSpecPersistenceVisibilityStoreElasticsearchIndices | undefined): Record<string, any> | undefined;
/**
 * PluginName is the name of SQL plugin.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName
 */
export declare enum TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName {
    /** postgres */
    POSTGRES = "postgres",
    /** postgres12 */
    POSTGRES12 = "postgres12",
    /** mysql */
    MYSQL = "mysql",
    /** mysql8 */
    MYSQL8 = "mysql8"
}
/**
 * CaFileRef is a reference to a secret containing the ca file.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef
 */
export interface TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef(obj: TemporalClusterSpecPersistenceVisibilityStoreTlsCaFileRef | undefined): Record<string, any> | undefined;
/**
 * CertFileRef is a reference to a secret containing the cert file.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef
 */
export interface TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef(obj: TemporalClusterSpecPersistenceVisibilityStoreTlsCertFileRef | undefined): Record<string, any> | undefined;
/**
 * KeyFileRef is a reference to a secret containing the key file.
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef
 */
export interface TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef {
    /**
     * Key in the Secret.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef(obj: TemporalClusterSpecPersistenceVisibilityStoreTlsKeyFileRef | undefined): Record<string, any> | undefined;
/**
 * Override configuration for the temporal service Deployment.
 *
 * @schema TemporalClusterSpecServicesFrontendOverridesDeployment
 */
export interface TemporalClusterSpecServicesFrontendOverridesDeployment {
    /**
     * @schema TemporalClusterSpecServicesFrontendOverridesDeployment#jsonPatch
     */
    readonly jsonPatch?: any;
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesFrontendOverridesDeployment#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata;
    /**
     * Specification of the desired behavior of the Deployment.
     *
     * @schema TemporalClusterSpecServicesFrontendOverridesDeployment#spec
     */
    readonly spec?: TemporalClusterSpecServicesFrontendOverridesDeploymentSpec;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverridesDeployment' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesFrontendOverridesDeployment(obj: TemporalClusterSpecServicesFrontendOverridesDeployment | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TemporalClusterSpecServicesFrontendResourcesClaims
 */
export interface TemporalClusterSpecServicesFrontendResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema TemporalClusterSpecServicesFrontendResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema TemporalClusterSpecServicesFrontendResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendResourcesClaims' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesFrontendResourcesClaims(obj: TemporalClusterSpecServicesFrontendResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TemporalClusterSpecServicesFrontendResourcesLimits
 */
export declare class TemporalClusterSpecServicesFrontendResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecServicesFrontendResourcesLimits;
    static fromString(value: string): TemporalClusterSpecServicesFrontendResourcesLimits;
    private constructor();
}
/**
 * @schema TemporalClusterSpecServicesFrontendResourcesRequests
 */
export declare class TemporalClusterSpecServicesFrontendResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecServicesFrontendResourcesRequests;
    static fromString(value: string): TemporalClusterSpecServicesFrontendResourcesRequests;
    private constructor();
}
/**
 * Override configuration for the temporal service Deployment.
 *
 * @schema TemporalClusterSpecServicesHistoryOverridesDeployment
 */
export interface TemporalClusterSpecServicesHistoryOverridesDeployment {
    /**
     * @schema TemporalClusterSpecServicesHistoryOverridesDeployment#jsonPatch
     */
    readonly jsonPatch?: any;
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesHistoryOverridesDeployment#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata;
    /**
     * Specification of the desired behavior of the Deployment.
     *
     * @schema TemporalClusterSpecServicesHistoryOverridesDeployment#spec
     */
    readonly spec?: TemporalClusterSpecServicesHistoryOverridesDeploymentSpec;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverridesDeployment' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesHistoryOverridesDeployment(obj: TemporalClusterSpecServicesHistoryOverridesDeployment | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TemporalClusterSpecServicesHistoryResourcesClaims
 */
export interface TemporalClusterSpecServicesHistoryResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema TemporalClusterSpecServicesHistoryResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema TemporalClusterSpecServicesHistoryResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryResourcesClaims' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesHistoryResourcesClaims(obj: TemporalClusterSpecServicesHistoryResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TemporalClusterSpecServicesHistoryResourcesLimits
 */
export declare class TemporalClusterSpecServicesHistoryResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecServicesHistoryResourcesLimits;
    static fromString(value: string): TemporalClusterSpecServicesHistoryResourcesLimits;
    private constructor();
}
/**
 * @schema TemporalClusterSpecServicesHistoryResourcesRequests
 */
export declare class TemporalClusterSpecServicesHistoryResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecServicesHistoryResourcesRequests;
    static fromString(value: string): TemporalClusterSpecServicesHistoryResourcesRequests;
    private constructor();
}
/**
 * Override configuration for the temporal service Deployment.
 *
 * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeployment
 */
export interface TemporalClusterSpecServicesInternalFrontendOverridesDeployment {
    /**
     * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeployment#jsonPatch
     */
    readonly jsonPatch?: any;
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeployment#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata;
    /**
     * Specification of the desired behavior of the Deployment.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeployment#spec
     */
    readonly spec?: TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverridesDeployment' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeployment(obj: TemporalClusterSpecServicesInternalFrontendOverridesDeployment | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TemporalClusterSpecServicesInternalFrontendResourcesClaims
 */
export interface TemporalClusterSpecServicesInternalFrontendResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendResourcesClaims' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesInternalFrontendResourcesClaims(obj: TemporalClusterSpecServicesInternalFrontendResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TemporalClusterSpecServicesInternalFrontendResourcesLimits
 */
export declare class TemporalClusterSpecServicesInternalFrontendResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecServicesInternalFrontendResourcesLimits;
    static fromString(value: string): TemporalClusterSpecServicesInternalFrontendResourcesLimits;
    private constructor();
}
/**
 * @schema TemporalClusterSpecServicesInternalFrontendResourcesRequests
 */
export declare class TemporalClusterSpecServicesInternalFrontendResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecServicesInternalFrontendResourcesRequests;
    static fromString(value: string): TemporalClusterSpecServicesInternalFrontendResourcesRequests;
    private constructor();
}
/**
 * Override configuration for the temporal service Deployment.
 *
 * @schema TemporalClusterSpecServicesMatchingOverridesDeployment
 */
export interface TemporalClusterSpecServicesMatchingOverridesDeployment {
    /**
     * @schema TemporalClusterSpecServicesMatchingOverridesDeployment#jsonPatch
     */
    readonly jsonPatch?: any;
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesMatchingOverridesDeployment#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata;
    /**
     * Specification of the desired behavior of the Deployment.
     *
     * @schema TemporalClusterSpecServicesMatchingOverridesDeployment#spec
     */
    readonly spec?: TemporalClusterSpecServicesMatchingOverridesDeploymentSpec;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverridesDeployment' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesMatchingOverridesDeployment(obj: TemporalClusterSpecServicesMatchingOverridesDeployment | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TemporalClusterSpecServicesMatchingResourcesClaims
 */
export interface TemporalClusterSpecServicesMatchingResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema TemporalClusterSpecServicesMatchingResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema TemporalClusterSpecServicesMatchingResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingResourcesClaims' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesMatchingResourcesClaims(obj: TemporalClusterSpecServicesMatchingResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TemporalClusterSpecServicesMatchingResourcesLimits
 */
export declare class TemporalClusterSpecServicesMatchingResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecServicesMatchingResourcesLimits;
    static fromString(value: string): TemporalClusterSpecServicesMatchingResourcesLimits;
    private constructor();
}
/**
 * @schema TemporalClusterSpecServicesMatchingResourcesRequests
 */
export declare class TemporalClusterSpecServicesMatchingResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecServicesMatchingResourcesRequests;
    static fromString(value: string): TemporalClusterSpecServicesMatchingResourcesRequests;
    private constructor();
}
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesOverridesDeploymentMetadata
 */
export interface TemporalClusterSpecServicesOverridesDeploymentMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesOverridesDeploymentMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesOverridesDeploymentMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverridesDeploymentMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesOverridesDeploymentMetadata(obj: TemporalClusterSpecServicesOverridesDeploymentMetadata | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of the Deployment.
 *
 * @schema TemporalClusterSpecServicesOverridesDeploymentSpec
 */
export interface TemporalClusterSpecServicesOverridesDeploymentSpec {
    /**
     * Template describes the pods that will be created.
     *
     * @schema TemporalClusterSpecServicesOverridesDeploymentSpec#template
     */
    readonly template?: TemporalClusterSpecServicesOverridesDeploymentSpecTemplate;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverridesDeploymentSpec' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesOverridesDeploymentSpec(obj: TemporalClusterSpecServicesOverridesDeploymentSpec | undefined): Record<string, any> | undefined;
/**
 * Override configuration for the temporal service Deployment.
 *
 * @schema TemporalClusterSpecServicesWorkerOverridesDeployment
 */
export interface TemporalClusterSpecServicesWorkerOverridesDeployment {
    /**
     * @schema TemporalClusterSpecServicesWorkerOverridesDeployment#jsonPatch
     */
    readonly jsonPatch?: any;
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesWorkerOverridesDeployment#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata;
    /**
     * Specification of the desired behavior of the Deployment.
     *
     * @schema TemporalClusterSpecServicesWorkerOverridesDeployment#spec
     */
    readonly spec?: TemporalClusterSpecServicesWorkerOverridesDeploymentSpec;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverridesDeployment' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesWorkerOverridesDeployment(obj: TemporalClusterSpecServicesWorkerOverridesDeployment | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TemporalClusterSpecServicesWorkerResourcesClaims
 */
export interface TemporalClusterSpecServicesWorkerResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema TemporalClusterSpecServicesWorkerResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema TemporalClusterSpecServicesWorkerResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerResourcesClaims' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesWorkerResourcesClaims(obj: TemporalClusterSpecServicesWorkerResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TemporalClusterSpecServicesWorkerResourcesLimits
 */
export declare class TemporalClusterSpecServicesWorkerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecServicesWorkerResourcesLimits;
    static fromString(value: string): TemporalClusterSpecServicesWorkerResourcesLimits;
    private constructor();
}
/**
 * @schema TemporalClusterSpecServicesWorkerResourcesRequests
 */
export declare class TemporalClusterSpecServicesWorkerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecServicesWorkerResourcesRequests;
    static fromString(value: string): TemporalClusterSpecServicesWorkerResourcesRequests;
    private constructor();
}
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecUiOverridesDeploymentMetadata
 */
export interface TemporalClusterSpecUiOverridesDeploymentMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecUiOverridesDeploymentMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecUiOverridesDeploymentMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecUiOverridesDeploymentMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUiOverridesDeploymentMetadata(obj: TemporalClusterSpecUiOverridesDeploymentMetadata | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of the Deployment.
 *
 * @schema TemporalClusterSpecUiOverridesDeploymentSpec
 */
export interface TemporalClusterSpecUiOverridesDeploymentSpec {
    /**
     * Template describes the pods that will be created.
     *
     * @schema TemporalClusterSpecUiOverridesDeploymentSpec#template
     */
    readonly template?: TemporalClusterSpecUiOverridesDeploymentSpecTemplate;
}
/**
 * Converts an object of type 'TemporalClusterSpecUiOverridesDeploymentSpec' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUiOverridesDeploymentSpec(obj: TemporalClusterSpecUiOverridesDeploymentSpec | undefined): Record<string, any> | undefined;
/**
 * Template describes the pods that will be created.
 *
 * @schema TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate
 */
export interface TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate {
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate#metadata
     */
    readonly metadata?: TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata;
    /**
     * Specification of the desired behavior of the pod.
     *
     * @schema TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate(obj: TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * AccessKeyIDRef is the secret key selector containing AWS access key ID.
 *
 * @schema TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef
 */
export interface TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef(obj: TemporalClusterSpecArchivalProviderS3CredentialsAccessKeyIdRef | undefined): Record<string, any> | undefined;
/**
 * SecretAccessKeyRef is the secret key selector containing AWS secret access key.
 *
 * @schema TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef
 */
export interface TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef(obj: TemporalClusterSpecArchivalProviderS3CredentialsSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * RelabelConfig allows dynamic rewriting of the label set for targets, alerts,
 * scraped samples and remote write samples.
 *
 * More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings {
    /**
     * Action to perform based on the regex matching.
     *
     * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
     * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
     *
     * Default: "Replace"
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings#action
     */
    readonly action?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction;
    /**
     * Modulus to take of the hash of the source label values.
     *
     * Only applicable when the action is `HashMod`.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings#modulus
     */
    readonly modulus?: number;
    /**
     * Regular expression against which the extracted value is matched.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings#regex
     */
    readonly regex?: string;
    /**
     * Replacement value against which a Replace action is performed if the
     * regular expression matches.
     *
     * Regex capture groups are available.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings#replacement
     */
    readonly replacement?: string;
    /**
     * Separator is the string between concatenated SourceLabels.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings#separator
     */
    readonly separator?: string;
    /**
     * The source labels select values from existing labels. Their content is
     * concatenated using the configured Separator and matched against the
     * configured regular expression.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings#sourceLabels
     */
    readonly sourceLabels?: string[];
    /**
     * Label to which the resulting string is written in a replacement.
     *
     * It is mandatory for `Replace`, `HashMod`, `Lowercase`, `Uppercase`,
     * `KeepEqual` and `DropEqual` actions.
     *
     * Regex capture groups are available.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings#targetLabel
     */
    readonly targetLabel?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelings | undefined): Record<string, any> | undefined;
/**
 * Override allows customization of the created ServiceMonitor.
 * All fields can be overwritten except "endpoints", "selector" and "namespaceSelector".
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride {
    /**
     * `attachMetadata` defines additional metadata which is added to the
     * discovered targets.
     *
     * It requires Prometheus >= v2.37.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#attachMetadata
     */
    readonly attachMetadata?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata;
    /**
     * When defined, bodySizeLimit specifies a job level limit on the size
     * of uncompressed response body that will be accepted by Prometheus.
     *
     * It requires Prometheus >= v2.28.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#bodySizeLimit
     */
    readonly bodySizeLimit?: string;
    /**
     * Whether to convert all scraped classic histograms into a native histogram with custom buckets.
     * It requires Prometheus >= v3.0.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#convertClassicHistogramsToNHCB
     */
    readonly convertClassicHistogramsToNhcb?: boolean;
    /**
     * List of endpoints part of this ServiceMonitor.
     * Defines how to scrape metrics from Kubernetes [Endpoints](https://kubernetes.io/docs/concepts/services-networking/service/#endpoints) objects.
     * In most cases, an Endpoints object is backed by a Kubernetes [Service](https://kubernetes.io/docs/concepts/services-networking/service/) object with the same name and labels.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#endpoints
     */
    readonly endpoints: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints[];
    /**
     * The protocol to use if a scrape returns blank, unparseable, or otherwise invalid Content-Type.
     *
     * It requires Prometheus >= v3.0.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#fallbackScrapeProtocol
     */
    readonly fallbackScrapeProtocol?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol;
    /**
     * `jobLabel` selects the label from the associated Kubernetes `Service`
     * object which will be used as the `job` label for all metrics.
     *
     * For example if `jobLabel` is set to `foo` and the Kubernetes `Service`
     * object is labeled with `foo: bar`, then Prometheus adds the `job="bar"`
     * label to all ingested metrics.
     *
     * If the value of this field is empty or if the label doesn't exist for
     * the given Service, the `job` label of the metrics defaults to the name
     * of the associated Kubernetes `Service`.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#jobLabel
     */
    readonly jobLabel?: string;
    /**
     * Per-scrape limit on the number of targets dropped by relabeling
     * that will be kept in memory. 0 means no limit.
     *
     * It requires Prometheus >= v2.47.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#keepDroppedTargets
     */
    readonly keepDroppedTargets?: number;
    /**
     * Per-scrape limit on number of labels that will be accepted for a sample.
     *
     * It requires Prometheus >= v2.27.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#labelLimit
     */
    readonly labelLimit?: number;
    /**
     * Per-scrape limit on length of labels name that will be accepted for a sample.
     *
     * It requires Prometheus >= v2.27.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#labelNameLengthLimit
     */
    readonly labelNameLengthLimit?: number;
    /**
     * Per-scrape limit on length of labels value that will be accepted for a sample.
     *
     * It requires Prometheus >= v2.27.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#labelValueLengthLimit
     */
    readonly labelValueLengthLimit?: number;
    /**
     * `namespaceSelector` defines in which namespace(s) Prometheus should discover the services.
     * By default, the services are discovered in the same namespace as the `ServiceMonitor` object but it is possible to select pods across different/all namespaces.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#namespaceSelector
     */
    readonly namespaceSelector?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector;
    /**
     * If there are more than this many buckets in a native histogram,
     * buckets will be merged to stay within the limit.
     * It requires Prometheus >= v2.45.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#nativeHistogramBucketLimit
     */
    readonly nativeHistogramBucketLimit?: number;
    /**
     * If the growth factor of one bucket to the next is smaller than this,
     * buckets will be merged to increase the factor sufficiently.
     * It requires Prometheus >= v2.50.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#nativeHistogramMinBucketFactor
     */
    readonly nativeHistogramMinBucketFactor?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor;
    /**
     * `podTargetLabels` defines the labels which are transferred from the
     * associated Kubernetes `Pod` object onto the ingested metrics.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#podTargetLabels
     */
    readonly podTargetLabels?: string[];
    /**
     * `sampleLimit` defines a per-scrape limit on the number of scraped samples
     * that will be accepted.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#sampleLimit
     */
    readonly sampleLimit?: number;
    /**
     * The scrape class to apply.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#scrapeClass
     */
    readonly scrapeClass?: string;
    /**
     * Whether to scrape a classic histogram that is also exposed as a native histogram.
     * It requires Prometheus >= v2.45.0.
     *
     * Notice: `scrapeClassicHistograms` corresponds to the `always_scrape_classic_histograms` field in the Prometheus configuration.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#scrapeClassicHistograms
     */
    readonly scrapeClassicHistograms?: boolean;
    /**
     * `scrapeProtocols` defines the protocols to negotiate during a scrape. It tells clients the
     * protocols supported by Prometheus in order of preference (from most to least preferred).
     *
     * If unset, Prometheus uses its default value.
     *
     * It requires Prometheus >= v2.49.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#scrapeProtocols
     */
    readonly scrapeProtocols?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols[];
    /**
     * Label selector to select the Kubernetes `Endpoints` objects to scrape metrics from.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#selector
     */
    readonly selector: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector;
    /**
     * Mechanism used to select the endpoints to scrape.
     * By default, the selection process relies on relabel configurations to filter the discovered targets.
     * Alternatively, you can opt in for role selectors, which may offer better efficiency in large clusters.
     * Which strategy is best for your use case needs to be carefully evaluated.
     *
     * It requires Prometheus >= v2.17.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#selectorMechanism
     */
    readonly selectorMechanism?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism;
    /**
     * `targetLabels` defines the labels which are transferred from the
     * associated Kubernetes `Service` object onto the ingested metrics.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#targetLabels
     */
    readonly targetLabels?: string[];
    /**
     * `targetLimit` defines a limit on the number of scraped targets that will
     * be accepted.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride#targetLimit
     */
    readonly targetLimit?: number;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverride | undefined): Record<string, any> | undefined;
/**
 * Consistency sets the default consistency level.
 * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency
 */
export declare enum TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencyConsistency {
    /** ANY */
    ANY = "ANY",
    /** ONE */
    ONE = "ONE",
    /** TWO */
    TWO = "TWO",
    /** THREE */
    THREE = "THREE",
    /** QUORUM */
    QUORUM = "QUORUM",
    /** ALL */
    ALL = "ALL",
    /** LOCAL_QUORUM */
    LOCAL_UNDERSCORE_QUORUM = "LOCAL_QUORUM",
    /** EACH_QUORUM */
    EACH_UNDERSCORE_QUORUM = "EACH_QUORUM",
    /** LOCAL_ONE */
    LOCAL_UNDERSCORE_ONE = "LOCAL_ONE"
}
/**
 * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
 * (defaults to LOCAL_SERIAL if not set)
 *
 * @schema TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency
 */
export declare enum TemporalClusterSpecPersistenceAdvancedVisibilityStoreCassandraConsistencySerialConsistency {
    /** SERIAL */
    SERIAL = "SERIAL",
    /** LOCAL_SERIAL */
    LOCAL_UNDERSCORE_SERIAL = "LOCAL_SERIAL"
}
/**
 * Consistency sets the default consistency level.
 * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency
 */
export declare enum TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencyConsistency {
    /** ANY */
    ANY = "ANY",
    /** ONE */
    ONE = "ONE",
    /** TWO */
    TWO = "TWO",
    /** THREE */
    THREE = "THREE",
    /** QUORUM */
    QUORUM = "QUORUM",
    /** ALL */
    ALL = "ALL",
    /** LOCAL_QUORUM */
    LOCAL_UNDERSCORE_QUORUM = "LOCAL_QUORUM",
    /** EACH_QUORUM */
    EACH_UNDERSCORE_QUORUM = "EACH_QUORUM",
    /** LOCAL_ONE */
    LOCAL_UNDERSCORE_ONE = "LOCAL_ONE"
}
/**
 * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
 * (defaults to LOCAL_SERIAL if not set)
 *
 * @schema TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency
 */
export declare enum TemporalClusterSpecPersistenceDefaultStoreCassandraConsistencySerialConsistency {
    /** SERIAL */
    SERIAL = "SERIAL",
    /** LOCAL_SERIAL */
    LOCAL_UNDERSCORE_SERIAL = "LOCAL_SERIAL"
}
/**
 * Consistency sets the default consistency level.
 * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency
 */
export declare enum TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencyConsistency {
    /** ANY */
    ANY = "ANY",
    /** ONE */
    ONE = "ONE",
    /** TWO */
    TWO = "TWO",
    /** THREE */
    THREE = "THREE",
    /** QUORUM */
    QUORUM = "QUORUM",
    /** ALL */
    ALL = "ALL",
    /** LOCAL_QUORUM */
    LOCAL_UNDERSCORE_QUORUM = "LOCAL_QUORUM",
    /** EACH_QUORUM */
    EACH_UNDERSCORE_QUORUM = "EACH_QUORUM",
    /** LOCAL_ONE */
    LOCAL_UNDERSCORE_ONE = "LOCAL_ONE"
}
/**
 * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
 * (defaults to LOCAL_SERIAL if not set)
 *
 * @schema TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency
 */
export declare enum TemporalClusterSpecPersistenceSecondaryVisibilityStoreCassandraConsistencySerialConsistency {
    /** SERIAL */
    SERIAL = "SERIAL",
    /** LOCAL_SERIAL */
    LOCAL_UNDERSCORE_SERIAL = "LOCAL_SERIAL"
}
/**
 * Consistency sets the default consistency level.
 * Values identical to gocql Consistency values. (defaults to LOCAL_QUORUM if not set).
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency
 */
export declare enum TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencyConsistency {
    /** ANY */
    ANY = "ANY",
    /** ONE */
    ONE = "ONE",
    /** TWO */
    TWO = "TWO",
    /** THREE */
    THREE = "THREE",
    /** QUORUM */
    QUORUM = "QUORUM",
    /** ALL */
    ALL = "ALL",
    /** LOCAL_QUORUM */
    LOCAL_UNDERSCORE_QUORUM = "LOCAL_QUORUM",
    /** EACH_QUORUM */
    EACH_UNDERSCORE_QUORUM = "EACH_QUORUM",
    /** LOCAL_ONE */
    LOCAL_UNDERSCORE_ONE = "LOCAL_ONE"
}
/**
 * SerialConsistency sets the consistency for the serial prtion of queries. Values identical to gocql SerialConsistency values.
 * (defaults to LOCAL_SERIAL if not set)
 *
 * @schema TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency
 */
export declare enum TemporalClusterSpecPersistenceVisibilityStoreCassandraConsistencySerialConsistency {
    /** SERIAL */
    SERIAL = "SERIAL",
    /** LOCAL_SERIAL */
    LOCAL_UNDERSCORE_SERIAL = "LOCAL_SERIAL"
}
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata
 */
export interface TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata(obj: TemporalClusterSpecServicesFrontendOverridesDeploymentMetadata | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of the Deployment.
 *
 * @schema TemporalClusterSpecServicesFrontendOverridesDeploymentSpec
 */
export interface TemporalClusterSpecServicesFrontendOverridesDeploymentSpec {
    /**
     * Template describes the pods that will be created.
     *
     * @schema TemporalClusterSpecServicesFrontendOverridesDeploymentSpec#template
     */
    readonly template?: TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverridesDeploymentSpec' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpec(obj: TemporalClusterSpecServicesFrontendOverridesDeploymentSpec | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata
 */
export interface TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata(obj: TemporalClusterSpecServicesHistoryOverridesDeploymentMetadata | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of the Deployment.
 *
 * @schema TemporalClusterSpecServicesHistoryOverridesDeploymentSpec
 */
export interface TemporalClusterSpecServicesHistoryOverridesDeploymentSpec {
    /**
     * Template describes the pods that will be created.
     *
     * @schema TemporalClusterSpecServicesHistoryOverridesDeploymentSpec#template
     */
    readonly template?: TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverridesDeploymentSpec' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpec(obj: TemporalClusterSpecServicesHistoryOverridesDeploymentSpec | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata
 */
export interface TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata(obj: TemporalClusterSpecServicesInternalFrontendOverridesDeploymentMetadata | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of the Deployment.
 *
 * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec
 */
export interface TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec {
    /**
     * Template describes the pods that will be created.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec#template
     */
    readonly template?: TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec(obj: TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpec | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata
 */
export interface TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata(obj: TemporalClusterSpecServicesMatchingOverridesDeploymentMetadata | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of the Deployment.
 *
 * @schema TemporalClusterSpecServicesMatchingOverridesDeploymentSpec
 */
export interface TemporalClusterSpecServicesMatchingOverridesDeploymentSpec {
    /**
     * Template describes the pods that will be created.
     *
     * @schema TemporalClusterSpecServicesMatchingOverridesDeploymentSpec#template
     */
    readonly template?: TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverridesDeploymentSpec' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpec(obj: TemporalClusterSpecServicesMatchingOverridesDeploymentSpec | undefined): Record<string, any> | undefined;
/**
 * Template describes the pods that will be created.
 *
 * @schema TemporalClusterSpecServicesOverridesDeploymentSpecTemplate
 */
export interface TemporalClusterSpecServicesOverridesDeploymentSpecTemplate {
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesOverridesDeploymentSpecTemplate#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata;
    /**
     * Specification of the desired behavior of the pod.
     *
     * @schema TemporalClusterSpecServicesOverridesDeploymentSpecTemplate#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverridesDeploymentSpecTemplate' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesOverridesDeploymentSpecTemplate(obj: TemporalClusterSpecServicesOverridesDeploymentSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata
 */
export interface TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata(obj: TemporalClusterSpecServicesWorkerOverridesDeploymentMetadata | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of the Deployment.
 *
 * @schema TemporalClusterSpecServicesWorkerOverridesDeploymentSpec
 */
export interface TemporalClusterSpecServicesWorkerOverridesDeploymentSpec {
    /**
     * Template describes the pods that will be created.
     *
     * @schema TemporalClusterSpecServicesWorkerOverridesDeploymentSpec#template
     */
    readonly template?: TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverridesDeploymentSpec' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpec(obj: TemporalClusterSpecServicesWorkerOverridesDeploymentSpec | undefined): Record<string, any> | undefined;
/**
 * Template describes the pods that will be created.
 *
 * @schema TemporalClusterSpecUiOverridesDeploymentSpecTemplate
 */
export interface TemporalClusterSpecUiOverridesDeploymentSpecTemplate {
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecUiOverridesDeploymentSpecTemplate#metadata
     */
    readonly metadata?: TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata;
    /**
     * Specification of the desired behavior of the pod.
     *
     * @schema TemporalClusterSpecUiOverridesDeploymentSpecTemplate#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'TemporalClusterSpecUiOverridesDeploymentSpecTemplate' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUiOverridesDeploymentSpecTemplate(obj: TemporalClusterSpecUiOverridesDeploymentSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata
 */
export interface TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata(obj: TemporalClusterSpecAdmintoolsOverridesDeploymentSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * Action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction
 */
export declare enum TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorMetricRelabelingsAction {
    /** replace */
    REPLACE = "replace",
    /** keep */
    KEEP = "keep",
    /** drop */
    DROP = "drop",
    /** hashmod */
    HASHMOD = "hashmod",
    /** labelmap */
    LABELMAP = "labelmap",
    /** labeldrop */
    LABELDROP = "labeldrop",
    /** labelkeep */
    LABELKEEP = "labelkeep",
    /** lowercase */
    LOWERCASE = "lowercase",
    /** uppercase */
    UPPERCASE = "uppercase",
    /** keepequal */
    KEEPEQUAL = "keepequal",
    /** dropequal */
    DROPEQUAL = "dropequal"
}
/**
 * `attachMetadata` defines additional metadata which is added to the
 * discovered targets.
 *
 * It requires Prometheus >= v2.37.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata {
    /**
     * When set to true, Prometheus attaches node metadata to the discovered
     * targets.
     *
     * The Prometheus service account must have the `list` and `watch`
     * permissions on the `Nodes` objects.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata#node
     */
    readonly node?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideAttachMetadata | undefined): Record<string, any> | undefined;
/**
 * Endpoint defines an endpoint serving Prometheus metrics to be scraped by
 * Prometheus.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints {
    /**
     * `authorization` configures the Authorization header credentials to use when
     * scraping the target.
     *
     * Cannot be set at the same time as `basicAuth`, or `oauth2`.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#authorization
     */
    readonly authorization?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization;
    /**
     * `basicAuth` configures the Basic Authentication credentials to use when
     * scraping the target.
     *
     * Cannot be set at the same time as `authorization`, or `oauth2`.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#basicAuth
     */
    readonly basicAuth?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth;
    /**
     * File to read bearer token for scraping the target.
     *
     * Deprecated: use `authorization` instead.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#bearerTokenFile
     */
    readonly bearerTokenFile?: string;
    /**
     * `bearerTokenSecret` specifies a key of a Secret containing the bearer
     * token for scraping targets. The secret needs to be in the same namespace
     * as the ServiceMonitor object and readable by the Prometheus Operator.
     *
     * Deprecated: use `authorization` instead.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#bearerTokenSecret
     */
    readonly bearerTokenSecret?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret;
    /**
     * `enableHttp2` can be used to disable HTTP2 when scraping the target.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#enableHttp2
     */
    readonly enableHttp2?: boolean;
    /**
     * When true, the pods which are not running (e.g. either in Failed or
     * Succeeded state) are dropped during the target discovery.
     *
     * If unset, the filtering is enabled.
     *
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#filterRunning
     */
    readonly filterRunning?: boolean;
    /**
     * `followRedirects` defines whether the scrape requests should follow HTTP
     * 3xx redirects.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#followRedirects
     */
    readonly followRedirects?: boolean;
    /**
     * When true, `honorLabels` preserves the metric's labels when they collide
     * with the target's labels.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#honorLabels
     */
    readonly honorLabels?: boolean;
    /**
     * `honorTimestamps` controls whether Prometheus preserves the timestamps
     * when exposed by the target.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#honorTimestamps
     */
    readonly honorTimestamps?: boolean;
    /**
     * Interval at which Prometheus scrapes the metrics from the target.
     *
     * If empty, Prometheus uses the global scrape interval.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#interval
     */
    readonly interval?: string;
    /**
     * `metricRelabelings` configures the relabeling rules to apply to the
     * samples before ingestion.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#metricRelabelings
     */
    readonly metricRelabelings?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings[];
    /**
     * `noProxy` is a comma-separated string that can contain IPs, CIDR notation, domain names
     * that should be excluded from proxying. IP and domain names can
     * contain port numbers.
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#noProxy
     */
    readonly noProxy?: string;
    /**
     * `oauth2` configures the OAuth2 settings to use when scraping the target.
     *
     * It requires Prometheus >= 2.27.0.
     *
     * Cannot be set at the same time as `authorization`, or `basicAuth`.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#oauth2
     */
    readonly oauth2?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2;
    /**
     * params define optional HTTP URL parameters.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#params
     */
    readonly params?: {
        [key: string]: string[];
    };
    /**
     * HTTP path from which to scrape for metrics.
     *
     * If empty, Prometheus uses the default value (e.g. `/metrics`).
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#path
     */
    readonly path?: string;
    /**
     * Name of the Service port which this endpoint refers to.
     *
     * It takes precedence over `targetPort`.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#port
     */
    readonly port?: string;
    /**
     * ProxyConnectHeader optionally specifies headers to send to
     * proxies during CONNECT requests.
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#proxyConnectHeader
     */
    readonly proxyConnectHeader?: {
        [key: string]: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader[];
    };
    /**
     * Whether to use the proxy configuration defined by environment variables (HTTP_PROXY, HTTPS_PROXY, and NO_PROXY).
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#proxyFromEnvironment
     */
    readonly proxyFromEnvironment?: boolean;
    /**
     * `proxyURL` defines the HTTP proxy server to use.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#proxyUrl
     */
    readonly proxyUrl?: string;
    /**
     * `relabelings` configures the relabeling rules to apply the target's
     * metadata labels.
     *
     * The Operator automatically adds relabelings for a few standard Kubernetes fields.
     *
     * The original scrape job's name is available via the `__tmp_prometheus_job_name` label.
     *
     * More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#relabelings
     */
    readonly relabelings?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings[];
    /**
     * HTTP scheme to use for scraping.
     *
     * `http` and `https` are the expected values unless you rewrite the
     * `__scheme__` label via relabeling.
     *
     * If empty, Prometheus uses the default value `http`.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#scheme
     */
    readonly scheme?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme;
    /**
     * Timeout after which Prometheus considers the scrape to be failed.
     *
     * If empty, Prometheus uses the global scrape timeout unless it is less
     * than the target's scrape interval value in which the latter is used.
     * The value cannot be greater than the scrape interval otherwise the operator will reject the resource.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#scrapeTimeout
     */
    readonly scrapeTimeout?: string;
    /**
     * Name or number of the target port of the `Pod` object behind the
     * Service. The port must be specified with the container's port property.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#targetPort
     */
    readonly targetPort?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort;
    /**
     * TLS configuration to use when scraping the target.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#tlsConfig
     */
    readonly tlsConfig?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig;
    /**
     * `trackTimestampsStaleness` defines whether Prometheus tracks staleness of
     * the metrics that have an explicit timestamp present in scraped data.
     * Has no effect if `honorTimestamps` is false.
     *
     * It requires Prometheus >= v2.48.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints#trackTimestampsStaleness
     */
    readonly trackTimestampsStaleness?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpoints | undefined): Record<string, any> | undefined;
/**
 * The protocol to use if a scrape returns blank, unparseable, or otherwise invalid Content-Type.
 *
 * It requires Prometheus >= v3.0.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol
 */
export declare enum TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideFallbackScrapeProtocol {
    /** PrometheusProto */
    PROMETHEUS_PROTO = "PrometheusProto",
    /** OpenMetricsText0.0.1 */
    OPEN_METRICS_TEXT0_0_1 = "OpenMetricsText0.0.1",
    /** OpenMetricsText1.0.0 */
    OPEN_METRICS_TEXT1_0_0 = "OpenMetricsText1.0.0",
    /** PrometheusText0.0.4 */
    PROMETHEUS_TEXT0_0_4 = "PrometheusText0.0.4",
    /** PrometheusText1.0.0 */
    PROMETHEUS_TEXT1_0_0 = "PrometheusText1.0.0"
}
/**
 * `namespaceSelector` defines in which namespace(s) Prometheus should discover the services.
 * By default, the services are discovered in the same namespace as the `ServiceMonitor` object but it is possible to select pods across different/all namespaces.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector {
    /**
     * Boolean describing whether all namespaces are selected in contrast to a
     * list restricting them.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector#any
     */
    readonly any?: boolean;
    /**
     * List of namespace names to select from.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector#matchNames
     */
    readonly matchNames?: string[];
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * If the growth factor of one bucket to the next is smaller than this,
 * buckets will be merged to increase the factor sufficiently.
 * It requires Prometheus >= v2.50.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor
 */
export declare class TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor;
    static fromString(value: string): TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideNativeHistogramMinBucketFactor;
    private constructor();
}
/**
 * ScrapeProtocol represents a protocol used by Prometheus for scraping metrics.
 * Supported values are:
 * * `OpenMetricsText0.0.1`
 * * `OpenMetricsText1.0.0`
 * * `PrometheusProto`
 * * `PrometheusText0.0.4`
 * * `PrometheusText1.0.0`
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols
 */
export declare enum TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideScrapeProtocols {
    /** PrometheusProto */
    PROMETHEUS_PROTO = "PrometheusProto",
    /** OpenMetricsText0.0.1 */
    OPEN_METRICS_TEXT0_0_1 = "OpenMetricsText0.0.1",
    /** OpenMetricsText1.0.0 */
    OPEN_METRICS_TEXT1_0_0 = "OpenMetricsText1.0.0",
    /** PrometheusText0.0.4 */
    PROMETHEUS_TEXT0_0_4 = "PrometheusText0.0.4",
    /** PrometheusText1.0.0 */
    PROMETHEUS_TEXT1_0_0 = "PrometheusText1.0.0"
}
/**
 * Label selector to select the Kubernetes `Endpoints` objects to scrape metrics from.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector#matchExpressions
     */
    readonly matchExpressions?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelector | undefined): Record<string, any> | undefined;
/**
 * Mechanism used to select the endpoints to scrape.
 * By default, the selection process relies on relabel configurations to filter the discovered targets.
 * Alternatively, you can opt in for role selectors, which may offer better efficiency in large clusters.
 * Which strategy is best for your use case needs to be carefully evaluated.
 *
 * It requires Prometheus >= v2.17.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism
 */
export declare enum TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMechanism {
    /** RelabelConfig */
    RELABEL_CONFIG = "RelabelConfig",
    /** RoleSelector */
    ROLE_SELECTOR = "RoleSelector"
}
/**
 * Template describes the pods that will be created.
 *
 * @schema TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate
 */
export interface TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate {
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata;
    /**
     * Specification of the desired behavior of the pod.
     *
     * @schema TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate(obj: TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * Template describes the pods that will be created.
 *
 * @schema TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate
 */
export interface TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate {
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata;
    /**
     * Specification of the desired behavior of the pod.
     *
     * @schema TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate(obj: TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * Template describes the pods that will be created.
 *
 * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate
 */
export interface TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate {
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata;
    /**
     * Specification of the desired behavior of the pod.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate(obj: TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * Template describes the pods that will be created.
 *
 * @schema TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate
 */
export interface TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate {
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata;
    /**
     * Specification of the desired behavior of the pod.
     *
     * @schema TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate(obj: TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata
 */
export interface TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata(obj: TemporalClusterSpecServicesOverridesDeploymentSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * Template describes the pods that will be created.
 *
 * @schema TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate
 */
export interface TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate {
    /**
     * ObjectMetaOverride provides the ability to override an object metadata.
     * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
     *
     * @schema TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate#metadata
     */
    readonly metadata?: TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata;
    /**
     * Specification of the desired behavior of the pod.
     *
     * @schema TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate(obj: TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata
 */
export interface TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata(obj: TemporalClusterSpecUiOverridesDeploymentSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * `authorization` configures the Authorization header credentials to use when
 * scraping the target.
 *
 * Cannot be set at the same time as `basicAuth`, or `oauth2`.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization {
    /**
     * Selects a key of a Secret in the namespace that contains the credentials for authentication.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization#credentials
     */
    readonly credentials?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials;
    /**
     * Defines the authentication type. The value is case-insensitive.
     *
     * "Basic" is not a supported value.
     *
     * Default: "Bearer"
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorization | undefined): Record<string, any> | undefined;
/**
 * `basicAuth` configures the Basic Authentication credentials to use when
 * scraping the target.
 *
 * Cannot be set at the same time as `authorization`, or `oauth2`.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth {
    /**
     * `password` specifies a key of a Secret containing the password for
     * authentication.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth#password
     */
    readonly password?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword;
    /**
     * `username` specifies a key of a Secret containing the username for
     * authentication.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth#username
     */
    readonly username?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuth | undefined): Record<string, any> | undefined;
/**
 * `bearerTokenSecret` specifies a key of a Secret containing the bearer
 * token for scraping targets. The secret needs to be in the same namespace
 * as the ServiceMonitor object and readable by the Prometheus Operator.
 *
 * Deprecated: use `authorization` instead.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBearerTokenSecret | undefined): Record<string, any> | undefined;
/**
 * RelabelConfig allows dynamic rewriting of the label set for targets, alerts,
 * scraped samples and remote write samples.
 *
 * More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings {
    /**
     * Action to perform based on the regex matching.
     *
     * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
     * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
     *
     * Default: "Replace"
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings#action
     */
    readonly action?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction;
    /**
     * Modulus to take of the hash of the source label values.
     *
     * Only applicable when the action is `HashMod`.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings#modulus
     */
    readonly modulus?: number;
    /**
     * Regular expression against which the extracted value is matched.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings#regex
     */
    readonly regex?: string;
    /**
     * Replacement value against which a Replace action is performed if the
     * regular expression matches.
     *
     * Regex capture groups are available.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings#replacement
     */
    readonly replacement?: string;
    /**
     * Separator is the string between concatenated SourceLabels.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings#separator
     */
    readonly separator?: string;
    /**
     * The source labels select values from existing labels. Their content is
     * concatenated using the configured Separator and matched against the
     * configured regular expression.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings#sourceLabels
     */
    readonly sourceLabels?: string[];
    /**
     * Label to which the resulting string is written in a replacement.
     *
     * It is mandatory for `Replace`, `HashMod`, `Lowercase`, `Uppercase`,
     * `KeepEqual` and `DropEqual` actions.
     *
     * Regex capture groups are available.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings#targetLabel
     */
    readonly targetLabel?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelings | undefined): Record<string, any> | undefined;
/**
 * `oauth2` configures the OAuth2 settings to use when scraping the target.
 *
 * It requires Prometheus >= 2.27.0.
 *
 * Cannot be set at the same time as `authorization`, or `basicAuth`.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2 {
    /**
     * `clientId` specifies a key of a Secret or ConfigMap containing the
     * OAuth2 client's ID.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2#clientId
     */
    readonly clientId: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId;
    /**
     * `clientSecret` specifies a key of a Secret containing the OAuth2
     * client's secret.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2#clientSecret
     */
    readonly clientSecret: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret;
    /**
     * `endpointParams` configures the HTTP parameters to append to the token
     * URL.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2#endpointParams
     */
    readonly endpointParams?: {
        [key: string]: string;
    };
    /**
     * `noProxy` is a comma-separated string that can contain IPs, CIDR notation, domain names
     * that should be excluded from proxying. IP and domain names can
     * contain port numbers.
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2#noProxy
     */
    readonly noProxy?: string;
    /**
     * ProxyConnectHeader optionally specifies headers to send to
     * proxies during CONNECT requests.
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2#proxyConnectHeader
     */
    readonly proxyConnectHeader?: {
        [key: string]: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader[];
    };
    /**
     * Whether to use the proxy configuration defined by environment variables (HTTP_PROXY, HTTPS_PROXY, and NO_PROXY).
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2#proxyFromEnvironment
     */
    readonly proxyFromEnvironment?: boolean;
    /**
     * `proxyURL` defines the HTTP proxy server to use.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2#proxyUrl
     */
    readonly proxyUrl?: string;
    /**
     * `scopes` defines the OAuth2 scopes used for the token request.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * TLS configuration to use when connecting to the OAuth2 server.
     * It requires Prometheus >= v2.43.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2#tlsConfig
     */
    readonly tlsConfig?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig;
    /**
     * `tokenURL` configures the URL to fetch the token from.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2#tokenUrl
     */
    readonly tokenUrl: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2 | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector selects a key of a Secret.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsProxyConnectHeader | undefined): Record<string, any> | undefined;
/**
 * RelabelConfig allows dynamic rewriting of the label set for targets, alerts,
 * scraped samples and remote write samples.
 *
 * More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings {
    /**
     * Action to perform based on the regex matching.
     *
     * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
     * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
     *
     * Default: "Replace"
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings#action
     */
    readonly action?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction;
    /**
     * Modulus to take of the hash of the source label values.
     *
     * Only applicable when the action is `HashMod`.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings#modulus
     */
    readonly modulus?: number;
    /**
     * Regular expression against which the extracted value is matched.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings#regex
     */
    readonly regex?: string;
    /**
     * Replacement value against which a Replace action is performed if the
     * regular expression matches.
     *
     * Regex capture groups are available.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings#replacement
     */
    readonly replacement?: string;
    /**
     * Separator is the string between concatenated SourceLabels.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings#separator
     */
    readonly separator?: string;
    /**
     * The source labels select values from existing labels. Their content is
     * concatenated using the configured Separator and matched against the
     * configured regular expression.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings#sourceLabels
     */
    readonly sourceLabels?: string[];
    /**
     * Label to which the resulting string is written in a replacement.
     *
     * It is mandatory for `Replace`, `HashMod`, `Lowercase`, `Uppercase`,
     * `KeepEqual` and `DropEqual` actions.
     *
     * Regex capture groups are available.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings#targetLabel
     */
    readonly targetLabel?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelings | undefined): Record<string, any> | undefined;
/**
 * HTTP scheme to use for scraping.
 *
 * `http` and `https` are the expected values unless you rewrite the
 * `__scheme__` label via relabeling.
 *
 * If empty, Prometheus uses the default value `http`.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme
 */
export declare enum TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsScheme {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * Name or number of the target port of the `Pod` object behind the
 * Service. The port must be specified with the container's port property.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort
 */
export declare class TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort;
    static fromString(value: string): TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTargetPort;
    private constructor();
}
/**
 * TLS configuration to use when scraping the target.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig {
    /**
     * Certificate authority used when verifying server certificates.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig#ca
     */
    readonly ca?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa;
    /**
     * Path to the CA cert in the Prometheus container to use for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig#caFile
     */
    readonly caFile?: string;
    /**
     * Client certificate to present when doing client-authentication.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig#cert
     */
    readonly cert?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert;
    /**
     * Path to the client cert file in the Prometheus container for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig#certFile
     */
    readonly certFile?: string;
    /**
     * Disable target certificate validation.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * Path to the client key file in the Prometheus container for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig#keyFile
     */
    readonly keyFile?: string;
    /**
     * Secret containing the client key file for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig#keySecret
     */
    readonly keySecret?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret;
    /**
     * Maximum acceptable TLS version.
     *
     * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig#maxVersion
     */
    readonly maxVersion?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion;
    /**
     * Minimum acceptable TLS version.
     *
     * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig#minVersion
     */
    readonly minVersion?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion;
    /**
     * Used to verify the hostname for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig#serverName
     */
    readonly serverName?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfig | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata
 */
export interface TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata(obj: TemporalClusterSpecServicesFrontendOverridesDeploymentSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata
 */
export interface TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata(obj: TemporalClusterSpecServicesHistoryOverridesDeploymentSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata
 */
export interface TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata(obj: TemporalClusterSpecServicesInternalFrontendOverridesDeploymentSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata
 */
export interface TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata(obj: TemporalClusterSpecServicesMatchingOverridesDeploymentSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * ObjectMetaOverride provides the ability to override an object metadata.
 * It's a subset of the fields included in k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta.
 *
 * @schema TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata
 */
export interface TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata.
     *
     * @schema TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects.
     *
     * @schema TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata(obj: TemporalClusterSpecServicesWorkerOverridesDeploymentSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a Secret in the namespace that contains the credentials for authentication.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsAuthorizationCredentials | undefined): Record<string, any> | undefined;
/**
 * `password` specifies a key of a Secret containing the password for
 * authentication.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthPassword | undefined): Record<string, any> | undefined;
/**
 * `username` specifies a key of a Secret containing the username for
 * authentication.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsBasicAuthUsername | undefined): Record<string, any> | undefined;
/**
 * Action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction
 */
export declare enum TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsMetricRelabelingsAction {
    /** replace */
    REPLACE = "replace",
    /** keep */
    KEEP = "keep",
    /** drop */
    DROP = "drop",
    /** hashmod */
    HASHMOD = "hashmod",
    /** labelmap */
    LABELMAP = "labelmap",
    /** labeldrop */
    LABELDROP = "labeldrop",
    /** labelkeep */
    LABELKEEP = "labelkeep",
    /** lowercase */
    LOWERCASE = "lowercase",
    /** uppercase */
    UPPERCASE = "uppercase",
    /** keepequal */
    KEEPEQUAL = "keepequal",
    /** dropequal */
    DROPEQUAL = "dropequal"
}
/**
 * `clientId` specifies a key of a Secret or ConfigMap containing the
 * OAuth2 client's ID.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId {
    /**
     * ConfigMap containing data to use for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId#configMap
     */
    readonly configMap?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap;
    /**
     * Secret containing data to use for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId#secret
     */
    readonly secret?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientId | undefined): Record<string, any> | undefined;
/**
 * `clientSecret` specifies a key of a Secret containing the OAuth2
 * client's secret.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientSecret | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector selects a key of a Secret.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ProxyConnectHeader | undefined): Record<string, any> | undefined;
/**
 * TLS configuration to use when connecting to the OAuth2 server.
 * It requires Prometheus >= v2.43.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig {
    /**
     * Certificate authority used when verifying server certificates.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig#ca
     */
    readonly ca?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa;
    /**
     * Client certificate to present when doing client-authentication.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig#cert
     */
    readonly cert?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert;
    /**
     * Disable target certificate validation.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * Secret containing the client key file for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig#keySecret
     */
    readonly keySecret?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret;
    /**
     * Maximum acceptable TLS version.
     *
     * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig#maxVersion
     */
    readonly maxVersion?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion;
    /**
     * Minimum acceptable TLS version.
     *
     * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig#minVersion
     */
    readonly minVersion?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion;
    /**
     * Used to verify the hostname for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig#serverName
     */
    readonly serverName?: string;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfig | undefined): Record<string, any> | undefined;
/**
 * Action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction
 */
export declare enum TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsRelabelingsAction {
    /** replace */
    REPLACE = "replace",
    /** keep */
    KEEP = "keep",
    /** drop */
    DROP = "drop",
    /** hashmod */
    HASHMOD = "hashmod",
    /** labelmap */
    LABELMAP = "labelmap",
    /** labeldrop */
    LABELDROP = "labeldrop",
    /** labelkeep */
    LABELKEEP = "labelkeep",
    /** lowercase */
    LOWERCASE = "lowercase",
    /** uppercase */
    UPPERCASE = "uppercase",
    /** keepequal */
    KEEPEQUAL = "keepequal",
    /** dropequal */
    DROPEQUAL = "dropequal"
}
/**
 * Certificate authority used when verifying server certificates.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa {
    /**
     * ConfigMap containing data to use for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa#configMap
     */
    readonly configMap?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap;
    /**
     * Secret containing data to use for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa#secret
     */
    readonly secret?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCa | undefined): Record<string, any> | undefined;
/**
 * Client certificate to present when doing client-authentication.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert {
    /**
     * ConfigMap containing data to use for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert#configMap
     */
    readonly configMap?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap;
    /**
     * Secret containing data to use for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert#secret
     */
    readonly secret?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCert | undefined): Record<string, any> | undefined;
/**
 * Secret containing the client key file for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigKeySecret | undefined): Record<string, any> | undefined;
/**
 * Maximum acceptable TLS version.
 *
 * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion
 */
export declare enum TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMaxVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * Minimum acceptable TLS version.
 *
 * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion
 */
export declare enum TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigMinVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * ConfigMap containing data to use for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap {
    /**
     * The key to select.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdConfigMap | undefined): Record<string, any> | undefined;
/**
 * Secret containing data to use for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2ClientIdSecret | undefined): Record<string, any> | undefined;
/**
 * Certificate authority used when verifying server certificates.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa {
    /**
     * ConfigMap containing data to use for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa#configMap
     */
    readonly configMap?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap;
    /**
     * Secret containing data to use for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa#secret
     */
    readonly secret?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCa | undefined): Record<string, any> | undefined;
/**
 * Client certificate to present when doing client-authentication.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert {
    /**
     * ConfigMap containing data to use for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert#configMap
     */
    readonly configMap?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap;
    /**
     * Secret containing data to use for the targets.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert#secret
     */
    readonly secret?: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCert | undefined): Record<string, any> | undefined;
/**
 * Secret containing the client key file for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigKeySecret | undefined): Record<string, any> | undefined;
/**
 * Maximum acceptable TLS version.
 *
 * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion
 */
export declare enum TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMaxVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * Minimum acceptable TLS version.
 *
 * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion
 */
export declare enum TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigMinVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * ConfigMap containing data to use for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap {
    /**
     * The key to select.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaConfigMap | undefined): Record<string, any> | undefined;
/**
 * Secret containing data to use for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCaSecret | undefined): Record<string, any> | undefined;
/**
 * ConfigMap containing data to use for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap {
    /**
     * The key to select.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertConfigMap | undefined): Record<string, any> | undefined;
/**
 * Secret containing data to use for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsTlsConfigCertSecret | undefined): Record<string, any> | undefined;
/**
 * ConfigMap containing data to use for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap {
    /**
     * The key to select.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaConfigMap | undefined): Record<string, any> | undefined;
/**
 * Secret containing data to use for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCaSecret | undefined): Record<string, any> | undefined;
/**
 * ConfigMap containing data to use for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap {
    /**
     * The key to select.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertConfigMap | undefined): Record<string, any> | undefined;
/**
 * Secret containing data to use for the targets.
 *
 * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret
 */
export interface TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret' to JSON representation.
 */
export declare function toJson_TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret(obj: TemporalClusterSpecMetricsPrometheusScrapeConfigServiceMonitorOverrideEndpointsOauth2TlsConfigCertSecret | undefined): Record<string, any> | undefined;
