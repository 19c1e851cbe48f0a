// A connector's status in Prometheus's text exposition format, for node_exporter's textfile
// collector (`vigil connector` writes it beside status.json): deliveries, retries, failures,
// refusals and lag as metrics, the state as a 0/1 gauge per state.
import type { ConnectorState, ConnectorStatus } from './connector.js';

const STATES: ConnectorState[] = [
  'starting',
  'running',
  'retrying',
  'stopped',
  'stopping',
  'closed',
];

/** Prometheus text of one connector's status. */
export function connectorMetrics(s: Readonly<ConnectorStatus>): string {
  const name = JSON.stringify(s.name);
  const lines: string[] = [];
  const metric = (
    id: string,
    type: 'counter' | 'gauge',
    help: string,
    samples: Array<[string, number]>,
  ) => {
    lines.push(`# HELP ${id} ${help}`, `# TYPE ${id} ${type}`);
    for (const [labels, v] of samples)
      lines.push(`${id}{connector=${name}${labels ? `,${labels}` : ''}} ${v}`);
  };
  metric('vigil_connector_delivered_total', 'counter', 'Records the receiver accepted.', [
    ['kind="alert"', s.delivered.alerts],
    ['kind="event"', s.delivered.events],
  ]);
  // The single-valued ones: name, type, help, value.
  const single: Array<[string, 'counter' | 'gauge', string, number]> = [
    ['vigil_connector_batches_total', 'counter', 'Deliveries that succeeded.', s.batches],
    [
      'vigil_connector_retries_total',
      'counter',
      'Deliveries retried (receiver busy, unreachable, not indexed in time).',
      s.retries,
    ],
    [
      'vigil_connector_failures_total',
      'counter',
      'Delivery attempts that failed, for any reason.',
      s.failures,
    ],
    [
      'vigil_connector_rejected_total',
      'counter',
      'Records the receiver refused, set aside in the dead-letter file.',
      s.rejected,
    ],
    [
      'vigil_connector_skipped_total',
      'counter',
      'Backplane messages with nothing selected for this connector.',
      s.skipped,
    ],
    ['vigil_connector_in_flight', 'gauge', 'Records in deliveries not finished.', s.inFlight],
  ];
  for (const [id, type, help, v] of single) metric(id, type, help, [['', v]]);
  metric(
    'vigil_connector_lag_messages',
    'gauge',
    'Backplane messages not yet finished by this connector (pending + unacknowledged).',
    [
      ...(s.lag.alerts !== undefined
        ? [['stream="alerts"', s.lag.alerts] as [string, number]]
        : []),
      ...(s.lag.telemetry !== undefined
        ? [['stream="telemetry"', s.lag.telemetry] as [string, number]]
        : []),
    ],
  );
  metric(
    'vigil_connector_state',
    'gauge',
    'The connector is in this state (1) or not (0).',
    STATES.map((st) => [`state="${st}"`, s.state === st ? 1 : 0]),
  );
  return lines.join('\n') + '\n';
}
