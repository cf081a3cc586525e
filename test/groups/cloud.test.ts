import { runGroup } from '../support/run-group';

runGroup('cloud');
