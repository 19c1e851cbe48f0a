// The event a condition is evaluated against, with what several fields derive from it computed
// at most once per event. One context is reused for every event of a stream: `reset` is the only
// write per event, so evaluation allocates nothing unless a field needs a new string.
import { kindOf } from '@vigil/schema';
import type { EventKind, vigil } from '@vigil/schema';

type Process = vigil.v1.IProcess;

/** A path-like payload's path, whatever the payload calls it. */
function payloadPath(event: vigil.v1.IEvent, kind: EventKind | undefined): string | undefined {
  switch (kind) {
    case 'fileOpen':
      return event.fileOpen?.path ?? undefined;
    case 'fileWrite':
      return event.fileWrite?.path ?? undefined;
    case 'fileRename':
      return event.fileRename?.newPath ?? undefined;
    case 'fileUnlink':
      return event.fileUnlink?.path ?? undefined;
    case 'fileChmod':
      return event.fileChmod?.path ?? undefined;
    case 'fileChown':
      return event.fileChown?.path ?? undefined;
    default:
      return undefined;
  }
}

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
  // Strings derived on demand, cached until the next reset.
  #cache = new Map<string, string | undefined>();

  /** Points the context at the next event. */
  reset(event: vigil.v1.IEvent): this {
    this.event = event;
    const kind = kindOf(event);
    this.kind = kind;
    this.process = event.process ?? undefined;
    this.path = payloadPath(event, kind);
    this.hasSocket = this.#socket(event, kind);
    if (this.#cache.size > 0) this.#cache.clear();
    return this;
  }

  /** A derived string of this event, computed by `make` the first time it is asked for. */
  cached(key: string, make: (ctx: EventContext) => string | undefined): string | undefined {
    if (this.#cache.has(key)) return this.#cache.get(key);
    const value = make(this);
    this.#cache.set(key, value);
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
    s.localIsServer = kind !== 'netConnect';
    return true;
  }
}
