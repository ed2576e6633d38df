import type { SchemaIssue } from '../schema/validate.ts';
import { validateConfig } from '../schema/validate.ts';
import { METHODS, SIZING_KEYS, canonicalKeyOf } from '../sizing-keys.ts';
import type { SizingKeyInfo } from '../sizing-keys.ts';
import { describeValue } from '../json-access.ts';
import type { DraftDiagnostic, JsonPath } from './diagnostic.ts';
import { locationLabel } from './location-label.ts';

/**
 * Type, range and method errors against the zod schema, in a trader's words; `issues` when
 * parsing already validated the config in its walk (see validateAndMeasure).
 */
export function schemaDiagnostics(
  config: unknown,
  issues: readonly SchemaIssue[] = validateConfig(config),
): DraftDiagnostic[] {
  return issues.map((issue) => toDraft(config, issue));
}

function toDraft(config: unknown, issue: SchemaIssue): DraftDiagnostic {
  const path = issue.path;
  const found = valueAt(config, path);
  const where = locationLabel(config, path);
  const key = path.at(-1);
  const field = typeof key === 'string' ? key : 'value';
  if (issue.code === 'invalid_value' && isSizingKey(path, 'method')) {
    return {
      code: 'unknown-method',
      message: `${where}: unknown method ${describeValue(found)}. Use one of ${METHODS.join(', ')}.`,
      path,
    };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return {
      code: 'range',
      message: `${where}: ${field} ${rangeText(path, issue)}; found ${describeValue(found)}.`,
      path,
    };
  }
  if (issue.code === 'invalid_type') {
    return {
      code: 'type',
      message: `${where}: ${typeText(path, field, issue.expected, found)}`,
      path,
    };
  }
  return {
    code: 'type',
    message: `${where}: ${field} is not one of the allowed values; found ${describeValue(found)}.`,
    path,
  };
}

function typeText(path: JsonPath, field: string, expected: string, found: unknown): string {
  if (path.length === 0)
    return `the config must be a JSON object ({ … }); found ${describeValue(found)}.`;
  if (found === undefined) return `${field} is required.`;
  const what =
    expected === 'array'
      ? 'a list ([ … ])'
      : expected === 'object'
        ? 'an object ({ … })'
        : expected === 'integer'
          ? 'a whole number'
          : `a ${expected}`;
  const hint =
    typeof found === 'string' &&
    expected === 'number' &&
    found.trim() !== '' &&
    Number.isFinite(Number(found))
      ? ' Remove the quotes.'
      : '';
  const nullHint = found === null ? ' To inherit the value instead, remove the key.' : '';
  return `${field} must be ${what}; found ${describeValue(found)}.${hint}${nullHint}`;
}

function rangeText(path: JsonPath, issue: SchemaIssue & { code: 'too_small' | 'too_big' }): string {
  const info = sizingInfo(path);
  if (info !== undefined) return `must be ${boundsText(info)}`;
  if (issue.origin === 'string') return 'must not be empty';
  const bound = issue.bound;
  const op =
    issue.code === 'too_small' ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
  return `must be ${op} ${String(bound)}`;
}

/** SPEC §2's range of a sizing key in words, with the unit. */
export function boundsText(info: SizingKeyInfo): string {
  const op = (inclusive: boolean | undefined, strict: string, loose: string): string =>
    inclusive ? loose : strict;
  const lo = info.min === undefined ? undefined : `${op(info.minInclusive, '>', '≥')} ${info.min}`;
  if (info.max !== undefined && info.min !== undefined) {
    const kind = info.unit === 'fraction' ? 'a fraction' : 'a number';
    const example = info.unit === 'fraction' ? ' (0.02 = 2 %)' : '';
    return `${kind} with ${info.min} ${op(info.minInclusive, '<', '≤')} x ${op(info.maxInclusive, '<', '≤')} ${info.max}${example}`;
  }
  return `${lo ?? 'a number'}${info.unit === 'usd' ? ' USD' : ''}`;
}

function isSizingKey(path: JsonPath, canonical: string): boolean {
  const key = path.at(-1);
  return (
    path.at(-2) === 'position_sizing' &&
    typeof key === 'string' &&
    canonicalKeyOf(key) === canonical
  );
}

function sizingInfo(path: JsonPath): SizingKeyInfo | undefined {
  const key = path.at(-1);
  if (path.at(-2) !== 'position_sizing' || typeof key !== 'string') return undefined;
  const canonical = canonicalKeyOf(key);
  return canonical === undefined ? undefined : SIZING_KEYS[canonical];
}

/** The value at a path, own properties only. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let v = root;
  for (const part of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, part)) return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}
