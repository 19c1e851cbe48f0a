// A process and what it did: its ancestors, then the tree of its children, each process with its
// execs, files and connections on a timeline; its container when it ran in one.
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, call, timeOf, text } from '../api';

/** Asks for a process not (yet) in the recorded history this many times, this far apart. */
const NOT_FOUND_ATTEMPTS = 3;
const NOT_FOUND_RETRY_MS = 1_000;

type Json = Record<string, unknown>;
interface TreeNode {
  process?: Json;
  events: Json[];
  children: TreeNode[];
}
interface Tree {
  ancestors: Array<{ pid: number; comm: string; exe: string; processUid: string }>;
  root: TreeNode;
}

const KINDS = [
  'processExec',
  'processFork',
  'processExit',
  'fileOpen',
  'fileRename',
  'fileUnlink',
  'fileChmod',
  'fileLink',
  'fileMkdir',
  'processPtrace',
  'netSocket',
  'socketDup',
  'processSetuid',
  'processSetgid',
  'namespaceChange',
  'bpfProgramLoad',
  'netConnect',
  'netAccept',
  'netListen',
  'containerLifecycle',
];

/** One event as a line of the timeline: its kind and what it touched. */
function what(e: Json): [string, string] {
  const kind =
    KINDS.find((k) => e[k] !== undefined) ??
    Object.keys(e).find(
      (k) =>
        !['id', 'sensorId', 'host', 'timeNs', 'monoNs', 'seq', 'process', 'container'].includes(k),
    ) ??
    'event';
  const p = (e[kind] ?? {}) as Json;
  const remote = p.remote as { address?: string; port?: number } | undefined;
  const link = p.linkPath as string | undefined;
  const detail =
    (kind === 'processPtrace'
      ? `request ${(p.request as number | undefined) ?? 0} to pid ${(p.targetPid as number | undefined) ?? 0}`
      : undefined) ??
    (p.path as string | undefined) ??
    (link ? `${link} -> ${(p.target as string | undefined) ?? ''}` : undefined) ??
    (p.filename as string | undefined) ??
    (remote ? `${remote.address ?? ''}:${remote.port ?? ''}` : '');
  const argv =
    kind === 'processExec'
      ? (((e.process as Json | undefined)?.argv as string[] | undefined) ?? []).join(' ')
      : '';
  return [kind, argv || detail || ''];
}

/** The container a process's events name, if any. */
function containerOf(node: TreeNode): Json | undefined {
  return node.events.find((e) => e.container)?.container as Json | undefined;
}

function Process({ node }: { node: TreeNode }) {
  const p = node.process ?? {};
  const container = containerOf(node);
  return (
    <li>
      <details open>
        <summary>
          <strong>{text(p.comm, '?')}</strong> pid {text(p.pid, '?')} — {text(p.exe)}{' '}
          <code>{text(p.processUid)}</code>
          {container?.id ? (
            <span className="container"> in container {text(container.name ?? container.id)}</span>
          ) : null}
        </summary>
        <ol className="timeline">
          {node.events.map((e) => {
            const [kind, detail] = what(e);
            return (
              <li key={text(e.id)}>
                <time>{timeOf(e.timeNs)}</time> <span className="kind">{kind}</span> {detail}
              </li>
            );
          })}
        </ol>
        {node.children.length > 0 && (
          <ul className="tree">
            {node.children.map((c, i) => (
              <Process key={text(c.process?.processUid ?? i)} node={c} />
            ))}
          </ul>
        )}
      </details>
    </li>
  );
}

/** The container the process ran in, and a search of everything that happened in it. */
function Container({ node }: { node: TreeNode }) {
  const c = containerOf(node);
  if (!c?.id) return <p>Ran on the host, in no container.</p>;
  return (
    <section aria-labelledby="container-h">
      <h2 id="container-h">Container</h2>
      <dl className="container-view">
        <dt>Name</dt>
        <dd>{text(c.name)}</dd>
        <dt>Id</dt>
        <dd>
          <code>{text(c.id)}</code>
        </dd>
        <dt>Image</dt>
        <dd>{text(c.image)}</dd>
        <dt>Runtime</dt>
        <dd>{text(c.runtime)}</dd>
      </dl>
      <p>
        Everything in it: search <code>container.id = {text(c.id).slice(0, 12)}</code>.
      </p>
    </section>
  );
}

export function Investigate({ processUid }: { processUid: string | undefined }) {
  const [uid, setUid] = useState(processUid ?? '');
  const [tree, setTree] = useState<Tree | null>(null);
  const [error, setError] = useState('');
  // Bumped by Open on the process already shown: the same address, asked again. The recorder
  // commits a moment after an alert is raised, and a process's history grows while it runs.
  const [asked, setAsked] = useState(0);
  // In flight: asked for a process, and neither its tree nor an error has come back yet.
  const looking = Boolean(processUid) && tree === null && error === '';
  useEffect(() => {
    if (!processUid) return;
    let gone = false;
    setTree(null);
    setError('');
    // The recorder commits a moment after the detector sees an event: a process opened from a
    // fresh alert can be missing for that moment, so "not found" is asked again before it shows.
    const ask = async (attempt: number): Promise<Tree> => {
      try {
        return await call<Tree>('GET', `/v1/tree/${encodeURIComponent(processUid)}`);
      } catch (e) {
        const notYet = e instanceof ApiError && e.code === 'VGL_ERR_NOT_FOUND';
        if (gone || !notYet || attempt >= NOT_FOUND_ATTEMPTS) throw e;
        await new Promise((r) => setTimeout(r, NOT_FOUND_RETRY_MS));
        if (gone) throw e;
        return ask(attempt + 1);
      }
    };
    ask(1).then(
      (t) => {
        if (!gone) setTree(t);
      },
      (e: Error) => {
        if (!gone) setError(e.message);
      },
    );
    return () => {
      gone = true;
    };
  }, [processUid, asked]);
  const go = (e: FormEvent) => {
    e.preventDefault();
    const hash = `#/investigate/${encodeURIComponent(uid.trim())}`;
    if (location.hash === hash) setAsked((n) => n + 1);
    else location.hash = hash;
  };
  return (
    <>
      <h1>Investigate</h1>
      <form className="filters" onSubmit={go}>
        <label htmlFor="uid">Process uid</label>
        <input
          id="uid"
          value={uid}
          onChange={(e) => setUid(e.target.value)}
          placeholder="host:pid:start"
        />
        <button type="submit">Open</button>
      </form>
      {looking && <p role="status">Looking in the recorded history…</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {tree && (
        <section aria-labelledby="tree-h">
          <h2 id="tree-h">Process tree</h2>
          {tree.ancestors.length > 0 && (
            <p className="ancestors">
              Ancestors: {tree.ancestors.map((a) => `${a.comm} (${a.pid})`).join(' → ')}
            </p>
          )}
          <ul className="tree">
            <Process node={tree.root} />
          </ul>
          <Container node={tree.root} />
        </section>
      )}
    </>
  );
}
