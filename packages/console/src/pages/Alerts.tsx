// Alerts: the latest, then live over the API's stream; filter by priority and text; acknowledge
// (responders and admins); open an alert's process in Investigate.
import { Head } from '../Head';
import { useEffect, useMemo, useState } from 'react';
import { type Alert, PRIORITIES, ROLE_RANK, call, stream, timeOf } from '../api';
import type { Caller } from '../App';

const RANK = PRIORITIES;
const SHOWN_MAX = 2_000;

export function Alerts({ caller }: { caller: Caller }) {
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [live, setLive] = useState('connecting');
  const [min, setMin] = useState('DEBUG');
  const [text, setText] = useState('');
  const [acked, setAcked] = useState<Set<string>>(new Set());
  useEffect(() => {
    const abort = new AbortController();
    call<{ alerts: Alert[] }>('GET', '/v1/alerts?limit=200')
      .then((r) =>
        setAlerts((now) => [...now, ...r.alerts.filter((a) => !now.some((b) => b.id === a.id))]),
      )
      .catch(() => undefined);
    stream(
      '/v1/alerts/stream',
      (type, data) => {
        if (type !== 'event') return;
        const a = JSON.parse(data) as Alert;
        // The newest SHOWN_MAX only: a page left open for days stays small.
        setAlerts((now) =>
          now.some((b) => b.id === a.id) ? now : [a, ...now].slice(0, SHOWN_MAX),
        );
      },
      abort.signal,
    )
      .then(() => setLive('ended'))
      .catch((e: Error) => setLive(abort.signal.aborted ? 'closed' : `error: ${e.message}`));
    setLive('live');
    return () => abort.abort();
  }, []);
  const shown = useMemo(
    () =>
      alerts.filter(
        (a) =>
          RANK.indexOf(a.priority.replace('PRIORITY_', '')) <= RANK.indexOf(min) &&
          (text === '' ||
            `${a.rule} ${a.output} ${a.host}`.toLowerCase().includes(text.toLowerCase())),
      ),
    [alerts, min, text],
  );
  const canAck = ROLE_RANK[caller.role] >= ROLE_RANK.responder;
  const ack = async (id: string) => {
    await call('POST', `/v1/alerts/${encodeURIComponent(id)}/ack`, {});
    setAcked((s) => new Set(s).add(id));
  };
  return (
    <>
      <h1>Alerts</h1>
      <p className="status" aria-live="polite">
        Stream: {live}; {shown.length} of {alerts.length} shown
      </p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="min">At least</label>
        <select id="min" value={min} onChange={(e) => setMin(e.target.value)}>
          {RANK.map((p) => (
            <option key={p} value={p}>
              {p.toLowerCase()}
            </option>
          ))}
        </select>
        <label htmlFor="text">Containing</label>
        <input id="text" value={text} onChange={(e) => setText(e.target.value)} />
      </form>
      <table>
        <Head columns={['Time', 'Priority', 'Rule', 'Host', 'Output', 'Actions']} />
        <tbody>
          {shown.map((a) => {
            const uid = a.event?.process?.processUid;
            return (
              <tr key={a.id} className="alert-row">
                <td>{timeOf(a.timeNs)}</td>
                <td className={`p-${a.priority.replace('PRIORITY_', '').toLowerCase()}-text`}>
                  {a.priority.replace('PRIORITY_', '').toLowerCase()}
                </td>
                <td>{a.rule}</td>
                <td>{a.host}</td>
                <td className="output">{a.output}</td>
                <td>
                  {uid && <a href={`#/investigate/${encodeURIComponent(uid)}`}>Process tree</a>}{' '}
                  {canAck &&
                    (acked.has(a.id) ? (
                      <span>acknowledged</span>
                    ) : (
                      <button type="button" onClick={() => void ack(a.id)}>
                        Acknowledge
                      </button>
                    ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
