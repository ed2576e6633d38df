import { describe, expect, it } from 'vitest';
import { ConfigSchema, configJsonSchema } from '../../../shared/schema/config-schema.ts';

type Node = {
  properties?: Record<string, Node>;
  items?: Node;
  description?: string;
  enum?: unknown[];
  exclusiveMinimum?: number;
  maximum?: number;
};

describe('schema/config-schema', () => {
  describe('configJsonSchema()', () => {
    const schema = configJsonSchema() as Node;
    const global = schema.properties?.position_sizing;
    const strategy = schema.properties?.strategies?.items;

    it('offers every canonical key and engine spelling, with its help text', () => {
      expect(Object.keys(global?.properties ?? {})).toEqual(
        expect.arrayContaining([
          'method',
          'position_sizing_method',
          'fixed_usd_amount',
          'equity_percentage',
        ]),
      );
      expect(global?.properties?.fixed_usd_amount?.description).toContain(
        'Engine spelling of fixed_amount_usd',
      );
      expect(global?.properties?.method?.enum).toEqual([
        'fixed_usd',
        'risk_based',
        'percent_equity',
        'fixed_units',
        'kelly_criterion',
        'equity_percentage',
        'kelly',
      ]);
    });

    it('carries SPEC §2 bounds and the percent unit of stop_loss_pct', () => {
      expect(global?.properties?.risk_per_trade_pct).toMatchObject({
        exclusiveMinimum: 0,
        maximum: 1,
      });
      expect(strategy?.properties?.stop_loss_pct?.description).toBe(
        'Stop distance in PERCENT (3.0 = 3 %).',
      );
      expect(strategy?.properties?.position_sizing?.properties?.max_leverage).toMatchObject({
        exclusiveMinimum: 0,
      });
    });
  });

  describe('ConfigSchema', () => {
    it('keeps keys it does not interpret', () => {
      const parsed = ConfigSchema.parse({
        log_level: 'INFO',
        strategies: [{ name: 'a', extra: 1 }],
      });
      expect(parsed).toEqual({ log_level: 'INFO', strategies: [{ name: 'a', extra: 1 }] });
    });
  });
});
