import { TUnsafe, Type } from '@sinclair/typebox';

/** A string from a fixed list, as `{ type: 'string', enum }`: the form OpenAPI 3.0 and code generators read best. */
export function StringEnum<const T extends readonly string[]>(values: T, options: { description?: string } = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}
