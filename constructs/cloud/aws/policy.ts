import { DataAwsIamPolicyDocument, type DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import type { Construct } from 'constructs';

/** An IAM policy document as a data source, so the synthesized JSON keeps each statement inspectable. */
export function policyDocument(scope: Construct, id: string, statements: DataAwsIamPolicyDocumentStatement[]): DataAwsIamPolicyDocument {
  return new DataAwsIamPolicyDocument(scope, id, { statement: statements });
}

export function servicePrincipalTrust(scope: Construct, id: string, service: string): DataAwsIamPolicyDocument {
  return policyDocument(scope, id, [
    { effect: 'Allow', actions: ['sts:AssumeRole'], principals: [{ type: 'Service', identifiers: [service] }] },
  ]);
}
