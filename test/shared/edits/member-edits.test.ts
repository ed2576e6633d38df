import type { ParseError } from 'jsonc-parser';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { appendMember, removeMember, separatorLike } from '../../../shared/edits/member-edits.ts';
import { applyEdits } from '../../../shared/edits/text-edit.ts';

describe('edits/member-edits', () => {
  describe('removeMember()', () => {
    const text = '{"a": 1, "b": 2, "c": 3}';
    const props = parseTree(text)?.children ?? [];

    it('removes the trailing comma of an only entry after a comment ended by a carriage return', () => {
      const list = '{"a": [1 // c\r,]}';
      const entry = parseTree(list)!.children![0]!.children![1]!.children![0]!;
      const errors: ParseError[] = [];
      const after = parseTree(applyEdits(list, [removeMember(list, entry)!]), errors);
      expect(errors).toEqual([]);
      expect(after?.children?.[0]?.children?.[1]?.children).toEqual([]);
    });

    it('removes a middle or last member with the comma before it', () => {
      expect(applyEdits(text, [removeMember(text, props[1]!)!])).toBe('{"a": 1, "c": 3}');
      expect(applyEdits(text, [removeMember(text, props[2]!)!])).toBe('{"a": 1, "b": 2}');
    });

    it('removes the first member up to the next one', () => {
      expect(applyEdits(text, [removeMember(text, props[0]!)!])).toBe('{"b": 2, "c": 3}');
    });

    it('takes the trailing comma of a lone member along', () => {
      const one = '[ {"name": "a"}, ]';
      expect(applyEdits(one, [removeMember(one, parseTree(one)!.children![0]!)!])).toBe('[ ]');
    });

    it('empties an object holding one member', () => {
      const one = '{ "a": 1 }';
      expect(applyEdits(one, [removeMember(one, parseTree(one)!.children![0]!)!])).toBe('{ }');
    });
  });

  describe('appendMember()', () => {
    it('puts a new member on a line of its own after a `//` comment on the trailing comma’s line', () => {
      // Appended inline after the comment, the value was silently commented out.
      const text = '{\n  "a": 1, "b": 2\n  , // note\n}';
      const after = applyEdits(text, [appendMember(text, parseTree(text)!, 'c', 3)]);
      expect(after).toBe('{\n  "a": 1, "b": 2\n  , // note\n  "c": 3,\n}');
      const errors: ParseError[] = [];
      parseTree(after, errors, { allowTrailingComma: true });
      expect(errors).toEqual([]);
    });
  });

  describe('separatorLike()', () => {
    it('is a line break and indent for members on their own line, else a space', () => {
      const multi = '[\n  1,\n  2\n]';
      expect(separatorLike(multi, parseTree(multi)!.children![1]!)).toBe('\n  ');
      expect(separatorLike('[1, 2]', parseTree('[1, 2]')!.children![1]!)).toBe(' ');
    });
  });
});
