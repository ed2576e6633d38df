import type { LineColumn } from './text-position.ts';
import { lineStarts, positionAt } from './text-position.ts';

/** The text of a file and whether it began with a UTF-8 byte order mark (kept on save). */
export interface DecodedText {
  readonly ok: true;
  readonly text: string;
  readonly bom: boolean;
}

/** Why the bytes are not UTF-8, and where (the first bad byte). */
export interface EncodingFailure {
  readonly ok: false;
  readonly byteOffset: number;
  readonly position: LineColumn;
  readonly message: string;
}

const BOM = [0xef, 0xbb, 0xbf] as const;

/** Decodes bytes as strict UTF-8: a bad byte is reported with its position, never replaced. */
export function decodeUtf8(bytes: Uint8Array): DecodedText | EncodingFailure {
  const bom = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, bom };
  } catch {
    const bad = firstInvalidByte(body);
    const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const position = positionAt(lineStarts(before), before.length);
    const shown = (body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      byteOffset: bad + (bom ? 3 : 0),
      position,
      message: `The file is not valid UTF-8: byte 0x${shown} at line ${position.line}, column ${position.column} cannot be read. Save the file as UTF-8 and open it again.`,
    };
  }
}

/** Encodes the document text to bytes, restoring the BOM if the file had one. */
export function encodeUtf8(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set(BOM, 0);
  out.set(body, 3);
  return out;
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
      const hi = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
