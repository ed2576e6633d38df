import { configJsonSchema } from './config-schema.ts';
import { Kind, SchemaNode, propTable } from './schema-node.ts';
import { ValueWalk } from './value-walk.ts';

/** A schema violation, before it is put in a trader's words. */
export type SchemaIssue =
  | { readonly code: 'invalid_type'; readonly path: (string | number)[]; readonly expected: string }
  | { readonly code: 'invalid_value'; readonly path: (string | number)[] }
  | {
      readonly code: 'too_small' | 'too_big';
      readonly path: (string | number)[];
      readonly origin: 'number' | 'string';
      readonly bound: number;
      readonly inclusive: boolean;
    };

interface JsonSchemaNode {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly items?: JsonSchemaNode;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
}

// Each schema node becomes one SchemaNode holding only what that node constrains: no lookups
// or objects per value, and an issue (with its path made) only when found.
function compile(node: JsonSchemaNode): SchemaNode {
  // A list, not a Set: JSON.parse leaves a string of more than 10 characters uninternalized,
  // so a Set hashed each such value afresh; `includes` matches as Set.has does (SameValueZero)
  // and the schema's few allowed strings differ in length, which string comparison tests first.
  if (node.enum !== undefined)
    return new SchemaNode(Kind.choice, undefined, [], undefined, [...node.enum]);
  switch (node.type) {
    case 'object':
      return compileObject(node);
    case 'array':
      return new SchemaNode(
        Kind.array,
        undefined,
        [],
        node.items === undefined ? undefined : compile(node.items),
      );
    case 'string':
      return new SchemaNode(
        Kind.string,
        undefined,
        [],
        undefined,
        undefined,
        node.minLength ?? NaN,
      );
    case 'number':
    case 'integer':
      return compileNumber(node, node.type === 'integer' ? Kind.integer : Kind.number);
    case 'boolean':
      return new SchemaNode(Kind.boolean);
    default:
      return new SchemaNode(Kind.any);
  }
}

function compileObject(node: JsonSchemaNode): SchemaNode {
  const properties = node.properties;
  const required = (node.required ?? []).map((key) => ({
    key,
    expected:
      (properties !== undefined && Object.hasOwn(properties, key)
        ? properties[key]?.type
        : undefined) ?? 'value',
  }));
  const props =
    properties === undefined
      ? undefined
      : propTable(Object.entries(properties).map(([k, v]) => [k, compile(v)]));
  for (const { key } of required) {
    const member = props === undefined || !Object.hasOwn(props, key) ? undefined : props[key];
    if (member !== undefined) member.requiredByParent = true;
  }
  return new SchemaNode(Kind.object, props, required);
}

function compileNumber(node: JsonSchemaNode, kind: Kind): SchemaNode {
  return new SchemaNode(
    kind,
    undefined,
    [],
    undefined,
    undefined,
    NaN,
    node.minimum ?? NaN,
    node.exclusiveMinimum ?? NaN,
    node.maximum ?? NaN,
    node.exclusiveMaximum ?? NaN,
  );
}

let root: SchemaNode | undefined;

const compiledRoot = (): SchemaNode => (root ??= compile(configJsonSchema()));

/**
 * Validates a parsed config against the JSON Schema generated from the zod schema (the one
 * schema). Interpreting it directly is eval-free (the renderer's CSP forbids eval) and, unlike
 * zod's parse, builds no output copy: several times faster on large configs.
 */
export function validateConfig(value: unknown): SchemaIssue[] {
  const walk = new ValueWalk(false);
  walk.value(value, compiledRoot());
  return walk.issues;
}

/**
 * What parsing must know of the whole value (see {@link ValueWalk}) and, with `schema`,
 * {@link validateConfig}'s issues too, from one walk of it. `fromJsonParse`: JSON.parse made
 * the value (ValueWalk's shortcut for it).
 */
export function validateAndMeasure(
  value: unknown,
  schema: boolean,
  fromJsonParse = false,
): ValueWalk {
  const walk = new ValueWalk(true, fromJsonParse);
  walk.value(value, schema ? compiledRoot() : undefined);
  return walk;
}
