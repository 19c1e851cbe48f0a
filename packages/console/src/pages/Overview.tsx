// Sensors with their health, rates and losses; alerts by priority over the last 24 hours.
import { Head } from '../Head';
import { useEffect, useState } from 'react';
import { type Alert, PRIORITIES, call, timeOf } from '../api';

interface Sensor {
  sensorId: string;
  host: string;
  stale: boolean;
  lastSeenNs: string;
  status?: {
    eventsPerSecond?: number;
    cpuCores?: number;
    rssBytes?: string;
    losses?: Array<{ reason: string; count: string }>;
  };
}

export function Overview() {
  const [sensors, setSensors] = useState<Sensor[]>([]);
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    const load = () => {
      call<{ sensors: Sensor[] }>('GET', '/v1/sensors')
        .then((r) => setSensors(r.sensors))
        .catch((e: Error) => setError(e.message));
      const since = String(BigInt(Date.now() - 24 * 3600_000) * 1_000_000n);
      call<{ alerts: Alert[] }>('GET', `/v1/alerts?limit=10000&sinceNs=${since}`)
        .then((r) => setAlerts(r.alerts))
        .catch((e: Error) => setError(e.message));
    };
    load();
    const timer = setInterval(load, 10_000);
    return () => clearInterval(timer);
  }, []);
  // Alerts per hour and priority, the last 24 hours.
  const now = Date.now();
  const hours = Array.from({ length: 24 }, (_, i) => now - (23 - i) * 3600_000);
  const counts = hours.map((h) => {
    const c: Record<string, number> = {};
    for (const a of alerts) {
      const t = Number(BigInt(a.timeNs) / 1_000_000n);
      if (t > h - 3600_000 && t <= h) {
        const p = a.priority.replace('PRIORITY_', '');
        c[p] = (c[p] ?? 0) + 1;
      }
    }
    return c;
  });
  const max = Math.max(1, ...counts.map((c) => Object.values(c).reduce((s, n) => s + n, 0)));
  return (
    <>
      <h1>Overview</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <section aria-labelledby="sensors-h">
        <h2 id="sensors-h">Sensors</h2>
        <table>
          <Head
            columns={['Host', 'Sensor', 'Health', 'Events/s', 'Lost', 'CPU (cores)', 'Last seen']}
          />
          <tbody>
            {sensors.map((s) => (
              <tr key={s.sensorId}>
                <td>{s.host}</td>
                <td>{s.sensorId}</td>
                <td className={s.stale ? 'bad' : 'good'}>{s.stale ? 'stale' : 'ok'}</td>
                <td>{(s.status?.eventsPerSecond ?? 0).toFixed(1)}</td>
                <td>
                  {(s.status?.losses ?? []).reduce((n, l) => n + Number(l.count), 0)}
                  {(s.status?.losses ?? []).length > 0 && (
                    <span className="reasons">
                      {' '}
                      (
                      {(s.status?.losses ?? [])
                        .map(
                          (l) => `${l.reason.replace('LOSS_REASON_', '').toLowerCase()} ${l.count}`,
                        )
                        .join(', ')}
                      )
                    </span>
                  )}
                </td>
                <td>{(s.status?.cpuCores ?? 0).toFixed(3)}</td>
                <td>{timeOf(s.lastSeenNs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {sensors.length === 0 && <p>No sensor heard yet.</p>}
      </section>
      <section aria-labelledby="chart-h">
        <h2 id="chart-h">Alerts by priority, last 24 hours ({alerts.length})</h2>
        <svg
          className="chart"
          viewBox="0 0 480 120"
          role="img"
          aria-label={`Alerts per hour over the last 24 hours: ${alerts.length} in all`}
        >
          {counts.map((c, i) => {
            let y = 120;
            return PRIORITIES.map((p) => {
              const n = c[p] ?? 0;
              if (n === 0) return null;
              const h = (n / max) * 110;
              y -= h;
              return (
                <rect
                  key={`${i}-${p}`}
                  x={i * 20 + 2}
                  y={y}
                  width={16}
                  height={h}
                  className={`p-${p.toLowerCase()}`}
                />
              );
            });
          })}
        </svg>
        <ul className="legend">
          {PRIORITIES.slice(0, 6).map((p) => (
            <li key={p}>
              <span className={`swatch p-${p.toLowerCase()}`} aria-hidden="true" />{' '}
              {p.toLowerCase()}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
