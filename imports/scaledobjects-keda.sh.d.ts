import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ScaledObject is a specification for a ScaledObject resource
 *
 * @schema ScaledObject
 */
export declare class ScaledObject extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ScaledObject"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ScaledObject".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ScaledObjectProps): any;
    /**
     * Defines a "ScaledObject" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ScaledObjectProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ScaledObject is a specification for a ScaledObject resource
 *
 * @schema ScaledObject
 */
export interface ScaledObjectProps {
    /**
     * @schema ScaledObject#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ScaledObjectSpec is the spec for a ScaledObject resource
     *
     * @schema ScaledObject#spec
     */
    readonly spec: ScaledObjectSpec;
}
/**
 * Converts an object of type 'ScaledObjectProps' to JSON representation.
 */
export declare function toJson_ScaledObjectProps(obj: ScaledObjectProps | undefined): Record<string, any> | undefined;
/**
 * ScaledObjectSpec is the spec for a ScaledObject resource
 *
 * @schema ScaledObjectSpec
 */
export interface ScaledObjectSpec {
    /**
     * AdvancedConfig specifies advance scaling options
     *
     * @schema ScaledObjectSpec#advanced
     */
    readonly advanced?: ScaledObjectSpecAdvanced;
    /**
     * @schema ScaledObjectSpec#cooldownPeriod
     */
    readonly cooldownPeriod?: number;
    /**
     * Fallback is the spec for fallback options
     *
     * @schema ScaledObjectSpec#fallback
     */
    readonly fallback?: ScaledObjectSpecFallback;
    /**
     * @schema ScaledObjectSpec#idleReplicaCount
     */
    readonly idleReplicaCount?: number;
    /**
     * @schema ScaledObjectSpec#initialCooldownPeriod
     */
    readonly initialCooldownPeriod?: number;
    /**
     * @schema ScaledObjectSpec#maxReplicaCount
     */
    readonly maxReplicaCount?: number;
    /**
     * @schema ScaledObjectSpec#minReplicaCount
     */
    readonly minReplicaCount?: number;
    /**
     * @schema ScaledObjectSpec#pollingInterval
     */
    readonly pollingInterval?: number;
    /**
     * ScaleTarget holds the reference to the scale target Object
     *
     * @schema ScaledObjectSpec#scaleTargetRef
     */
    readonly scaleTargetRef: ScaledObjectSpecScaleTargetRef;
    /**
     * @schema ScaledObjectSpec#triggers
     */
    readonly triggers: ScaledObjectSpecTriggers[];
}
/**
 * Converts an object of type 'ScaledObjectSpec' to JSON representation.
 */
export declare function toJson_ScaledObjectSpec(obj: ScaledObjectSpec | undefined): Record<string, any> | undefined;
/**
 * AdvancedConfig specifies advance scaling options
 *
 * @schema ScaledObjectSpecAdvanced
 */
export interface ScaledObjectSpecAdvanced {
    /**
     * HorizontalPodAutoscalerConfig specifies horizontal scale config
     *
     * @schema ScaledObjectSpecAdvanced#horizontalPodAutoscalerConfig
     */
    readonly horizontalPodAutoscalerConfig?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig;
    /**
     * @schema ScaledObjectSpecAdvanced#restoreToOriginalReplicaCount
     */
    readonly restoreToOriginalReplicaCount?: boolean;
    /**
     * ScalingModifiers describes advanced scaling logic options like formula
     *
     * @schema ScaledObjectSpecAdvanced#scalingModifiers
     */
    readonly scalingModifiers?: ScaledObjectSpecAdvancedScalingModifiers;
}
/**
 * Converts an object of type 'ScaledObjectSpecAdvanced' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecAdvanced(obj: ScaledObjectSpecAdvanced | undefined): Record<string, any> | undefined;
/**
 * Fallback is the spec for fallback options
 *
 * @schema ScaledObjectSpecFallback
 */
export interface ScaledObjectSpecFallback {
    /**
     * @schema ScaledObjectSpecFallback#failureThreshold
     */
    readonly failureThreshold: number;
    /**
     * @schema ScaledObjectSpecFallback#replicas
     */
    readonly replicas: number;
}
/**
 * Converts an object of type 'ScaledObjectSpecFallback' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecFallback(obj: ScaledObjectSpecFallback | undefined): Record<string, any> | undefined;
/**
 * ScaleTarget holds the reference to the scale target Object
 *
 * @schema ScaledObjectSpecScaleTargetRef
 */
export interface ScaledObjectSpecScaleTargetRef {
    /**
     * @schema ScaledObjectSpecScaleTargetRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema ScaledObjectSpecScaleTargetRef#envSourceContainerName
     */
    readonly envSourceContainerName?: string;
    /**
     * @schema ScaledObjectSpecScaleTargetRef#kind
     */
    readonly kind?: string;
    /**
     * @schema ScaledObjectSpecScaleTargetRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ScaledObjectSpecScaleTargetRef' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecScaleTargetRef(obj: ScaledObjectSpecScaleTargetRef | undefined): Record<string, any> | undefined;
/**
 * ScaleTriggers reference the scaler that will be used
 *
 * @schema ScaledObjectSpecTriggers
 */
export interface ScaledObjectSpecTriggers {
    /**
     * AuthenticationRef points to the TriggerAuthentication or ClusterTriggerAuthentication object that
     * is used to authenticate the scaler with the environment
     *
     * @schema ScaledObjectSpecTriggers#authenticationRef
     */
    readonly authenticationRef?: ScaledObjectSpecTriggersAuthenticationRef;
    /**
     * @schema ScaledObjectSpecTriggers#metadata
     */
    readonly metadata: {
        [key: string]: string;
    };
    /**
     * MetricTargetType specifies the type of metric being targeted, and should be either
     * "Value", "AverageValue", or "Utilization"
     *
     * @schema ScaledObjectSpecTriggers#metricType
     */
    readonly metricType?: string;
    /**
     * @schema ScaledObjectSpecTriggers#name
     */
    readonly name?: string;
    /**
     * @schema ScaledObjectSpecTriggers#type
     */
    readonly type: string;
    /**
     * @schema ScaledObjectSpecTriggers#useCachedMetrics
     */
    readonly useCachedMetrics?: boolean;
}
/**
 * Converts an object of type 'ScaledObjectSpecTriggers' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecTriggers(obj: ScaledObjectSpecTriggers | undefined): Record<string, any> | undefined;
/**
 * HorizontalPodAutoscalerConfig specifies horizontal scale config
 *
 * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig
 */
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig {
    /**
     * HorizontalPodAutoscalerBehavior configures the scaling behavior of the target
     * in both Up and Down directions (scaleUp and scaleDown fields respectively).
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig#behavior
     */
    readonly behavior?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior;
    /**
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig | undefined): Record<string, any> | undefined;
/**
 * ScalingModifiers describes advanced scaling logic options like formula
 *
 * @schema ScaledObjectSpecAdvancedScalingModifiers
 */
export interface ScaledObjectSpecAdvancedScalingModifiers {
    /**
     * @schema ScaledObjectSpecAdvancedScalingModifiers#activationTarget
     */
    readonly activationTarget?: string;
    /**
     * @schema ScaledObjectSpecAdvancedScalingModifiers#formula
     */
    readonly formula?: string;
    /**
     * MetricTargetType specifies the type of metric being targeted, and should be either
     * "Value", "AverageValue", or "Utilization"
     *
     * @schema ScaledObjectSpecAdvancedScalingModifiers#metricType
     */
    readonly metricType?: string;
    /**
     * @schema ScaledObjectSpecAdvancedScalingModifiers#target
     */
    readonly target?: string;
}
/**
 * Converts an object of type 'ScaledObjectSpecAdvancedScalingModifiers' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecAdvancedScalingModifiers(obj: ScaledObjectSpecAdvancedScalingModifiers | undefined): Record<string, any> | undefined;
/**
 * AuthenticationRef points to the TriggerAuthentication or ClusterTriggerAuthentication object that
 * is used to authenticate the scaler with the environment
 *
 * @schema ScaledObjectSpecTriggersAuthenticationRef
 */
export interface ScaledObjectSpecTriggersAuthenticationRef {
    /**
     * Kind of the resource being referred to. Defaults to TriggerAuthentication.
     *
     * @default TriggerAuthentication.
     * @schema ScaledObjectSpecTriggersAuthenticationRef#kind
     */
    readonly kind?: string;
    /**
     * @schema ScaledObjectSpecTriggersAuthenticationRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ScaledObjectSpecTriggersAuthenticationRef' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecTriggersAuthenticationRef(obj: ScaledObjectSpecTriggersAuthenticationRef | undefined): Record<string, any> | undefined;
/**
 * HorizontalPodAutoscalerBehavior configures the scaling behavior of the target
 * in both Up and Down directions (scaleUp and scaleDown fields respectively).
 *
 * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior
 */
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior {
    /**
     * scaleDown is scaling policy for scaling Down.
     * If not set, the default value is to allow to scale down to minReplicas pods, with a
     * 300 second stabilization window (i.e., the highest recommendation for
     * the last 300sec is used).
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior#scaleDown
     */
    readonly scaleDown?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown;
    /**
     * scaleUp is scaling policy for scaling Up.
     * If not set, the default value is the higher of:
     * * increase no more than 4 pods per 60 seconds
     * * double the number of pods per 60 seconds
     * No stabilization is used.
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior#scaleUp
     */
    readonly scaleUp?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp;
}
/**
 * Converts an object of type 'ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior | undefined): Record<string, any> | undefined;
/**
 * scaleDown is scaling policy for scaling Down.
 * If not set, the default value is to allow to scale down to minReplicas pods, with a
 * 300 second stabilization window (i.e., the highest recommendation for
 * the last 300sec is used).
 *
 * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown
 */
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown {
    /**
     * policies is a list of potential scaling polices which can be used during scaling.
     * At least one policy must be specified, otherwise the HPAScalingRules will be discarded as invalid
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown#policies
     */
    readonly policies?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies[];
    /**
     * selectPolicy is used to specify which policy should be used.
     * If not set, the default value Max is used.
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown#selectPolicy
     */
    readonly selectPolicy?: string;
    /**
     * stabilizationWindowSeconds is the number of seconds for which past recommendations should be
     * considered while scaling up or scaling down.
     * StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour).
     * If not set, use the default values:
     * - For scale up: 0 (i.e. no stabilization is done).
     * - For scale down: 300 (i.e. the stabilization window is 300 seconds long).
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown#stabilizationWindowSeconds
     */
    readonly stabilizationWindowSeconds?: number;
}
/**
 * Converts an object of type 'ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown | undefined): Record<string, any> | undefined;
/**
 * scaleUp is scaling policy for scaling Up.
 * If not set, the default value is the higher of:
 * * increase no more than 4 pods per 60 seconds
 * * double the number of pods per 60 seconds
 * No stabilization is used.
 *
 * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp
 */
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp {
    /**
     * policies is a list of potential scaling polices which can be used during scaling.
     * At least one policy must be specified, otherwise the HPAScalingRules will be discarded as invalid
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp#policies
     */
    readonly policies?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies[];
    /**
     * selectPolicy is used to specify which policy should be used.
     * If not set, the default value Max is used.
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp#selectPolicy
     */
    readonly selectPolicy?: string;
    /**
     * stabilizationWindowSeconds is the number of seconds for which past recommendations should be
     * considered while scaling up or scaling down.
     * StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour).
     * If not set, use the default values:
     * - For scale up: 0 (i.e. no stabilization is done).
     * - For scale down: 300 (i.e. the stabilization window is 300 seconds long).
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp#stabilizationWindowSeconds
     */
    readonly stabilizationWindowSeconds?: number;
}
/**
 * Converts an object of type 'ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp | undefined): Record<string, any> | undefined;
/**
 * HPAScalingPolicy is a single policy which must hold true for a specified past interval.
 *
 * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies
 */
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies {
    /**
     * periodSeconds specifies the window of time for which the policy should hold true.
     * PeriodSeconds must be greater than zero and less than or equal to 1800 (30 min).
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies#periodSeconds
     */
    readonly periodSeconds: number;
    /**
     * type is used to specify the scaling policy.
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies#type
     */
    readonly type: string;
    /**
     * value contains the amount of change which is permitted by the policy.
     * It must be greater than zero
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies#value
     */
    readonly value: number;
}
/**
 * Converts an object of type 'ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies | undefined): Record<string, any> | undefined;
/**
 * HPAScalingPolicy is a single policy which must hold true for a specified past interval.
 *
 * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies
 */
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies {
    /**
     * periodSeconds specifies the window of time for which the policy should hold true.
     * PeriodSeconds must be greater than zero and less than or equal to 1800 (30 min).
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies#periodSeconds
     */
    readonly periodSeconds: number;
    /**
     * type is used to specify the scaling policy.
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies#type
     */
    readonly type: string;
    /**
     * value contains the amount of change which is permitted by the policy.
     * It must be greater than zero
     *
     * @schema ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies#value
     */
    readonly value: number;
}
/**
 * Converts an object of type 'ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies' to JSON representation.
 */
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies | undefined): Record<string, any> | undefined;
