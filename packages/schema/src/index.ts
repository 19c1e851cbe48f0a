// @vigil/schema: the event model and API messages generated from proto/, and thin helpers.
import { vigil } from '../gen/vigil.js';

/** All generated messages, enums and services of package vigil.v1. */
export const v1 = vigil.v1;
/** Generated namespace types (use as `v1.Event`, `v1.IEvent`, ...). */
export type { vigil } from '../gen/vigil.js';

/** The event envelope. */
export const Event = vigil.v1.Event;
/** Many encoded events in one NATS message. */
export const EventBatch = vigil.v1.EventBatch;
/** An alert raised by a detector. */
export const Alert = vigil.v1.Alert;
/** Reason codes of Lost records. */
export const LossReason = vigil.v1.LossReason;
/** Alert priorities, with Falco's names. */
export const Priority = vigil.v1.Priority;

export { PRIORITY_NAMES, priorityName, priorityValue } from './priorities.js';
export type { PriorityName } from './priorities.js';
export {
  EVENT_KINDS,
  EVENT_CATEGORIES,
  categoryOf,
  eventKindNamed,
  filePathOf,
  kindOf,
} from './kinds.js';
export type { EventKind, EventCategory } from './kinds.js';
export {
  SchemaJsonError,
  SCHEMA_JSON_ERROR_CODE,
  eventFromJson,
  eventFromJsonLine,
  eventToJson,
  messageFromJson,
  messageToJson,
  protoDescriptor,
} from './json.js';
