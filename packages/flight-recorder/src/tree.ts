// The process tree around one process: its ancestors (as its own events recorded them), and it
// and its descendants (followed through fork events, generation by generation), each with
// what it did.
import { type vigil, eventToJson } from '@vigil/schema';
import { prepareQuery, runQuery } from './query.js';
import type { RecorderStore } from './store.js';

/** Most events listed per process. */
const EVENTS_PER_PROCESS = 10_000;

interface Node {
  process: Record<string, unknown> | undefined;
  events: Record<string, unknown>[];
  children: Node[];
}

function quoted(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

async function eventsOf(store: RecorderStore, uid: string): Promise<vigil.v1.Event[]> {
  const q = prepareQuery({ filter: `proc.uid = ${quoted(uid)}`, limit: EVENTS_PER_PROCESS });
  const out: vigil.v1.Event[] = [];
  for await (const e of runQuery(store, q)) out.push(e);
  return out;
}

/** The process as its latest event describes it (after its last exec). */
function describe(events: vigil.v1.Event[]): vigil.v1.IProcess | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const p = events[i]?.process;
    if (p != null) return p;
  }
  return undefined;
}

function processJson(p: vigil.v1.IProcess | undefined): Record<string, unknown> | undefined {
  if (p == null) return undefined;
  const json = eventToJson({ process: p }).process as Record<string, unknown>;
  delete json.ancestors;
  return json;
}

/** The tree around `uid`, as JSON (the canonical JSON of ProcessTreeResponse's fields). */
export async function processTree(
  store: RecorderStore,
  uid: string,
  depth: number,
): Promise<{ ancestors: Record<string, unknown>[]; root: Node }> {
  const seen = new Set<string>();
  // Each process as its own events describe it, kept for the ancestors of the root.
  const described = new Map<string, vigil.v1.IProcess | undefined>();
  const build = async (id: string, left: number): Promise<Node> => {
    seen.add(id);
    const events = await eventsOf(store, id);
    const own = events.filter((e) => e.process?.processUid === id);
    const children: Node[] = [];
    if (left > 0) {
      for (const e of own) {
        const child = e.processFork?.childProcessUid;
        if (child && !e.processFork?.isThread && !seen.has(child))
          children.push(await build(child, left - 1));
      }
    }
    const process = describe(own);
    described.set(id, process);
    return {
      process: processJson(process),
      events: own.map((e) => eventToJson(e)),
      children,
    };
  };
  const root = await build(uid, depth);
  const ancestors = (described.get(uid)?.ancestors ?? []).map((a) => ({
    pid: a.pid ?? 0,
    processUid: a.processUid ?? '',
    exe: a.exe ?? '',
    comm: a.comm ?? '',
    argv: a.argv ?? [],
  }));
  return { ancestors, root };
}
