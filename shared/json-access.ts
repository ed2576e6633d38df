/** A JSON object read from a parsed document. */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** The value as an object, or undefined for arrays, null and scalars. */
export function asRecord(value: unknown): JsonRecord | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as JsonRecord)
    : undefined;
}

/** An own property only: a config key named "constructor" or "__proto__" is data, never inherited. */
export function own(record: JsonRecord | undefined, key: string): unknown {
  if (record === undefined) return undefined;
  const value = record[key];
  // What a JSON object inherits is Object.prototype's, all functions or objects: a scalar read is
  // its own (the common case, checked without a lookup of the key's owner).
  if (value === undefined || (typeof value !== 'object' && typeof value !== 'function'))
    return value;
  return Object.hasOwn(record, key) ? value : undefined;
}

/** True when the record itself holds the key. */
export function has(record: JsonRecord | undefined, key: string): boolean {
  return record !== undefined && Object.hasOwn(record, key);
}

/** A finite number, or undefined. */
export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The config's strategies as a list of entries (non-objects kept as undefined). */
export function strategiesOf(config: unknown): (JsonRecord | undefined)[] {
  const list = own(asRecord(config), 'strategies');
  return Array.isArray(list) ? list.map(asRecord) : [];
}

/** Short words for what a value is, for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}
