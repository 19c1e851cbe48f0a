// The rules in force; for admins, a rules file validated as it is typed (problems with their
// line and column) and put (the detectors reload).
import { Head } from '../Head';
import { useEffect, useState } from 'react';
import { ROLE_RANK, call } from '../api';
import type { Caller } from '../App';

interface Rule {
  name: string;
  priority: string;
  enabled?: boolean;
  file?: string;
  tags?: string[];
}
interface Problem {
  line: number;
  column: number;
  message: string;
  severity?: string;
}

export function Rules({ caller }: { caller: Caller }) {
  const [rules, setRules] = useState<Rule[]>([]);
  const [name, setName] = useState('local.yaml');
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [message, setMessage] = useState('');
  const admin = ROLE_RANK[caller.role] >= ROLE_RANK.admin;
  const load = () =>
    void call<{ rules: Rule[] }>('GET', '/v1/rules').then((r) => setRules(r.rules));
  useEffect(load, []);
  useEffect(() => {
    if (!admin || text.trim() === '') {
      setProblems(null);
      return;
    }
    const timer = setTimeout(() => {
      call<{ valid: boolean; problems: Problem[] }>('POST', '/v1/rules/validate', {
        name,
        content: text,
      })
        .then((r) => setProblems(r.problems))
        .catch((e: Error) => setProblems([{ line: 0, column: 0, message: e.message }]));
    }, 300);
    return () => clearTimeout(timer);
  }, [text, name, admin]);
  const put = async () => {
    try {
      await call('PUT', `/v1/rules/${encodeURIComponent(name)}`, { content: text });
      setMessage(`${name} is in force; the detectors reload it.`);
      load();
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <>
      <h1>Rules</h1>
      <p className="status">{rules.length} rules in force</p>
      <table>
        <Head columns={['Rule', 'Priority', 'Tags']} />
        <tbody>
          {rules.map((r) => (
            <tr key={r.name}>
              <td>{r.name}</td>
              <td>{String(r.priority).toLowerCase()}</td>
              <td>{(r.tags ?? []).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {admin && (
        <section aria-labelledby="put-h">
          <h2 id="put-h">Add a rules file</h2>
          <label htmlFor="rules-name">File name</label>
          <input id="rules-name" value={name} onChange={(e) => setName(e.target.value)} />
          <label htmlFor="rules-text">Rules (Falco's format)</label>
          <textarea
            id="rules-text"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div aria-live="polite">
            {problems === null ? null : problems.length === 0 ? (
              <p className="good">Valid.</p>
            ) : (
              <ul className="error">
                {problems.map((p, i) => (
                  <li key={i}>
                    line {p.line}, column {p.column}: {p.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            disabled={!problems || problems.length > 0}
            onClick={() => void put()}
          >
            Put it in force
          </button>
          {message && <p role="status">{message}</p>}
        </section>
      )}
    </>
  );
}
