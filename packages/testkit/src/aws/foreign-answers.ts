// Answers that are not the service's protocol: what a client meets when something other than the AWS API
// answers, or moto answers in its own way. A fault of one of these kinds sends such an answer instead.
import type { ServerResponse } from 'node:http';

export type ForeignAnswerKind = 'xml-access-denied' | 'html-page';

export const FOREIGN_ANSWER_KINDS: readonly ForeignAnswerKind[] = ['xml-access-denied', 'html-page'];

export function isForeignAnswerKind(kind: string): kind is ForeignAnswerKind {
  return (FOREIGN_ANSWER_KINDS as readonly string[]).includes(kind);
}

/**
 * - `xml-access-denied`: moto's answer when its IAM enforcement (INITIAL_NO_AUTH_ACTION_COUNT) denies a call:
 *   HTTP 403, an XML ErrorResponse and `X-Amzn-ErrorType: AccessDenied`, also for JSON services (moto's
 *   core/exceptions.py AccessDeniedError).
 * - `html-page`: HTTP 200 with an HTML page, as a captive portal or a misconfigured proxy answers.
 */
export function renderForeignAnswer(
  kind: ForeignAnswerKind,
  detail: { principal: string; action: string },
): { status: number; headers: Record<string, string>; body: string } {
  switch (kind) {
    case 'xml-access-denied':
      return {
        status: 403,
        headers: { 'content-type': 'application/xml', 'x-amzn-errortype': 'AccessDenied' },
        body:
          '<?xml version="1.0" encoding="utf-8"?>\n<ErrorResponse><Errors><Error><Code>AccessDenied</Code>' +
          `<Message>User: ${detail.principal} is not authorized to perform: ${detail.action}</Message><Type>Sender</Type></Error></Errors></ErrorResponse>`,
      };
    case 'html-page':
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html>\n<html><head><title>Sign in to continue</title></head><body><h1>Network login required</h1></body></html>',
      };
  }
}

export function sendForeignAnswer(res: ServerResponse, answer: { status: number; headers: Record<string, string>; body: string }): void {
  res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
  res.end(answer.body);
}
