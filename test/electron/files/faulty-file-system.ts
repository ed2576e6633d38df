import type { FileSystem, WritableFile } from '../../../electron/files/file-system.ts';
import { nodeFileSystem } from '../../../electron/files/file-system.ts';

/** Every file operation a fault can be injected into. */
export type FaultPoint =
  | 'realpath'
  | 'readlink'
  | 'stat'
  | 'readFile'
  | 'createExclusive'
  | 'copyExclusive'
  | 'rename'
  | 'unlink'
  | 'readdir'
  | 'mkdir'
  | 'syncDirectory'
  | 'file.write'
  | 'file.sync'
  | 'file.chmod'
  | 'file.chown'
  | 'file.stat'
  | 'file.close';

/** An injected failure: the error code, and how many calls fail before the operation works again. */
export interface Fault {
  readonly code: string;
  readonly times?: number;
}

/** The real file system with faults injected at chosen points, and a count of calls per point. */
export interface FaultyFileSystem extends FileSystem {
  readonly calls: Map<FaultPoint, number>;
}

/** Wraps the real file system so the listed operations fail with the given error codes. */
export function faultyFileSystem(
  faults: Partial<Record<FaultPoint, Fault>> = {},
  base: FileSystem = nodeFileSystem(),
): FaultyFileSystem {
  const calls = new Map<FaultPoint, number>();
  const failures = new Map<FaultPoint, number>();
  const trip = (point: FaultPoint): void => {
    calls.set(point, (calls.get(point) ?? 0) + 1);
    const fault = faults[point];
    const failed = failures.get(point) ?? 0;
    if (!fault || failed >= (fault.times ?? Infinity)) return;
    failures.set(point, failed + 1);
    throw Object.assign(new Error(`${fault.code}: injected fault at ${point}`), {
      code: fault.code,
    });
  };
  const guard =
    <A extends unknown[], R>(point: FaultPoint, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      trip(point);
      return fn(...args);
    };
  const wrapFile = (file: WritableFile): WritableFile => ({
    write: guard('file.write', (bytes) => file.write(bytes)),
    sync: guard('file.sync', () => file.sync()),
    chmod: guard('file.chmod', (mode) => file.chmod(mode)),
    chown: guard('file.chown', (uid, gid) => file.chown(uid, gid)),
    stat: guard('file.stat', () => file.stat()),
    // A failing close has still closed the descriptor, as on a real system.
    close: async () => {
      await file.close();
      trip('file.close');
    },
  });
  return {
    calls,
    realpath: guard('realpath', (path) => base.realpath(path)),
    readlink: guard('readlink', (path) => base.readlink(path)),
    stat: guard('stat', (path) => base.stat(path)),
    readFile: guard('readFile', (path, maxBytes?: number) => base.readFile(path, maxBytes)),
    createExclusive: guard('createExclusive', async (path, mode) =>
      wrapFile(await base.createExclusive(path, mode)),
    ),
    copyExclusive: guard('copyExclusive', (from, to) => base.copyExclusive(from, to)),
    rename: guard('rename', (from, to) => base.rename(from, to)),
    unlink: guard('unlink', (path) => base.unlink(path)),
    readdir: guard('readdir', (dir) => base.readdir(dir)),
    mkdir: guard('mkdir', (dir) => base.mkdir(dir)),
    syncDirectory: guard('syncDirectory', (dir) => base.syncDirectory(dir)),
  };
}
