import { describe, expect, it } from 'vitest';
import { locationLabel } from '../../../shared/diagnostics/location-label.ts';

const config = { strategies: [{ name: 'eth_swing' }, { market: 'X' }] };

describe('diagnostics/location-label', () => {
  describe('locationLabel()', () => {
    it('names a strategy by its name, else by its 1-based number', () => {
      expect(locationLabel(config, ['strategies', 0, 'position_sizing'])).toBe(
        'Strategy "eth_swing"',
      );
      expect(locationLabel(config, ['strategies', 1])).toBe('Strategy #2');
    });

    it('names the global block, exchanges, indicators and the rest', () => {
      expect(locationLabel(config, ['position_sizing', 'method'])).toBe('Global position_sizing');
      expect(locationLabel(config, ['exchanges', 0, 'api_key'])).toBe('Exchange #1');
      expect(locationLabel(config, ['indicators', 2])).toBe('Indicator #3');
      expect(locationLabel(config, ['log_level'])).toBe('Config');
      expect(locationLabel(config, [])).toBe('Config');
    });
  });
});
