import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A Composition defines a collection of managed resources or functions that
Crossplane uses to create and manage new composite resources.

Read the Crossplane documentation for
[more information about Compositions](https://docs.crossplane.io/latest/composition/compositions/).
 *
 * @schema Composition
 */
export declare class Composition extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Composition"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Composition".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: CompositionProps): any;
    /**
     * Defines a "Composition" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: CompositionProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A Composition defines a collection of managed resources or functions that
 * Crossplane uses to create and manage new composite resources.
 *
 * Read the Crossplane documentation for
 * [more information about Compositions](https://docs.crossplane.io/latest/composition/compositions/).
 *
 * @schema Composition
 */
export interface CompositionProps {
    /**
     * @schema Composition#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * CompositionSpec specifies desired state of a composition.
     *
     * @schema Composition#spec
     */
    readonly spec?: CompositionSpec;
}
/**
 * Converts an object of type 'CompositionProps' to JSON representation.
 */
export declare function toJson_CompositionProps(obj: CompositionProps | undefined): Record<string, any> | undefined;
/**
 * CompositionSpec specifies desired state of a composition.
 *
 * @schema CompositionSpec
 */
export interface CompositionSpec {
    /**
     * CompositeTypeRef specifies the type of composite resource that this
     * composition is compatible with.
     *
     * @schema CompositionSpec#compositeTypeRef
     */
    readonly compositeTypeRef: CompositionSpecCompositeTypeRef;
    /**
     * Mode controls what type or "mode" of Composition will be used.
     *
     * "Pipeline" indicates that a Composition specifies a pipeline of
     * functions, each of which is responsible for producing composed
     * resources that Crossplane should create or update.
     *
     * @schema CompositionSpec#mode
     */
    readonly mode?: CompositionSpecMode;
    /**
     * Pipeline is a list of composition function steps that will be used when a
     * composite resource referring to this composition is created. One of
     * resources and pipeline must be specified - you cannot specify both.
     *
     * The Pipeline is only used by the "Pipeline" mode of Composition. It is
     * ignored by other modes.
     *
     * @schema CompositionSpec#pipeline
     */
    readonly pipeline?: CompositionSpecPipeline[];
    /**
     * WriteConnectionSecretsToNamespace specifies the namespace in which the
     * connection secrets of composite resource dynamically provisioned using
     * this composition will be created.
     *
     * @schema CompositionSpec#writeConnectionSecretsToNamespace
     */
    readonly writeConnectionSecretsToNamespace?: string;
}
/**
 * Converts an object of type 'CompositionSpec' to JSON representation.
 */
export declare function toJson_CompositionSpec(obj: CompositionSpec | undefined): Record<string, any> | undefined;
/**
 * CompositeTypeRef specifies the type of composite resource that this
 * composition is compatible with.
 *
 * @schema CompositionSpecCompositeTypeRef
 */
export interface CompositionSpecCompositeTypeRef {
    /**
     * APIVersion of the type.
     *
     * @schema CompositionSpecCompositeTypeRef#apiVersion
     */
    readonly apiVersion: string;
    /**
     * Kind of the type.
     *
     * @schema CompositionSpecCompositeTypeRef#kind
     */
    readonly kind: string;
}
/**
 * Converts an object of type 'CompositionSpecCompositeTypeRef' to JSON representation.
 */
export declare function toJson_CompositionSpecCompositeTypeRef(obj: CompositionSpecCompositeTypeRef | undefined): Record<string, any> | undefined;
/**
 * Mode controls what type or "mode" of Composition will be used.
 *
 * "Pipeline" indicates that a Composition specifies a pipeline of
 * functions, each of which is responsible for producing composed
 * resources that Crossplane should create or update.
 *
 * @schema CompositionSpecMode
 */
export declare enum CompositionSpecMode {
    /** Pipeline */
    PIPELINE = "Pipeline"
}
/**
 * A PipelineStep in a function pipeline.
 *
 * @schema CompositionSpecPipeline
 */
export interface CompositionSpecPipeline {
    /**
     * Credentials are optional credentials that the function needs.
     *
     * @schema CompositionSpecPipeline#credentials
     */
    readonly credentials?: CompositionSpecPipelineCredentials[];
    /**
     * FunctionRef is a reference to the function this step should
     * execute.
     *
     * @schema CompositionSpecPipeline#functionRef
     */
    readonly functionRef: CompositionSpecPipelineFunctionRef;
    /**
     * Input is an optional, arbitrary Kubernetes resource (i.e. a resource
     * with an apiVersion and kind) that will be passed to the function as
     * the 'input' of its RunFunctionRequest.
     *
     * @schema CompositionSpecPipeline#input
     */
    readonly input?: any;
    /**
     * Requirements are resource requirements that will be satisfied before
     * this pipeline step is called for the first time. This allows
     * pre-populating required resources without requiring a function to
     * request them first.
     *
     * @schema CompositionSpecPipeline#requirements
     */
    readonly requirements?: CompositionSpecPipelineRequirements;
    /**
     * Step name. Must be unique within its Pipeline.
     *
     * @schema CompositionSpecPipeline#step
     */
    readonly step: string;
}
/**
 * Converts an object of type 'CompositionSpecPipeline' to JSON representation.
 */
export declare function toJson_CompositionSpecPipeline(obj: CompositionSpecPipeline | undefined): Record<string, any> | undefined;
/**
 * FunctionCredentials are optional credentials that a function
 * needs to run.
 *
 * @schema CompositionSpecPipelineCredentials
 */
export interface CompositionSpecPipelineCredentials {
    /**
     * Name of this set of credentials.
     *
     * @schema CompositionSpecPipelineCredentials#name
     */
    readonly name: string;
    /**
     * A SecretRef is a reference to a secret containing credentials that should
     * be supplied to the function.
     *
     * @schema CompositionSpecPipelineCredentials#secretRef
     */
    readonly secretRef?: CompositionSpecPipelineCredentialsSecretRef;
    /**
     * Source of the function credentials.
     *
     * @schema CompositionSpecPipelineCredentials#source
     */
    readonly source: CompositionSpecPipelineCredentialsSource;
}
/**
 * Converts an object of type 'CompositionSpecPipelineCredentials' to JSON representation.
 */
export declare function toJson_CompositionSpecPipelineCredentials(obj: CompositionSpecPipelineCredentials | undefined): Record<string, any> | undefined;
/**
 * FunctionRef is a reference to the function this step should
 * execute.
 *
 * @schema CompositionSpecPipelineFunctionRef
 */
export interface CompositionSpecPipelineFunctionRef {
    /**
     * Name of the referenced Function.
     *
     * @schema CompositionSpecPipelineFunctionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CompositionSpecPipelineFunctionRef' to JSON representation.
 */
export declare function toJson_CompositionSpecPipelineFunctionRef(obj: CompositionSpecPipelineFunctionRef | undefined): Record<string, any> | undefined;
/**
 * Requirements are resource requirements that will be satisfied before
 * this pipeline step is called for the first time. This allows
 * pre-populating required resources without requiring a function to
 * request them first.
 *
 * @schema CompositionSpecPipelineRequirements
 */
export interface CompositionSpecPipelineRequirements {
    /**
     * RequiredResources is a list of resources that must be fetched before
     * this function is called.
     *
     * @schema CompositionSpecPipelineRequirements#requiredResources
     */
    readonly requiredResources?: CompositionSpecPipelineRequirementsRequiredResources[];
    /**
     * RequiredSchemas is a list of OpenAPI schemas that must be fetched before
     * this function is called.
     *
     * @schema CompositionSpecPipelineRequirements#requiredSchemas
     */
    readonly requiredSchemas?: CompositionSpecPipelineRequirementsRequiredSchemas[];
}
/**
 * Converts an object of type 'CompositionSpecPipelineRequirements' to JSON representation.
 */
export declare function toJson_CompositionSpecPipelineRequirements(obj: CompositionSpecPipelineRequirements | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret containing credentials that should
 * be supplied to the function.
 *
 * @schema CompositionSpecPipelineCredentialsSecretRef
 */
export interface CompositionSpecPipelineCredentialsSecretRef {
    /**
     * Name of the secret.
     *
     * @schema CompositionSpecPipelineCredentialsSecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema CompositionSpecPipelineCredentialsSecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'CompositionSpecPipelineCredentialsSecretRef' to JSON representation.
 */
export declare function toJson_CompositionSpecPipelineCredentialsSecretRef(obj: CompositionSpecPipelineCredentialsSecretRef | undefined): Record<string, any> | undefined;
/**
 * Source of the function credentials.
 *
 * @schema CompositionSpecPipelineCredentialsSource
 */
export declare enum CompositionSpecPipelineCredentialsSource {
    /** None */
    NONE = "None",
    /** Secret */
    SECRET = "Secret"
}
/**
 * RequiredResourceSelector selects a required resource.
 *
 * @schema CompositionSpecPipelineRequirementsRequiredResources
 */
export interface CompositionSpecPipelineRequirementsRequiredResources {
    /**
     * APIVersion of the required resource.
     *
     * @schema CompositionSpecPipelineRequirementsRequiredResources#apiVersion
     */
    readonly apiVersion: string;
    /**
     * Kind of the required resource.
     *
     * @schema CompositionSpecPipelineRequirementsRequiredResources#kind
     */
    readonly kind: string;
    /**
     * MatchLabels specifies the set of labels to match for finding the
     * required resource. When specified, Name is ignored.
     *
     * @schema CompositionSpecPipelineRequirementsRequiredResources#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Name of the required resource.
     *
     * @schema CompositionSpecPipelineRequirementsRequiredResources#name
     */
    readonly name?: string;
    /**
     * Namespace of the required resource if it is namespaced.
     *
     * @schema CompositionSpecPipelineRequirementsRequiredResources#namespace
     */
    readonly namespace?: string;
    /**
     * RequirementName is the unique name to identify this required resource
     * in the Required Resources map in the function request.
     *
     * @schema CompositionSpecPipelineRequirementsRequiredResources#requirementName
     */
    readonly requirementName: string;
}
/**
 * Converts an object of type 'CompositionSpecPipelineRequirementsRequiredResources' to JSON representation.
 */
export declare function toJson_CompositionSpecPipelineRequirementsRequiredResources(obj: CompositionSpecPipelineRequirementsRequiredResources | undefined): Record<string, any> | undefined;
/**
 * RequiredSchemaSelector selects a required OpenAPI schema.
 *
 * @schema CompositionSpecPipelineRequirementsRequiredSchemas
 */
export interface CompositionSpecPipelineRequirementsRequiredSchemas {
    /**
     * APIVersion of the resource kind whose schema is required, e.g. "example.org/v1".
     *
     * @schema CompositionSpecPipelineRequirementsRequiredSchemas#apiVersion
     */
    readonly apiVersion: string;
    /**
     * Kind of resource whose schema is required, e.g. "MyResource".
     *
     * @schema CompositionSpecPipelineRequirementsRequiredSchemas#kind
     */
    readonly kind: string;
    /**
     * RequirementName is the unique name to identify this required schema
     * in the Required Schemas map in the function request.
     *
     * @schema CompositionSpecPipelineRequirementsRequiredSchemas#requirementName
     */
    readonly requirementName: string;
}
/**
 * Converts an object of type 'CompositionSpecPipelineRequirementsRequiredSchemas' to JSON representation.
 */
export declare function toJson_CompositionSpecPipelineRequirementsRequiredSchemas(obj: CompositionSpecPipelineRequirementsRequiredSchemas | undefined): Record<string, any> | undefined;
