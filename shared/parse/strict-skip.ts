// Skipping over strict JSON (text `JSON.parse` accepted) a character at a time, strings jumped
// natively. Only for such text: it has no comment, and each string ends at its first unescaped
// quote, so nothing here can read it differently from the parser. jsonc-parser's scanner reads
// anything else; here it would cost several times more.

/** Past JSON whitespace. */
export function skipSpace(text: string, at: number): number {
  let c = text.charCodeAt(at);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++at);
  return at;
}

/** The next quote after `at` (none: the text's end), to jump over spaces before a key. */
export function quoteAfter(text: string, at: number): number {
  const quote = text.indexOf('"', at + 1);
  return quote < 0 ? text.length : quote;
}

/** Past the string whose opening quote is at `at` (an unclosed one ends with the text). */
export function stringEnd(text: string, at: number): number {
  for (let quote = text.indexOf('"', at + 1); ; quote = text.indexOf('"', quote + 1)) {
    if (quote < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return quote + 1;
  }
}

/**
 * Past a number, true, false or null: up to the next comma, closing bracket or space. Never
 * stays put, so no loop over it can stall, whatever the text.
 */
export function literalEnd(text: string, at: number): number {
  let c = text.charCodeAt(++at);
  while (at < text.length && c !== 44 && c !== 125 && c !== 93 && c !== 32 && c > 13)
    c = text.charCodeAt(++at);
  return at;
}

/** Past the value starting at `at`. */
export function valueEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 34) return stringEnd(text, at);
  return c === 123 || c === 91 ? blockEnd(text, at) : literalEnd(text, at);
}

/** Past the object or list whose opening bracket is at `at` (an unclosed one: the text's end). */
function blockEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) i = stringEnd(text, i) - 1;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) return i + 1;
    }
  }
  return text.length;
}
