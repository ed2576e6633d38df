import { configJsonSchema } from '../../shared/schema/config-schema.ts';

interface SchemaNode {
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}

let schema: SchemaNode | undefined;

function node(path: readonly string[]): SchemaNode | undefined {
  schema ??= configJsonSchema() as SchemaNode;
  let at: SchemaNode | undefined = schema;
  for (const step of path) at = step === '[]' ? at?.items : at?.properties?.[step];
  return at;
}

/** A field's help text, from the JSON Schema built from the shared zod schema. */
function helpText(path: readonly string[]): string {
  return node(path)?.description ?? '';
}

/** Help for a sizing key (same text on the global block and on strategies). */
export function sizingHelp(key: string): string {
  return helpText(['position_sizing', key]);
}

/** Help for a strategy field. */
export function strategyHelp(field: string): string {
  return helpText(['strategies', '[]', field]);
}

/** Help for a risk_adjustment field. */
export function riskAdjustmentHelp(field: string): string {
  return helpText(['strategies', '[]', 'risk_adjustment', field]);
}
