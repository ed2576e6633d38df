import { describe, expect, it } from 'vitest';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { globalLayer, resolveStrategies } from '../../../shared/resolve/resolve-strategies.ts';
import { TRIAL_LOOKUPS } from '../../../shared/sharing-trial.ts';
import { previewAll } from '../../../shared/sizing/preview.ts';
import { engineConfig, strategy } from './engine-config.ts';

const inputs = { equity: 25_000, defaultPrice: 100, prices: { 'ETH-USD': 3_200 } };

function preview(config: Record<string, unknown>) {
  return previewAll(
    {
      strategies: resolveStrategies(config),
      engine: resolveEngine(config),
      globalLayer: globalLayer(config),
    },
    { sizing: () => [] },
    inputs,
  );
}

describe('engine rows after their sharing trial gave up', () => {
  it('previews each strategy of a file whose sizers first all differ, then repeat, as it previews it alone', () => {
    const distinct = TRIAL_LOOKUPS + 100;
    const sizing = (i: number) => ({
      method: i % 2 === 0 ? 'fixed_usd' : 'risk_based',
      max_position_size_usd: 500 + (i % distinct),
    });
    const strategies = Array.from({ length: distinct + 200 }, (_, i) =>
      strategy(`s${i}`, { position_sizing: sizing(i), stop_loss_pct: 2, enabled: i % 7 !== 0 }),
    );
    const global = { position_sizing: { method: 'fixed_usd', fixed_usd_amount: 1000 } };
    const rows = preview(engineConfig(global, strategies)).strategies;
    for (const i of [0, 1, 7, distinct - 1, distinct, distinct + 1, distinct + 199]) {
      const alone = preview(engineConfig(global, [strategies[i] ?? {}])).strategies[0];
      expect(JSON.stringify(rows[i])).toBe(JSON.stringify(alone));
    }
  });
});
