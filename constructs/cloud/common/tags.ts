import { type IAspect, TerraformResource } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { TargetSpec } from '../../../config/types';

/** Tags every resource carries (environment, target, cost center, managed-by: the billing labels of fact sheet §3.8). */
export function cloudTags(target: TargetSpec): Record<string, string> {
  return {
    environment: target.environment,
    target: target.name,
    'cost-center': target.costCenter,
    'managed-by': 'cdktf',
    application: 'matih',
  };
}

/**
 * GCP labels: lowercase letters, digits, `_` and `-` only, so values are lowercased. Keys use `_`
 * (cdktf snake-cases provider-level map keys, so `cost-center` would silently become `cost_center`).
 */
export function cloudLabels(target: TargetSpec): Record<string, string> {
  return Object.fromEntries(
    Object.entries(cloudTags(target)).map(([k, v]) => [k.replace(/-/g, '_'), v.toLowerCase().replace(/[^a-z0-9_-]/g, '-')]),
  );
}

type Taggable = TerraformResource & Record<string, unknown>;

/**
 * Sets `tags` (or `labels`, `resourceLabels`) on every resource that has the property, keeping
 * values a resource set itself. An aspect, so no resource can be forgotten.
 */
export class TagAspect implements IAspect {
  constructor(
    private readonly tags: Readonly<Record<string, string>>,
    /** Property names to fill, in order of preference. @default ['tags'] */
    private readonly properties: readonly string[] = ['tags'],
  ) {}

  visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource)) return;
    const resource = node as Taggable;
    for (const property of this.properties) {
      if (!(`${property}Input` in resource)) continue;
      const own = (resource[`${property}Input`] as Record<string, string> | undefined) ?? {};
      resource[property] = { ...this.tags, ...own };
      return;
    }
  }
}

/** True when a resource class supports the given tag property (used by tests to find taggables). */
export function isTaggable(node: IConstruct, properties: readonly string[]): boolean {
  return node instanceof TerraformResource && properties.some((p) => `${p}Input` in node);
}
