// `npm run lint:electron`: runs Electronegativity over the shell's sources and the renderer's
// page, and fails on any finding not explained in build/electronegativity-allowlist.json.
// Each allowlist entry names a check and a file, how many findings it covers, and why.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_VERSION = '45.4.1';
const SCANNED = [
  ['electron/main', 'main'],
  ['electron/preload', 'preload'],
  ['renderer/index.html', 'index.html'],
];

const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
try {
  for (const [from, to] of SCANNED)
    cpSync(join(root, from), join(work, 'input', to), { recursive: true });
  const cli = join(
    dirname(createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json')),
    'dist',
    'index.js',
  );
  const report = join(work, 'report.sarif');
  const run = spawnSync(
    process.execPath,
    [cli, '-i', join(work, 'input'), '-r', '-e', ELECTRON_VERSION, '-v', 'false', '-o', report],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(2);
  }
  const findings = JSON.parse(readFileSync(report, 'utf8')).runs[0].results.map((result) => ({
    check: result.ruleId,
    file: result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?',
    line: result.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
    message: result.message?.text ?? '',
  }));
  const allowlist = JSON.parse(
    readFileSync(join(root, 'build', 'electronegativity-allowlist.json'), 'utf8'),
  );
  const problems = unexplained(findings, allowlist);
  for (const problem of problems) console.error(problem);
  console.log(
    `Electronegativity: ${findings.length} findings, ${findings.length - countUnexplained(problems)} explained in the allowlist.`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function unexplained(findings, allowlist) {
  const problems = [];
  for (const entry of allowlist) {
    if (typeof entry.reason !== 'string' || entry.reason.length < 20) {
      problems.push(`allowlist: ${entry.check} in ${entry.file} needs a reason.`);
    }
    const matched = findings.filter((f) => f.check === entry.check && f.file === entry.file);
    if (matched.length !== entry.count) {
      problems.push(
        `allowlist: ${entry.check} in ${entry.file} expects ${entry.count} finding(s), found ${matched.length}` +
          (matched.length > entry.count
            ? ': explain the new one(s) or fix them.'
            : ': update the allowlist.'),
      );
    }
  }
  for (const f of findings) {
    if (!allowlist.some((entry) => entry.check === f.check && entry.file === f.file)) {
      problems.push(
        `${f.file}:${f.line} ${f.check}: ${f.message} (not in build/electronegativity-allowlist.json)`,
      );
    }
  }
  return problems;
}

function countUnexplained(problems) {
  return problems.filter((p) => !p.startsWith('allowlist:')).length;
}
