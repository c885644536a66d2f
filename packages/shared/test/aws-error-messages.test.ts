// Errors whose text or shape was misread: AccessDenied messages that name IAM actions, answers cut short.
import { describe, expect, test } from 'vitest';
import { classifyAwsFailure, describeAwsError, foreignAnswer, isNetworkError } from '../src/aws/service-errors.js';

/** The error the SDK raises for a JSON service's AccessDeniedException (unmodelled for SageMaker). */
function denied(message: string): Error {
  return Object.assign(new Error(message), { name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
}

const DESCRIBE_DENIED =
  'User: arn:aws:sts::123456789012:assumed-role/deploy/s is not authorized to perform: sagemaker:DescribePipelineExecution on resource: ' +
  'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn/execution/abc because no identity-based policy allows the sagemaker:DescribePipelineExecution action';

describe('AccessDenied messages', () => {
  test('naming DescribePipeline* is not a network error (EPIPE is a whole word): the wait ends at once', () => {
    expect(isNetworkError(denied(DESCRIBE_DENIED))).toBe(false);
    expect(classifyAwsFailure(denied(DESCRIBE_DENIED)).kind).toBe('fatal');
    expect(isNetworkError(Object.assign(new Error('write EPIPE'), { code: undefined }))).toBe(true);
  });

  test("the hint names the IAM action AWS denied, also when it is not the call's own (iam:PassRole for CreatePipeline)", () => {
    const passRole = denied(
      'User: arn:aws:sts::123456789012:assumed-role/deploy/s is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/exec because no identity-based policy allows the iam:PassRole action',
    );
    const error = describeAwsError(passRole, { action: 'sagemaker:CreatePipeline', resource: 'churn' });
    expect(error.message).toMatch(/^sagemaker:CreatePipeline on churn failed: AccessDeniedException: /);
    expect(error.hint).toBe(
      "The role the action runs as needs 'iam:PassRole' on arn:aws:iam::123456789012:role/exec in its IAM policy (see the action README for the minimal policy).",
    );
    expect(describeAwsError(denied(DESCRIBE_DENIED), { action: 'sagemaker:DescribePipelineExecution', resource: 'arn:x' }).hint).toContain(
      "needs 'sagemaker:DescribePipelineExecution' on arn:x",
    );
  });
});

describe('an answer cut short by the network', () => {
  test('a 200 whose body stopped before its Content-Length (the SDK: ECONNRESET "aborted" while deserializing) is transient, not a foreign answer', () => {
    // The shape @smithy gives a body reset mid-read: no $fault, the raw $response, code ECONNRESET.
    const cut = Object.assign(
      new Error('aborted\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'),
      {
        code: 'ECONNRESET',
        $metadata: { httpStatusCode: 200 },
        $response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1', 'content-length': '91' } },
      },
    );
    expect(foreignAnswer(cut)).toBeUndefined();
    expect(classifyAwsFailure(cut).kind).toBe('transient');
  });
});
