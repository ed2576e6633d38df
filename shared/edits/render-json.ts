/** How new JSON is written: on its own lines with this indentation, or inline (null). */
export type Layout = {
  readonly indent: string | null;
  readonly unit: string;
  readonly eol: string;
};

/** JSON text for a value: pretty-printed continuing at `indent`, or inline `{"a": 1, "b": [2]}`. */
export function renderJson(value: unknown, layout: Layout): string {
  if (layout.indent === null) return inlineJson(value);
  return JSON.stringify(value, null, layout.unit).split('\n').join(`${layout.eol}${layout.indent}`);
}

function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`);
    return `{${members.join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
