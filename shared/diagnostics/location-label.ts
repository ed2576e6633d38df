import type { JsonPath } from './diagnostic.ts';
import { own, strategiesOf } from '../json-access.ts';

/** Where a path points, in a trader's words: `Strategy "eth_swing"`, `Global position_sizing`. */
export function locationLabel(config: unknown, path: JsonPath): string {
  if (path[0] === 'strategies' && typeof path[1] === 'number') {
    const name = own(strategiesOf(config)[path[1]], 'name');
    return typeof name === 'string' && name !== ''
      ? `Strategy "${name}"`
      : `Strategy #${path[1] + 1}`;
  }
  if (path[0] === 'position_sizing') return 'Global position_sizing';
  if (path[0] === 'exchanges' && typeof path[1] === 'number') return `Exchange #${path[1] + 1}`;
  if (path[0] === 'indicators' && typeof path[1] === 'number') return `Indicator #${path[1] + 1}`;
  return 'Config';
}
