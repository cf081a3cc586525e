import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * VolumeSnapshotClass specifies parameters that a underlying storage system uses when
creating a volume snapshot. A specific VolumeSnapshotClass is used by specifying its
name in a VolumeSnapshot object.
VolumeSnapshotClasses are non-namespaced
 *
 * @schema VolumeSnapshotClass
 */
export declare class VolumeSnapshotClass extends ApiObject {
    /**
     * Returns the apiVersion and kind for "VolumeSnapshotClass"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "VolumeSnapshotClass".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: VolumeSnapshotClassProps): any;
    /**
     * Defines a "VolumeSnapshotClass" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: VolumeSnapshotClassProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * VolumeSnapshotClass specifies parameters that a underlying storage system uses when
 * creating a volume snapshot. A specific VolumeSnapshotClass is used by specifying its
 * name in a VolumeSnapshot object.
 * VolumeSnapshotClasses are non-namespaced
 *
 * @schema VolumeSnapshotClass
 */
export interface VolumeSnapshotClassProps {
    /**
     * @schema VolumeSnapshotClass#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * deletionPolicy determines whether a VolumeSnapshotContent created through
     * the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted.
     * Supported values are "Retain" and "Delete".
     * "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept.
     * "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted.
     * Required.
     *
     * @schema VolumeSnapshotClass#deletionPolicy
     */
    readonly deletionPolicy: VolumeSnapshotClassDeletionPolicy;
    /**
     * driver is the name of the storage driver that handles this VolumeSnapshotClass.
     * Required.
     *
     * @schema VolumeSnapshotClass#driver
     */
    readonly driver: string;
    /**
     * parameters is a key-value map with storage driver specific parameters for creating snapshots.
     * These values are opaque to Kubernetes.
     *
     * @schema VolumeSnapshotClass#parameters
     */
    readonly parameters?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'VolumeSnapshotClassProps' to JSON representation.
 */
export declare function toJson_VolumeSnapshotClassProps(obj: VolumeSnapshotClassProps | undefined): Record<string, any> | undefined;
/**
 * deletionPolicy determines whether a VolumeSnapshotContent created through
 * the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted.
 * Supported values are "Retain" and "Delete".
 * "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept.
 * "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted.
 * Required.
 *
 * @schema VolumeSnapshotClassDeletionPolicy
 */
export declare enum VolumeSnapshotClassDeletionPolicy {
    /** Delete */
    DELETE = "Delete",
    /** Retain */
    RETAIN = "Retain"
}
/**
 * VolumeSnapshotClass specifies parameters that a underlying storage system uses when creating a volume snapshot. A specific VolumeSnapshotClass is used by specifying its name in a VolumeSnapshot object. VolumeSnapshotClasses are non-namespaced
 *
 * @schema VolumeSnapshotClassV1Beta1
 */
export declare class VolumeSnapshotClassV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "VolumeSnapshotClassV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "VolumeSnapshotClassV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: VolumeSnapshotClassV1Beta1Props): any;
    /**
     * Defines a "VolumeSnapshotClassV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: VolumeSnapshotClassV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * VolumeSnapshotClass specifies parameters that a underlying storage system uses when creating a volume snapshot. A specific VolumeSnapshotClass is used by specifying its name in a VolumeSnapshot object. VolumeSnapshotClasses are non-namespaced
 *
 * @schema VolumeSnapshotClassV1Beta1
 */
export interface VolumeSnapshotClassV1Beta1Props {
    /**
     * @schema VolumeSnapshotClassV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted. Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.
     *
     * @schema VolumeSnapshotClassV1Beta1#deletionPolicy
     */
    readonly deletionPolicy: VolumeSnapshotClassV1Beta1DeletionPolicy;
    /**
     * driver is the name of the storage driver that handles this VolumeSnapshotClass. Required.
     *
     * @schema VolumeSnapshotClassV1Beta1#driver
     */
    readonly driver: string;
    /**
     * parameters is a key-value map with storage driver specific parameters for creating snapshots. These values are opaque to Kubernetes.
     *
     * @schema VolumeSnapshotClassV1Beta1#parameters
     */
    readonly parameters?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'VolumeSnapshotClassV1Beta1Props' to JSON representation.
 */
export declare function toJson_VolumeSnapshotClassV1Beta1Props(obj: VolumeSnapshotClassV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * deletionPolicy determines whether a VolumeSnapshotContent created through the VolumeSnapshotClass should be deleted when its bound VolumeSnapshot is deleted. Supported values are "Retain" and "Delete". "Retain" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are kept. "Delete" means that the VolumeSnapshotContent and its physical snapshot on underlying storage system are deleted. Required.
 *
 * @schema VolumeSnapshotClassV1Beta1DeletionPolicy
 */
export declare enum VolumeSnapshotClassV1Beta1DeletionPolicy {
    /** Delete */
    DELETE = "Delete",
    /** Retain */
    RETAIN = "Retain"
}
