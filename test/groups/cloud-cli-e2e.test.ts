import { runGroup } from '../support/run-group';

runGroup('cloud-cli-e2e');
