// The event a condition is evaluated against, with what several fields derive from it computed
// at most once per event. One context is reused for every event of a stream: `reset` is the only
// write per event, so evaluation allocates nothing unless a field needs a new string.
import { filePathOf, kindOf } from '@vigil/schema';
import type { EventKind, vigil } from '@vigil/schema';

type Process = vigil.v1.IProcess;

/** The socket of a network payload, in Falco's terms of client and server. */
export interface SocketView {
  family: number;
  protocol: number;
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
  /** True when the local end is the server (accept, listen). */
  localIsServer: boolean;
}

/** A place for one derived value in every EventContext. */
export type CacheSlot = number;
let slots = 0;

/** Reserves a cache slot (at module load, once per derived value). */
export function cacheSlot(): CacheSlot {
  return slots++;
}

export class EventContext {
  event: vigil.v1.IEvent = {};
  kind: EventKind | undefined = undefined;
  process: Process | undefined = undefined;
  /** Path of a file payload (the new path of a rename). */
  path: string | undefined = undefined;
  readonly socket: SocketView = {
    family: 0,
    protocol: 0,
    localAddress: '',
    localPort: 0,
    remoteAddress: '',
    remotePort: 0,
    localIsServer: false,
  };
  /** True when `socket` describes this event. */
  hasSocket = false;
  // Strings derived on demand (see cacheSlot), valid while their stamp is this event's.
  #generation = 0;
  readonly #stamps: number[] = [];
  readonly #values: Array<string | undefined> = [];

  /** Points the context at the next event. */
  reset(event: vigil.v1.IEvent): this {
    this.event = event;
    const kind = kindOf(event);
    this.kind = kind;
    this.process = event.process ?? undefined;
    this.path = filePathOf(event, kind);
    this.hasSocket = this.#socket(event, kind);
    this.#generation++;
    return this;
  }

  /**
   * A derived string of this event, computed by `make` the first time it is asked for. `make`
   * should be a function defined once (not a closure made per call): the point is not to allocate.
   */
  cached(slot: CacheSlot, make: (ctx: EventContext) => string | undefined): string | undefined {
    if (this.#stamps[slot] === this.#generation) return this.#values[slot];
    const value = make(this);
    this.#stamps[slot] = this.#generation;
    this.#values[slot] = value;
    return value;
  }

  #socket(event: vigil.v1.IEvent, kind: EventKind | undefined): boolean {
    const payload =
      kind === 'netConnect'
        ? event.netConnect
        : kind === 'netAccept'
          ? event.netAccept
          : kind === 'netListen'
            ? event.netListen
            : kind === 'socketDup'
              ? event.socketDup
              : undefined;
    if (payload == null) return false;
    const s = this.socket;
    s.family = payload.family ?? 0;
    s.protocol = payload.protocol ?? 0;
    s.localAddress = payload.local?.address ?? '';
    s.localPort = payload.local?.port ?? 0;
    const remote = 'remote' in payload ? payload.remote : undefined;
    s.remoteAddress = remote?.address ?? '';
    s.remotePort = remote?.port ?? 0;
    // A dup's socket may have been connected or accepted: told as a client's, as a reverse shell's.
    s.localIsServer = kind !== 'netConnect' && kind !== 'socketDup';
    return true;
  }
}
