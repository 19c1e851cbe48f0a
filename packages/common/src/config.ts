import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { ConfigError } from './errors.js';
import type { ConfigProblem } from './errors.js';

/** A JSON Schema (draft 7 subset understood by ajv). */
export type JsonSchema = Record<string, unknown>;

/** Where configuration comes from, lowest precedence first: defaults, file, env, flags. */
export interface ConfigSources {
  /** Path of a YAML file; absent means none. */
  file?: string;
  /** Environment; variables `<prefix><SECTION>__<KEY>` map onto the schema (VIGIL_NATS__PORT). */
  env?: Record<string, string | undefined>;
  /** Prefix of environment variables; `VIGIL_` by default. */
  envPrefix?: string;
  /** Values from command-line flags, by config path (`nats.port`), with the flag's name. */
  flags?: Array<{ path: string; value: unknown; flag: string }>;
}

const DEFAULT_ENV_PREFIX = 'VIGIL_';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function setPath(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (!isObject(next)) node[key] = {};
    node = node[key] as Json;
  }
  node[path[path.length - 1] as string] = value;
}

function merge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = isObject(v) && isObject(out[k]) ? merge(out[k], v) : v;
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Schema paths (as arrays of camelCase keys) of every property, to map env names onto. */
function schemaPaths(schema: JsonSchema, prefix: string[] = []): string[][] {
  const props = schema.properties;
  if (!isObject(props)) return prefix.length ? [prefix] : [];
  const out: string[][] = prefix.length ? [prefix] : [];
  for (const [k, sub] of Object.entries(props)) {
    out.push(...schemaPaths(isObject(sub) ? sub : {}, [...prefix, k]));
  }
  return out;
}

function envName(prefix: string, path: readonly string[]): string {
  return prefix + path.map((p) => p.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()).join('__');
}

/** Parses an environment or flag string the way a YAML scalar would be: 8 is a number. */
function parseScalar(text: string): unknown {
  const doc = parseDocument(text);
  const node = doc.contents;
  return isScalar(node) && doc.errors.length === 0 ? node.toJSON() : text;
}

function readYaml(file: string): { data: Json; locate: (path: string[]) => string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(
      'VGL_ERR_CONFIG_FILE',
      `cannot read config file ${file}: ${(err as Error).message}`,
      [],
      { cause: err },
    );
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      return {
        path: '',
        message: e.message.split('\n')[0] ?? e.message,
        source: `file ${file}:${pos.line}:${pos.col}`,
      };
    });
    throw new ConfigError(
      'VGL_ERR_CONFIG_FILE',
      `config file ${file} is not valid YAML:\n${problems.map((p) => `  ${p.source}: ${p.message}`).join('\n')}`,
      problems,
    );
  }
  const data = doc.toJSON() as unknown;
  if (data != null && !isObject(data)) {
    throw new ConfigError(
      'VGL_ERR_CONFIG_FILE',
      `config file ${file}: the top level must be a mapping`,
    );
  }
  const locate = (path: string[]): string => {
    // Point at the key of the deepest entry that exists on the path.
    for (let n = path.length; n >= 1; n--) {
      const parent: unknown = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
      if (!isMap(parent)) continue;
      const pair = parent.items.find(
        (it) => isScalar(it.key) && String(it.key.value) === path[n - 1],
      );
      const key = pair?.key as YamlNode | undefined;
      if (key?.range) {
        const pos = lineCounter.linePos(key.range[0]);
        return `file ${file}:${pos.line}:${pos.col}`;
      }
    }
    return `file ${file}`;
  };
  return { data: data ?? {}, locate };
}

function describeError(e: ErrorObject): { path: string[]; message: string } {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'additionalProperties') {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    return { path: [...path, extra], message: `unknown setting '${extra}'` };
  }
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
    return { path, message: `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}` };
  }
  return { path, message: e.message ?? e.keyword };
}

/**
 * Loads configuration from defaults (in the schema), a YAML file, the environment and flags,
 * validates it once against `schema` (unknown settings are errors), and returns it frozen.
 * Every problem is reported at once, each with the place its value came from.
 */
export function loadConfig<T>(schema: JsonSchema, sources: ConfigSources = {}): Readonly<T> {
  const origin = new Map<string, string>();
  let merged: Json = {};

  let locate: ((path: string[]) => string) | undefined;
  if (sources.file !== undefined) {
    const yaml = readYaml(sources.file);
    merged = merge(merged, yaml.data);
    locate = yaml.locate;
  }

  const prefix = sources.envPrefix ?? DEFAULT_ENV_PREFIX;
  const env = sources.env ?? {};
  for (const path of schemaPaths(schema)) {
    const name = envName(prefix, path);
    const raw = env[name];
    if (raw === undefined) continue;
    setPath(merged, path, parseScalar(raw));
    origin.set(path.join('/'), `env ${name}`);
  }

  for (const flag of sources.flags ?? []) {
    const path = flag.path.split('.');
    const value = typeof flag.value === 'string' ? parseScalar(flag.value) : flag.value;
    setPath(merged, path, value);
    origin.set(path.join('/'), `flag ${flag.flag}`);
  }

  const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true });
  const validate = ajv.compile(schema);
  if (!validate(merged)) {
    const problems: ConfigProblem[] = (validate.errors ?? []).map((e) => {
      const { path, message } = describeError(e);
      let source = 'default';
      for (let n = path.length; n >= 0; n--) {
        const o = origin.get(path.slice(0, n).join('/'));
        if (o) {
          source = o;
          break;
        }
      }
      if (source === 'default' && locate) source = locate(path);
      return { path: `/${path.join('/')}`, message, source };
    });
    const lines = problems.map((p) => `  ${p.path} (${p.source}): ${p.message}`);
    throw new ConfigError(
      'VGL_ERR_CONFIG_INVALID',
      `invalid configuration:\n${lines.join('\n')}`,
      problems,
    );
  }
  return deepFreeze(merged as T);
}
