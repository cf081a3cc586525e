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

  /**
   * cdktf resolves every element once before synthesis only to find references to other stacks
   * (and turn them into remote-state outputs). Our stacks never reference each other: a member
   * names its platform's resources (or looks them up with data sources), so each deploys on its
   * own. Skipping that pass halves the stack's synthesis; the backend check stays.
   */
  override prepareStack(): void {
    this.ensureBackendExists();
  }
}
