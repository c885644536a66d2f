// GitHub's REST error bodies: `message`, `documentation_url`, and (since 2024) `status` as a string.

export const DOCS = 'https://docs.github.com/rest';

export interface ValidationErrorItem {
  resource: string;
  field: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  value?: unknown;
  message?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return {
      message: this.message,
      ...this.extra,
      documentation_url: (this.extra.documentation_url as string | undefined) ?? DOCS,
      status: String(this.status),
    };
  }
}

export function notFound(): ApiError {
  return new ApiError(404, 'Not Found');
}

export function validationFailed(errors: ValidationErrorItem[], documentationUrl = DOCS): ApiError {
  return new ApiError(422, 'Validation Failed', { errors, documentation_url: documentationUrl });
}

/** The JSON-schema style 422 GitHub answers for malformed request bodies. */
export function invalidRequest(detail: string, documentationUrl = DOCS): ApiError {
  return new ApiError(422, `Invalid request.\n\n${detail}`, { documentation_url: documentationUrl });
}
