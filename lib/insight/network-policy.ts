/** NetworkPolicy semantics live in lib/k8s (the gate evaluates them too); re-exported for the insight modules. */
export * from '../k8s/network-policy';
