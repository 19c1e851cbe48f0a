// Internals shared with benchmarks and tests (nats.js keeps internal_mod apart from mod).
export { decodePage, PAGE_SIZE } from './tracefs/page.js';
export type { PageSummary, RecordHandler } from './tracefs/page.js';
export { parseFormat, readInt, readString, requireField } from './tracefs/format.js';
export type { EventFormat, FieldFormat, FieldKind } from './tracefs/format.js';
