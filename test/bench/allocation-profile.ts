// What an analysis allocates, by the function that allocates it, from V8's sampling heap
// profiler. Garbage collection is paid by allocation: each scavenge copies what is still alive,
// and the analysis keeps most of what it makes, so megabytes allocated are the first thing to cut.
import { Session } from 'node:inspector/promises';
import { frameName } from './frame-name.ts';

interface SamplingNode {
  callFrame: Parameters<typeof frameName>[0]['callFrame'];
  selfSize: number;
  children: SamplingNode[];
}

const TOP = Number(process.env.PROFILE_TOP ?? 12);
const MB = 1024 * 1024;

/** Bytes allocated per function over the tree, objects collected since included. */
function bytesByFrame(node: SamplingNode, into: Map<string, number>): Map<string, number> {
  const name = frameName(node);
  into.set(name, (into.get(name) ?? 0) + node.selfSize);
  for (const child of node.children) bytesByFrame(child, into);
  return into;
}

/** Prints the megabytes `run` allocates per call, and the functions that allocate the most. */
export async function printAllocations(
  label: string,
  run: () => void,
  times: number,
): Promise<void> {
  run(); // warm up, so the profile shows optimised code's allocations
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < times; i++) run();
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as {
    profile: { head: SamplingNode };
  };
  session.disconnect();
  const byFrame = bytesByFrame(profile.head, new Map());
  const total = [...byFrame.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\n${label}: ${(total / times / MB).toFixed(1)} MB allocated per run (${times} runs)`,
  );
  for (const [name, bytes] of [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${(bytes / times / MB).toFixed(2).padStart(6)} MB  ${name}`);
  }
}
