/**
 * Python's view of JSON values, as the engine's `json.load` hands them over: `true` is 1, an
 * empty list or object is falsy, and arithmetic on anything but a number raises.
 */

/** Python truthiness of a JSON value. */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** The value as Python arithmetic sees it: a number (bool as 0 or 1), or undefined where it raises. */
export function arithmetic(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

/** True for a JSON object (a Python dict). */
export function isDict(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
