import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8, firstInvalidByte } from '../../shared/encoding.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('encoding', () => {
  describe('decodeUtf8()', () => {
    it('decodes UTF-8, accents and emoji included', () => {
      expect(decodeUtf8(utf8('{"note": "é € 🚀"}'))).toEqual({
        ok: true,
        text: '{"note": "é € 🚀"}',
        bom: false,
      });
    });

    it('strips a leading BOM from the text and remembers it', () => {
      expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], '{}'))).toEqual({
        ok: true,
        text: '{}',
        bom: true,
      });
    });

    it('keeps a BOM that is not at the start as text', () => {
      const decoded = decodeUtf8(bytes('{}', [0xef, 0xbb, 0xbf]));
      expect(decoded).toEqual({ ok: true, text: '{}\uFEFF', bom: false });
    });

    it('reports the first bad byte with its line and column, never a U+FFFD', () => {
      const decoded = decodeUtf8(bytes('{\n  "a": "xé', [0xff], '"\n}'));
      expect(decoded).toMatchObject({
        ok: false,
        byteOffset: 13, // 1 + 1 + 2 + 4 + 1 + 2 bytes, then 2 for é
        position: { line: 2, column: 11 },
      });
      expect(decoded.ok ? '' : decoded.message).toMatchInlineSnapshot(
        `"The file is not valid UTF-8: byte 0xFF at line 2, column 11 cannot be read. Save the file as UTF-8 and open it again."`,
      );
    });

    it('counts columns in UTF-16 units after an emoji, and bytes after a BOM', () => {
      const decoded = decodeUtf8(bytes([0xef, 0xbb, 0xbf], '🚀\r\nab', [0xc0, 0x80]));
      expect(decoded).toMatchObject({
        ok: false,
        byteOffset: 3 + 4 + 2 + 2,
        position: { line: 2, column: 3 },
      });
    });

    it('rejects a Latin-1 file (é as 0xE9)', () => {
      expect(decodeUtf8(bytes('{"a": "caf', [0xe9], '"}')).ok).toBe(false);
    });
  });

  describe('encodeUtf8()', () => {
    it('round-trips text and restores the BOM', () => {
      const withBom = encodeUtf8('{"a": "é"}', true);
      expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(decodeUtf8(withBom)).toEqual({ ok: true, text: '{"a": "é"}', bom: true });
      expect(encodeUtf8('{}', false)).toEqual(utf8('{}'));
    });
  });

  describe('firstInvalidByte()', () => {
    it.each([
      ['a lone continuation byte', [0x61, 0x80], 1],
      ['an overlong encoding', [0xc0, 0xaf], 0],
      ['a UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
      ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
      ['a truncated sequence at the end', [0x61, 0x62, 0xe2, 0x82], 2],
      ['a byte never used in UTF-8', [0xf8], 0],
    ])('finds %s', (_, input, index) => {
      expect(firstInvalidByte(Uint8Array.from(input))).toBe(index);
    });

    it('returns the length for valid UTF-8', () => {
      const valid = utf8('aé€🚀');
      expect(firstInvalidByte(valid)).toBe(valid.length);
    });
  });
});
