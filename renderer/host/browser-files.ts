import { decodeUtf8, encodeUtf8 } from '../../shared/encoding.ts';
import type { FileStamp, OpenedDocument } from '../../shared/ipc/contract.ts';

/** A file the browser handed us, read as a document (strict UTF-8), or why it cannot be. */
export async function readPickedFile(
  file: File,
): Promise<{ ok: true; document: OpenedDocument } | { ok: false; message: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, message: `${file.name}: ${decoded.message}` };
  return {
    ok: true,
    document: {
      path: file.name,
      name: file.name,
      text: decoded.text,
      bom: decoded.bom,
      stamp: await stampOf(bytes, file.lastModified),
    },
  };
}

/** The stamp of bytes as written or read: size, time and SHA-256. */
export async function stampOf(bytes: Uint8Array, mtimeMs = Date.now()): Promise<FileStamp> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { mtimeMs, size: bytes.length, sha256 };
}

/** The bytes to write for a text, restoring its BOM. */
export function bytesOf(text: string, bom: boolean): Uint8Array<ArrayBuffer> {
  return encodeUtf8(text, bom) as Uint8Array<ArrayBuffer>;
}

/** Opens the browser's file picker through a hidden file input (a test's file chooser drives it). */
export function pickFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.jsonc,application/json';
    input.style.display = 'none';
    input.dataset.testid = 'open-file-input';
    const done = (file: File | undefined): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => done(undefined), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Offers bytes as a download named `name`. */
export function download(bytes: Uint8Array<ArrayBuffer>, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
