import type { z } from 'zod';
import type { Channel, EventName, EventPayload, ReplyOf } from '../../shared/ipc/contract.ts';
import { CHANNELS, EVENTS } from '../../shared/ipc/contract.ts';
import { isAppUrl } from './app-protocol.ts';

/** A request as the handler receives it: parsed, with the schema's defaults applied. */
export type ParsedRequestOf<C extends Channel> = z.output<(typeof CHANNELS)[C]['request']>;

/** The real function behind one channel. */
export type HandlerOf<C extends Channel> = (
  request: ParsedRequestOf<C>,
) => Promise<ReplyOf<C>> | ReplyOf<C>;

/** One handler per channel of the contract. */
export type Handlers = { readonly [C in Channel]: HandlerOf<C> };

/** The frame that sent a message, as Electron's `event.senderFrame` describes it. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** The part of an invoke event the wrapper looks at. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/** The part of `ipcMain` the wrapper registers with. */
export interface IpcRegistry {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
}

/** Why a message was refused. */
export class IpcRefusal extends Error {
  override readonly name = 'IpcRefusal';
}

/** Whether a message comes from the app's own top-level page (not null, not a subframe or a foreign origin). */
export function isTrustedSender(frame: SenderFrame | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Checks the sender, parses the request, calls the handler and parses its reply. */
export async function invokeChecked<C extends Channel>(
  channel: C,
  handler: HandlerOf<C>,
  event: InvokeEvent,
  args: readonly unknown[],
): Promise<ReplyOf<C>> {
  if (!isTrustedSender(event.senderFrame)) {
    throw new IpcRefusal(`${channel}: refused a message from an untrusted frame.`);
  }
  const { request, reply } = CHANNELS[channel];
  if (args.length !== 1)
    throw new IpcRefusal(`${channel}: expected one argument, got ${args.length}.`);
  const parsed = request.safeParse(args[0]);
  if (!parsed.success)
    throw new IpcRefusal(
      `${channel}: invalid request (${parsed.error.issues[0]?.message ?? 'unknown'}).`,
    );
  const result = await handler(parsed.data as ParsedRequestOf<C>);
  // A reply that breaks the contract is our bug; never let it reach the renderer.
  return reply.parse(result) as ReplyOf<C>;
}

/** The one place that registers IPC handlers: each goes through {@link invokeChecked}. */
export function handle<C extends Channel>(
  ipc: IpcRegistry,
  channel: C,
  handler: HandlerOf<C>,
): void {
  ipc.handle(channel, (event, ...args) => invokeChecked(channel, handler, event, args));
}

/** Registers a handler for every channel of the contract. */
export function registerHandlers(ipc: IpcRegistry, handlers: Handlers): void {
  for (const channel of Object.keys(CHANNELS) as Channel[]) {
    handle(ipc, channel, handlers[channel] as HandlerOf<typeof channel>);
  }
}

/** The part of `webContents` events are sent through. */
export interface EventTarget {
  send(channel: string, payload: unknown): void;
}

/** Sends an event to the renderer after checking its payload against the contract. */
export function sendEvent<E extends EventName>(
  target: EventTarget,
  event: E,
  payload: EventPayload<E>,
): void {
  target.send(event, EVENTS[event].parse(payload));
}
