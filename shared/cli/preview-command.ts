import { indexStrategyErrors } from '../analyze.ts';
import type { Preview, PreviewInputs, StrategyPreview } from '../sizing/preview.ts';
import { previewAll } from '../sizing/preview.ts';
import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import { limitsText } from '../format/limit-labels.ts';
import { formatFraction, formatOptional, formatUnitsOf, formatUsd } from '../format/money.ts';
import {
  againstEquityText,
  engineLeftOutText,
  guideLeftOutText,
  previewTotals,
  shareText,
} from '../sizing/preview-totals.ts';
import type { ExitCode } from './cli-io.ts';
import { EXIT } from './cli-io.ts';
import type { CommandContext } from './command-context.ts';
import { configExit, reportErrors } from './command-context.ts';
import type { Cell, Column } from './table.ts';
import { renderTable } from './table.ts';
import { jsonDocument, printable } from './terminal-text.ts';
import { whySentence } from '../engine/why-text.ts';

/** SPEC §4 preview of every strategy; sizing errors leave a strategy unsized rather than wrong. */
function previewConfig(ctx: CommandContext, inputs: PreviewInputs): Preview {
  return previewAll(ctx.analysis, indexStrategyErrors(ctx.analysis), inputs);
}

const money = (n: number | null): string => formatOptional(n);

/** True when the engine's figure and the guide's differ (SPEC §7: `why` says so). */
function differs(p: StrategyPreview): boolean {
  return p.engine !== null && p.engine.why.length > 0;
}

function row(p: StrategyPreview, s: ResolvedStrategy | undefined, withBand: boolean): Cell[] {
  const off = s !== undefined && !s.enabled;
  const engine = p.engine;
  const texts = [
    `${differs(p) ? '≠ ' : '  '}${p.name}`,
    p.market ?? '—',
    engine?.method ?? p.method ?? '—',
    money(p.price),
    money(engine?.size_usd ?? null),
    differs(p) ? money(p.size_usd) : '',
    engine?.size_units === null || engine === null
      ? '—'
      : formatUnitsOf(engine.size_units, p.market),
    money(p.risk_usd),
    limitsText(p.limits_applied),
  ];
  if (withBand) {
    texts.push(p.band === null ? '' : `${money(p.band.min_usd)} – ${money(p.band.max_usd)}`);
  }
  const notTraded = engine?.not_traded ?? null;
  const note: Cell =
    p.error !== null
      ? { text: `guide: ${p.error}`, style: 'red' }
      : { text: notTraded === null ? '' : `not traded: ${notTraded}`, style: 'dim' };
  return [...texts.map((text) => ({ text, style: off ? ('dim' as const) : undefined })), note];
}

function previewTable(ctx: CommandContext, preview: Preview): string[] {
  const withBand = preview.strategies.some((p) => p.band !== null);
  const columns: Column[] = [
    { header: '  Strategy' },
    { header: 'Market' },
    { header: 'Method' },
    { header: 'Price', align: 'right' },
    { header: 'Engine USD', align: 'right' },
    { header: 'Guide USD', align: 'right' },
    { header: 'Engine units', align: 'right' },
    { header: 'Guide risk USD', align: 'right' },
    { header: 'Guide limits' },
    ...(withBand ? [{ header: 'Risk band' }] : []),
    { header: '' },
  ];
  const strategies = ctx.analysis.strategies;
  const rows = preview.strategies.map((p, i) => row(p, strategies[i], withBand));
  return renderTable(columns, rows, { paint: ctx.paint });
}

function humanPreview(ctx: CommandContext, preview: Preview, inputs: PreviewInputs): string {
  const strength = formatFraction(inputs.strength ?? 1);
  const head = `Equity ${formatUsd(preview.equity)}, signal strength ${strength}`;
  if (preview.strategies.length === 0) return `${head}\n\nNo strategies to size.\n`;
  const totals = previewTotals(preview, ctx.analysis);
  const engineOut = engineLeftOutText(totals);
  const guideOut = guideLeftOutText(totals);
  const engineTotal = `Total the engine trades: ${ctx.paint('bold', formatUsd(preview.engine_total_usd))} (${totals.engine.trading} of ${totals.strategies} strategies${engineOut === '' ? '' : `; ${engineOut}`})`;
  const against = `That is ${againstEquityText(totals)}.`;
  const total = `Guide total: ${formatUsd(preview.total_usd)} (${shareText(preview.total_usd, preview.equity)} of equity${guideOut === '' ? '' : `; ${guideOut}`})`;
  const why = differences(preview);
  return [
    head,
    '',
    ...previewTable(ctx, preview),
    ...(why.length > 0 ? ['', ...why] : []),
    '',
    engineTotal,
    against,
    total,
    '',
  ].join('\n');
}

/** One line per strategy whose engine size differs from the guide's, saying why (SPEC §7). */
function differences(preview: Preview): string[] {
  return preview.strategies.flatMap((p) => {
    const engine = p.engine;
    if (engine === null || engine.size_usd === null || engine.why.length === 0) return [];
    const guide =
      p.size_usd === null
        ? `the guide gives no size (${p.error ?? 'error'})`
        : `not ${formatUsd(p.size_usd)}`;
    const verb = engine.trades ? 'trades' : 'sizes';
    // Without a guide size, "guide-error" is said by the line itself; the other reasons follow.
    const reasons =
      p.size_usd === null ? engine.why.filter((c) => c !== 'guide-error') : engine.why;
    const because = reasons.length === 0 ? '' : ` — it ${whySentence(reasons)}`;
    return [
      `${printable(p.name)}: engine ${verb} ${formatUsd(engine.size_usd)}, ${guide}${because}`,
    ];
  });
}

/** Says which markets need a price, and which given prices match no strategy. */
function reportPrices(ctx: CommandContext, preview: Preview, inputs: PreviewInputs): boolean {
  const unpriced = preview.strategies.filter((p) => p.error === 'missing-price');
  const markets = [...new Set(unpriced.flatMap((p) => (p.market === null ? [] : [p.market])))];
  const say = (text: string): void => ctx.io.stderr(`spark-config: ${printable(text)}\n`);
  if (markets.length > 0) {
    const each = markets.length === 1 ? `--price ${markets[0]}=P` : '--price MARKET=P for each';
    say(`no price for ${markets.join(', ')}: add ${each}, or a default --price P.`);
  }
  if (unpriced.some((p) => p.market === null)) {
    say('a strategy without a market needs a default --price P.');
  }
  const traded = new Set(ctx.analysis.strategies.map((s) => s.market));
  for (const market of Object.keys(inputs.prices ?? {})) {
    if (!traded.has(market)) say(`no strategy trades ${market}: its --price is unused.`);
  }
  return unpriced.length > 0;
}

/** `preview FILE --equity E --price …`: each strategy's size, units and risk at these inputs. */
export function runPreview(ctx: CommandContext, inputs: PreviewInputs, json: boolean): ExitCode {
  const preview = previewConfig(ctx, inputs);
  if (json) ctx.io.stdout(jsonDocument(preview));
  else if (ctx.analysis.config !== undefined) ctx.io.stdout(humanPreview(ctx, preview, inputs));
  reportErrors(ctx);
  const missingPrice = reportPrices(ctx, preview, inputs);
  // A market without a price is an incomplete command line, not a config error.
  if (missingPrice) return EXIT.usage;
  const unsized = preview.strategies.some((p) => p.error !== null);
  return unsized ? EXIT.configErrors : configExit(ctx.analysis);
}
