import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A TemporalNamespace creates a namespace in the targeted temporal cluster.
 *
 * @schema TemporalNamespace
 */
export declare class TemporalNamespace extends ApiObject {
    /**
     * Returns the apiVersion and kind for "TemporalNamespace"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "TemporalNamespace".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: TemporalNamespaceProps): any;
    /**
     * Defines a "TemporalNamespace" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: TemporalNamespaceProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A TemporalNamespace creates a namespace in the targeted temporal cluster.
 *
 * @schema TemporalNamespace
 */
export interface TemporalNamespaceProps {
    /**
     * @schema TemporalNamespace#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * TemporalNamespaceSpec defines the desired state of Namespace.
     *
     * @schema TemporalNamespace#spec
     */
    readonly spec?: TemporalNamespaceSpec;
}
/**
 * Converts an object of type 'TemporalNamespaceProps' to JSON representation.
 */
export declare function toJson_TemporalNamespaceProps(obj: TemporalNamespaceProps | undefined): Record<string, any> | undefined;
/**
 * TemporalNamespaceSpec defines the desired state of Namespace.
 *
 * @schema TemporalNamespaceSpec
 */
export interface TemporalNamespaceSpec {
    /**
     * The name of active Temporal Cluster.
     * Only applicable if the namespace is a global namespace.
     *
     * @schema TemporalNamespaceSpec#activeClusterName
     */
    readonly activeClusterName?: string;
    /**
     * AllowDeletion makes the controller delete the Temporal namespace if the
     * CRD is deleted.
     *
     * @schema TemporalNamespaceSpec#allowDeletion
     */
    readonly allowDeletion?: boolean;
    /**
     * Archival is a per-namespace archival configuration.
     * If not set, the default cluster configuration is used.
     *
     * @schema TemporalNamespaceSpec#archival
     */
    readonly archival?: TemporalNamespaceSpecArchival;
    /**
     * Reference to the temporal cluster the namespace will be created.
     *
     * @schema TemporalNamespaceSpec#clusterRef
     */
    readonly clusterRef: TemporalNamespaceSpecClusterRef;
    /**
     * List of clusters names to which the namespace can fail over.
     * Only applicable if the namespace is a global namespace.
     *
     * @schema TemporalNamespaceSpec#clusters
     */
    readonly clusters?: string[];
    /**
     * Data is a key-value map for any customized purpose.
     *
     * @schema TemporalNamespaceSpec#data
     */
    readonly data?: {
        [key: string]: string;
    };
    /**
     * Namespace description.
     *
     * @schema TemporalNamespaceSpec#description
     */
    readonly description?: string;
    /**
     * IsGlobalNamespace defines whether the namespace is a global namespace.
     *
     * @schema TemporalNamespaceSpec#isGlobalNamespace
     */
    readonly isGlobalNamespace?: boolean;
    /**
     * Namespace owner email.
     *
     * @schema TemporalNamespaceSpec#ownerEmail
     */
    readonly ownerEmail?: string;
    /**
     * RetentionPeriod to apply on closed workflow executions.
     *
     * @schema TemporalNamespaceSpec#retentionPeriod
     */
    readonly retentionPeriod: string;
    /**
     * @schema TemporalNamespaceSpec#securityToken
     */
    readonly securityToken?: string;
}
/**
 * Converts an object of type 'TemporalNamespaceSpec' to JSON representation.
 */
export declare function toJson_TemporalNamespaceSpec(obj: TemporalNamespaceSpec | undefined): Record<string, any> | undefined;
/**
 * Archival is a per-namespace archival configuration.
 * If not set, the default cluster configuration is used.
 *
 * @schema TemporalNamespaceSpecArchival
 */
export interface TemporalNamespaceSpecArchival {
    /**
     * History is the config for this namespace history archival.
     *
     * @schema TemporalNamespaceSpecArchival#history
     */
    readonly history?: TemporalNamespaceSpecArchivalHistory;
    /**
     * Visibility is the config for this namespace visibility archival.
     *
     * @schema TemporalNamespaceSpecArchival#visibility
     */
    readonly visibility?: TemporalNamespaceSpecArchivalVisibility;
}
/**
 * Converts an object of type 'TemporalNamespaceSpecArchival' to JSON representation.
 */
export declare function toJson_TemporalNamespaceSpecArchival(obj: TemporalNamespaceSpecArchival | undefined): Record<string, any> | undefined;
/**
 * Reference to the temporal cluster the namespace will be created.
 *
 * @schema TemporalNamespaceSpecClusterRef
 */
export interface TemporalNamespaceSpecClusterRef {
    /**
     * The name of the temporal object to reference.
     *
     * @schema TemporalNamespaceSpecClusterRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the temporal object to reference.
     * Defaults to the namespace of the requested resource if omitted.
     *
     * @default the namespace of the requested resource if omitted.
     * @schema TemporalNamespaceSpecClusterRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'TemporalNamespaceSpecClusterRef' to JSON representation.
 */
export declare function toJson_TemporalNamespaceSpecClusterRef(obj: TemporalNamespaceSpecClusterRef | undefined): Record<string, any> | undefined;
/**
 * History is the config for this namespace history archival.
 *
 * @schema TemporalNamespaceSpecArchivalHistory
 */
export interface TemporalNamespaceSpecArchivalHistory {
    /**
     * EnableRead allows temporal to read from the archived Event History.
     *
     * @schema TemporalNamespaceSpecArchivalHistory#enableRead
     */
    readonly enableRead: boolean;
    /**
     * Enabled defines if the archival is enabled by default for all namespaces
     * or for a particular namespace (depends if it's for a TemporalCluster or a TemporalNamespace).
     *
     * @schema TemporalNamespaceSpecArchivalHistory#enabled
     */
    readonly enabled?: boolean;
    /**
     * Path is ...
     *
     * @schema TemporalNamespaceSpecArchivalHistory#path
     */
    readonly path: string;
    /**
     * Paused defines if the archival is paused.
     *
     * @schema TemporalNamespaceSpecArchivalHistory#paused
     */
    readonly paused: boolean;
}
/**
 * Converts an object of type 'TemporalNamespaceSpecArchivalHistory' to JSON representation.
 */
export declare function toJson_TemporalNamespaceSpecArchivalHistory(obj: TemporalNamespaceSpecArchivalHistory | undefined): Record<string, any> | undefined;
/**
 * Visibility is the config for this namespace visibility archival.
 *
 * @schema TemporalNamespaceSpecArchivalVisibility
 */
export interface TemporalNamespaceSpecArchivalVisibility {
    /**
     * EnableRead allows temporal to read from the archived Event History.
     *
     * @schema TemporalNamespaceSpecArchivalVisibility#enableRead
     */
    readonly enableRead: boolean;
    /**
     * Enabled defines if the archival is enabled by default for all namespaces
     * or for a particular namespace (depends if it's for a TemporalCluster or a TemporalNamespace).
     *
     * @schema TemporalNamespaceSpecArchivalVisibility#enabled
     */
    readonly enabled?: boolean;
    /**
     * Path is ...
     *
     * @schema TemporalNamespaceSpecArchivalVisibility#path
     */
    readonly path: string;
    /**
     * Paused defines if the archival is paused.
     *
     * @schema TemporalNamespaceSpecArchivalVisibility#paused
     */
    readonly paused: boolean;
}
/**
 * Converts an object of type 'TemporalNamespaceSpecArchivalVisibility' to JSON representation.
 */
export declare function toJson_TemporalNamespaceSpecArchivalVisibility(obj: TemporalNamespaceSpecArchivalVisibility | undefined): Record<string, any> | undefined;
