import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * SnapshotSchedule defines a schedule for taking automated snapshots of PVC(s)
 *
 * @schema SnapshotSchedule
 */
export declare class SnapshotSchedule extends ApiObject {
    /**
     * Returns the apiVersion and kind for "SnapshotSchedule"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "SnapshotSchedule".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: SnapshotScheduleProps): any;
    /**
     * Defines a "SnapshotSchedule" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: SnapshotScheduleProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * SnapshotSchedule defines a schedule for taking automated snapshots of PVC(s)
 *
 * @schema SnapshotSchedule
 */
export interface SnapshotScheduleProps {
    /**
     * @schema SnapshotSchedule#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * SnapshotScheduleSpec defines the desired state of SnapshotSchedule
     *
     * @schema SnapshotSchedule#spec
     */
    readonly spec?: SnapshotScheduleSpec;
}
/**
 * Converts an object of type 'SnapshotScheduleProps' to JSON representation.
 */
export declare function toJson_SnapshotScheduleProps(obj: SnapshotScheduleProps | undefined): Record<string, any> | undefined;
/**
 * SnapshotScheduleSpec defines the desired state of SnapshotSchedule
 *
 * @schema SnapshotScheduleSpec
 */
export interface SnapshotScheduleSpec {
    /**
     * A filter to select which PVCs to snapshot via this schedule
     *
     * @schema SnapshotScheduleSpec#claimSelector
     */
    readonly claimSelector?: SnapshotScheduleSpecClaimSelector;
    /**
     * Indicates that this schedule should be temporarily disabled
     *
     * @schema SnapshotScheduleSpec#disabled
     */
    readonly disabled?: boolean;
    /**
     * Retention determines how long this schedule's snapshots will be kept.
     *
     * @schema SnapshotScheduleSpec#retention
     */
    readonly retention?: SnapshotScheduleSpecRetention;
    /**
     * Schedule is a Cronspec specifying when snapshots should be taken. See
     * https://en.wikipedia.org/wiki/Cron for a description of the format.
     *
     * @schema SnapshotScheduleSpec#schedule
     */
    readonly schedule?: string;
    /**
     * A template to customize the Snapshots.
     *
     * @schema SnapshotScheduleSpec#snapshotTemplate
     */
    readonly snapshotTemplate?: SnapshotScheduleSpecSnapshotTemplate;
}
/**
 * Converts an object of type 'SnapshotScheduleSpec' to JSON representation.
 */
export declare function toJson_SnapshotScheduleSpec(obj: SnapshotScheduleSpec | undefined): Record<string, any> | undefined;
/**
 * A filter to select which PVCs to snapshot via this schedule
 *
 * @schema SnapshotScheduleSpecClaimSelector
 */
export interface SnapshotScheduleSpecClaimSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SnapshotScheduleSpecClaimSelector#matchExpressions
     */
    readonly matchExpressions?: SnapshotScheduleSpecClaimSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SnapshotScheduleSpecClaimSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SnapshotScheduleSpecClaimSelector' to JSON representation.
 */
export declare function toJson_SnapshotScheduleSpecClaimSelector(obj: SnapshotScheduleSpecClaimSelector | undefined): Record<string, any> | undefined;
/**
 * Retention determines how long this schedule's snapshots will be kept.
 *
 * @schema SnapshotScheduleSpecRetention
 */
export interface SnapshotScheduleSpecRetention {
    /**
     * The length of time (time.Duration) after which a given Snapshot will be
     * deleted.
     *
     * @schema SnapshotScheduleSpecRetention#expires
     */
    readonly expires?: string;
    /**
     * The maximum number of snapshots to retain per PVC
     *
     * @schema SnapshotScheduleSpecRetention#maxCount
     */
    readonly maxCount?: number;
}
/**
 * Converts an object of type 'SnapshotScheduleSpecRetention' to JSON representation.
 */
export declare function toJson_SnapshotScheduleSpecRetention(obj: SnapshotScheduleSpecRetention | undefined): Record<string, any> | undefined;
/**
 * A template to customize the Snapshots.
 *
 * @schema SnapshotScheduleSpecSnapshotTemplate
 */
export interface SnapshotScheduleSpecSnapshotTemplate {
    /**
     * A list of labels that should be added to each Snapshot created by this
     * schedule.
     *
     * @schema SnapshotScheduleSpecSnapshotTemplate#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * The name of the VolumeSnapshotClass to be used when creating Snapshots.
     *
     * @schema SnapshotScheduleSpecSnapshotTemplate#snapshotClassName
     */
    readonly snapshotClassName?: string;
}
/**
 * Converts an object of type 'SnapshotScheduleSpecSnapshotTemplate' to JSON representation.
 */
export declare function toJson_SnapshotScheduleSpecSnapshotTemplate(obj: SnapshotScheduleSpecSnapshotTemplate | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SnapshotScheduleSpecClaimSelectorMatchExpressions
 */
export interface SnapshotScheduleSpecClaimSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SnapshotScheduleSpecClaimSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SnapshotScheduleSpecClaimSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SnapshotScheduleSpecClaimSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SnapshotScheduleSpecClaimSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SnapshotScheduleSpecClaimSelectorMatchExpressions(obj: SnapshotScheduleSpecClaimSelectorMatchExpressions | undefined): Record<string, any> | undefined;
