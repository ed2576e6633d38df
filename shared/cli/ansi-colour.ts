import type { CliIo } from './cli-io.ts';

/** The few styles the command line uses. */
export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan';

const CODES: Record<Style, readonly [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
};

/** Applies a style to text, or returns the text as is when colour is off. */
export type Paint = (style: Style | undefined, text: string) => string;

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org) or TERM is dumb. */
export function colourEnabled(io: Pick<CliIo, 'isTTY' | 'env'>): boolean {
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return io.isTTY && io.env['TERM'] !== 'dumb';
}

/** A painter that writes ANSI escapes when `enabled`, and plain text otherwise. */
export function painter(enabled: boolean): Paint {
  if (!enabled) return (_style, text) => text;
  return (style, text) => {
    if (style === undefined || text === '') return text;
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}
