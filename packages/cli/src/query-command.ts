// `vigil query`: recorded history through the API. It finds the local API and its token by
// itself after `vigil up` (endpoints.json and admin.token in the data directory); VIGIL_API and
// VIGIL_TOKEN point it elsewhere.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VigilError } from '@vigil/common';
import { ApiClient, outputFormat } from './api-client.js';
import { eventLine } from './client-commands.js';

export interface QueryCommandOptions {
  dataDir: string;
  filter?: string;
  since?: string;
  until?: string;
  host?: string[];
  limit?: string;
  output?: 'json' | 'table';
}

const UNITS: Record<string, number> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3 };

/** A time flag: a duration back from now (30m, 2h, 7d) or an RFC 3339 time; nanoseconds as text. */
export function parseTime(text: string, flag: string, nowMs = Date.now()): string {
  const d = /^(\d+(?:\.\d+)?)([smhd])$/.exec(text);
  if (d)
    return String(
      BigInt(Math.round(nowMs - Number(d[1]) * (UNITS[d[2] as string] as number))) * 1_000_000n,
    );
  const t = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(t)) return String(BigInt(t) * 1_000_000n);
  throw new VigilError(
    'VGL_ERR_CLI_USAGE',
    `${flag} takes a duration such as 30m, 2h or 7d, or an RFC 3339 time, not ${JSON.stringify(text)}`,
  );
}

/** Where the API is and the token to use. */
export function locateApi(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): { url: string; token: string } {
  let url = env.VIGIL_API;
  let token = env.VIGIL_TOKEN;
  if (url === undefined || token === undefined) {
    const dir = resolve(dataDir);
    let endpoints: Record<string, string>;
    try {
      endpoints = (
        JSON.parse(readFileSync(join(dir, 'endpoints.json'), 'utf8')) as {
          endpoints: Record<string, string>;
        }
      ).endpoints;
    } catch {
      throw new VigilError(
        'VGL_ERR_CLI_USAGE',
        `no vigil up found in ${dir} (set VIGIL_API and VIGIL_TOKEN, or --data-dir)`,
      );
    }
    url ??= endpoints['api.rest'];
    if (token === undefined && endpoints['api.token'] !== undefined) {
      try {
        token = readFileSync(endpoints['api.token'], 'utf8').trim();
      } catch (err) {
        throw new VigilError(
          'VGL_ERR_CLI_USAGE',
          `cannot read the API token ${endpoints['api.token']}: ${(err as Error).message}`,
        );
      }
    }
  }
  if (!url || !token)
    throw new VigilError(
      'VGL_ERR_CLI_USAGE',
      'no API address or token (set VIGIL_API and VIGIL_TOKEN)',
    );
  return { url, token };
}

/** Runs a query and prints the events: JSON lines when piped or with -o json, a table on a terminal. */
export async function runQuery(
  options: QueryCommandOptions,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  const api = new ApiClient(options.dataDir);
  const limit = options.limit === undefined ? undefined : Number(options.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new VigilError(
      'VGL_ERR_CLI_USAGE',
      `--limit takes a whole number of events, not ${JSON.stringify(options.limit)}`,
    );
  }
  const body = {
    selector: {
      ...(options.filter ? { filter: options.filter } : {}),
      ...(options.host?.length ? { hosts: options.host } : {}),
    },
    ...(options.since ? { sinceNs: parseTime(options.since, '--since') } : {}),
    ...(options.until ? { untilNs: parseTime(options.until, '--until') } : {}),
    ...(limit !== undefined ? { limit } : {}),
  };
  const format = outputFormat(options.output);
  const answer = await api.call<{
    events?: Array<Record<string, unknown>>;
    unansweredHosts?: string[];
    cursor?: string;
  }>('POST', '/v1/query', body);
  for (const e of answer.events ?? [])
    out(format === 'json' ? `${JSON.stringify(e)}\n` : `${eventLine(e)}\n`);
  if (answer.unansweredHosts?.length)
    err(`vigil: no answer from ${answer.unansweredHosts.join(', ')}: their history is missing\n`);
  if (answer.cursor) err(`vigil: more events follow (narrow the query, or raise --limit)\n`);
  return 0;
}
