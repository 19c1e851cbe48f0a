import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { vigil } from '../gen/vigil.js';

// Reflection over the same proto files as the static code, used only for the JSON mapping:
// the static code has no field tables to check names and types against.
const descriptor = JSON.parse(
  readFileSync(new URL('../gen/descriptor.json', import.meta.url), 'utf8'),
) as protobuf.INamespace;
const root = protobuf.Root.fromJSON(descriptor);

/** The reflection descriptor of every proto file (protobufjs JSON), e.g. for gRPC service loaders. */
export function protoDescriptor(): protobuf.INamespace {
  return descriptor;
}

/** Stable code of a JSON mapping error (listed in @vigil/common's error table). */
export const SCHEMA_JSON_ERROR_CODE = 'VGL_ERR_SCHEMA_JSON';

/** Input that does not follow the canonical JSON mapping of a message; `path` says where. */
export class SchemaJsonError extends Error {
  /** Stable error code. */
  readonly code = SCHEMA_JSON_ERROR_CODE;
  /** JSON path of the offending value, such as `$.process.argv[2]`. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'SchemaJsonError';
    this.path = path;
  }
}

// Canonical JSON (https://protobuf.dev/programming-guides/json/): 64-bit integers as decimal
// strings, enums by name, bytes as base64, fields at their default value omitted.
const TO_JSON: protobuf.IConversionOptions = {
  longs: String,
  enums: String,
  bytes: String,
  defaults: false,
  arrays: false,
  objects: false,
  oneofs: false,
  json: true,
};

const INT32 = new Set(['int32', 'sint32', 'sfixed32', 'uint32', 'fixed32']);
const INT64 = new Set(['int64', 'sint64', 'sfixed64', 'uint64', 'fixed64']);
const UNSIGNED = new Set(['uint32', 'fixed32', 'uint64', 'fixed64']);

function lookup(typeName: string): protobuf.Type {
  return root.lookupType(`vigil.v1.${typeName}`);
}

function snakeToCamel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : `a ${typeof value}`;
}

function checkScalar(field: protobuf.Field, value: unknown, path: string): unknown {
  const t = field.type;
  if (field.resolvedType instanceof protobuf.Enum) {
    const values = field.resolvedType.values;
    if (typeof value === 'string' && value in values) return value;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    throw new SchemaJsonError(
      path,
      `expected one of ${Object.keys(values).join(', ')} (enum ${field.resolvedType.name}), got ${describe(value)}`,
    );
  }
  if (t === 'string') {
    if (typeof value === 'string') return value;
  } else if (t === 'bool') {
    if (typeof value === 'boolean') return value;
  } else if (t === 'double' || t === 'float') {
    if (typeof value === 'number') return value;
    if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return Number(value);
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
      return Number(value);
    }
  } else if (INT32.has(t)) {
    const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    if (typeof n === 'number' && Number.isInteger(n)) {
      const min = UNSIGNED.has(t) ? 0 : -0x80000000;
      const max = UNSIGNED.has(t) ? 0xffffffff : 0x7fffffff;
      if (n < min || n > max) throw new SchemaJsonError(path, `${n} is out of range for ${t}`);
      return n;
    }
  } else if (INT64.has(t)) {
    const s = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof s === 'string' && (UNSIGNED.has(t) ? /^\d+$/ : /^-?\d+$/).test(s)) return s;
  } else if (t === 'bytes') {
    if (typeof value === 'string' && /^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) return value;
  }
  throw new SchemaJsonError(path, `expected ${t}, got ${describe(value)}`);
}

function normalizeValue(field: protobuf.Field, value: unknown, path: string): unknown {
  if (field.resolvedType instanceof protobuf.Type) {
    return normalizeMessage(field.resolvedType, value, path);
  }
  return checkScalar(field, value, path);
}

function normalizeMessage(type: protobuf.Type, value: unknown, path: string): object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SchemaJsonError(path, `expected an object (${type.name}), got ${describe(value)}`);
  }
  const out: Record<string, unknown> = {};
  const oneofSeen = new Map<string, string>();
  for (const [key, raw] of Object.entries(value)) {
    const name = snakeToCamel(key);
    const field = type.fields[name];
    const at = `${path}.${key}`;
    if (!field) {
      throw new SchemaJsonError(at, `unknown field of ${type.name}`);
    }
    if (raw === null) continue; // null means the default value in the canonical mapping
    field.resolve();
    if (field.partOf) {
      const other = oneofSeen.get(field.partOf.name);
      if (other) {
        throw new SchemaJsonError(
          at,
          `only one of ${field.partOf.name} may be set (also ${other})`,
        );
      }
      oneofSeen.set(field.partOf.name, key);
    }
    if (field.map) {
      if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new SchemaJsonError(at, `expected an object (map), got ${describe(raw)}`);
      }
      const map: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
        map[k] = normalizeValue(field, v, `${at}[${JSON.stringify(k)}]`);
      }
      out[name] = map;
    } else if (field.repeated) {
      if (!Array.isArray(raw)) {
        throw new SchemaJsonError(at, `expected an array, got ${describe(raw)}`);
      }
      out[name] = raw.map((v, i) => normalizeValue(field, v, `${at}[${i}]`));
    } else {
      out[name] = normalizeValue(field, raw, at);
    }
  }
  return out;
}

/** Message classes of the schema that have a JSON form, by proto name. */
interface StaticMessage<T> {
  fromObject(object: Record<string, unknown>): T;
  toObject(message: T, options?: protobuf.IConversionOptions): Record<string, unknown>;
}

/** Canonical JSON object of a message of type `typeName` (such as `Event`). */
export function messageToJson<T>(
  cls: StaticMessage<T>,
  typeName: string,
  message: T,
): Record<string, unknown> {
  lookup(typeName); // throws early on a wrong type name
  return cls.toObject(message, TO_JSON);
}

/**
 * Parses the canonical JSON object of a message; accepts lowerCamelCase and proto field names.
 * Throws SchemaJsonError naming the path of the first problem: unknown field, wrong type, two
 * members of one oneof.
 */
export function messageFromJson<T>(cls: StaticMessage<T>, typeName: string, json: unknown): T {
  const normalized = normalizeMessage(lookup(typeName), json, '$');
  return cls.fromObject(normalized as Record<string, unknown>);
}

/** Canonical JSON object of an event. */
export function eventToJson(event: vigil.v1.IEvent): Record<string, unknown> {
  const message = event instanceof vigil.v1.Event ? event : vigil.v1.Event.fromObject(event);
  return vigil.v1.Event.toObject(message, TO_JSON);
}

/** Parses the canonical JSON object of an event (see messageFromJson). */
export function eventFromJson(json: unknown): vigil.v1.Event {
  return messageFromJson(vigil.v1.Event, 'Event', json);
}

/** Parses one line of a JSONL event file; errors name the line. */
export function eventFromJsonLine(line: string, lineNumber: number): vigil.v1.Event {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    throw new SchemaJsonError(`line ${lineNumber}`, `not JSON: ${(err as Error).message}`);
  }
  try {
    return eventFromJson(parsed);
  } catch (err) {
    if (err instanceof SchemaJsonError) {
      throw new SchemaJsonError(
        `line ${lineNumber} ${err.path}`,
        err.message.slice(err.path.length + 2),
      );
    }
    throw err;
  }
}
