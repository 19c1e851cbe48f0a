import type { vigil } from '../gen/vigil.js';

/** Payload names of `Event`, in proto field order, as they appear in the canonical JSON (camelCase). */
export const EVENT_KINDS = [
  'processExec',
  'processFork',
  'processExit',
  'fileOpen',
  'fileWrite',
  'fileRename',
  'fileUnlink',
  'fileChmod',
  'fileChown',
  'netConnect',
  'netAccept',
  'netListen',
  'containerLifecycle',
  'lost',
  'sensorStatus',
  'responseResult',
  'fileLink',
  'processPtrace',
  'netSocket',
  'socketDup',
  'processSetuid',
  'namespaceChange',
  'bpfProgramLoad',
  'fileMkdir',
  'processSetgid',
] as const;

/** One payload name of `Event`. */
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Coarse families of events: the last token of a telemetry subject, and the unit of the
 * governor's shedding priority (DESIGN.md section 4: file before network before process before
 * container and status).
 */
export const EVENT_CATEGORIES = [
  'file',
  'network',
  'process',
  'container',
  'status',
  'lost',
  'response',
] as const;

/** One event family. */
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

const CATEGORY_OF: Record<EventKind, EventCategory> = {
  processExec: 'process',
  processFork: 'process',
  processExit: 'process',
  fileOpen: 'file',
  fileWrite: 'file',
  fileRename: 'file',
  fileUnlink: 'file',
  fileChmod: 'file',
  fileChown: 'file',
  netConnect: 'network',
  netAccept: 'network',
  netListen: 'network',
  containerLifecycle: 'container',
  lost: 'lost',
  sensorStatus: 'status',
  responseResult: 'response',
  fileLink: 'file',
  processPtrace: 'process',
  netSocket: 'network',
  socketDup: 'network',
  processSetuid: 'process',
  namespaceChange: 'process',
  bpfProgramLoad: 'process',
  fileMkdir: 'file',
  processSetgid: 'process',
};

/** The family an event kind belongs to. */
export function categoryOf(kind: EventKind): EventCategory {
  return CATEGORY_OF[kind];
}

/** The payload name of an event, or undefined when no payload is set. */
export function kindOf(event: vigil.v1.IEvent): EventKind | undefined {
  for (const kind of EVENT_KINDS) {
    if (event[kind] != null) return kind;
  }
  return undefined;
}

/** The event kind a payload name means, in camelCase (processExec) or snake_case (process_exec). */
export function eventKindNamed(name: string): EventKind | undefined {
  const camel = name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  return (EVENT_KINDS as readonly string[]).includes(camel) ? (camel as EventKind) : undefined;
}

/**
 * The path of a file event, whatever its payload calls it (a rename's new path, a link's new
 * name), or undefined for other kinds.
 */
export function filePathOf(
  event: vigil.v1.IEvent,
  kind: EventKind | undefined,
): string | undefined {
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
    case 'fileLink':
      return event.fileLink?.linkPath ?? undefined;
    case 'fileMkdir':
      return event.fileMkdir?.path ?? undefined;
    default:
      return undefined;
  }
}
