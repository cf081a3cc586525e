import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * SparkConnect is the Schema for the sparkconnections API.
 *
 * @schema SparkConnect
 */
export declare class SparkConnect extends ApiObject {
    /**
     * Returns the apiVersion and kind for "SparkConnect"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "SparkConnect".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: SparkConnectProps): any;
    /**
     * Defines a "SparkConnect" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: SparkConnectProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * SparkConnect is the Schema for the sparkconnections API.
 *
 * @schema SparkConnect
 */
export interface SparkConnectProps {
    /**
     * @schema SparkConnect#metadata
     */
    readonly metadata: ApiObjectMetadata;
    /**
     * SparkConnectSpec defines the desired state of SparkConnect.
     *
     * @schema SparkConnect#spec
     */
    readonly spec: SparkConnectSpec;
}
/**
 * Converts an object of type 'SparkConnectProps' to JSON representation.
 */
export declare function toJson_SparkConnectProps(obj: SparkConnectProps | undefined): Record<string, any> | undefined;
/**
 * SparkConnectSpec defines the desired state of SparkConnect.
 *
 * @schema SparkConnectSpec
 */
export interface SparkConnectSpec {
    /**
     * DynamicAllocation configures dynamic allocation that becomes available for the Kubernetes
     * scheduler backend since Spark 3.0.
     *
     * @schema SparkConnectSpec#dynamicAllocation
     */
    readonly dynamicAllocation?: SparkConnectSpecDynamicAllocation;
    /**
     * Executor is the Spark executor specification.
     *
     * @schema SparkConnectSpec#executor
     */
    readonly executor: SparkConnectSpecExecutor;
    /**
     * HadoopConf carries user-specified Hadoop configuration properties as they would use the "--conf" option
     * in spark-submit. The SparkApplication controller automatically adds prefix "spark.hadoop." to Hadoop
     * configuration properties.
     *
     * @schema SparkConnectSpec#hadoopConf
     */
    readonly hadoopConf?: {
        [key: string]: string;
    };
    /**
     * Image is the container image for the driver, executor, and init-container. Any custom container images for the
     * driver, executor, or init-container takes precedence over this.
     *
     * @schema SparkConnectSpec#image
     */
    readonly image?: string;
    /**
     * Server is the Spark connect server specification.
     *
     * @schema SparkConnectSpec#server
     */
    readonly server: SparkConnectSpecServer;
    /**
     * SparkConf carries user-specified Spark configuration properties as they would use the "--conf" option in
     * spark-submit.
     *
     * @schema SparkConnectSpec#sparkConf
     */
    readonly sparkConf?: {
        [key: string]: string;
    };
    /**
     * SparkVersion is the version of Spark the spark connect use.
     *
     * @schema SparkConnectSpec#sparkVersion
     */
    readonly sparkVersion: string;
}
/**
 * Converts an object of type 'SparkConnectSpec' to JSON representation.
 */
export declare function toJson_SparkConnectSpec(obj: SparkConnectSpec | undefined): Record<string, any> | undefined;
/**
 * DynamicAllocation configures dynamic allocation that becomes available for the Kubernetes
 * scheduler backend since Spark 3.0.
 *
 * @schema SparkConnectSpecDynamicAllocation
 */
export interface SparkConnectSpecDynamicAllocation {
    /**
     * Enabled controls whether dynamic allocation is enabled or not.
     *
     * @schema SparkConnectSpecDynamicAllocation#enabled
     */
    readonly enabled?: boolean;
    /**
     * InitialExecutors is the initial number of executors to request. If .spec.executor.instances
     * is also set, the initial number of executors is set to the bigger of that and this option.
     *
     * @schema SparkConnectSpecDynamicAllocation#initialExecutors
     */
    readonly initialExecutors?: number;
    /**
     * MaxExecutors is the upper bound for the number of executors if dynamic allocation is enabled.
     *
     * @schema SparkConnectSpecDynamicAllocation#maxExecutors
     */
    readonly maxExecutors?: number;
    /**
     * MinExecutors is the lower bound for the number of executors if dynamic allocation is enabled.
     *
     * @schema SparkConnectSpecDynamicAllocation#minExecutors
     */
    readonly minExecutors?: number;
    /**
     * ShuffleTrackingEnabled enables shuffle file tracking for executors, which allows dynamic allocation without
     * the need for an external shuffle service. This option will try to keep alive executors that are storing
     * shuffle data for active jobs. If external shuffle service is enabled, set ShuffleTrackingEnabled to false.
     * ShuffleTrackingEnabled is true by default if dynamicAllocation.enabled is true.
     *
     * @schema SparkConnectSpecDynamicAllocation#shuffleTrackingEnabled
     */
    readonly shuffleTrackingEnabled?: boolean;
    /**
     * ShuffleTrackingTimeout controls the timeout in milliseconds for executors that are holding
     * shuffle data if shuffle tracking is enabled (true by default if dynamic allocation is enabled).
     *
     * @schema SparkConnectSpecDynamicAllocation#shuffleTrackingTimeout
     */
    readonly shuffleTrackingTimeout?: number;
}
/**
 * Converts an object of type 'SparkConnectSpecDynamicAllocation' to JSON representation.
 */
export declare function toJson_SparkConnectSpecDynamicAllocation(obj: SparkConnectSpecDynamicAllocation | undefined): Record<string, any> | undefined;
/**
 * Executor is the Spark executor specification.
 *
 * @schema SparkConnectSpecExecutor
 */
export interface SparkConnectSpecExecutor {
    /**
     * Cores maps to `spark.driver.cores` or `spark.executor.cores` for the driver and executors, respectively.
     *
     * @schema SparkConnectSpecExecutor#cores
     */
    readonly cores?: number;
    /**
     * Instances is the number of executor instances.
     *
     * @schema SparkConnectSpecExecutor#instances
     */
    readonly instances?: number;
    /**
     * Memory is the amount of memory to request for the pod.
     *
     * @schema SparkConnectSpecExecutor#memory
     */
    readonly memory?: string;
    /**
     * Template is a pod template that can be used to define the driver or executor pod configurations that Spark configurations do not support.
     * Spark version >= 3.0.0 is required.
     * Ref: https://spark.apache.org/docs/latest/running-on-kubernetes.html#pod-template.
     *
     * @schema SparkConnectSpecExecutor#template
     */
    readonly template?: any;
}
/**
 * Converts an object of type 'SparkConnectSpecExecutor' to JSON representation.
 */
export declare function toJson_SparkConnectSpecExecutor(obj: SparkConnectSpecExecutor | undefined): Record<string, any> | undefined;
/**
 * Server is the Spark connect server specification.
 *
 * @schema SparkConnectSpecServer
 */
export interface SparkConnectSpecServer {
    /**
     * Cores maps to `spark.driver.cores` or `spark.executor.cores` for the driver and executors, respectively.
     *
     * @schema SparkConnectSpecServer#cores
     */
    readonly cores?: number;
    /**
     * Memory is the amount of memory to request for the pod.
     *
     * @schema SparkConnectSpecServer#memory
     */
    readonly memory?: string;
    /**
     * Service exposes the Spark connect server.
     *
     * @schema SparkConnectSpecServer#service
     */
    readonly service?: SparkConnectSpecServerService;
    /**
     * Template is a pod template that can be used to define the driver or executor pod configurations that Spark configurations do not support.
     * Spark version >= 3.0.0 is required.
     * Ref: https://spark.apache.org/docs/latest/running-on-kubernetes.html#pod-template.
     *
     * @schema SparkConnectSpecServer#template
     */
    readonly template?: any;
}
/**
 * Converts an object of type 'SparkConnectSpecServer' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServer(obj: SparkConnectSpecServer | undefined): Record<string, any> | undefined;
/**
 * Service exposes the Spark connect server.
 *
 * @schema SparkConnectSpecServerService
 */
export interface SparkConnectSpecServerService {
    /**
     * APIVersion defines the versioned schema of this representation of an object.
     * Servers should convert recognized schemas to the latest internal value, and
     * may reject unrecognized values.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
     *
     * @schema SparkConnectSpecServerService#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind is a string value representing the REST resource this object represents.
     * Servers may infer this from the endpoint the client submits requests to.
     * Cannot be updated.
     * In CamelCase.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
     *
     * @schema SparkConnectSpecServerService#kind
     */
    readonly kind?: string;
    /**
     * Standard object's metadata.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     * @schema SparkConnectSpecServerService#metadata
     */
    readonly metadata?: SparkConnectSpecServerServiceMetadata;
    /**
     * Spec defines the behavior of a service.
     * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
     *
     * @schema SparkConnectSpecServerService#spec
     */
    readonly spec?: SparkConnectSpecServerServiceSpec;
    /**
     * Most recently observed status of the service.
     * Populated by the system.
     * Read-only.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
     *
     * @schema SparkConnectSpecServerService#status
     */
    readonly status?: SparkConnectSpecServerServiceStatus;
}
/**
 * Converts an object of type 'SparkConnectSpecServerService' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServerService(obj: SparkConnectSpecServerService | undefined): Record<string, any> | undefined;
/**
 * Standard object's metadata.
 * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
 *
 * @schema SparkConnectSpecServerServiceMetadata
 */
export interface SparkConnectSpecServerServiceMetadata {
    /**
     * @schema SparkConnectSpecServerServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema SparkConnectSpecServerServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema SparkConnectSpecServerServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema SparkConnectSpecServerServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema SparkConnectSpecServerServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SparkConnectSpecServerServiceMetadata' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServerServiceMetadata(obj: SparkConnectSpecServerServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec defines the behavior of a service.
 * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
 *
 * @schema SparkConnectSpecServerServiceSpec
 */
export interface SparkConnectSpecServerServiceSpec {
    /**
     * allocateLoadBalancerNodePorts defines if NodePorts will be automatically
     * allocated for services with type LoadBalancer.  Default is "true". It
     * may be set to "false" if the cluster load-balancer does not rely on
     * NodePorts.  If the caller requests specific NodePorts (by specifying a
     * value), those requests will be respected, regardless of this field.
     * This field may only be set for services with type LoadBalancer and will
     * be cleared if the type is changed to any other type.
     *
     * @default true". It
     * @schema SparkConnectSpecServerServiceSpec#allocateLoadBalancerNodePorts
     */
    readonly allocateLoadBalancerNodePorts?: boolean;
    /**
     * clusterIP is the IP address of the service and is usually assigned
     * randomly. If an address is specified manually, is in-range (as per
     * system configuration), and is not in use, it will be allocated to the
     * service; otherwise creation of the service will fail. This field may not
     * be changed through updates unless the type field is also being changed
     * to ExternalName (which requires this field to be blank) or the type
     * field is being changed from ExternalName (in which case this field may
     * optionally be specified, as describe above).  Valid values are "None",
     * empty string (""), or a valid IP address. Setting this to "None" makes a
     * "headless service" (no virtual IP), which is useful when direct endpoint
     * connections are preferred and proxying is not required.  Only applies to
     * types ClusterIP, NodePort, and LoadBalancer. If this field is specified
     * when creating a Service of type ExternalName, creation will fail. This
     * field will be wiped when updating a Service to type ExternalName.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema SparkConnectSpecServerServiceSpec#clusterIP
     */
    readonly clusterIp?: string;
    /**
     * ClusterIPs is a list of IP addresses assigned to this service, and are
     * usually assigned randomly.  If an address is specified manually, is
     * in-range (as per system configuration), and is not in use, it will be
     * allocated to the service; otherwise creation of the service will fail.
     * This field may not be changed through updates unless the type field is
     * also being changed to ExternalName (which requires this field to be
     * empty) or the type field is being changed from ExternalName (in which
     * case this field may optionally be specified, as describe above).  Valid
     * values are "None", empty string (""), or a valid IP address.  Setting
     * this to "None" makes a "headless service" (no virtual IP), which is
     * useful when direct endpoint connections are preferred and proxying is
     * not required.  Only applies to types ClusterIP, NodePort, and
     * LoadBalancer. If this field is specified when creating a Service of type
     * ExternalName, creation will fail. This field will be wiped when updating
     * a Service to type ExternalName.  If this field is not specified, it will
     * be initialized from the clusterIP field.  If this field is specified,
     * clients must ensure that clusterIPs[0] and clusterIP have the same
     * value.
     *
     * This field may hold a maximum of two entries (dual-stack IPs, in either order).
     * These IPs must correspond to the values of the ipFamilies field. Both
     * clusterIPs and ipFamilies are governed by the ipFamilyPolicy field.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema SparkConnectSpecServerServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema SparkConnectSpecServerServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema SparkConnectSpecServerServiceSpec#externalName
     */
    readonly externalName?: string;
    /**
     * externalTrafficPolicy describes how nodes distribute service traffic they
     * receive on one of the Service's "externally-facing" addresses (NodePorts,
     * ExternalIPs, and LoadBalancer IPs). If set to "Local", the proxy will configure
     * the service in a way that assumes that external load balancers will take care
     * of balancing the service traffic between nodes, and so each node will deliver
     * traffic only to the node-local endpoints of the service, without masquerading
     * the client source IP. (Traffic mistakenly sent to a node with no endpoints will
     * be dropped.) The default value, "Cluster", uses the standard behavior of
     * routing to all endpoints evenly (possibly modified by topology and other
     * features). Note that traffic sent to an External IP or LoadBalancer IP from
     * within the cluster will always get "Cluster" semantics, but clients sending to
     * a NodePort from within the cluster may need to take traffic policy into account
     * when picking a node.
     *
     * @schema SparkConnectSpecServerServiceSpec#externalTrafficPolicy
     */
    readonly externalTrafficPolicy?: string;
    /**
     * healthCheckNodePort specifies the healthcheck nodePort for the service.
     * This only applies when type is set to LoadBalancer and
     * externalTrafficPolicy is set to Local. If a value is specified, is
     * in-range, and is not in use, it will be used.  If not specified, a value
     * will be automatically allocated.  External systems (e.g. load-balancers)
     * can use this port to determine if a given node holds endpoints for this
     * service or not.  If this field is specified when creating a Service
     * which does not need it, creation will fail. This field will be wiped
     * when updating a Service to no longer need it (e.g. changing type).
     * This field cannot be updated once set.
     *
     * @schema SparkConnectSpecServerServiceSpec#healthCheckNodePort
     */
    readonly healthCheckNodePort?: number;
    /**
     * InternalTrafficPolicy describes how nodes distribute service traffic they
     * receive on the ClusterIP. If set to "Local", the proxy will assume that pods
     * only want to talk to endpoints of the service on the same node as the pod,
     * dropping the traffic if there are no local endpoints. The default value,
     * "Cluster", uses the standard behavior of routing to all endpoints evenly
     * (possibly modified by topology and other features).
     *
     * @schema SparkConnectSpecServerServiceSpec#internalTrafficPolicy
     */
    readonly internalTrafficPolicy?: string;
    /**
     * IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this
     * service. This field is usually assigned automatically based on cluster
     * configuration and the ipFamilyPolicy field. If this field is specified
     * manually, the requested family is available in the cluster,
     * and ipFamilyPolicy allows it, it will be used; otherwise creation of
     * the service will fail. This field is conditionally mutable: it allows
     * for adding or removing a secondary IP family, but it does not allow
     * changing the primary IP family of the Service. Valid values are "IPv4"
     * and "IPv6".  This field only applies to Services of types ClusterIP,
     * NodePort, and LoadBalancer, and does apply to "headless" services.
     * This field will be wiped when updating a Service to type ExternalName.
     *
     * This field may hold a maximum of two entries (dual-stack families, in
     * either order).  These families must correspond to the values of the
     * clusterIPs field, if specified. Both clusterIPs and ipFamilies are
     * governed by the ipFamilyPolicy field.
     *
     * @schema SparkConnectSpecServerServiceSpec#ipFamilies
     */
    readonly ipFamilies?: string[];
    /**
     * IPFamilyPolicy represents the dual-stack-ness requested or required by
     * this Service. If there is no value provided, then this field will be set
     * to SingleStack. Services can be "SingleStack" (a single IP family),
     * "PreferDualStack" (two IP families on dual-stack configured clusters or
     * a single IP family on single-stack clusters), or "RequireDualStack"
     * (two IP families on dual-stack configured clusters, otherwise fail). The
     * ipFamilies and clusterIPs fields depend on the value of this field. This
     * field will be wiped when updating a service to type ExternalName.
     *
     * @schema SparkConnectSpecServerServiceSpec#ipFamilyPolicy
     */
    readonly ipFamilyPolicy?: string;
    /**
     * loadBalancerClass is the class of the load balancer implementation this Service belongs to.
     * If specified, the value of this field must be a label-style identifier, with an optional prefix,
     * e.g. "internal-vip" or "example.com/internal-vip". Unprefixed names are reserved for end-users.
     * This field can only be set when the Service type is 'LoadBalancer'. If not set, the default load
     * balancer implementation is used, today this is typically done through the cloud provider integration,
     * but should apply for any default implementation. If set, it is assumed that a load balancer
     * implementation is watching for Services with a matching class. Any default load balancer
     * implementation (e.g. cloud providers) should ignore Services that set this field.
     * This field can only be set when creating or updating a Service to type 'LoadBalancer'.
     * Once set, it can not be changed. This field will be wiped when a service is updated to a non 'LoadBalancer' type.
     *
     * @schema SparkConnectSpecServerServiceSpec#loadBalancerClass
     */
    readonly loadBalancerClass?: string;
    /**
     * Only applies to Service Type: LoadBalancer.
     * This feature depends on whether the underlying cloud-provider supports specifying
     * the loadBalancerIP when a load balancer is created.
     * This field will be ignored if the cloud-provider does not support the feature.
     * Deprecated: This field was under-specified and its meaning varies across implementations.
     * Using it is non-portable and it may not support dual-stack.
     * Users are encouraged to use implementation-specific annotations when available.
     *
     * @schema SparkConnectSpecServerServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema SparkConnectSpecServerServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema SparkConnectSpecServerServiceSpec#ports
     */
    readonly ports?: SparkConnectSpecServerServiceSpecPorts[];
    /**
     * publishNotReadyAddresses indicates that any agent which deals with endpoints for this
     * Service should disregard any indications of ready/not-ready.
     * The primary use case for setting this field is for a StatefulSet's Headless Service to
     * propagate SRV DNS records for its Pods for the purpose of peer discovery.
     * The Kubernetes controllers that generate Endpoints and EndpointSlice resources for
     * Services interpret this to mean that all endpoints are considered "ready" even if the
     * Pods themselves are not. Agents which consume only Kubernetes generated endpoints
     * through the Endpoints or EndpointSlice resources can safely assume this behavior.
     *
     * @schema SparkConnectSpecServerServiceSpec#publishNotReadyAddresses
     */
    readonly publishNotReadyAddresses?: boolean;
    /**
     * Route service traffic to pods with label keys and values matching this
     * selector. If empty or not present, the service is assumed to have an
     * external process managing its endpoints, which Kubernetes will not
     * modify. Only applies to types ClusterIP, NodePort, and LoadBalancer.
     * Ignored if type is ExternalName.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/
     *
     * @schema SparkConnectSpecServerServiceSpec#selector
     */
    readonly selector?: {
        [key: string]: string;
    };
    /**
     * Supports "ClientIP" and "None". Used to maintain session affinity.
     * Enable client IP based session affinity.
     * Must be ClientIP or None.
     * Defaults to None.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @default None.
     * @schema SparkConnectSpecServerServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema SparkConnectSpecServerServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: SparkConnectSpecServerServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic is
     * distributed to Service endpoints. Implementations can use this field as a
     * hint, but are not required to guarantee strict adherence. If the field is
     * not set, the implementation will apply its default routing strategy. If set
     * to "PreferClose", implementations should prioritize endpoints that are
     * topologically close (e.g., same zone).
     * This is a beta field and requires enabling ServiceTrafficDistribution feature.
     *
     * @schema SparkConnectSpecServerServiceSpec#trafficDistribution
     */
    readonly trafficDistribution?: string;
    /**
     * type determines how the Service is exposed. Defaults to ClusterIP. Valid
     * options are ExternalName, ClusterIP, NodePort, and LoadBalancer.
     * "ClusterIP" allocates a cluster-internal IP address for load-balancing
     * to endpoints. Endpoints are determined by the selector or if that is not
     * specified, by manual construction of an Endpoints object or
     * EndpointSlice objects. If clusterIP is "None", no virtual IP is
     * allocated and the endpoints are published as a set of endpoints rather
     * than a virtual IP.
     * "NodePort" builds on ClusterIP and allocates a port on every node which
     * routes to the same endpoints as the clusterIP.
     * "LoadBalancer" builds on NodePort and creates an external load-balancer
     * (if supported in the current cloud) which routes to the same endpoints
     * as the clusterIP.
     * "ExternalName" aliases this service to the specified externalName.
     * Several other fields do not apply to ExternalName services.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types
     *
     * @default ClusterIP. Valid
     * @schema SparkConnectSpecServerServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'SparkConnectSpecServerServiceSpec' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServerServiceSpec(obj: SparkConnectSpecServerServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Most recently observed status of the service.
 * Populated by the system.
 * Read-only.
 * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
 *
 * @schema SparkConnectSpecServerServiceStatus
 */
export interface SparkConnectSpecServerServiceStatus {
    /**
     * Current service state
     *
     * @schema SparkConnectSpecServerServiceStatus#conditions
     */
    readonly conditions?: SparkConnectSpecServerServiceStatusConditions[];
    /**
     * LoadBalancer contains the current status of the load-balancer,
     * if one is present.
     *
     * @schema SparkConnectSpecServerServiceStatus#loadBalancer
     */
    readonly loadBalancer?: SparkConnectSpecServerServiceStatusLoadBalancer;
}
/**
 * Converts an object of type 'SparkConnectSpecServerServiceStatus' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServerServiceStatus(obj: SparkConnectSpecServerServiceStatus | undefined): Record<string, any> | undefined;
/**
 * ServicePort contains information on service's port.
 *
 * @schema SparkConnectSpecServerServiceSpecPorts
 */
export interface SparkConnectSpecServerServiceSpecPorts {
    /**
     * The application protocol for this port.
     * This is used as a hint for implementations to offer richer behavior for protocols that they understand.
     * This field follows standard Kubernetes label syntax.
     * Valid values are either:
     *
     * * Un-prefixed protocol names - reserved for IANA standard service names (as per
     * RFC-6335 and https://www.iana.org/assignments/service-names).
     *
     * * Kubernetes-defined prefixed names:
     * * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-
     * * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455
     * * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455
     *
     * * Other protocols should use implementation-defined prefixed names such as
     * mycompany.com/my-custom-protocol.
     *
     * @schema SparkConnectSpecServerServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema SparkConnectSpecServerServiceSpecPorts#name
     */
    readonly name?: string;
    /**
     * The port on each node on which this service is exposed when type is
     * NodePort or LoadBalancer.  Usually assigned by the system. If a value is
     * specified, in-range, and not in use it will be used, otherwise the
     * operation will fail.  If not specified, a port will be allocated if this
     * Service requires one.  If this field is specified when creating a
     * Service which does not need it, creation will fail. This field will be
     * wiped when updating a Service to no longer need it (e.g. changing type
     * from NodePort to ClusterIP).
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
     *
     * @schema SparkConnectSpecServerServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema SparkConnectSpecServerServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema SparkConnectSpecServerServiceSpecPorts#protocol
     */
    readonly protocol?: string;
    /**
     * Number or name of the port to access on the pods targeted by the service.
     * Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.
     * If this is a string, it will be looked up as a named port in the
     * target Pod's container ports. If this is not specified, the value
     * of the 'port' field is used (an identity map).
     * This field is ignored for services with clusterIP=None, and should be
     * omitted or set equal to the 'port' field.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
     *
     * @schema SparkConnectSpecServerServiceSpecPorts#targetPort
     */
    readonly targetPort?: SparkConnectSpecServerServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'SparkConnectSpecServerServiceSpecPorts' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServerServiceSpecPorts(obj: SparkConnectSpecServerServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema SparkConnectSpecServerServiceSpecSessionAffinityConfig
 */
export interface SparkConnectSpecServerServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema SparkConnectSpecServerServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: SparkConnectSpecServerServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'SparkConnectSpecServerServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServerServiceSpecSessionAffinityConfig(obj: SparkConnectSpecServerServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * Condition contains details for one aspect of the current state of this API Resource.
 *
 * @schema SparkConnectSpecServerServiceStatusConditions
 */
export interface SparkConnectSpecServerServiceStatusConditions {
    /**
     * lastTransitionTime is the last time the condition transitioned from one status to another.
     * This should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable.
     *
     * @schema SparkConnectSpecServerServiceStatusConditions#lastTransitionTime
     */
    readonly lastTransitionTime: Date;
    /**
     * message is a human readable message indicating details about the transition.
     * This may be an empty string.
     *
     * @schema SparkConnectSpecServerServiceStatusConditions#message
     */
    readonly message: string;
    /**
     * observedGeneration represents the .metadata.generation that the condition was set based upon.
     * For instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date
     * with respect to the current state of the instance.
     *
     * @schema SparkConnectSpecServerServiceStatusConditions#observedGeneration
     */
    readonly observedGeneration?: number;
    /**
     * reason contains a programmatic identifier indicating the reason for the condition's last transition.
     * Producers of specific condition types may define expected values and meanings for this field,
     * and whether the values are considered a guaranteed API.
     * The value should be a CamelCase string.
     * This field may not be empty.
     *
     * @schema SparkConnectSpecServerServiceStatusConditions#reason
     */
    readonly reason: string;
    /**
     * status of the condition, one of True, False, Unknown.
     *
     * @schema SparkConnectSpecServerServiceStatusConditions#status
     */
    readonly status: SparkConnectSpecServerServiceStatusConditionsStatus;
    /**
     * type of condition in CamelCase or in foo.example.com/CamelCase.
     *
     * @schema SparkConnectSpecServerServiceStatusConditions#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkConnectSpecServerServiceStatusConditions' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServerServiceStatusConditions(obj: SparkConnectSpecServerServiceStatusConditions | undefined): Record<string, any> | undefined;
/**
 * LoadBalancer contains the current status of the load-balancer,
 * if one is present.
 *
 * @schema SparkConnectSpecServerServiceStatusLoadBalancer
 */
export interface SparkConnectSpecServerServiceStatusLoadBalancer {
    /**
     * Ingress is a list containing ingress points for the load-balancer.
     * Traffic intended for the service should be sent to these ingress points.
     *
     * @schema SparkConnectSpecServerServiceStatusLoadBalancer#ingress
     */
    readonly ingress?: SparkConnectSpecServerServiceStatusLoadBalancerIngress[];
}
/**
 * Converts an object of type 'SparkConnectSpecServerServiceStatusLoadBalancer' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServerServiceStatusLoadBalancer(obj: SparkConnectSpecServerServiceStatusLoadBalancer | undefined): Record<string, any> | undefined;
/**
 * Number or name of the port to access on the pods targeted by the service.
 * Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.
 * If this is a string, it will be looked up as a named port in the
 * target Pod's container ports. If this is not specified, the value
 * of the 'port' field is used (an identity map).
 * This field is ignored for services with clusterIP=None, and should be
 * omitted or set equal to the 'port' field.
 * More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
 *
 * @schema SparkConnectSpecServerServiceSpecPortsTargetPort
 */
export declare class SparkConnectSpecServerServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkConnectSpecServerServiceSpecPortsTargetPort;
    static fromString(value: string): SparkConnectSpecServerServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema SparkConnectSpecServerServiceSpecSessionAffinityConfigClientIp
 */
export interface SparkConnectSpecServerServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema SparkConnectSpecServerServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkConnectSpecServerServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServerServiceSpecSessionAffinityConfigClientIp(obj: SparkConnectSpecServerServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * status of the condition, one of True, False, Unknown.
 *
 * @schema SparkConnectSpecServerServiceStatusConditionsStatus
 */
export declare enum SparkConnectSpecServerServiceStatusConditionsStatus {
    /** True */
    TRUE = "True",
    /** False */
    FALSE = "False",
    /** Unknown */
    UNKNOWN = "Unknown"
}
/**
 * LoadBalancerIngress represents the status of a load-balancer ingress point:
 * traffic intended for the service should be sent to an ingress point.
 *
 * @schema SparkConnectSpecServerServiceStatusLoadBalancerIngress
 */
export interface SparkConnectSpecServerServiceStatusLoadBalancerIngress {
    /**
     * Hostname is set for load-balancer ingress points that are DNS based
     * (typically AWS load-balancers)
     *
     * @schema SparkConnectSpecServerServiceStatusLoadBalancerIngress#hostname
     */
    readonly hostname?: string;
    /**
     * IP is set for load-balancer ingress points that are IP based
     * (typically GCE or OpenStack load-balancers)
     *
     * @schema SparkConnectSpecServerServiceStatusLoadBalancerIngress#ip
     */
    readonly ip?: string;
    /**
     * IPMode specifies how the load-balancer IP behaves, and may only be specified when the ip field is specified.
     * Setting this to "VIP" indicates that traffic is delivered to the node with
     * the destination set to the load-balancer's IP and port.
     * Setting this to "Proxy" indicates that traffic is delivered to the node or pod with
     * the destination set to the node's IP and node port or the pod's IP and port.
     * Service implementations may use this information to adjust traffic routing.
     *
     * @schema SparkConnectSpecServerServiceStatusLoadBalancerIngress#ipMode
     */
    readonly ipMode?: string;
    /**
     * Ports is a list of records of service ports
     * If used, every port defined in the service should have an entry in it
     *
     * @schema SparkConnectSpecServerServiceStatusLoadBalancerIngress#ports
     */
    readonly ports?: SparkConnectSpecServerServiceStatusLoadBalancerIngressPorts[];
}
/**
 * Converts an object of type 'SparkConnectSpecServerServiceStatusLoadBalancerIngress' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServerServiceStatusLoadBalancerIngress(obj: SparkConnectSpecServerServiceStatusLoadBalancerIngress | undefined): Record<string, any> | undefined;
/**
 * PortStatus represents the error condition of a service port
 *
 * @schema SparkConnectSpecServerServiceStatusLoadBalancerIngressPorts
 */
export interface SparkConnectSpecServerServiceStatusLoadBalancerIngressPorts {
    /**
     * Error is to record the problem with the service port
     * The format of the error shall comply with the following rules:
     * - built-in error values shall be specified in this file and those shall use
     * CamelCase names
     * - cloud provider specific error values must have names that comply with the
     * format foo.example.com/CamelCase.
     *
     * @schema SparkConnectSpecServerServiceStatusLoadBalancerIngressPorts#error
     */
    readonly error: string;
    /**
     * Port is the port number of the service port of which status is recorded here
     *
     * @schema SparkConnectSpecServerServiceStatusLoadBalancerIngressPorts#port
     */
    readonly port: number;
    /**
     * Protocol is the protocol of the service port of which status is recorded here
     * The supported values are: "TCP", "UDP", "SCTP"
     *
     * @schema SparkConnectSpecServerServiceStatusLoadBalancerIngressPorts#protocol
     */
    readonly protocol: string;
}
/**
 * Converts an object of type 'SparkConnectSpecServerServiceStatusLoadBalancerIngressPorts' to JSON representation.
 */
export declare function toJson_SparkConnectSpecServerServiceStatusLoadBalancerIngressPorts(obj: SparkConnectSpecServerServiceStatusLoadBalancerIngressPorts | undefined): Record<string, any> | undefined;
