import fc from 'fast-check';

// The spellings a hostile sweep used to find defects, kept as generators: keys written with
// escapes, duplicated keys, number spellings other than the shortest, mixed line endings. Each
// keeps the text readable as JSONC; the value may change only by what `json.load` would read.

/** One way to make a text hostile, applied to every match it can find. */
export interface Hostility {
  readonly escapeKeys: boolean;
  readonly duplicateKeys: boolean;
  readonly numberSpellings: boolean;
  readonly mixedEol: boolean;
}

export const hostilityArb: fc.Arbitrary<Hostility> = fc.record({
  escapeKeys: fc.boolean(),
  duplicateKeys: fc.boolean(),
  numberSpellings: fc.boolean(),
  mixedEol: fc.boolean(),
});

// Underscore as `\u005f`: the same key to every JSON reader, a different byte string.
const ESCAPED = /"([a-z]+)_([a-z_]+)"(\s*:)/g;
// A member `"key": number` inside an object: a copy with another value goes before it, so the
// original stays the one in effect (json.load keeps the last).
const NUMBER_MEMBER = /([{,]\s*)"([a-z_]+)"(\s*:\s*)(-?\d+(?:\.\d+)?)(?=\s*[,}\r\n/])/g;
const INTEGER_VALUE = /(:\s*)(\d+)(?=\s*[,}\r\n])/g;

/** The text made hostile as asked; strict JSON stays strict JSON (with duplicates, maybe). */
export function makeHostile(text: string, h: Hostility): string {
  let out = text;
  if (h.duplicateKeys) {
    let n = 0;
    out = out.replace(
      NUMBER_MEMBER,
      (all, lead: string, key: string, colon: string, value: string) =>
        n++ % 3 === 0
          ? `${lead}"${key}"${colon}${Number(value) + 7}, "${key}"${colon}${value}`
          : all,
    );
  }
  if (h.escapeKeys)
    out = out.replace(
      ESCAPED,
      (_, a: string, b: string, colon: string) => `"${a}\\u005f${b}"${colon}`,
    );
  if (h.numberSpellings) {
    let n = 0;
    const spell = ['.0', 'e0', 'E+0', '.000'];
    out = out.replace(
      INTEGER_VALUE,
      (_, colon: string, digits: string) => `${colon}${digits}${spell[n++ % spell.length]}`,
    );
  }
  if (h.mixedEol) {
    let n = 0;
    out = out.replace(/\r?\n/g, () => (n++ % 2 === 0 ? '\r\n' : '\n'));
  }
  return out;
}

/** The texts of `base`, made hostile in every combination. */
export function hostileArb(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, hostilityArb).map(([text, h]) => makeHostile(text, h));
}
