import { reportBackgroundError } from '@vigil/common';
import type { IdGenerator } from '@vigil/common';
import { EVENT_KINDS, categoryOf, v1 } from '@vigil/schema';
import type { EventKind, vigil } from '@vigil/schema';
import Long from 'long';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Where the governor sends events: the backplane, or stdout. */
export interface EventOutput {
  /** Takes one event, or returns false when it cannot now (backpressure): nothing is kept then. */
  offer(event: vigil.v1.IEvent, kind: EventKind): boolean;
  /** Resolves when `offer` may succeed again. */
  ready(): Promise<void>;
}

/** Shedding order, lowest first (DESIGN.md section 4): file, network, process, the rest. */
export function priorityOf(kind: EventKind): number {
  switch (categoryOf(kind)) {
    case 'file':
      return 0;
    case 'network':
      return 1;
    case 'process':
      return 2;
    default:
      return 3;
  }
}
const LEVELS = 4;
/** The highest level that is ever shed for budgets: container, status and loss reports are kept. */
const MAX_SHED_LEVEL = 2;

/** Default queue capacity, events. */
export const DEFAULT_QUEUE_CAPACITY = 65_536;
/** Default CPU budget, cores. */
export const DEFAULT_CPU_BUDGET_CORES = 0.25;
/** Default memory budget (resident), bytes. */
export const DEFAULT_MEMORY_BUDGET_BYTES = 256 * 1024 * 1024;
/**
 * Shedding goes a level higher above this share of the CPU budget (once the burst allowance below
 * is spent; at once to the highest level above twice the budget), and comes down a level below
 * the second: headroom, because the cost of the events shed cannot be taken back, and a wide gap,
 * so that the level does not swing back and let a storm in every other interval.
 */
const CPU_RAISE_AT = 0.85;
const CPU_LOWER_AT = 0.5;
/**
 * The budget holds on average, not only per interval: a moving average over about a second
 * (time constant) also raises shedding above CPU_AVERAGE_RAISE_AT of the budget, and shedding
 * comes down only once the average, too, is below CPU_AVERAGE_LOWER_AT. Without it the level
 * swings with each 100 ms interval and the average over a storm ends up above the budget.
 */
const CPU_AVERAGE_TAU_S = 1;
const CPU_AVERAGE_RAISE_AT = 0.9;
const CPU_AVERAGE_LOWER_AT = 0.7;
/**
 * The burst allowance, in seconds of the budget: CPU over the budget is first taken from an
 * allowance of this much budget (0.05 core-seconds at 0.25 cores), which refills while the sensor
 * stays under the budget. Shedding starts only once it is spent, that is once a stretch of time
 * has cost more than the budget over it plus the allowance (or when the average is over, above).
 * Measured with vigil up: one `vigil query` starting (node loading its modules, ~1,200 opens in
 * 300 ms) took the sensor to 0.3-0.58 cores for one to three 100 ms checks, 0.025-0.035
 * core-seconds over the budget in all, while it used 0.08-0.2 cores on average. Without the
 * allowance it shed the opens of a shell that read /etc/shadow right after, and no alert was
 * raised. A storm spends it in a check or two.
 */
export const CPU_BURST_SECONDS = 0.2;
/** How often budgets are checked. */
const BUDGET_INTERVAL_MS = 100;
/** How often pending losses are reported. */
const DEFAULT_LOST_INTERVAL_MS = 1_000;
/** How often a SensorStatus heartbeat is sent. */
export const DEFAULT_STATUS_INTERVAL_MS = 10_000;

/** Options of a Governor. */
export interface GovernorOptions {
  host: string;
  sensorId: string;
  ids: IdGenerator;
  output: EventOutput;
  queueCapacity?: number;
  cpuBudgetCores?: number;
  memoryBudgetBytes?: number;
  statusIntervalMs?: number;
  lostIntervalMs?: number;
  /** Sensor version and collectors, for the heartbeat. */
  status?: () => { version: string; collectors: vigil.v1.ICollectorStatus[] };
  /** Wall-clock minus monotonic, nanoseconds (to stamp time_ns from kernel times). */
  wallOffsetNs?: bigint;
  /**
   * Reads resident memory, live memory (what the process holds now: heap in use and buffers)
   * and CPU; the defaults read this process.
   */
  usage?: () => Usage;
  /**
   * Runs a full garbage collection (the default: V8's, for this process). Over the memory budget
   * the governor collects before it judges, at most every few seconds: a sensor that sheds
   * allocates little, so V8 would otherwise leave a burst's garbage counted as live for good.
   */
  collectGarbage?: () => void;
  /** Told when the shedding level changes, so that collectors can shed at the source. */
  onShedLevel?: (level: number) => void;
}

/** What the governor reads of its process. */
export interface Usage {
  rssBytes: number;
  cpuMicros: number;
  /** Memory in use now; the resident size when not given. */
  liveBytes?: number;
}

/**
 * The memory budget is judged on live memory: past this fraction of the budget, everything is
 * shed. The resident size alone cannot judge it: after a burst, V8 frees its heap but the
 * process keeps its pages, and a governor reading only the resident size would shed every event
 * from then on (found by bench/api: a sensor blind after one burst).
 */
const LIVE_MEMORY_SHED_AT = 0.75;
/** Over its budget in resident memory, a process sheds while its live memory is above this. */
const RESIDENT_OVER_LIVE_SHED_AT = 0.5;

/** At most one forced collection in this long. */
const GC_INTERVAL_MS = 2_000;

let v8Gc: (() => void) | null | undefined;
/** V8's full collection, made callable once (`--expose-gc` set at run time); null if it cannot. */
function fullGc(): void {
  if (v8Gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      v8Gc = runInNewContext('gc') as () => void;
    } catch {
      v8Gc = null;
    }
  }
  v8Gc?.();
}

/** Counters by kind. */
export type KindCounts = Record<EventKind, number>;

function zeroCounts(): KindCounts {
  return Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as KindCounts;
}

/** The kinds counted at all, with their counts, for a heartbeat. */
function kindCounts(counts: KindCounts): Array<{ kind: EventKind; count: number }> {
  return EVENT_KINDS.filter((k) => counts[k] > 0).map((kind) => ({ kind, count: counts[kind] }));
}

interface Queued {
  event: vigil.v1.IEvent;
  kind: EventKind;
  seq: number;
}

/** A ring of queued events for one priority level. */
class Ring {
  #items: Array<Queued | undefined> = [];
  #head = 0;
  #size = 0;
  get size(): number {
    return this.#size;
  }
  push(q: Queued): void {
    if (this.#size === this.#items.length) {
      const grown: Array<Queued | undefined> = new Array<Queued | undefined>(
        Math.max(16, this.#items.length * 2),
      );
      for (let i = 0; i < this.#size; i++)
        grown[i] = this.#items[(this.#head + i) % this.#items.length];
      this.#items = grown;
      this.#head = 0;
    }
    this.#items[(this.#head + this.#size) % this.#items.length] = q;
    this.#size++;
  }
  peek(): Queued | undefined {
    return this.#size ? this.#items[this.#head] : undefined;
  }
  shift(): Queued | undefined {
    if (!this.#size) return undefined;
    const q = this.#items[this.#head];
    this.#items[this.#head] = undefined;
    this.#head = (this.#head + 1) % this.#items.length;
    this.#size--;
    return q;
  }
}

interface PendingLoss {
  count: number;
  kinds: Map<string, number>;
  sinceNs: bigint;
  firstSeq: number;
}

function nowWallNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

/**
 * The governor: a bounded queue between the collectors and the output, with priority shedding
 * (file, then network, then process; container, status and loss reports last), CPU and memory
 * budgets, and exact accounting: every event generated is either delivered, still queued, or
 * counted as lost by kind and reason and reported in-band as a Lost record.
 */
export class Governor {
  readonly #o: Required<
    Omit<GovernorOptions, 'status' | 'wallOffsetNs' | 'usage' | 'collectGarbage' | 'onShedLevel'>
  > &
    Pick<GovernorOptions, 'status' | 'onShedLevel'>;
  readonly #wallOffsetLong: Long;
  readonly #usage: () => Usage;
  readonly #collect: (() => void) | undefined;
  #lastGcAt = 0;
  readonly #queues = Array.from({ length: LEVELS }, () => new Ring());
  #queued = 0;
  #seq = 0;
  #draining = false;
  #blocked = false;
  /** Set by stop(): nothing more is queued or offered to the output. */
  #stopped = false;
  #shedLevel = -1;
  #shedReason: vigil.v1.LossReason = v1.LossReason.LOSS_REASON_CPU_BUDGET;
  readonly #pending = new Map<string, PendingLoss>();
  readonly #keys = new Map<vigil.v1.LossReason, Map<string, string>>();
  readonly generated = zeroCounts();
  readonly delivered = zeroCounts();
  readonly lostByKind = zeroCounts();
  readonly lostByReason = new Map<vigil.v1.LossReason, number>();
  /** Events not reported on purpose (the platform's own files: platform.ts), by kind. */
  readonly excluded = zeroCounts();
  #lostReported = 0;
  #timers: NodeJS.Timeout[] = [];
  #budgetTimer: NodeJS.Timeout | undefined;
  #graceTimer: NodeJS.Timeout | undefined;
  #lastCpu = 0;
  #lastCpuAt = 0;
  #cpuCores = 0;
  /** Moving average of #cpuCores (time constant CPU_AVERAGE_TAU_S). */
  #cpuAverage = 0;
  /** What is left of the burst allowance, core-seconds (CPU_BURST_SECONDS). */
  #allowance = 0;
  /** Whether the last check was over the raise mark (CPU_RAISE_AT of the budget). */
  #wasOver = false;
  #rss = 0;
  #startedAt = Date.now();
  #publishedAtLastStatus = 0;
  #lastStatusAt = Date.now();

  constructor(options: GovernorOptions) {
    this.#o = {
      queueCapacity: DEFAULT_QUEUE_CAPACITY,
      cpuBudgetCores: DEFAULT_CPU_BUDGET_CORES,
      memoryBudgetBytes: DEFAULT_MEMORY_BUDGET_BYTES,
      statusIntervalMs: DEFAULT_STATUS_INTERVAL_MS,
      lostIntervalMs: DEFAULT_LOST_INTERVAL_MS,
      ...options,
    };
    const offset =
      options.wallOffsetNs ?? BigInt(Date.now()) * 1_000_000n - process.hrtime.bigint();
    this.#wallOffsetLong = Long.fromString(offset.toString(), true);
    this.#collect = options.collectGarbage ?? fullGc;
    this.#usage =
      options.usage ??
      (() => {
        const c = process.cpuUsage();
        const m = process.memoryUsage();
        return {
          rssBytes: m.rss,
          liveBytes: m.heapUsed + m.external,
          cpuMicros: c.user + c.system,
        };
      });
  }

  /** Starts loss reports and heartbeats; budgets are enforced from enforceBudgets() on. */
  start(): void {
    this.#timers.push(setInterval(() => this.#reportLosses(), this.#o.lostIntervalMs));
    this.#timers.push(setInterval(() => this.#heartbeat(), this.#o.statusIntervalMs));
  }

  /**
   * Starts enforcing the CPU and memory budgets, `graceMs` from now: the sensor calls this once
   * its collectors run, with a grace period, so that the cost of starting (the /proc scan, loading
   * eBPF programs, the first compilations and the first enrichment of every process that shows
   * up) does not make it shed the first events it sees.
   */
  enforceBudgets(graceMs = 0): void {
    if (this.#budgetTimer || this.#graceTimer) return;
    if (graceMs <= 0) {
      this.#startEnforcing();
      return;
    }
    this.#graceTimer = setTimeout(() => {
      this.#graceTimer = undefined;
      this.#startEnforcing();
    }, graceMs);
  }

  #startEnforcing(): void {
    const u = this.#usage();
    this.#lastCpu = u.cpuMicros;
    this.#lastCpuAt = Date.now();
    this.#allowance = this.#o.cpuBudgetCores * CPU_BURST_SECONDS;
    this.#wasOver = false;
    this.#shedLevel = -1;
    this.#budgetTimer = setInterval(() => this.#checkBudgets(), BUDGET_INTERVAL_MS);
    this.#timers.push(this.#budgetTimer);
  }

  /** Events waiting in the queue. */
  get queueDepth(): number {
    return this.#queued;
  }

  /** Events lost and not yet reported in a Lost record that the output took. */
  get unreportedLosses(): number {
    let n = 0;
    for (const p of this.#pending.values()) n += p.count;
    return n;
  }

  /** Total events reported lost in Lost records the output took. */
  get reportedLosses(): number {
    return this.#lostReported;
  }

  #stamp(event: vigil.v1.IEvent, monoNs: number | undefined, keepEnvelope = false): number {
    const seq = ++this.#seq;
    if (keepEnvelope) {
      event.id ||= this.#o.ids.next();
      event.sensorId ||= this.#o.sensorId;
      event.host ||= this.#o.host;
      event.seq = seq;
      return seq;
    }
    // Monotonic nanoseconds since boot fit a double exactly (2^53 ns is 104 days... of uptime
    // past which they lose a few ns); wall time does not, so it is a Long sum. No BigInt or string
    // on this path: it runs for every event.
    const mono = Long.fromNumber(
      monoNs !== undefined ? Math.round(monoNs) : Number(process.hrtime.bigint()),
      true,
    );
    event.id = this.#o.ids.next();
    event.sensorId = this.#o.sensorId;
    event.host = this.#o.host;
    event.monoNs = mono;
    event.timeNs = mono.add(this.#wallOffsetLong);
    event.seq = seq;
    return seq;
  }

  /**
   * Whether an event of `kind` is kept now. When the budgets make the governor shed the kind, the
   * event is counted here as generated and lost (its seq is skipped) and false is returned, so
   * that the collector does not pay for building it.
   */
  admit(kind: EventKind): boolean {
    if (priorityOf(kind) > this.#shedLevel) return true;
    this.generated[kind]++;
    this.#lose(kind, this.#shedReason, 'governor', ++this.#seq);
    return false;
  }

  /**
   * Counts `count` events of `kind` that a collector dropped at the source because this kind is
   * being shed (generated and lost, as `admit` returning false does for one).
   */
  shedAtSource(kind: EventKind, count: number): void {
    if (count <= 0) return;
    this.generated[kind] += count;
    this.#lose(kind, this.#shedReason, 'source', this.#seq + 1, count);
    this.#seq += count;
  }

  /** Takes one event from a collector. Never blocks, never throws for load: it sheds and counts. */
  intake(
    event: vigil.v1.IEvent,
    kind: EventKind,
    monoNs?: number,
    options?: { keepEnvelope?: boolean },
  ): void {
    this.generated[kind]++;
    const seq = this.#stamp(event, monoNs, options?.keepEnvelope);
    const level = priorityOf(kind);
    if (this.#stopped) {
      this.#lose(kind, v1.LossReason.LOSS_REASON_BACKPRESSURE, 'stopped', seq);
      return;
    }
    if (level <= this.#shedLevel) {
      this.#lose(kind, this.#shedReason, 'governor', seq);
      return;
    }
    if (this.#queued >= this.#o.queueCapacity) {
      const reason = this.#blocked
        ? v1.LossReason.LOSS_REASON_BACKPRESSURE
        : v1.LossReason.LOSS_REASON_QUEUE_FULL;
      // Make room by dropping the oldest event of the lowest level below this one, if any.
      let victimLevel = -1;
      for (let l = 0; l < level; l++) {
        if ((this.#queues[l] as Ring).size > 0) {
          victimLevel = l;
          break;
        }
      }
      if (victimLevel < 0) {
        this.#lose(kind, reason, 'governor', seq);
        return;
      }
      const victim = (this.#queues[victimLevel] as Ring).shift() as Queued;
      this.#queued--;
      this.#lose(victim.kind, reason, 'governor', victim.seq);
    }
    (this.#queues[level] as Ring).push({ event, kind, seq });
    this.#queued++;
    this.#scheduleDrain();
  }

  /**
   * Counts an event that is not reported on purpose: neither generated nor lost, reported in the
   * heartbeat's `excluded`.
   */
  exclude(kind: EventKind): void {
    this.excluded[kind]++;
  }

  /**
   * Counts events lost before the governor (kernel overruns, collector errors). Losses of a known
   * kind count as generated too (the event happened; the sensor knows of it): per kind,
   * generated = delivered + lost holds. Losses of unknown kind are reported, outside that sum.
   */
  lostUpstream(count: number, reason: vigil.v1.LossReason, stage: string, kind?: EventKind): void {
    if (count <= 0) return;
    if (kind) this.generated[kind] += count;
    this.#lose(kind, reason, stage, 0, count);
  }

  /** Counts a loss for its Lost record; `kind` undefined for losses of unknown kind. */
  #lose(
    kind: EventKind | undefined,
    reason: vigil.v1.LossReason,
    stage: string,
    seq: number,
    count = 1,
  ): void {
    if (kind) this.lostByKind[kind] += count;
    // The same few (reason, stage) pairs come again and again: remember their keys rather than
    // building a string per lost event.
    let byStage = this.#keys.get(reason);
    if (!byStage) this.#keys.set(reason, (byStage = new Map<string, string>()));
    let key = byStage.get(stage);
    if (!key) byStage.set(stage, (key = `${reason}|${stage}`));
    let p = this.#pending.get(key);
    if (!p) {
      p = { count: 0, kinds: new Map(), sinceNs: nowWallNs(), firstSeq: seq };
      this.#pending.set(key, p);
    }
    p.count += count;
    if (kind) p.kinds.set(kind, (p.kinds.get(kind) ?? 0) + count);
    this.lostByReason.set(reason, (this.lostByReason.get(reason) ?? 0) + count);
  }

  #scheduleDrain(): void {
    if (this.#draining || this.#blocked || this.#stopped) return;
    this.#draining = true;
    setImmediate(() => this.#drain());
  }

  #drain(): void {
    this.#draining = false;
    if (this.#stopped) return;
    let budget = 4096; // events per turn of the event loop, so timers and I/O still run
    while (this.#queued > 0 && budget-- > 0) {
      // The oldest event across the levels (lowest seq), so the output sees production order.
      let best: Ring | undefined;
      let bestSeq = Infinity;
      for (const q of this.#queues) {
        const head = q.peek();
        if (head && head.seq < bestSeq) {
          bestSeq = head.seq;
          best = q;
        }
      }
      const next = (best as Ring).peek() as Queued;
      if (!this.#o.output.offer(next.event, next.kind)) {
        this.#blocked = true;
        this.#o.output.ready().then(
          () => {
            this.#blocked = false;
            this.#scheduleDrain();
          },
          (err: unknown) => reportBackgroundError(err, 'governor output'),
        );
        return;
      }
      (best as Ring).shift();
      this.#queued--;
      this.delivered[next.kind]++;
    }
    if (this.#queued > 0) this.#scheduleDrain();
  }

  /** Sends a Lost record for each pending loss the output takes; the rest wait for the next turn. */
  #reportLosses(): void {
    for (const [key, p] of this.#pending) {
      if (p.count === 0) continue;
      const [reason, stage] = key.split('|') as [string, string];
      const lost: vigil.v1.IEvent = {
        lost: {
          count: p.count,
          reason: Number(reason),
          stage,
          kinds: [...p.kinds].map(([kind, count]) => ({ kind, count })),
          sinceNs: Long.fromString(p.sinceNs.toString(), true),
          untilNs: Long.fromString(nowWallNs().toString(), true),
          firstSeq: p.firstSeq,
        },
      };
      this.#stamp(lost, undefined);
      if (!this.#o.output.offer(lost, 'lost')) return;
      this.#lostReported += p.count;
      this.#pending.delete(key);
    }
  }

  #checkBudgets(): void {
    const before = this.#shedLevel;
    this.#applyBudgets();
    if (this.#shedLevel !== before) this.#o.onShedLevel?.(this.#shedLevel);
  }

  #applyBudgets(): void {
    const now = Date.now();
    const u = this.#usage();
    const dt = (now - this.#lastCpuAt) / 1000;
    const cpuBudget = this.#o.cpuBudgetCores;
    if (dt > 0) {
      this.#cpuCores = (u.cpuMicros - this.#lastCpu) / 1e6 / dt;
      const w = Math.min(1, dt / CPU_AVERAGE_TAU_S);
      this.#cpuAverage += (this.#cpuCores - this.#cpuAverage) * w;
      // Bounded both ways: a quiet hour does not save up for a long burst, and a storm's debt
      // (what shedding could not save) is paid back within about a second.
      const full = cpuBudget * CPU_BURST_SECONDS;
      this.#allowance = Math.max(
        -full,
        Math.min(full, this.#allowance + (cpuBudget - this.#cpuCores) * dt),
      );
    }
    this.#lastCpu = u.cpuMicros;
    this.#lastCpuAt = now;
    this.#rss = u.rssBytes;
    const budget = this.#o.memoryBudgetBytes;
    const over = (m: Usage) => {
      const live = m.liveBytes ?? m.rssBytes;
      return (
        live > budget * LIVE_MEMORY_SHED_AT ||
        (m.rssBytes > budget && live > budget * RESIDENT_OVER_LIVE_SHED_AT)
      );
    };
    let overMemory = over(u);
    if (overMemory && this.#collect !== undefined && now - this.#lastGcAt > GC_INTERVAL_MS) {
      this.#lastGcAt = now;
      this.#collect();
      const after = this.#usage();
      this.#rss = after.rssBytes;
      overMemory = over(after);
    }
    // While nothing is shed, CPU over the budget is a burst (a program starting, a garbage
    // collection, a late read of a buffer) as often as the start of a storm: it starts shedding
    // only once the burst allowance is spent, or when the average is over. Once shedding, every
    // interval over the mark counts (a storm that goes on: climbing back a check later cost the
    // storm test ~0.015 cores over 4 s).
    //
    // Far over the budget in two checks running, a storm has begun: everything it may shed at
    // once. Far over in one check only is a lump (5 `pgrep -f` on a quiet host: ~3,300 opens of
    // /proc files in 0.2 s, 0.6-0.8 cores for a check or two): one level, file events, so that
    // the forks, execs and exits of the programs that made it are kept.
    const spent = this.#allowance <= 0;
    const overCpu = this.#cpuCores > cpuBudget * CPU_RAISE_AT;
    const overMark = overCpu && (spent || this.#shedLevel >= 0);
    const farOver = this.#cpuCores > cpuBudget * 2 && spent && this.#wasOver;
    this.#wasOver = overCpu;
    if (overMemory) {
      this.#shedLevel = MAX_SHED_LEVEL;
      this.#shedReason = v1.LossReason.LOSS_REASON_MEMORY_BUDGET;
    } else if (overMark || farOver || this.#cpuAverage > cpuBudget * CPU_AVERAGE_RAISE_AT) {
      // Over budget: shed one more level (file first), up to process events; far over (a storm
      // has begun), all of them at once, since every interval spent climbing costs full price.
      this.#shedLevel = farOver ? MAX_SHED_LEVEL : Math.min(MAX_SHED_LEVEL, this.#shedLevel + 1);
      this.#shedReason = v1.LossReason.LOSS_REASON_CPU_BUDGET;
    } else if (
      this.#cpuCores < cpuBudget * CPU_LOWER_AT &&
      this.#cpuAverage < cpuBudget * CPU_AVERAGE_LOWER_AT &&
      this.#shedLevel >= 0
    ) {
      this.#shedLevel--;
    }
  }

  /** The current level of shedding: -1 none, 0 file, 1 network, 2 process. */
  get shedLevel(): number {
    return this.#shedLevel;
  }

  #heartbeat(): void {
    const now = Date.now();
    let published = 0;
    for (const k of EVENT_KINDS) published += this.delivered[k];
    const rate =
      ((published - this.#publishedAtLastStatus) * 1000) / Math.max(1, now - this.#lastStatusAt);
    this.#publishedAtLastStatus = published;
    this.#lastStatusAt = now;
    const s = this.#o.status?.() ?? { version: '', collectors: [] };
    const status: vigil.v1.IEvent = {
      sensorStatus: {
        version: s.version,
        uptimeSeconds: (now - this.#startedAt) / 1000,
        collectors: s.collectors,
        eventsPerSecond: rate,
        queueDepth: this.#queued,
        queueCapacity: this.#o.queueCapacity,
        cpuCores: this.#cpuCores,
        rssBytes: this.#rss,
        losses: [...this.lostByReason].map(([reason, count]) => ({ reason, count })),
        eventsPublished: published,
        // Counted before this heartbeat itself, which is generated below.
        generated: kindCounts(this.generated).filter((c) => c.kind !== 'lost'),
        excluded: kindCounts(this.excluded),
      },
    };
    this.generated.sensorStatus++;
    this.#stamp(status, undefined);
    if (this.#o.output.offer(status, 'sensorStatus')) this.delivered.sensorStatus++;
    else this.lostByKind.sensorStatus++;
  }

  /** Sends a heartbeat now (tests, and at shutdown). */
  heartbeat(): void {
    this.#heartbeat();
  }

  /** Delivers what is queued and reports pending losses, waiting for the output as needed. */
  async flush(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((this.#queued > 0 || this.unreportedLosses > 0) && Date.now() < deadline) {
      if (!this.#blocked) this.#drain();
      this.#reportLosses();
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /**
   * Stops the timers and the delivery. What is still queued (the output refused it until
   * flush() gave up) is counted lost for backpressure: it can no longer be reported in-band,
   * so the caller reads it from lostByKind and logs it. The output is not offered anything
   * after this, even when it wakes its waiters as it closes.
   */
  stop(): void {
    this.#stopped = true;
    for (const q of this.#queues) {
      for (let e = q.shift(); e; e = q.shift()) {
        this.#lose(e.kind, v1.LossReason.LOSS_REASON_BACKPRESSURE, 'stopped', e.seq);
      }
    }
    this.#queued = 0;
    for (const t of this.#timers) clearInterval(t);
    this.#timers = [];
    this.#budgetTimer = undefined;
    clearTimeout(this.#graceTimer);
    this.#graceTimer = undefined;
  }
}
