import { z } from 'zod';

// The one contract between the renderer and the desktop shell. Channels are intents, never a
// generic file API: a compromised renderer can only ask for what the user could ask for.

/** What the shell remembers of the file as opened, to detect changes on disk before saving. */
const FileStampSchema = z.object({
  mtimeMs: z.number(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** A document handed to the renderer. `path` is null for an untitled document (the sample). */
const OpenedDocumentSchema = z.object({
  path: z.string().nullable(),
  name: z.string(),
  text: z.string(),
  bom: z.boolean(),
  stamp: FileStampSchema.nullable(),
  /** True for unsaved text restored after a crash (hot exit): the document opens as edited. */
  edited: z.boolean().optional(),
});

const Canceled = z.object({ status: z.literal('canceled') });
const Failed = z.object({ status: z.literal('failed'), message: z.string() });

const OpenReplySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), document: OpenedDocumentSchema }),
  Canceled,
  Failed,
]);

/** The text to save; the shell encodes it (restoring a BOM) and writes it safely. */
const SaveRequestSchema = z.object({
  path: z.string().nullable(),
  text: z.string().max(64 * 1024 * 1024),
  bom: z.boolean(),
  stamp: FileStampSchema.nullable(),
  overwrite: z.boolean().default(false),
});

const SaveReplySchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    path: z.string(),
    name: z.string(),
    stamp: FileStampSchema,
    // Saved, but with something the user must hear of: the folder could not be flushed
    // (durability not confirmed), or an old backup could not be deleted.
    warning: z.string().optional(),
  }),
  z.object({ status: z.literal('conflict'), message: z.string(), diskText: z.string().nullable() }),
  Canceled,
  Failed,
]);

const ExportRequestSchema = z.object({
  /** The document's text as edited (comments and all): the host validates and exports it once. */
  text: z.string().max(64 * 1024 * 1024),
  suggestedName: z.string().max(255),
  expandInheritance: z.boolean(),
});

const ExportReplySchema = z.discriminatedUnion('status', [
  // `warning`: written, but the folder could not be flushed, so durability is not confirmed.
  z.object({ status: z.literal('exported'), path: z.string(), warning: z.string().optional() }),
  Canceled,
  Failed,
]);

const ConfirmDiscardRequestSchema = z.object({ name: z.string().max(255) });
export const ConfirmDiscardReplySchema = z.enum(['save', 'discard', 'cancel']);

const RecentFilesSchema = z.array(z.object({ path: z.string(), name: z.string() })).max(20);

/** An unsaved document's text, kept by the shell (hot exit) so a crash or kill loses nothing. */
const DocumentBackupSchema = z.object({
  path: z.string().nullable(),
  text: z.string().max(64 * 1024 * 1024),
  bom: z.boolean(),
  stamp: FileStampSchema.nullable(),
});

/** Title and unsaved mark; while edited, `backup` carries the text to keep for hot exit. */
export const DocumentStateSchema = z.object({
  name: z.string().max(255),
  edited: z.boolean(),
  backup: DocumentBackupSchema.optional(),
});

const Empty = z.object({}).strict();

/** Every invoke channel: `app:`-prefixed name, request schema, reply schema. */
export const CHANNELS = {
  'app:open-document': { request: Empty, reply: OpenReplySchema },
  'app:open-recent': { request: z.object({ path: z.string().max(4096) }), reply: OpenReplySchema },
  'app:open-sample': { request: Empty, reply: OpenReplySchema },
  'app:save-document': { request: SaveRequestSchema, reply: SaveReplySchema },
  'app:save-document-as': { request: SaveRequestSchema, reply: SaveReplySchema },
  'app:export-config': { request: ExportRequestSchema, reply: ExportReplySchema },
  'app:recent-files': { request: Empty, reply: RecentFilesSchema },
  'app:confirm-discard': { request: ConfirmDiscardRequestSchema, reply: ConfirmDiscardReplySchema },
  'app:document-state': { request: DocumentStateSchema, reply: z.null() },
} as const;

export type Channel = keyof typeof CHANNELS;
export type RequestOf<C extends Channel> = z.input<(typeof CHANNELS)[C]['request']>;
export type ReplyOf<C extends Channel> = z.output<(typeof CHANNELS)[C]['reply']>;

/** Messages the shell pushes to the renderer (menus, files opened from outside, disk changes). */
export const EVENTS = {
  'app:document-opened': OpenedDocumentSchema,
  'app:menu-command': z.enum([
    'new-from-example',
    'open',
    'save',
    'save-as',
    'export',
    'revert',
    'close',
    'undo',
    'redo',
    'find',
    'view-form',
    'view-split',
    'view-json',
    'toggle-navigator',
    'toggle-bottom-panel',
    'theme-light',
    'theme-dark',
    'theme-system',
  ]),
  'app:file-changed-on-disk': z.object({ deleted: z.boolean(), diskText: z.string().nullable() }),
} as const;

export type EventName = keyof typeof EVENTS;
export type EventPayload<E extends EventName> = z.output<(typeof EVENTS)[E]>;

export type FileStamp = z.output<typeof FileStampSchema>;
export type OpenedDocument = z.output<typeof OpenedDocumentSchema>;
export type MenuCommand = EventPayload<'app:menu-command'>;

/** Method name for a channel: `app:save-document-as` → `saveDocumentAs`. */
export type MethodName<C extends string> = C extends `app:${infer Rest}` ? CamelCase<Rest> : never;
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/**
 * The renderer's window onto the shell, derived from the contract: one method per channel plus
 * a subscription per event. The Electron preload and the browser host both implement it.
 */
export type Host = {
  readonly [C in Channel as MethodName<C>]: (request: RequestOf<C>) => Promise<ReplyOf<C>>;
} & {
  readonly on: <E extends EventName>(
    event: E,
    listener: (payload: EventPayload<E>) => void,
  ) => () => void;
  /** 'electron' or 'browser': what the UI may offer (e.g. no Open Recent in the browser). */
  readonly kind: 'electron' | 'browser';
};

/** `app:save-document-as` → `saveDocumentAs`, the same mapping as {@link MethodName}. */
export function methodNameOf<C extends Channel>(channel: C): MethodName<C> {
  return channel.slice(4).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as MethodName<C>;
}
