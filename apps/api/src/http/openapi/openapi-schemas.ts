import type { SchemaObject } from '@nestjs/swagger';
import type { TSchema } from '@sinclair/typebox';

/** Named schemas for `components.schemas`, filled as contract views are turned into OpenAPI. */
export type OpenApiComponents = Record<string, SchemaObject>;

const COMPONENT_REF = '#/components/schemas/';

/**
 * A contract view's TypeBox schema as OpenAPI 3.0: every sub-schema with an `$id` (a named view)
 * becomes a component and a `$ref` to it, so each view is described once however often it is
 * used. TypeBox writes JSON Schema; the few words 3.0 lacks are said its way (`const` as a
 * one-value `enum`, a string-keyed record as `additionalProperties`).
 */
export function toOpenApiSchema(schema: TSchema, components: OpenApiComponents): SchemaObject {
  return convertValue(schema, components) as SchemaObject;
}

function convertValue(value: unknown, components: OpenApiComponents): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => convertValue(item, components));
  const { $id, const: constant, patternProperties, ...rest } = value as Record<string, unknown>;
  if (typeof $id === 'string') {
    // Converted once; a view met again is only referenced.
    if (!($id in components)) components[$id] = convertValue(rest, components) as SchemaObject;
    return { $ref: `${COMPONENT_REF}${$id}` };
  }
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(rest)) out[key] = convertValue(member, components);
  if (constant !== undefined) out.enum = [constant];
  if (patternProperties !== undefined) {
    const [valueSchema] = Object.values(patternProperties as Record<string, unknown>);
    out.additionalProperties = convertValue(valueSchema, components);
  }
  return out;
}
