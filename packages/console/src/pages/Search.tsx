// History search with the rule language: the API's errors as it gives them (with the line and
// column of a filter's mistake), results page by page, export as JSON lines.
import { Head } from '../Head';
import { type FormEvent, useRef, useState } from 'react';
import { type ApiError, call, text, timeOf } from '../api';

type Json = Record<string, unknown>;
/** Events asked for at a time, and shown at most before More. */
const PAGE = 500;
const STREAM_MAX = 5_000;
const SPANS: Record<string, number> = {
  '15 minutes': 15,
  '1 hour': 60,
  '24 hours': 1440,
  '7 days': 10080,
};

export function Search() {
  const [filter, setFilter] = useState('');
  const [span, setSpan] = useState('1 hour');
  const [events, setEvents] = useState<Json[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // Results stream in: page after page of the API's history query, each shown as it comes,
  // until the history is exhausted, STREAM_MAX events are shown, or Stop is pressed.
  const stop = useRef(false);
  const run = async (from: string | undefined) => {
    setBusy(true);
    setError('');
    stop.current = false;
    if (from === undefined) setEvents([]);
    let shown = from === undefined ? 0 : events.length;
    let next = from;
    try {
      const since = String(BigInt(Date.now() - SPANS[span]! * 60_000) * 1_000_000n);
      do {
        const answer = await call<{ events: Json[]; cursor?: string }>('POST', '/v1/query', {
          ...(filter.trim() ? { selector: { filter } } : {}),
          sinceNs: since,
          limit: PAGE,
          ...(next ? { cursor: next } : {}),
        });
        setEvents((now) => [...now, ...answer.events]);
        shown += answer.events.length;
        next = answer.cursor;
        setCursor(next);
      } while (next && shown < STREAM_MAX && !stop.current);
    } catch (e) {
      const err = e as ApiError;
      setError(
        err.line !== undefined
          ? `${err.message} (line ${err.line}, column ${err.column})`
          : err.message,
      );
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(undefined);
  };
  const exportJsonl = () => {
    const blob = new Blob(
      events.map((e) => `${JSON.stringify(e)}\n`),
      { type: 'application/x-ndjson' },
    );
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'vigil-events.jsonl';
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <>
      <h1>Search</h1>
      <form className="search" onSubmit={submit}>
        <label htmlFor="filter">Filter (the rule language)</label>
        <textarea
          id="filter"
          rows={2}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="proc.name = curl and fd.sip != 127.0.0.1"
        />
        <label htmlFor="span">Over the last</label>
        <select id="span" value={span} onChange={(e) => setSpan(e.target.value)}>
          {Object.keys(SPANS).map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <button type="submit" disabled={busy}>
          Search
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p className="status" aria-live="polite">
        {busy ? `Searching… ${events.length} events so far` : `${events.length} events`}{' '}
        {busy && (
          <button type="button" onClick={() => (stop.current = true)}>
            Stop
          </button>
        )}
        {events.length > 0 && (
          <button type="button" onClick={exportJsonl}>
            Export JSONL
          </button>
        )}
      </p>
      <table>
        <Head columns={['Time', 'Host', 'Process', 'Event']} />
        <tbody>
          {events.map((e) => {
            const p = (e.process ?? {}) as Json;
            const kind =
              Object.keys(e).find(
                (k) =>
                  ![
                    'id',
                    'sensorId',
                    'host',
                    'timeNs',
                    'monoNs',
                    'seq',
                    'process',
                    'container',
                  ].includes(k),
              ) ?? '';
            return (
              <tr key={text(e.id)} className="event-row">
                <td>{timeOf(e.timeNs)}</td>
                <td>{text(e.host)}</td>
                <td>
                  {p.processUid ? (
                    <a href={`#/investigate/${encodeURIComponent(text(p.processUid))}`}>
                      {text(p.comm)} ({text(p.pid)})
                    </a>
                  ) : null}
                </td>
                <td>
                  {kind} {JSON.stringify(e[kind])}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {cursor && (
        <button type="button" onClick={() => void run(cursor)} disabled={busy}>
          More
        </button>
      )}
    </>
  );
}
