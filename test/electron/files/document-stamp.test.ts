import { describe, expect, it } from 'vitest';
import { sameContent, sha256Hex, stampOf } from '../../../electron/files/document-stamp.ts';

describe('document-stamp', () => {
  describe('sha256Hex()', () => {
    it('hashes bytes to lowercase hex', () => {
      expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      );
    });
  });

  describe('stampOf()', () => {
    it('records the size, hash and modification time', () => {
      const bytes = new Uint8Array([1, 2, 3]);
      expect(stampOf(bytes, 42)).toEqual({ mtimeMs: 42, size: 3, sha256: sha256Hex(bytes) });
    });
  });

  describe('sameContent()', () => {
    it('ignores the modification time but not the bytes', () => {
      const a = stampOf(new Uint8Array([1]), 1);
      expect(sameContent(a, stampOf(new Uint8Array([1]), 2))).toBe(true);
      expect(sameContent(a, stampOf(new Uint8Array([2]), 1))).toBe(false);
    });
  });
});
