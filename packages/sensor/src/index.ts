// @vigil/sensor: kernel telemetry collectors, process and container tables, the governor.
export { Sensor, SENSOR_VERSION, COLLECTOR_NAMES } from './sensor.js';
export type { SensorOptions, CollectorReport } from './sensor.js';
export { PlatformFiles } from './platform.js';
export type { PlatformOptions } from './platform.js';
export type { Collector, CollectorSink, ProbeResult } from './collectors/collector.js';
export { TracefsCollector, TRACEFS_EVENTS } from './collectors/tracefs.js';
export { ReplayCollector } from './collectors/replay.js';
export { ProcfsCollector, parseProcNetTcp } from './collectors/procfs.js';
export type { ReplaySpeed } from './collectors/replay.js';
export { EbpfCollector } from './collectors/ebpf.js';
export { BPFTRACE_PROGRAM, FrameDecoder } from './collectors/ebpf-program.js';
export {
  Governor,
  priorityOf,
  DEFAULT_QUEUE_CAPACITY,
  DEFAULT_CPU_BUDGET_CORES,
  DEFAULT_MEMORY_BUDGET_BYTES,
  DEFAULT_STATUS_INTERVAL_MS,
} from './governor/governor.js';
export type { EventOutput, GovernorOptions, KindCounts } from './governor/governor.js';
export { BackplaneOutput, JsonLinesOutput, MemoryOutput } from './outputs.js';
export { ProcessTable } from './enrich/process-table.js';
export { ContainerTracker } from './enrich/container-tracker.js';
export { containerFromCgroup } from './enrich/containers.js';
export { readProc, processCpuSeconds, processRunNs, childPids } from './enrich/procfs.js';
export {
  TracefsInstance,
  TRACEFS_ROOT,
  INSTANCE_PREFIX,
  removeStaleInstances,
} from './tracefs/instance.js';
export { allowedCpus, confineSensor, formatCpuList } from './affinity.js';
export type { Confinement } from './affinity.js';
export { executeKill, serveKillRequests, processStartTimeNs } from './responder.js';
