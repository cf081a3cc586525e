import { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { configureBackend } from './backend';
import type { CloudStackProps } from './model';

/** One target's cloud stack: remote backend, then whatever the target's cloud platform builds. */
export class CloudStack extends TerraformStack {
  constructor(scope: Construct, props: CloudStackProps) {
    super(scope, props.model.target.name);
    configureBackend(this, props.model.target);
    props.platform.build(this, props.model);
  }
}
