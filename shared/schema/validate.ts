import { configJsonSchema } from './config-schema.ts';
import type { CompiledNode } from './value-walk.ts';
import { ValueWalk, pathOf } from './value-walk.ts';

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

type Check = CompiledNode['check'];

const leaf = (check: Check): CompiledNode => ({
  check,
  props: undefined,
  required: [],
  items: undefined,
});

// Each schema node becomes one closure that tests only what that node constrains: no type
// dispatch, lookups or objects per value, and an issue (with its path made) only when found.
function compile(node: JsonSchemaNode): CompiledNode {
  if (node.enum !== undefined) {
    const allowed = new Set(node.enum);
    return leaf((value, parent, step, out) => {
      if (!allowed.has(value)) out.push({ code: 'invalid_value', path: pathOf(parent, step) });
      return false;
    });
  }
  switch (node.type) {
    case 'object':
      return compileObject(node);
    case 'array':
      return compileArray(node);
    case 'string':
      return leaf(stringCheck(node));
    case 'number':
    case 'integer':
      return leaf(numberCheck(node, node.type === 'integer'));
    case 'boolean':
      return leaf((value, parent, step, out) => {
        if (typeof value !== 'boolean')
          out.push({ code: 'invalid_type', path: pathOf(parent, step), expected: 'boolean' });
        return false;
      });
    default:
      return leaf(() => false);
  }
}

function compileObject(node: JsonSchemaNode): CompiledNode {
  const properties = node.properties;
  const required = (node.required ?? []).map((key) => ({
    key,
    expected:
      (properties !== undefined && Object.hasOwn(properties, key)
        ? properties[key]?.type
        : undefined) ?? 'value',
  }));
  return {
    check: (value, parent, step, out) => {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return true;
      out.push({ code: 'invalid_type', path: pathOf(parent, step), expected: 'object' });
      return false;
    },
    props:
      properties === undefined
        ? undefined
        : new Map(Object.entries(properties).map(([k, v]) => [k, compile(v)])),
    required,
    items: undefined,
  };
}

function compileArray(node: JsonSchemaNode): CompiledNode {
  return {
    check: (value, parent, step, out) => {
      if (Array.isArray(value)) return true;
      out.push({ code: 'invalid_type', path: pathOf(parent, step), expected: 'array' });
      return false;
    },
    props: undefined,
    required: [],
    items: node.items === undefined ? undefined : compile(node.items),
  };
}

function stringCheck(node: JsonSchemaNode): Check {
  const { minLength } = node;
  return (value, parent, step, out) => {
    if (typeof value !== 'string') {
      out.push({ code: 'invalid_type', path: pathOf(parent, step), expected: 'string' });
    } else if (minLength !== undefined && value.length < minLength) {
      out.push({
        code: 'too_small',
        path: pathOf(parent, step),
        origin: 'string',
        bound: minLength,
        inclusive: true,
      });
    }
    return false;
  };
}

function numberCheck(node: JsonSchemaNode, integer: boolean): Check {
  const { exclusiveMinimum, minimum, exclusiveMaximum, maximum } = node;
  return (value, parent, step, out) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      out.push({ code: 'invalid_type', path: pathOf(parent, step), expected: 'number' });
      return false;
    }
    if (integer && !Number.isInteger(value)) {
      out.push({ code: 'invalid_type', path: pathOf(parent, step), expected: 'integer' });
      return false;
    }
    if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) {
      out.push(bound('too_small', pathOf(parent, step), exclusiveMinimum, false));
    } else if (minimum !== undefined && value < minimum) {
      out.push(bound('too_small', pathOf(parent, step), minimum, true));
    }
    if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) {
      out.push(bound('too_big', pathOf(parent, step), exclusiveMaximum, false));
    } else if (maximum !== undefined && value > maximum) {
      out.push(bound('too_big', pathOf(parent, step), maximum, true));
    }
    return false;
  };
}

function bound(
  code: 'too_small' | 'too_big',
  path: (string | number)[],
  limit: number,
  inclusive: boolean,
): SchemaIssue {
  return { code, path, origin: 'number', bound: limit, inclusive };
}

let root: CompiledNode | undefined;

const compiledRoot = (): CompiledNode => (root ??= compile(configJsonSchema()));

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
 * {@link validateConfig}'s issues too, from one walk of it.
 */
export function validateAndMeasure(value: unknown, schema: boolean): ValueWalk {
  const walk = new ValueWalk(true);
  walk.value(value, schema ? compiledRoot() : undefined);
  return walk;
}
