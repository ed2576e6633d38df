import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../../shared/schema/config-schema.ts';
import { json, run } from './memory-io.ts';

describe('schema-command', () => {
  describe('runSchema()', () => {
    it('prints the JSON Schema of the JSON view and exits 0, reading no file', async () => {
      const result = await run(['schema']);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(json(result)).toEqual(configJsonSchema());
      expect(result.stdout.endsWith('}\n')).toBe(true);
    });

    it('describes the sizing keys an editor completes and the strategies list', async () => {
      const schema = json(await run(['schema'])) as {
        $schema: string;
        properties: Record<string, { description?: string; properties?: object }>;
      };
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(Object.keys(schema.properties)).toEqual(
        expect.arrayContaining(['position_sizing', 'strategies', 'indicators', 'exchanges']),
      );
      expect(schema.properties['strategies']?.description).toBe(
        'Trading strategies, sized in order.',
      );
      expect(Object.keys(schema.properties['position_sizing']?.properties ?? {})).toContain(
        'max_position_size_usd',
      );
    });
  });
});
