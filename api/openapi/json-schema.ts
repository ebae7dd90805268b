import { z } from 'zod';

/** A JSON Schema (2020-12, OpenAPI 3.1's dialect) as the document embeds it. */
export type JsonSchema = Record<string, unknown>;

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

// Each component is embedded in the document, not a standalone resource: its own $schema and $id go.
const embedded = ({ $schema: _s, $id: _i, ...rest }: JsonSchema): JsonSchema => rest;

/**
 * The JSON Schema of a zod schema the server validates with: `input` for what a client sends (defaults optional,
 * coerced query values typed), `output` for what the server answers.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return embedded(z.toJSONSchema(schema, { io, unrepresentable: 'throw' }) as JsonSchema);
}

/** Named components from zod schemas; one named inside another becomes a $ref to it. */
export function componentSchemas(named: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'throw',
    uri: (id) => schemaRef(id).$ref,
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, embedded(s as JsonSchema)]));
}

/** The properties of a zod object as JSON Schemas, for parameters and form fields. */
export function propertiesOf(schema: z.ZodObject, io: 'input' | 'output'): Record<string, JsonSchema> {
  return (jsonSchema(schema, io).properties ?? {}) as Record<string, JsonSchema>;
}
