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
/** The console's file of enabled and disabled rules. */
const OVERRIDES = 'console-enabled.yaml';

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
  // Enabling and disabling: Falco's rule re-declared with only `enabled`, in a rules file of the
  // console's own, put through the API (the detectors reload it).
  const toggle = async (rule: string, enabled: boolean) => {
    let current = '';
    try {
      current = (await call<{ content: string }>('GET', `/v1/rules/${OVERRIDES}`)).content;
    } catch {
      // none yet
    }
    const states = new Map<string, boolean>();
    for (const m of current.matchAll(/^- rule: (".*")\n {2}enabled: (true|false)$/gm))
      states.set(JSON.parse(m[1]!) as string, m[2] === 'true');
    states.set(rule, enabled);
    const content = [...states]
      .map(([n, on]) => `- rule: ${JSON.stringify(n)}\n  enabled: ${on}\n`)
      .join('');
    try {
      await call('PUT', `/v1/rules/${OVERRIDES}`, { content });
      setMessage(`${rule} ${enabled ? 'enabled' : 'disabled'}; the detectors reload.`);
      load();
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
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
      <p className="status">
        {rules.filter((r) => r.enabled !== false).length} rules in force, {rules.length} in all
      </p>
      <table>
        <Head
          columns={
            admin
              ? ['Rule', 'Priority', 'Tags', 'State', 'Change']
              : ['Rule', 'Priority', 'Tags', 'State']
          }
        />
        <tbody>
          {rules.map((r) => (
            <tr key={r.name}>
              <td>{r.name}</td>
              <td>
                {String(r.priority ?? '')
                  .replace('PRIORITY_', '')
                  .toLowerCase()}
              </td>
              <td>{(r.tags ?? []).join(', ')}</td>
              <td>{r.enabled === false ? 'disabled' : 'enabled'}</td>
              {admin && (
                <td>
                  <button
                    type="button"
                    aria-label={`${r.enabled === false ? 'Enable' : 'Disable'} ${r.name}`}
                    onClick={() => void toggle(r.name, r.enabled === false)}
                  >
                    {r.enabled === false ? 'Enable' : 'Disable'}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {admin && (
        <section aria-labelledby="put-h" className="put">
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
