import { Static, Type } from '@sinclair/typebox';

/** RFC 9457 problem document, the body of every error answer (`application/problem+json`). */
export const ProblemDetailsSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String({ description: 'Stable, snake_case: what clients branch on.' }),
    detail: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() }), {
        description: 'Present on `validation_failed`: one entry per bad field.',
      }),
    ),
  },
  { $id: 'ProblemDetails', additionalProperties: true, description: 'Codes may add members (e.g. `retryAfterSeconds`).' },
);
/** Extensions (`retryAfterSeconds`, `minimum` …) ride alongside the standard members. */
export type ProblemDetails = Static<typeof ProblemDetailsSchema> & { [extension: string]: unknown };
