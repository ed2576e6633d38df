import fc from 'fast-check';

/** One thing to insert between two tokens: nothing, space, a comment, a trailing comma. */
export interface Noise {
  readonly kind: number;
  readonly text: string;
  readonly comma: boolean;
}

// Comment text full of what a careless scanner would take for structure.
const COMMENT_CHARS = ['a', ' ', '"', ':', ',', '{', '}', '[', ']', '/', '*', '\\', 'é', '€'];

/** Random noise: mostly nothing, sometimes whitespace, comments or a trailing comma. */
export function noiseArb(): fc.Arbitrary<Noise[]> {
  return fc.array(
    fc.record({
      kind: fc.nat({ max: 9 }),
      text: fc.string({ unit: fc.constantFrom(...COMMENT_CHARS), maxLength: 8 }),
      comma: fc.boolean(),
    }),
    { minLength: 1, maxLength: 40 },
  );
}

function render(noise: Noise, eol: string): string {
  switch (noise.kind) {
    case 1:
      return ' ';
    case 2:
      return eol;
    case 3:
      return `/*${noise.text.replaceAll('*/', '* /')}*/`;
    case 4:
      return ` // ${noise.text}${eol}`;
    case 5:
      return `${eol}  /* ${noise.text.replaceAll('*/', '* /')} */${eol}`;
    default:
      return '';
  }
}

/**
 * Inserts noise between the tokens of strict JSON — after `{ [ , :`, before `} ]`, at both ends
 * — and trailing commas before closing brackets. The value read as JSONC does not change.
 */
export function withNoise(json: string, picks: readonly Noise[], eol = '\n'): string {
  let out = '';
  let n = 0;
  const next = (): Noise => picks[n++ % picks.length] ?? { kind: 0, text: '', comma: false };
  let last = '';
  out += render(next(), eol);
  for (let i = 0; i < json.length; i++) {
    const c = json[i] ?? '';
    if (c === '"') {
      let end = i + 1;
      while (end < json.length && json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      out += json.slice(i, end + 1);
      i = end;
      last = '"';
      continue;
    }
    if (c === '}' || c === ']') {
      const noise = next();
      if (noise.comma && last !== '{' && last !== '[' && last !== ',') out += ',';
      out += render(noise, eol);
    }
    out += c;
    if (c === '{' || c === '[' || c === ',' || c === ':') out += render(next(), eol);
    if (!/\s/.test(c)) last = c;
  }
  return out + render(next(), eol);
}
