import { Static, TSchema, TUnsafe, Type } from '@sinclair/typebox';

/**
 * `T | null` in OpenAPI 3.0's words (`nullable: true`; 3.0 has no `type: 'null'`). A named view
 * (one with `$id`) is wrapped in `allOf`, because a `$ref` it becomes may have no siblings.
 */
export function Nullable<T extends TSchema>(schema: T, options: { description?: string } = {}): TUnsafe<Static<T> | null> {
  if (schema.$id !== undefined) return Type.Unsafe<Static<T> | null>({ allOf: [schema], nullable: true, ...options });
  return Type.Unsafe<Static<T> | null>({ ...schema, nullable: true, ...options });
}
