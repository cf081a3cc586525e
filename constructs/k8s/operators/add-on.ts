/**
 * The add-on contract of an operator folder (in the spirit of cdk-eks-blueprints): the catalog
 * component it serves and what it builds for a target. Its custom resources are rendered only
 * while that component is enabled; the chart that installs the operator itself is a catalog
 * component too (config/components/operators.ts), synced earlier by its Argo CD Application.
 */
import type { ResolvedTarget } from '../../../config/types';
import type { Feature, TargetScope } from '../core/target-scope';

export interface OperatorAddOn {
  /** Catalog component the add-on renders (an operated component, or the chart whose objects it completes). */
  readonly component: string;
  /** Adds the component's custom resources (and what they need) to the target. */
  readonly build: (scope: TargetScope, model: ResolvedTarget) => void;
}

/** The feature that runs every add-on whose component is enabled on the target, in order. */
export function operatorFeature(addOns: readonly OperatorAddOn[]): Feature {
  return (scope, model) => {
    for (const addOn of addOns) if (model.components[addOn.component]) addOn.build(scope, model);
  };
}
