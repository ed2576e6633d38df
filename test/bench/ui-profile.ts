// `npx tsx test/bench/ui-profile.ts [strategies | json]`: where a form keystroke's time goes in
// Chromium (`json`: an edit typed in the JSON view of a 1.1 MB config).
// Builds unminified into a temporary folder (names stay readable), types into the global fixed
// amount under the CPU profiler and a timeline trace, and prints self time by area and function.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { generateConfig, generateText } from './generate-config.ts';
import { typeInJsonView } from './json-typing.ts';
import type { KeystrokeTimes } from './keystrokes.ts';
import { KEYSTROKES } from './keystrokes.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4274);
const URL = `http://127.0.0.1:${PORT}/`;
const JSON_VIEW = process.argv[2] === 'json';
const COUNT = JSON_VIEW ? 0 : Number(process.argv[2] ?? 1000);
const KEYS = JSON_VIEW ? 6 : 40;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
}

/** Which part of the app (or the browser) a profile frame belongs to. */
function area(url: string, name: string): string {
  if (url === '') return name.startsWith('(') ? name : '(native)';
  const m = /node_modules\/(?:\.vite\/deps\/)?(@[^/]+\/[^/]+|[^/]+)/.exec(url);
  if (m !== null) return m[1] ?? 'deps';
  const src = /\/(shared|renderer)\/(.*?)(?:\?|$)/.exec(url);
  if (src !== null) return `${src[1]}/${(src[2] ?? '').split('/')[0]}`;
  return url.replace(/^.*\//, '');
}

function selfTimes(profile: Profile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  return self;
}

function top(map: Map<string, number>, n: number, total: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, v]) =>
        `  ${(v / KEYS).toFixed(2).padStart(7)} ms/key ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`,
    )
    .join('\n');
}

/**
 * A stand-in for the React DevTools hook: after each commit, counts the components whose render
 * ran (DevTools' rule: walk only subtrees React cloned, count fibers flagged PerformedWork).
 */
const RENDER_COUNTER = `(() => {
  const nameOf = (t) => t == null || typeof t === 'string' ? null
    : t.displayName || t.name || t.render?.displayName || t.render?.name || t.type?.displayName || t.type?.name || 'anonymous';
  const count = (f) => {
    const n = nameOf(f.type);
    if (n !== null && window.__renders) window.__renders[n] = (window.__renders[n] || 0) + 1;
  };
  const mount = (f) => { for (let c = f; c; c = c.sibling) { count(c); mount(c.child); } };
  const update = (next, prev) => {
    if (next.child === prev.child) return;
    for (let c = next.child; c; c = c.sibling) {
      if (c.alternate === null) { count(c); mount(c.child); }
      else { if ((c.flags & 1) === 1) count(c); update(c, c.alternate); }
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject: () => 1, checkDCE() {},
    onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const prev = root.current.alternate;
      if (prev) update(root.current, prev); else mount(root.current.child);
    },
  };
})()`;

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'spark-profile-'));
  const vite = [
    'vite',
    'build',
    '--config',
    'renderer/vite.config.ts',
    '--outDir',
    out,
    '--minify',
    'false',
  ];
  await new Promise((resolve) =>
    spawn('npx', [...vite, '--logLevel', 'warn'], { stdio: 'inherit' }).on('exit', resolve),
  );
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'renderer/vite.config.ts',
      '--outDir',
      out,
      '--port',
      String(PORT),
    ],
    { stdio: 'ignore', detached: true },
  );
  try {
    for (
      let i = 0;
      i < 100 &&
      !(await fetch(URL).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 200));
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(RENDER_COUNTER);
    await page.goto(URL);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).first().click();
    const text = JSON_VIEW
      ? generateText(1_100_000).text
      : JSON.stringify(generateConfig(COUNT), null, 2);
    await (
      await chooser
    ).setFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('textbox', { name: 'Fixed amount (USD)' }).waitFor();
    // Prices start empty (none is invented): without one the table shows no size to wait for.
    await page.getByRole('textbox', { name: 'Price (USD)' }).fill('100');
    if (!JSON_VIEW) await page.evaluate(`(${KEYSTROKES})(10)`);
    const renders = await page.evaluate<Record<string, number>>(
      JSON_VIEW
        ? '({})'
        : `(async () => { window.__renders = {}; await (${KEYSTROKES})(5); return window.__renders; })()`,
    );
    const counted = Object.entries(renders).sort((a, b) => b[1] - a[1]);
    console.log(
      `components rendered per keystroke (${counted.reduce((t, [, n]) => t + n, 0) / 5} in all):\n` +
        counted
          .slice(0, 40)
          .map(([k, n]) => `  ${String(n / 5).padStart(6)}  ${k}`)
          .join('\n'),
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    const traced = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8.execute',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.start');
    const times = JSON_VIEW
      ? (await typeInJsonView(page, KEYS)).map((e) => e.follow)
      : (await page.evaluate<KeystrokeTimes>(`(${KEYSTROKES})(${KEYS})`)).times;
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.send('Tracing.end');
    await traced;
    await browser.close();

    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = selfTimes(profile);
    const areas = new Map<string, number>();
    const fns = new Map<string, number>();
    let total = 0;
    for (const [id, ms] of self) {
      const f = byId.get(id)?.callFrame;
      if (f === undefined || f.functionName === '(idle)') continue;
      total += ms;
      const a = area(f.url, f.functionName);
      areas.set(a, (areas.get(a) ?? 0) + ms);
      const fn = `${f.functionName || '(anonymous)'} ${a}:${f.lineNumber + 1}`;
      fns.set(fn, (fns.get(fn) ?? 0) + ms);
    }
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inclusive = new Map<string, number>();
    const callers = new Map<string, number>();
    for (const [id, ms] of self) {
      const names = new Set<string>();
      const leaf = byId.get(id)?.callFrame.functionName;
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const name = byId.get(at)?.callFrame.functionName ?? '';
        if (name !== '' && !name.startsWith('(')) names.add(name);
      }
      for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      if (leaf === 'getBoundingClientRect' || leaf === 'getComputedStyle') {
        const chain: string[] = [];
        for (let at = parent.get(id); at !== undefined && chain.length < 6; at = parent.get(at))
          chain.push(byId.get(at)?.callFrame.functionName || '?');
        const key = `${leaf} ← ${chain.join(' ← ')}`;
        callers.set(key, (callers.get(key) ?? 0) + ms);
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `${COUNT} strategies, ${KEYS} keystrokes: median ${sorted[KEYS >> 1]?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`,
    );
    console.log(
      `busy (not idle) ${(total / KEYS).toFixed(1)} ms/key; by area:\n${top(areas, 14, total)}`,
    );
    console.log(`top functions (self):\n${top(fns, 30, total)}`);
    const watched = (process.env.PROFILE_FUNCTIONS ?? '').split(',').filter((n) => n !== '');
    const interesting = new Map(
      [...inclusive].filter(([k]) => watched.length === 0 || watched.includes(k)),
    );
    console.log(`inclusive:\n${top(interesting, 60, total)}`);
    console.log(`layout reads:\n${top(callers, 8, total)}`);
    const timeline = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || e.dur === undefined) continue;
      if (
        !/^(Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|RecalculateStyles|ParseHTML|HitTest|ScheduleStyleRecalculation|FunctionCall|EventDispatch|RunTask|MajorGC|MinorGC|V8.GC_SCAVENGER|V8.GCScavenger)$/.test(
          e.name,
        )
      )
        continue;
      timeline.set(e.name, (timeline.get(e.name) ?? 0) + e.dur / 1000);
    }
    console.log(`timeline (inclusive, all threads):\n${top(timeline, 14, total)}`);
  } finally {
    try {
      if (server.pid !== undefined) process.kill(-server.pid);
    } catch {
      // already gone
    }
  }
}

await main();
