/** What a single linear pass over the text learns before any recursive parser runs. */
export interface StructureScan {
  /** Colons outside strings and comments: in well-formed JSON, the number of object members. */
  readonly colons: number;
  /** Offset of the first bracket that nests deeper than the limit, or -1. */
  readonly tooDeepAt: number;
}

/** Deepest nesting any reader of the file accepts; real configs stay under ten. */
export const MAX_DEPTH = 256;

/** Counts members and measures nesting iteratively, so no input can overflow the stack. */
export function scanStructure(text: string, maxDepth = MAX_DEPTH): StructureScan {
  let colons = 0;
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Skip the string; an unterminated one ends at the line break, as jsonc-parser reads it.
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === 92 /* \ */) i++;
        else if (s === 34 || s === 10 || s === 13) break;
      }
    } else if (c === 123 || c === 91 /* { [ */) {
      if (++depth > maxDepth) return { colons, tooDeepAt: i };
    } else if (c === 125 || c === 93 /* } ] */) {
      depth--;
    } else if (c === 58 /* : */) {
      colons++;
    } else if (c === 47 /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        const end = text.indexOf('\n', i + 2);
        i = end < 0 ? n : end;
      } else if (next === 42) {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? n : end + 1;
      }
    }
  }
  return { colons, tooDeepAt: -1 };
}
