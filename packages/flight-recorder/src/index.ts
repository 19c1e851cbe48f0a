// @vigil/flight-recorder: durable local history in LevelDB, queries, process trees, replay,
// retro-hunt.
export { Bloom } from './bloom.js';
export { approxNs, buildBlock, decodeBlock, indexValues } from './block.js';
export type { BlockMeta } from './block.js';
export { BLOCK_EVENTS, RecorderStore, SEGMENT_BLOCKS } from './store.js';
export type { StoreOptions, StoreStats } from './store.js';
export {
  QueryError,
  compileQueryFilter,
  cursorOf,
  prepareQuery,
  queryKinds,
  requirements,
  runQuery,
} from './query.js';
export type { PreparedQuery, QuerySpec } from './query.js';
export { FlightRecorder, RECORDER_DURABLE } from './recorder.js';
export type {
  FlightRecorderOptions,
  HuntRunner,
  RecorderChunk,
  RecorderRequest,
  RecorderStats,
} from './recorder.js';
export { processTree } from './tree.js';
export { MalformedEventError, scanEvent } from './raw.js';
export type { RawEvent } from './raw.js';
export { askRecorder } from './client.js';
