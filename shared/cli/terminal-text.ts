// C0 controls but tab, DEL and C1 controls: a config could hide terminal escapes in a name.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
// Valid JSON keeps these raw inside strings; escaping them keeps a terminal or a JS eval safe.
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029]/g;

function escape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Text from a config made safe to print: control characters shown as `\uXXXX`, tabs as spaces. */
export function printable(text: string): string {
  return text.replace(CONTROL, escape).replaceAll('\t', ' ');
}

/** One JSON document, indented, with a final newline and nothing a terminal could act on. */
export function jsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(JSON_UNSAFE, escape)}\n`;
}
