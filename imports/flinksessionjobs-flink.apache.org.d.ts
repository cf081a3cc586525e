import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema FlinkSessionJob
 */
export declare class FlinkSessionJob extends ApiObject {
    /**
     * Returns the apiVersion and kind for "FlinkSessionJob"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "FlinkSessionJob".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: FlinkSessionJobProps): any;
    /**
     * Defines a "FlinkSessionJob" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: FlinkSessionJobProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema FlinkSessionJob
 */
export interface FlinkSessionJobProps {
    /**
     * @schema FlinkSessionJob#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema FlinkSessionJob#spec
     */
    readonly spec?: FlinkSessionJobSpec;
}
/**
 * Converts an object of type 'FlinkSessionJobProps' to JSON representation.
 */
export declare function toJson_FlinkSessionJobProps(obj: FlinkSessionJobProps | undefined): Record<string, any> | undefined;
/**
 * @schema FlinkSessionJobSpec
 */
export interface FlinkSessionJobSpec {
    /**
     * @schema FlinkSessionJobSpec#deploymentName
     */
    readonly deploymentName?: string;
    /**
     * @schema FlinkSessionJobSpec#flinkConfiguration
     */
    readonly flinkConfiguration?: {
        [key: string]: string;
    };
    /**
     * @schema FlinkSessionJobSpec#job
     */
    readonly job?: FlinkSessionJobSpecJob;
    /**
     * @schema FlinkSessionJobSpec#restartNonce
     */
    readonly restartNonce?: number;
}
/**
 * Converts an object of type 'FlinkSessionJobSpec' to JSON representation.
 */
export declare function toJson_FlinkSessionJobSpec(obj: FlinkSessionJobSpec | undefined): Record<string, any> | undefined;
/**
 * @schema FlinkSessionJobSpecJob
 */
export interface FlinkSessionJobSpecJob {
    /**
     * @schema FlinkSessionJobSpecJob#allowNonRestoredState
     */
    readonly allowNonRestoredState?: boolean;
    /**
     * @schema FlinkSessionJobSpecJob#args
     */
    readonly args?: string[];
    /**
     * @schema FlinkSessionJobSpecJob#autoscalerResetNonce
     */
    readonly autoscalerResetNonce?: number;
    /**
     * @schema FlinkSessionJobSpecJob#checkpointTriggerNonce
     */
    readonly checkpointTriggerNonce?: number;
    /**
     * @schema FlinkSessionJobSpecJob#entryClass
     */
    readonly entryClass?: string;
    /**
     * @schema FlinkSessionJobSpecJob#initialSavepointPath
     */
    readonly initialSavepointPath?: string;
    /**
     * @schema FlinkSessionJobSpecJob#jarURI
     */
    readonly jarUri?: string;
    /**
     * @schema FlinkSessionJobSpecJob#parallelism
     */
    readonly parallelism?: number;
    /**
     * @schema FlinkSessionJobSpecJob#savepointRedeployNonce
     */
    readonly savepointRedeployNonce?: number;
    /**
     * @schema FlinkSessionJobSpecJob#savepointTriggerNonce
     */
    readonly savepointTriggerNonce?: number;
    /**
     * @schema FlinkSessionJobSpecJob#state
     */
    readonly state?: FlinkSessionJobSpecJobState;
    /**
     * @schema FlinkSessionJobSpecJob#upgradeMode
     */
    readonly upgradeMode?: FlinkSessionJobSpecJobUpgradeMode;
}
/**
 * Converts an object of type 'FlinkSessionJobSpecJob' to JSON representation.
 */
export declare function toJson_FlinkSessionJobSpecJob(obj: FlinkSessionJobSpecJob | undefined): Record<string, any> | undefined;
/**
 * @schema FlinkSessionJobSpecJobState
 */
export declare enum FlinkSessionJobSpecJobState {
    /** running */
    RUNNING = "running",
    /** suspended */
    SUSPENDED = "suspended"
}
/**
 * @schema FlinkSessionJobSpecJobUpgradeMode
 */
export declare enum FlinkSessionJobSpecJobUpgradeMode {
    /** last-state */
    LAST_HYPHEN_STATE = "last-state",
    /** savepoint */
    SAVEPOINT = "savepoint",
    /** stateless */
    STATELESS = "stateless"
}
