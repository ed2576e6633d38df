// The schema validator and parsing's value walk as they were before they became one walk (two
// walks of the value, one each), kept unchanged as the reference the fused walk is compared with.
import { configJsonSchema } from '../../../../shared/schema/config-schema.ts';
import type { SchemaIssue } from '../../../../shared/schema/validate.ts';

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

/** Checks one value against one schema node, appending what it finds at `path`. */
type Check = (value: unknown, path: (string | number)[], out: SchemaIssue[]) => void;

// Each schema node becomes one closure that tests only what that node constrains: no type
// dispatch, lookups or objects per value, and an issue (with its path copied) only when found.
function compile(node: JsonSchemaNode): Check {
  if (node.enum !== undefined) {
    const allowed = new Set(node.enum);
    return (value, path, out) => {
      if (!allowed.has(value)) out.push({ code: 'invalid_value', path: [...path] });
    };
  }
  switch (node.type) {
    case 'object':
      return compileObject(node);
    case 'array':
      return compileArray(node);
    case 'string':
      return compileString(node);
    case 'number':
    case 'integer':
      return compileNumber(node, node.type === 'integer');
    case 'boolean':
      return (value, path, out) => {
        if (typeof value !== 'boolean')
          out.push({ code: 'invalid_type', path: [...path], expected: 'boolean' });
      };
    default:
      return () => undefined;
  }
}

function compileObject(node: JsonSchemaNode): Check {
  const properties = node.properties;
  const props =
    properties === undefined
      ? undefined
      : new Map(Object.entries(properties).map(([k, v]) => [k, compile(v)]));
  const required = (node.required ?? []).map((key) => ({
    key,
    expected:
      (properties !== undefined && Object.hasOwn(properties, key)
        ? properties[key]?.type
        : undefined) ?? 'value',
  }));
  return (value, path, out) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return void out.push({ code: 'invalid_type', path: [...path], expected: 'object' });
    }
    const record = value as Record<string, unknown>;
    for (const { key, expected } of required) {
      if (!Object.hasOwn(record, key))
        out.push({ code: 'invalid_type', path: [...path, key], expected });
    }
    if (props === undefined) return;
    for (const key in record) {
      const sub = props.get(key);
      if (sub === undefined || !Object.hasOwn(record, key)) continue;
      path.push(key);
      sub(record[key], path, out);
      path.pop();
    }
  };
}

function compileArray(node: JsonSchemaNode): Check {
  const items = node.items === undefined ? undefined : compile(node.items);
  return (value, path, out) => {
    if (!Array.isArray(value))
      return void out.push({ code: 'invalid_type', path: [...path], expected: 'array' });
    if (items === undefined) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      items(value[i], path, out);
      path.pop();
    }
  };
}

function compileString(node: JsonSchemaNode): Check {
  const { minLength } = node;
  return (value, path, out) => {
    if (typeof value !== 'string')
      return void out.push({ code: 'invalid_type', path: [...path], expected: 'string' });
    if (minLength !== undefined && value.length < minLength) {
      out.push({
        code: 'too_small',
        path: [...path],
        origin: 'string',
        bound: minLength,
        inclusive: true,
      });
    }
  };
}

function compileNumber(node: JsonSchemaNode, integer: boolean): Check {
  const { exclusiveMinimum, minimum, exclusiveMaximum, maximum } = node;
  return (value, path, out) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return void out.push({ code: 'invalid_type', path: [...path], expected: 'number' });
    }
    if (integer && !Number.isInteger(value)) {
      return void out.push({ code: 'invalid_type', path: [...path], expected: 'integer' });
    }
    if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) {
      out.push(bound('too_small', path, exclusiveMinimum, false));
    } else if (minimum !== undefined && value < minimum) {
      out.push(bound('too_small', path, minimum, true));
    }
    if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) {
      out.push(bound('too_big', path, exclusiveMaximum, false));
    } else if (maximum !== undefined && value > maximum) {
      out.push(bound('too_big', path, maximum, true));
    }
  };
}

function bound(
  code: 'too_small' | 'too_big',
  path: readonly (string | number)[],
  limit: number,
  inclusive: boolean,
): SchemaIssue {
  return { code, path: [...path], origin: 'number', bound: limit, inclusive };
}

let root: Check | undefined;

/**
 * Validates a parsed config against the JSON Schema generated from the zod schema (the one
 * schema). Interpreting it directly is eval-free (the renderer's CSP forbids eval) and, unlike
 * zod's parse, builds no output copy: several times faster on large configs.
 */
export function referenceValidate(value: unknown): SchemaIssue[] {
  root ??= compile(configJsonSchema());
  const out: SchemaIssue[] = [];
  root(value, [], out);
  return out;
}

/** Parsing's walk: object members counted, numbers too large for a double, nesting past 256. */
export function referenceMeasure(value: unknown): {
  keyCount: number;
  tooDeep: boolean;
  nonFinite: { path: (string | number)[]; value: number }[];
} {
  const out = {
    keyCount: 0,
    tooDeep: false,
    nonFinite: [] as { path: (string | number)[]; value: number }[],
  };
  const path: (string | number)[] = [];
  const number = (n: number, at: string | number): void => {
    if (!Number.isFinite(n)) out.nonFinite.push({ path: [...path, at], value: n });
  };
  const visit = (v: object, depth: number): void => {
    if (depth > 256) {
      out.tooDeep = true;
      return;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (typeof item === 'number') number(item, i);
        else if (typeof item === 'object' && item !== null) {
          path.push(i);
          visit(item, depth + 1);
          path.pop();
        }
      }
      return;
    }
    const record = v as Record<string, unknown>;
    for (const key in record) {
      out.keyCount++;
      const item = record[key];
      if (typeof item === 'number') number(item, key);
      else if (typeof item === 'object' && item !== null) {
        path.push(key);
        visit(item, depth + 1);
        path.pop();
      }
    }
  };
  if (typeof value === 'number' && !Number.isFinite(value)) out.nonFinite.push({ path: [], value });
  else if (typeof value === 'object' && value !== null) visit(value, 1);
  return out;
}
