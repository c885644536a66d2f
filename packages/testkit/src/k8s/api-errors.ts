// metav1.Status failures, worded as the API server words them.
import { qualifiedName, type ResourceType } from './resources.js';

export interface StatusBody {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: Record<string, unknown>;
  code: number;
}

export class ApiStatusError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): StatusBody {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

function details(type: ResourceType, name?: string): Record<string, unknown> {
  return { ...(name ? { name } : {}), ...(type.group ? { group: type.group } : {}), kind: type.resource };
}

export function notFound(type: ResourceType, name: string): ApiStatusError {
  return new ApiStatusError(404, 'NotFound', `${qualifiedName(type)} "${name}" not found`, details(type, name));
}

export function alreadyExists(type: ResourceType, name: string): ApiStatusError {
  return new ApiStatusError(409, 'AlreadyExists', `${qualifiedName(type)} "${name}" already exists`, details(type, name));
}

export function conflict(type: ResourceType, name: string, why: string): ApiStatusError {
  return new ApiStatusError(409, 'Conflict', `Operation cannot be fulfilled on ${qualifiedName(type)} "${name}": ${why}`, details(type, name));
}

export function invalid(type: ResourceType, name: string, causes: Array<{ field: string; message: string; reason?: string }>): ApiStatusError {
  const text = causes.map((c) => `${c.field}: ${c.message}`).join(', ');
  const kind = type.group ? `${type.kind}.${type.group}` : type.kind;
  return new ApiStatusError(422, 'Invalid', `${kind} "${name}" is invalid: ${causes.length > 1 ? `[${text}]` : text}`, {
    ...details(type, name),
    kind: type.kind,
    causes: causes.map((c) => ({ reason: c.reason ?? 'FieldValueInvalid', message: c.message, field: c.field })),
  });
}

export function badRequest(message: string): ApiStatusError {
  return new ApiStatusError(400, 'BadRequest', message);
}

export function forbidden(
  type: ResourceType | undefined,
  resource: string,
  name: string | undefined,
  user: string,
  verb: string,
  namespace?: string,
): ApiStatusError {
  const group = type?.group ?? '';
  const what = type ? qualifiedName(type) : resource;
  const subject = name ? `${what} "${name}"` : what;
  const scope = namespace ? ` in the namespace "${namespace}"` : ' at the cluster scope';
  return new ApiStatusError(403, 'Forbidden', `${subject} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group "${group}"${scope}`, {
    ...(name ? { name } : {}),
    ...(group ? { group } : {}),
    kind: resource.split('/')[0],
  });
}

export const UNAUTHORIZED = new ApiStatusError(401, 'Unauthorized', 'Unauthorized');
