/** RFC 9457 problem document, the body of every error answer (`application/problem+json`). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  /** Stable, snake_case: what clients branch on. */
  code: string;
  detail?: string;
  requestId?: string;
  /** Present on `validation_failed`: one entry per bad field. */
  errors?: { field: string; code: string; message: string }[];
  [extension: string]: unknown;
}
