import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema KafkaConnector
 */
export declare class KafkaConnector extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KafkaConnector"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KafkaConnector".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KafkaConnectorProps): any;
    /**
     * Defines a "KafkaConnector" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KafkaConnectorProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema KafkaConnector
 */
export interface KafkaConnectorProps {
    /**
     * @schema KafkaConnector#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The specification of the Kafka Connector.
     *
     * @schema KafkaConnector#spec
     */
    readonly spec: KafkaConnectorSpec;
}
/**
 * Converts an object of type 'KafkaConnectorProps' to JSON representation.
 */
export declare function toJson_KafkaConnectorProps(obj: KafkaConnectorProps | undefined): Record<string, any> | undefined;
/**
 * The specification of the Kafka Connector.
 *
 * @schema KafkaConnectorSpec
 */
export interface KafkaConnectorSpec {
    /**
     * The Class for the Kafka Connector.
     *
     * @schema KafkaConnectorSpec#class
     */
    readonly class?: string;
    /**
     * The maximum number of tasks for the Kafka Connector.
     *
     * @schema KafkaConnectorSpec#tasksMax
     */
    readonly tasksMax?: number;
    /**
     * Automatic restart of connector and tasks configuration.
     *
     * @schema KafkaConnectorSpec#autoRestart
     */
    readonly autoRestart?: KafkaConnectorSpecAutoRestart;
    /**
     * Desired version or version range to respect when starting the Kafka Connector. This is only supported when using Kafka Connect version 4.1.0 and higher.
     *
     * @schema KafkaConnectorSpec#version
     */
    readonly version?: string;
    /**
     * The Kafka Connector configuration. The following properties cannot be set: name, connector.class, tasks.max, connector.plugin.version.
     *
     * @schema KafkaConnectorSpec#config
     */
    readonly config?: any;
    /**
     * The state the connector should be in. Defaults to running.
     *
     * @default running.
     * @schema KafkaConnectorSpec#state
     */
    readonly state?: KafkaConnectorSpecState;
    /**
     * Configuration for listing offsets.
     *
     * @schema KafkaConnectorSpec#listOffsets
     */
    readonly listOffsets?: KafkaConnectorSpecListOffsets;
    /**
     * Configuration for altering offsets.
     *
     * @schema KafkaConnectorSpec#alterOffsets
     */
    readonly alterOffsets?: KafkaConnectorSpecAlterOffsets;
}
/**
 * Converts an object of type 'KafkaConnectorSpec' to JSON representation.
 */
export declare function toJson_KafkaConnectorSpec(obj: KafkaConnectorSpec | undefined): Record<string, any> | undefined;
/**
 * Automatic restart of connector and tasks configuration.
 *
 * @schema KafkaConnectorSpecAutoRestart
 */
export interface KafkaConnectorSpecAutoRestart {
    /**
     * Whether automatic restart for failed connectors and tasks should be enabled or disabled.
     *
     * @schema KafkaConnectorSpecAutoRestart#enabled
     */
    readonly enabled?: boolean;
    /**
     * The maximum number of connector restarts that the operator will try. If the connector remains in a failed state after reaching this limit, it must be restarted manually by the user. Defaults to an unlimited number of restarts.
     *
     * @default an unlimited number of restarts.
     * @schema KafkaConnectorSpecAutoRestart#maxRestarts
     */
    readonly maxRestarts?: number;
}
/**
 * Converts an object of type 'KafkaConnectorSpecAutoRestart' to JSON representation.
 */
export declare function toJson_KafkaConnectorSpecAutoRestart(obj: KafkaConnectorSpecAutoRestart | undefined): Record<string, any> | undefined;
/**
 * The state the connector should be in. Defaults to running.
 *
 * @default running.
 * @schema KafkaConnectorSpecState
 */
export declare enum KafkaConnectorSpecState {
    /** paused */
    PAUSED = "paused",
    /** stopped */
    STOPPED = "stopped",
    /** running */
    RUNNING = "running"
}
/**
 * Configuration for listing offsets.
 *
 * @schema KafkaConnectorSpecListOffsets
 */
export interface KafkaConnectorSpecListOffsets {
    /**
     * Reference to the ConfigMap where the list of offsets will be written to.
     *
     * @schema KafkaConnectorSpecListOffsets#toConfigMap
     */
    readonly toConfigMap: KafkaConnectorSpecListOffsetsToConfigMap;
}
/**
 * Converts an object of type 'KafkaConnectorSpecListOffsets' to JSON representation.
 */
export declare function toJson_KafkaConnectorSpecListOffsets(obj: KafkaConnectorSpecListOffsets | undefined): Record<string, any> | undefined;
/**
 * Configuration for altering offsets.
 *
 * @schema KafkaConnectorSpecAlterOffsets
 */
export interface KafkaConnectorSpecAlterOffsets {
    /**
     * Reference to the ConfigMap where the new offsets are stored.
     *
     * @schema KafkaConnectorSpecAlterOffsets#fromConfigMap
     */
    readonly fromConfigMap: KafkaConnectorSpecAlterOffsetsFromConfigMap;
}
/**
 * Converts an object of type 'KafkaConnectorSpecAlterOffsets' to JSON representation.
 */
export declare function toJson_KafkaConnectorSpecAlterOffsets(obj: KafkaConnectorSpecAlterOffsets | undefined): Record<string, any> | undefined;
/**
 * Reference to the ConfigMap where the list of offsets will be written to.
 *
 * @schema KafkaConnectorSpecListOffsetsToConfigMap
 */
export interface KafkaConnectorSpecListOffsetsToConfigMap {
    /**
     * @schema KafkaConnectorSpecListOffsetsToConfigMap#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaConnectorSpecListOffsetsToConfigMap' to JSON representation.
 */
export declare function toJson_KafkaConnectorSpecListOffsetsToConfigMap(obj: KafkaConnectorSpecListOffsetsToConfigMap | undefined): Record<string, any> | undefined;
/**
 * Reference to the ConfigMap where the new offsets are stored.
 *
 * @schema KafkaConnectorSpecAlterOffsetsFromConfigMap
 */
export interface KafkaConnectorSpecAlterOffsetsFromConfigMap {
    /**
     * @schema KafkaConnectorSpecAlterOffsetsFromConfigMap#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaConnectorSpecAlterOffsetsFromConfigMap' to JSON representation.
 */
export declare function toJson_KafkaConnectorSpecAlterOffsetsFromConfigMap(obj: KafkaConnectorSpecAlterOffsetsFromConfigMap | undefined): Record<string, any> | undefined;
