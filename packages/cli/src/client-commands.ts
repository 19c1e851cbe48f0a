// The client verbs besides `vigil query`: tail, alerts, tree, hunt, sensors, rules list|put. Each
// goes through the API (the local vigil up by default; VIGIL_API / VIGIL_TOKEN elsewhere) and
// prints JSON lines when piped or with -o json, a readable table on a terminal.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { VigilError } from '@vigil/common';
import { kindOf } from '@vigil/schema';
import { ApiClient, type ClientOptions, colour, isoOfNs, outputFormat } from './api-client.js';
import { parseTime } from './query-command.js';

type Write = (text: string) => void;

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** One event as a table line: time, host, kind, pid, command, what it touched. */
export function eventLine(e: Record<string, unknown>): string {
  const kind = kindOf(e) ?? '?';
  const p = (e.process ?? {}) as { pid?: number; comm?: string };
  const payload = (e[kind] ?? {}) as Record<string, unknown>;
  const remote = payload.remote as { address?: string; port?: number } | undefined;
  const what =
    str(payload.path) ||
    str(payload.filename) ||
    (remote?.address ? `${remote.address}:${remote.port ?? 0}` : '');
  return `${isoOfNs(e.timeNs)}  ${str(e.host)}  ${kind.padEnd(14)} ${String(p.pid ?? '').padStart(7)} ${(p.comm ?? '').padEnd(15)} ${what}`;
}

/** One alert as a table line, coloured by its priority. */
export function alertLine(a: Record<string, unknown>): string {
  const priority = str(a.priority);
  const name = priority.replace(/^PRIORITY_/, '').padEnd(9);
  return `${isoOfNs(a.timeNs)}  ${str(a.host)}  ${colour(name, priority)} ${str(a.rule)}: ${str(a.output)}`;
}

function timeRange(o: { since?: string; until?: string }): Record<string, string> {
  return {
    ...(o.since ? { sinceNs: parseTime(o.since, '--since') } : {}),
    ...(o.until ? { untilNs: parseTime(o.until, '--until') } : {}),
  };
}

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** Stops on SIGINT/SIGTERM by aborting the stream (the command then ends normally). */
function abortOnSignals(): AbortController {
  const abort = new AbortController();
  for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => abort.abort());
  return abort;
}

export interface TailOptions extends ClientOptions {
  filter?: string;
  host?: string[];
  kind?: string[];
  limit?: string;
  rate?: string;
}

/** `vigil tail`: live events as they happen. */
export async function runTail(o: TailOptions, out: Write, err: Write): Promise<number> {
  const api = new ApiClient(o.dataDir);
  const format = outputFormat(o.output);
  const abort = abortOnSignals();
  const reason = await api.stream(
    `/v1/subscribe${query({
      filter: o.filter,
      hosts: o.host?.join(','),
      kinds: o.kind?.join(','),
      limit: o.limit,
      maxEventsPerSecond: o.rate,
    })}`,
    (event, data) => {
      if (event === 'lost')
        err(`vigil: ${str(data.count)} events not shown (${str(data.stage)})\n`);
      else out(format === 'json' ? `${JSON.stringify(data)}\n` : `${eventLine(data)}\n`);
    },
    abort.signal,
  );
  if (reason !== undefined && reason !== 'limit') err(`vigil: the stream ended: ${reason}\n`);
  return 0;
}

export interface AlertsOptions extends ClientOptions {
  since?: string;
  until?: string;
  priority?: string;
  rule?: string[];
  limit?: string;
  follow?: boolean;
}

/** `vigil alerts [--follow]`: recorded alerts, newest first; with --follow, new ones as raised. */
export async function runAlerts(o: AlertsOptions, out: Write, err: Write): Promise<number> {
  const api = new ApiClient(o.dataDir);
  const format = outputFormat(o.output);
  const print = (a: Record<string, unknown>) =>
    out(format === 'json' ? `${JSON.stringify(a)}\n` : `${alertLine(a)}\n`);
  const listed = await api.call<{ alerts: Array<Record<string, unknown>>; cursor?: string }>(
    'GET',
    `/v1/alerts${query({
      ...timeRange(o),
      minPriority: o.priority,
      rules: o.rule?.join(','),
      limit: o.limit,
    })}`,
  );
  // Oldest first on the screen, so that --follow continues below.
  for (const a of [...listed.alerts].reverse()) print(a);
  if (listed.cursor) err('vigil: older alerts not shown (raise --limit or narrow --since)\n');
  if (!o.follow) return 0;
  const abort = abortOnSignals();
  const reason = await api.stream(
    `/v1/alerts/stream${query({ minPriority: o.priority, rules: o.rule?.join(',') })}`,
    (event, data) => {
      if (event === 'event') print(data);
      else if (event === 'lost') err(`vigil: ${str(data.count)} alerts not shown\n`);
    },
    abort.signal,
  );
  if (reason !== undefined) err(`vigil: the stream ended: ${reason}\n`);
  return 0;
}

interface TreeNode {
  process?: Record<string, unknown>;
  events?: Array<Record<string, unknown>>;
  children?: TreeNode[];
}

/** `vigil tree <process_uid>`: a process, its ancestors and descendants, and what each did. */
export async function runTree(
  processUid: string,
  o: ClientOptions & { depth?: string },
  out: Write,
): Promise<number> {
  const api = new ApiClient(o.dataDir);
  const tree = await api.call<{ ancestors?: Array<Record<string, unknown>>; root?: TreeNode }>(
    'GET',
    `/v1/tree/${encodeURIComponent(processUid)}${query({ depth: o.depth })}`,
  );
  if (outputFormat(o.output) === 'json') {
    out(`${JSON.stringify(tree)}\n`);
    return 0;
  }
  const name = (p: Record<string, unknown> | undefined) =>
    `${str(p?.comm) || '?'} [${str(p?.pid)}] ${((p?.argv as string[] | undefined) ?? []).join(' ')}`;
  for (const a of [...(tree.ancestors ?? [])].reverse()) out(`  ${name(a)}\n`);
  const walk = (node: TreeNode, indent: string) => {
    out(`${indent}${name(node.process)}\n`);
    for (const e of node.events ?? []) out(`${indent}    ${eventLine(e)}\n`);
    for (const c of node.children ?? []) walk(c, `${indent}  `);
  };
  if (tree.root) walk(tree.root, '');
  return 0;
}

/** `vigil hunt <rules.yaml>`: the alerts a rules file would have raised over recorded history. */
export async function runHunt(
  file: string,
  o: ClientOptions & { since?: string; until?: string; host?: string[] },
  out: Write,
  err: Write,
): Promise<number> {
  let rulesYaml: string;
  try {
    rulesYaml = readFileSync(file, 'utf8');
  } catch (e) {
    throw new VigilError('VGL_ERR_CLI_USAGE', `cannot read ${file}: ${(e as Error).message}`);
  }
  const api = new ApiClient(o.dataDir);
  const started = Date.now();
  err(`vigil: hunting with ${basename(file)}${o.since ? ` since ${o.since}` : ''}...\n`);
  const answer = await api.call<{ alerts: Array<Record<string, unknown>>; truncated?: boolean }>(
    'POST',
    '/v1/hunt',
    { rulesYaml, ...timeRange(o), ...(o.host?.length ? { hosts: o.host } : {}) },
  );
  const format = outputFormat(o.output);
  for (const a of answer.alerts)
    out(format === 'json' ? `${JSON.stringify(a)}\n` : `${alertLine(a)}\n`);
  err(
    `vigil: ${answer.alerts.length} alert(s) in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      `${answer.truncated ? ' (cut at the API limit; narrow --since)' : ''}\n`,
  );
  return 0;
}

/** `vigil sensors`: the fleet's sensors, their rates, losses and health. */
export async function runSensors(
  o: ClientOptions & { host?: string[] },
  out: Write,
): Promise<number> {
  const api = new ApiClient(o.dataDir);
  const { sensors } = await api.call<{ sensors: Array<Record<string, unknown>> }>(
    'GET',
    `/v1/sensors${query({ hosts: o.host?.join(',') })}`,
  );
  if (outputFormat(o.output) === 'json') {
    for (const s of sensors) out(`${JSON.stringify(s)}\n`);
    return 0;
  }
  out('SENSOR                      HOST            STATE   EVENTS/S   CPU    RSS MiB  LAST SEEN\n');
  for (const s of sensors) {
    const st = (s.status ?? {}) as Record<string, unknown>;
    const state = s.stale ? colour('stale  ', 'PRIORITY_ERROR') : 'ok     ';
    out(
      `${str(s.sensorId).padEnd(27)} ${str(s.host).padEnd(15)} ${state} ${Number(
        st.eventsPerSecond ?? 0,
      )
        .toFixed(0)
        .padStart(8)}  ${Number(st.cpuCores ?? 0)
        .toFixed(2)
        .padStart(
          5,
        )} ${(Number(st.rssBytes ?? 0) / 1024 ** 2).toFixed(0).padStart(8)}  ${isoOfNs(s.lastSeenNs)}\n`,
    );
  }
  return 0;
}

/** `vigil rules list`: the rules in force through the API. */
export async function runRulesList(o: ClientOptions, out: Write): Promise<number> {
  const api = new ApiClient(o.dataDir);
  const { rules } = await api.call<{ rules: Array<Record<string, unknown>> }>('GET', '/v1/rules');
  for (const r of rules) {
    if (outputFormat(o.output) === 'json') out(`${JSON.stringify(r)}\n`);
    else
      out(
        `${r.enabled ? 'on ' : 'off'}  ${colour(
          str(r.priority)
            .replace(/^PRIORITY_/, '')
            .padEnd(9),
          str(r.priority),
        )} ${str(r.name)}  (${str(r.file)})\n`,
      );
  }
  return 0;
}

/** `vigil rules put <file>`: installs a rules file through the API (admin); detectors reload. */
export async function runRulesPut(file: string, o: ClientOptions, out: Write): Promise<number> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new VigilError('VGL_ERR_CLI_USAGE', `cannot read ${file}: ${(e as Error).message}`);
  }
  const api = new ApiClient(o.dataDir);
  const name = basename(file);
  const answer = await api.call<{ rules: number; problems: Array<Record<string, unknown>> }>(
    'PUT',
    `/v1/rules/${encodeURIComponent(name)}`,
    { content },
  );
  out(`${name}: ${answer.rules} rule(s) installed; the detectors reload them\n`);
  for (const p of answer.problems)
    out(`  ${str(p.file)}:${str(p.line)}:${str(p.column)}: warning: ${str(p.message)}\n`);
  return 0;
}
