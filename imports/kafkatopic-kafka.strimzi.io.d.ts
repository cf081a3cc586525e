import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema KafkaTopic
 */
export declare class KafkaTopic extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KafkaTopic"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KafkaTopic".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KafkaTopicProps): any;
    /**
     * Defines a "KafkaTopic" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KafkaTopicProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema KafkaTopic
 */
export interface KafkaTopicProps {
    /**
     * @schema KafkaTopic#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The specification of the topic.
     *
     * @schema KafkaTopic#spec
     */
    readonly spec: KafkaTopicSpec;
}
/**
 * Converts an object of type 'KafkaTopicProps' to JSON representation.
 */
export declare function toJson_KafkaTopicProps(obj: KafkaTopicProps | undefined): Record<string, any> | undefined;
/**
 * The specification of the topic.
 *
 * @schema KafkaTopicSpec
 */
export interface KafkaTopicSpec {
    /**
     * The name of the topic. When absent this will default to the metadata.name of the topic. It is recommended to not set this unless the topic name is not a valid Kubernetes resource name.
     *
     * @schema KafkaTopicSpec#topicName
     */
    readonly topicName?: string;
    /**
     * The number of partitions the topic should have. This cannot be decreased after topic creation. It can be increased after topic creation, but it is important to understand the consequences that has, especially for topics with semantic partitioning. When absent this will default to the broker configuration for `num.partitions`.
     *
     * @schema KafkaTopicSpec#partitions
     */
    readonly partitions?: number;
    /**
     * The number of replicas the topic should have. When absent this will default to the broker configuration for `default.replication.factor`.
     *
     * @schema KafkaTopicSpec#replicas
     */
    readonly replicas?: number;
    /**
     * The topic configuration.
     *
     * @schema KafkaTopicSpec#config
     */
    readonly config?: any;
}
/**
 * Converts an object of type 'KafkaTopicSpec' to JSON representation.
 */
export declare function toJson_KafkaTopicSpec(obj: KafkaTopicSpec | undefined): Record<string, any> | undefined;
