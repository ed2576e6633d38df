/**
 * Types into the global fixed amount; times each keystroke until the table shows the new size
 * in both the guide's and the engine model's cell (`times`), and until the frame showing it has been produced (`frames`: a task queued from
 * the next animation frame runs after its layout and paint). A string, not a function: tsx's
 * name helpers do not exist in the page.
 */
export const KEYSTROKES = `async (n) => {
  const input = document.getElementById('field-global-fixed_amount_usd');
  const row = 'tr[data-strategy="strategy_3"] ';
  const guide = () => document.querySelector(row + '[data-param="size_usd"]')?.textContent;
  // The engine model's figure, in the same row: it must follow the keystroke too.
  const engine = () => document.querySelector(row + '[data-param="engine_size_usd"]')?.textContent;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const times = [];
  const frames = [];
  for (let i = 0; i < n; i++) {
    const value = String(1000 + ((i % 50) + 1) * 7);
    const expected = '$' + Number(value).toLocaleString('en-US') + '.00';
    const t0 = performance.now();
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (guide() !== expected || engine()?.replace('≠ ', '') !== expected)
      await new Promise((r) => setTimeout(r, 0));
    times.push(performance.now() - t0);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    frames.push(performance.now() - t0);
  }
  return { times, frames };
}`;

/** What {@link KEYSTROKES} returns, in milliseconds per keystroke. */
export interface KeystrokeTimes {
  readonly times: number[];
  readonly frames: number[];
}
