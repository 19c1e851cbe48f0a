// The detector service: reads every host's telemetry from the backplane through a durable
// consumer, runs the rules, publishes alerts to VIGIL_ALERTS and sends kill requests to the
// sensor of the event's host. A batch is acknowledged only once its alerts are stored; alerts
// carry a message id made of the event and the rule, so a batch delivered again after a crash
// does not store them twice (JetStream's duplicate window).
import {
  BatchConsumer,
  TELEMETRY_STREAM,
  alertSubject,
  controlSubject,
  ensureConsumer,
  type Backplane,
  type ReceivedBatch,
} from '@vigil/backplane';
import type { Logger } from '@vigil/common';
import { Alert, v1, type vigil } from '@vigil/schema';
import { Alerter, killRequestFor } from './alerts.js';
import { Engine, type RuleMatching } from './engine.js';
import { type CompiledRule, PRIORITIES } from './ruleset.js';

export interface DetectorOptions {
  backplane: Backplane;
  rules: readonly CompiledRule[];
  /** Identity carried by alerts. */
  detectorId: string;
  logger: Logger;
  ruleMatching?: RuleMatching;
  dedupWindowMs?: number;
  /** Send kill requests for rules with `response: kill` (otherwise they only alert). */
  killResponses?: boolean;
  /** Durable consumer name on the telemetry stream. */
  durable?: string;
  /** How long a kill request waits for the sensor's answer. */
  killTimeoutMs?: number;
}

/** Counters of a detector. */
export interface DetectorStats {
  events: number;
  alerts: number;
  suppressed: number;
  killsSent: number;
  killsFailed: number;
  /** Rule evaluations that threw (see the log for the first of each rule). */
  ruleErrors: number;
}

/** Default durable consumer of the detector. */
export const DETECTOR_DURABLE = 'vigil-detector';

interface Pending {
  alert: vigil.v1.IAlert;
  msgID: string;
  kill: vigil.v1.IKillRequest | undefined;
}

export class Detector {
  readonly #options: DetectorOptions;
  #engine: Engine;
  readonly #failing = new Set<string>();
  readonly #alerter: Alerter;
  readonly #consumer: BatchConsumer;
  readonly #stats: Omit<DetectorStats, 'ruleErrors'> = {
    events: 0,
    alerts: 0,
    suppressed: 0,
    killsSent: 0,
    killsFailed: 0,
  };
  readonly #kills = new Set<Promise<void>>();

  constructor(options: DetectorOptions) {
    this.#options = options;
    this.#engine = this.#newEngine(options.rules);
    this.#alerter = new Alerter({
      detectorId: options.detectorId,
      ...(options.dedupWindowMs !== undefined ? { dedupWindowMs: options.dedupWindowMs } : {}),
    });
    this.#consumer = new BatchConsumer(options.backplane.js, {
      stream: TELEMETRY_STREAM,
      durable: options.durable ?? DETECTOR_DURABLE,
      handler: (batch) => this.#handle(batch),
      // Telemetry waits for no one: a batch that fails is retried soon.
      retryDelayMs: 200,
      onMalformed: (m) => options.logger.warn(m, 'malformed telemetry batch skipped'),
    });
  }

  #newEngine(rules: readonly CompiledRule[]): Engine {
    const options = this.#options;
    return new Engine(rules, {
      ruleMatching: options.ruleMatching ?? 'first',
      // A rule that throws is a bug: said once per rule, counted always, never a stuck batch.
      onError: (rule, err) => {
        if (this.#failing.has(rule.name)) return;
        this.#failing.add(rule.name);
        options.logger.error(
          { err, rule: rule.name },
          'rule failed on an event; counted as not matching',
        );
      },
    });
  }

  /** Replaces the rules; the next batch runs the new ones. */
  setRules(rules: readonly CompiledRule[]): void {
    this.#failing.clear();
    this.#engine = this.#newEngine(rules);
  }

  /** Counters, as of now. */
  stats(): Readonly<DetectorStats> {
    let suppressed = 0;
    for (const n of this.#alerter.suppressed.values()) suppressed += n;
    return { ...this.#stats, suppressed, ruleErrors: this.#engine.errors };
  }

  async start(): Promise<void> {
    await ensureConsumer(this.#options.backplane.jsm, {
      stream: TELEMETRY_STREAM,
      durable: this.#options.durable ?? DETECTOR_DURABLE,
      // A new detector starts with what happens from now; an existing one resumes where it was.
      deliverNewOnly: true,
    });
    await this.#consumer.start();
  }

  async stop(): Promise<void> {
    await this.#consumer.stop();
    await Promise.allSettled([...this.#kills]);
  }

  async #handle(batch: ReceivedBatch): Promise<void> {
    const pending: Pending[] = [];
    for (const event of batch.events) {
      this.#stats.events++;
      this.#engine.process(event, (rule, ctx) => {
        const alert = this.#alerter.alert(rule, ctx);
        if (alert === undefined) return;
        const kill =
          rule.response === 'kill' && this.#options.killResponses !== false
            ? killRequestFor(alert)
            : undefined;
        pending.push({ alert, msgID: `${event.id ?? ''}/${rule.name}`, kill });
      });
    }
    if (pending.length === 0) return;
    // Kills first: they race the process, the alert can wait a moment.
    for (const p of pending) if (p.kill !== undefined) this.#sendKill(p.alert, p.kill);
    const { js } = this.#options.backplane;
    await Promise.all(
      pending.map(async (p) => {
        const priority = priorityName(p.alert.priority ?? 0);
        await js.publish(
          alertSubject(p.alert.host ?? '', priority),
          Alert.encode(p.alert).finish(),
          {
            msgID: p.msgID,
          },
        );
        this.#stats.alerts++;
      }),
    );
  }

  #sendKill(alert: vigil.v1.IAlert, req: vigil.v1.IKillRequest): void {
    const { nc } = this.#options.backplane;
    const log = this.#options.logger;
    this.#stats.killsSent++;
    const done = nc
      .request(controlSubject(alert.host ?? '', 'kill'), v1.KillRequest.encode(req).finish(), {
        timeout: this.#options.killTimeoutMs ?? 5_000,
      })
      .then((msg) => {
        const result = v1.ResponseResult.decode(msg.data);
        log.info(
          { rule: alert.rule, pid: req.pid, outcome: result.outcome, message: result.message },
          'kill response',
        );
      })
      .catch((err: unknown) => {
        this.#stats.killsFailed++;
        log.error(
          { err, rule: alert.rule, host: alert.host, pid: req.pid },
          'kill request got no answer from the sensor',
        );
      })
      .finally(() => this.#kills.delete(done));
    this.#kills.add(done);
  }
}

/** The subject token of a Priority enum value: Falco's name, as in the rules. */
function priorityName(value: number): string {
  return PRIORITIES[value - 1] ?? 'unspecified';
}
