// The one service layer behind the API's faces: history queries fanned out to every recorder
// and merged in time order, naming the hosts that did not answer.
import {
  ALERTS_STREAM,
  SUBJECT_WILDCARDS,
  TELEMETRY_STREAM,
  decodeBatch,
  type Backplane,
} from '@vigil/backplane';
import { Alert, type vigil } from '@vigil/schema';
import {
  type AlertQuery,
  type KillAsk,
  SensorRegistry,
  acknowledge,
  alertSelector,
  alertToJson,
  killProcess,
  listAlerts,
  processTree,
  retroHunt,
} from './fleet.js';
import { VigilError } from '@vigil/common';
import { askRecorder, compileQueryFilter, cursorOf, queryKinds } from '@vigil/flight-recorder';
import { LiveFeed } from './live-feed.js';
import { RulesBook } from './rules.js';
import {
  STOPPING_REASON,
  type SubscribeOptions,
  type SubscribeSelector,
  type SubscriptionSink,
  subscribe,
} from './subscribe.js';

/** A history query, as the API takes it (QueryRequest's canonical JSON, flattened). */
export interface HistoryQuery {
  filter?: string;
  kinds?: string[];
  hosts?: string[];
  containers?: string[];
  sinceNs?: string;
  untilNs?: string;
  limit?: number;
  cursor?: string;
}

export interface HistoryResult {
  events: Array<Record<string, unknown>>;
  /** Resume from here; absent when the query is complete. */
  cursor?: string;
  /** Hosts whose recorders did not answer in time. */
  unansweredHosts: string[];
}

export interface ApiServiceOptions {
  backplane: Backplane;
  /** Hosts whose recorders a query goes to when it names none (besides the sensors heard). */
  hosts: () => string[];
  /** How long a recorder may take to answer. */
  recorderTimeoutMs?: number;
  /** Most events one query returns. */
  maxLimit?: number;
  /** A live client whose connection stays full this long is cut off (default 10 s). */
  slowClientCutoffMs?: number;
  /** Most live streams open at once (telemetry and alerts together). */
  maxStreams?: number;
  /** Where the API keeps what it owns (alert acknowledgements); none: acknowledgements refused. */
  dataDir?: string;
  /** A sensor silent this long is stale. */
  sensorStaleMs?: number;
  /** The detector's configured rules files; none: rules operations list what was put only. */
  ruleFiles?: () => string[];
  /** Where rules files put through the API go; none: puts are refused. */
  rulesDir?: string;
}

/** Default limit of live streams open at once. */
export const DEFAULT_MAX_STREAMS = 256;

/** Default and largest page of a query. */
export const DEFAULT_QUERY_LIMIT = 1_000;
export const MAX_QUERY_LIMIT = 10_000;

function nsOf(text: string | undefined, what: string): number | undefined {
  if (text === undefined || text === '' || text === '0') return undefined;
  if (!/^\d+$/.test(text))
    throw new VigilError(
      'VGL_ERR_QUERY_INVALID',
      `${what} must be nanoseconds since the epoch, got ${JSON.stringify(text)}`,
    );
  return Number(text);
}

/** A JSON value that should be a string (event ids, 64-bit times), as one. */
function text(v: unknown, otherwise = ''): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : otherwise;
}

/** Per-host cursors, as one opaque string. */
function encodeCursor(cursors: Record<string, string>): string {
  return Buffer.from(JSON.stringify(cursors)).toString('base64url');
}

function decodeCursor(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString()) as unknown;
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, string>;
  } catch {
    // falls through
  }
  throw new VigilError('VGL_ERR_QUERY_INVALID', 'cursor is not one this API gave');
}

/** Counts of live streams, for /metrics. */
export interface StreamStats {
  active: number;
  started: number;
  /** Streams ended because their client stopped reading. */
  cutOff: number;
  /** Events a stream did not send, by stage (api-throttle, api-slow-client). */
  notSent: Map<string, number>;
}

export class ApiService {
  readonly #o: ApiServiceOptions;
  readonly streams: StreamStats = { active: 0, started: 0, cutOff: 0, notSent: new Map() };

  readonly #feed: LiveFeed<vigil.v1.Event>;
  readonly #alertFeed: LiveFeed<vigil.v1.Alert>;
  readonly #sensors: SensorRegistry;
  /** Stop functions of the live streams open now. */
  readonly #open = new Set<(reason?: string) => void>();

  constructor(options: ApiServiceOptions) {
    this.#o = options;
    this.#feed = new LiveFeed(options.backplane, {
      stream: TELEMETRY_STREAM,
      subjects: SUBJECT_WILDCARDS.telemetry,
      // gRPC live streams send events as they came (grpc.ts LiveWriter).
      decode: (data) => decodeBatch(data, { keepEncodings: true }),
    });
    this.#alertFeed = new LiveFeed(options.backplane, {
      stream: ALERTS_STREAM,
      subjects: SUBJECT_WILDCARDS.alerts,
      decode: (data) => [Alert.decode(data)],
    });
    this.#sensors = new SensorRegistry(options.backplane, options.sensorStaleMs);
    this.rules = new RulesBook({
      files: options.ruleFiles ?? (() => []),
      ...(options.rulesDir !== undefined ? { dir: options.rulesDir } : {}),
      backplane: options.backplane,
    });
  }

  /** The rules in force: list, validate, put. */
  readonly rules: RulesBook;

  /** Sensors and their latest heartbeat. */
  /**
   * The hosts a query, tree or hunt asks when it names none: those configured, and every host
   * whose sensor has been heard (in a fleet, the sensors' heartbeats come over the hub).
   */
  #knownHosts(): string[] {
    const hosts = new Set(this.#o.hosts());
    for (const s of this.#sensors.list()) hosts.add(String(s.host));
    return [...hosts];
  }

  listSensors(hosts?: string[]): { sensors: Array<Record<string, unknown>> } {
    return { sensors: this.#sensors.list(hosts) };
  }

  /** Recorded alerts, newest first. */
  listAlerts(q: AlertQuery): Promise<{ alerts: Array<Record<string, unknown>>; cursor?: string }> {
    return listAlerts(this.#o.backplane, q);
  }

  /** Marks an alert as handled, by whom. */
  acknowledgeAlert(alertId: string, note: string, by: string) {
    return acknowledge(this.#o.dataDir, alertId, by, note);
  }

  /**
   * Kills a process through its host's sensor. Without its start time, the recorder's history
   * gives it (the sensor refuses a kill whose start time is not the pid's own).
   */
  async kill(ask: Omit<KillAsk, 'startTimeNs'> & { startTimeNs?: string }, by: string) {
    let startTimeNs = ask.startTimeNs;
    if (!startTimeNs || startTimeNs === '0') {
      const tree = await this.processTree(ask.processUid, 1);
      const root = tree.root as { process?: { startTimeNs?: string } } | undefined;
      startTimeNs = String(root?.process?.startTimeNs ?? '');
      if (!/^\d+$/.test(startTimeNs) || startTimeNs === '0')
        throw new VigilError(
          'VGL_ERR_QUERY_INVALID',
          `the start time of ${ask.processUid} is not known; give startTimeNs`,
        );
    }
    return killProcess(this.#o.backplane, { ...ask, startTimeNs }, by);
  }

  /** The process tree around one process, from its host's recorder. */
  processTree(processUid: string, depth?: number): Promise<Record<string, unknown>> {
    if (depth !== undefined && (!Number.isInteger(depth) || depth < 0 || depth > 64))
      throw new VigilError('VGL_ERR_QUERY_INVALID', `depth must be from 0 to 64, got ${depth}`);
    return processTree(
      this.#o.backplane,
      processUid,
      depth,
      this.#knownHosts(),
      this.#o.recorderTimeoutMs ?? 10_000,
    );
  }

  /** Runs a rules file over recorded history; yields alerts as the recorders find them. */
  retroHunt(request: {
    rulesYaml: string;
    sinceNs?: string;
    untilNs?: string;
    hosts?: string[];
  }): AsyncGenerator<Array<Record<string, unknown>>> {
    if (!request.rulesYaml?.trim())
      throw new VigilError('VGL_ERR_QUERY_INVALID', 'rulesYaml is required');
    const sinceNs = nsOf(request.sinceNs, 'sinceNs');
    const untilNs = nsOf(request.untilNs, 'untilNs');
    return retroHunt(
      this.#o.backplane,
      request.hosts?.length ? request.hosts : this.#knownHosts(),
      {
        rulesYaml: request.rulesYaml,
        ...(sinceNs !== undefined ? { sinceNs } : {}),
        ...(untilNs !== undefined ? { untilNs } : {}),
      },
      this.#o.recorderTimeoutMs ?? 30_000,
    );
  }

  /**
   * Alerts as they are raised, at or above a priority and of the rules asked; what the client
   * cannot take is counted and reported as for telemetry. Resolves to the stop function.
   */
  async streamAlerts(
    selection: { minPriority?: string | number; rules?: string[] },
    sink: SubscriptionSink,
  ): Promise<(reason?: string) => void> {
    this.#admitStream();
    const wanted = alertSelector(selection.minPriority, selection.rules);
    const tracked = this.#track(sink);
    let dropped = 0;
    let ended = false;
    const report = setInterval(() => {
      if (
        dropped > 0 &&
        tracked.sink.lost({
          count: dropped,
          reason: 'LOSS_REASON_BACKPRESSURE',
          stage: 'api-slow-client',
        })
      )
        dropped = 0;
    }, 1_000);
    const remove = await this.#alertFeed.add({
      batch: (alerts) => {
        for (const a of alerts)
          if (wanted(a) && !tracked.sink.event(() => alertToJson(a))) dropped++;
      },
      gap: (n) => (dropped += n),
    });
    return tracked.opened((reason?: string) => {
      if (ended) return;
      ended = true;
      clearInterval(report);
      remove();
      if (reason !== undefined) tracked.sink.end(reason, dropped);
    });
  }

  /**
   * Registers a live stream (telemetry or alerts): wraps its sink so that the stream and what it
   * does not send are counted (`streams`), and keeps its stop function so that `close` ends it.
   * `opened` is given the stream's own stop and returns the one its face calls.
   */
  #track(sink: SubscriptionSink): {
    sink: SubscriptionSink;
    opened: (stop: (reason?: string) => void) => (reason?: string) => void;
  } {
    const stats = this.streams;
    const count = (stage: string, n: number) =>
      stats.notSent.set(stage, (stats.notSent.get(stage) ?? 0) + n);
    let open = false;
    let own: ((reason?: string) => void) | undefined;
    const closed = () => {
      if (open) stats.active--;
      open = false;
      if (own !== undefined) this.#open.delete(own);
    };
    return {
      sink: {
        event: (json, encoded) => sink.event(json, encoded),
        flush: () => sink.flush?.(),
        blocked: () => sink.blocked(),
        lost: (lost) => {
          const sent = sink.lost(lost);
          if (sent) count(lost.stage, lost.count);
          return sent;
        },
        end: (reason, unreported) => {
          closed();
          if (reason.startsWith('cut off')) stats.cutOff++;
          if (unreported > 0) count('api-unreported', unreported);
          sink.end(reason, unreported);
        },
      },
      opened: (stop) => {
        own = stop;
        open = true;
        stats.active++;
        stats.started++;
        this.#open.add(stop);
        return (reason?: string) => {
          if (reason === undefined) closed();
          stop(reason);
        };
      },
    };
  }

  /** Ends every live stream (each client is told the API is stopping), then the live feed. */
  close(): void {
    for (const stop of [...this.#open]) stop(STOPPING_REASON);
    this.#open.clear();
    this.#feed.close();
    this.#alertFeed.close();
    this.#sensors.close();
  }

  /** Checks a filter before anything is asked of the recorders; throws with the position. */
  checkFilter(filter: string | undefined): void {
    compileQueryFilter(filter);
  }

  /** Refuses a new live stream when as many as allowed are open. */
  #admitStream(): void {
    const max = this.#o.maxStreams ?? DEFAULT_MAX_STREAMS;
    if (this.streams.active >= max)
      throw new VigilError(
        'VGL_ERR_API_BUSY',
        `${this.streams.active} live streams are open, the most this API serves; try again later`,
      );
  }

  /** A live subscription (see subscribe.ts); resolves to its stop function once it sees events. */
  async subscribe(
    selector: SubscribeSelector,
    options: SubscribeOptions,
    sink: SubscriptionSink,
  ): Promise<(reason?: string) => void> {
    this.#admitStream();
    const cutoff = this.#o.slowClientCutoffMs;
    const tracked = this.#track(sink);
    const stop = await subscribe(
      this.#feed,
      selector,
      cutoff !== undefined ? { slowClientCutoffMs: cutoff, ...options } : options,
      tracked.sink,
    );
    return tracked.opened(stop);
  }

  /** History from every recorder asked, merged in time order. */
  async query(q: HistoryQuery): Promise<HistoryResult> {
    this.checkFilter(q.filter);
    const maxLimit = this.#o.maxLimit ?? MAX_QUERY_LIMIT;
    const limit = q.limit === undefined || q.limit === 0 ? DEFAULT_QUERY_LIMIT : q.limit;
    if (!Number.isInteger(limit) || limit < 0 || limit > maxLimit) {
      throw new VigilError(
        'VGL_ERR_QUERY_INVALID',
        `limit must be a whole number from 1 to ${maxLimit}, got ${q.limit}`,
      );
    }
    const sinceNs = nsOf(q.sinceNs, 'sinceNs');
    const untilNs = nsOf(q.untilNs, 'untilNs');
    // The recorder's own check of kinds before the fan-out, so that it fails once and clearly.
    queryKinds(q.kinds);
    const cursors = decodeCursor(q.cursor);
    const hosts = q.hosts?.length ? q.hosts : this.#knownHosts();
    const answers = await Promise.all(
      hosts
        .filter((h) => cursors === undefined || cursors[h] !== undefined)
        .map(async (host) => {
          const events: Array<Record<string, unknown>> = [];
          let cursor: string | undefined;
          try {
            const request = {
              op: 'query' as const,
              limit,
              ...(q.filter ? { filter: q.filter } : {}),
              ...(q.kinds ? { kinds: q.kinds } : {}),
              ...(q.containers ? { containers: q.containers } : {}),
              ...(sinceNs !== undefined ? { sinceNs } : {}),
              ...(untilNs !== undefined ? { untilNs } : {}),
              ...(cursors?.[host] ? { cursor: cursors[host] } : {}),
            };
            for await (const chunk of askRecorder(
              this.#o.backplane,
              host,
              request,
              this.#o.recorderTimeoutMs ?? 10_000,
            )) {
              events.push(...(chunk.events ?? []));
              if (chunk.cursor) cursor = chunk.cursor;
            }
            return { host, events, cursor, answered: true };
          } catch (err) {
            if (err instanceof VigilError && err.code !== 'VGL_ERR_INTERNAL') throw err;
            return { host, events, cursor: undefined, answered: false };
          }
        }),
    );
    // Merge: every host's events are in time order; take the earliest `limit` of them all.
    const all = answers.flatMap((a) => a.events.map((e) => ({ e, host: a.host })));
    all.sort((a, b) => {
      const ta = BigInt(text(a.e.timeNs, '0'));
      const tb = BigInt(text(b.e.timeNs, '0'));
      return ta < tb ? -1 : ta > tb ? 1 : text(a.e.id) < text(b.e.id) ? -1 : 1;
    });
    const page = all.slice(0, limit);
    const next: Record<string, string> = {};
    for (const a of answers) {
      const mine = page.filter((p) => p.host === a.host);
      const cut = mine.length < a.events.length;
      if (cut) {
        const last = mine[mine.length - 1]?.e;
        if (last !== undefined) next[a.host] = cursorOf(last);
        else if (cursors?.[a.host]) next[a.host] = cursors[a.host] as string;
        else next[a.host] = '0:';
      } else if (a.cursor) next[a.host] = a.cursor;
    }
    return {
      events: page.map((p) => p.e),
      ...(Object.keys(next).length > 0 ? { cursor: encodeCursor(next) } : {}),
      unansweredHosts: answers.filter((a) => !a.answered).map((a) => a.host),
    };
  }
}
