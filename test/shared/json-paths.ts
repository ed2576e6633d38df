import type { JsonPath } from '../../shared/diagnostics/diagnostic.ts';

/** Every path into a JSON value (the root's `[]` included), depth first. */
export function allPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, i) => out.push(...allPaths(item, [...prefix, i])));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...allPaths(item, [...prefix, key]));
  }
  return out;
}

/** The value at a path (own properties only), or undefined. */
export function valueAtPath(value: unknown, path: JsonPath): unknown {
  let v = value;
  for (const part of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, part)) return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}
