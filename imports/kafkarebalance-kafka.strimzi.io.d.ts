import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema KafkaRebalance
 */
export declare class KafkaRebalance extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KafkaRebalance"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KafkaRebalance".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KafkaRebalanceProps): any;
    /**
     * Defines a "KafkaRebalance" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KafkaRebalanceProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema KafkaRebalance
 */
export interface KafkaRebalanceProps {
    /**
     * @schema KafkaRebalance#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The specification of the Kafka rebalance.
     *
     * @schema KafkaRebalance#spec
     */
    readonly spec: KafkaRebalanceSpec;
}
/**
 * Converts an object of type 'KafkaRebalanceProps' to JSON representation.
 */
export declare function toJson_KafkaRebalanceProps(obj: KafkaRebalanceProps | undefined): Record<string, any> | undefined;
/**
 * The specification of the Kafka rebalance.
 *
 * @schema KafkaRebalanceSpec
 */
export interface KafkaRebalanceSpec {
    /**
     * Mode to run the rebalancing. The supported modes are `full`, `add-brokers`, `remove-brokers`.
     * If not specified, the `full` mode is used by default.
     *
     * * `full` mode runs the rebalancing across all the brokers in the cluster.
     * * `add-brokers` mode can be used after scaling up the cluster to move some replicas to the newly added brokers.
     * * `remove-brokers` mode can be used before scaling down the cluster to move replicas out of the brokers to be removed.
     * * `remove-disks` mode can be used to move data across the volumes within the same broker
     * .
     *
     * @schema KafkaRebalanceSpec#mode
     */
    readonly mode?: KafkaRebalanceSpecMode;
    /**
     * The list of newly added brokers in case of scaling up or the ones to be removed in case of scaling down to use for rebalancing. This list can be used only with rebalancing mode `add-brokers` and `removed-brokers`. It is ignored with `full` mode.
     *
     * @schema KafkaRebalanceSpec#brokers
     */
    readonly brokers?: number[];
    /**
     * A list of goals, ordered by decreasing priority, to use for generating and executing the rebalance proposal. The supported goals are available at https://github.com/linkedin/cruise-control#goals. If an empty goals list is provided, the goals declared in the default.goals Cruise Control configuration parameter are used.
     *
     * @schema KafkaRebalanceSpec#goals
     */
    readonly goals?: string[];
    /**
     * Whether to allow the hard goals specified in the Kafka CR to be skipped in optimization proposal generation. This can be useful when some of those hard goals are preventing a balance solution being found. Default is false.
     *
     * @default false.
     * @schema KafkaRebalanceSpec#skipHardGoalCheck
     */
    readonly skipHardGoalCheck?: boolean;
    /**
     * Enables intra-broker disk balancing, which balances disk space utilization between disks on the same broker. Only applies to Kafka deployments that use JBOD storage with multiple disks. When enabled, inter-broker balancing is disabled. Default is false.
     *
     * @default false.
     * @schema KafkaRebalanceSpec#rebalanceDisk
     */
    readonly rebalanceDisk?: boolean;
    /**
     * A regular expression where any matching topics will be excluded from the calculation of optimization proposals. This expression will be parsed by the java.util.regex.Pattern class; for more information on the supported format consult the documentation for that class.
     *
     * @schema KafkaRebalanceSpec#excludedTopics
     */
    readonly excludedTopics?: string;
    /**
     * The upper bound of ongoing partition replica movements going into/out of each broker. Default is 5.
     *
     * @default 5.
     * @schema KafkaRebalanceSpec#concurrentPartitionMovementsPerBroker
     */
    readonly concurrentPartitionMovementsPerBroker?: number;
    /**
     * The upper bound of ongoing partition replica movements between disks within each broker. Default is 2.
     *
     * @default 2.
     * @schema KafkaRebalanceSpec#concurrentIntraBrokerPartitionMovements
     */
    readonly concurrentIntraBrokerPartitionMovements?: number;
    /**
     * The upper bound of ongoing partition leadership movements. Default is 1000.
     *
     * @default 1000.
     * @schema KafkaRebalanceSpec#concurrentLeaderMovements
     */
    readonly concurrentLeaderMovements?: number;
    /**
     * The upper bound, in bytes per second, on the bandwidth used to move replicas. There is no limit by default.
     *
     * @schema KafkaRebalanceSpec#replicationThrottle
     */
    readonly replicationThrottle?: number;
    /**
     * A list of strategy class names used to determine the execution order for the replica movements in the generated optimization proposal. By default BaseReplicaMovementStrategy is used, which will execute the replica movements in the order that they were generated.
     *
     * @schema KafkaRebalanceSpec#replicaMovementStrategies
     */
    readonly replicaMovementStrategies?: string[];
    /**
     * List of brokers and their corresponding volumes from which replicas need to be moved.
     *
     * @schema KafkaRebalanceSpec#moveReplicasOffVolumes
     */
    readonly moveReplicasOffVolumes?: KafkaRebalanceSpecMoveReplicasOffVolumes[];
}
/**
 * Converts an object of type 'KafkaRebalanceSpec' to JSON representation.
 */
export declare function toJson_KafkaRebalanceSpec(obj: KafkaRebalanceSpec | undefined): Record<string, any> | undefined;
/**
 * Mode to run the rebalancing. The supported modes are `full`, `add-brokers`, `remove-brokers`.
 * If not specified, the `full` mode is used by default.
 *
 * * `full` mode runs the rebalancing across all the brokers in the cluster.
 * * `add-brokers` mode can be used after scaling up the cluster to move some replicas to the newly added brokers.
 * * `remove-brokers` mode can be used before scaling down the cluster to move replicas out of the brokers to be removed.
 * * `remove-disks` mode can be used to move data across the volumes within the same broker
 * .
 *
 * @schema KafkaRebalanceSpecMode
 */
export declare enum KafkaRebalanceSpecMode {
    /** full */
    FULL = "full",
    /** add-brokers */
    ADD_HYPHEN_BROKERS = "add-brokers",
    /** remove-brokers */
    REMOVE_HYPHEN_BROKERS = "remove-brokers",
    /** remove-disks */
    REMOVE_HYPHEN_DISKS = "remove-disks"
}
/**
 * @schema KafkaRebalanceSpecMoveReplicasOffVolumes
 */
export interface KafkaRebalanceSpecMoveReplicasOffVolumes {
    /**
     * ID of the broker that contains the disk from which you want to move the partition replicas.
     *
     * @schema KafkaRebalanceSpecMoveReplicasOffVolumes#brokerId
     */
    readonly brokerId?: number;
    /**
     * IDs of the disks from which the partition replicas need to be moved.
     *
     * @schema KafkaRebalanceSpecMoveReplicasOffVolumes#volumeIds
     */
    readonly volumeIds?: number[];
}
/**
 * Converts an object of type 'KafkaRebalanceSpecMoveReplicasOffVolumes' to JSON representation.
 */
export declare function toJson_KafkaRebalanceSpecMoveReplicasOffVolumes(obj: KafkaRebalanceSpecMoveReplicasOffVolumes | undefined): Record<string, any> | undefined;
