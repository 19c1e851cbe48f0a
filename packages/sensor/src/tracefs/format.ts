/**
 * Parsing of a tracefs event `format` file (Documentation/trace/events.rst, "Event formats"):
 * the event's numeric ID and the layout of its fields in a raw record.
 */

/** How a field's bytes are to be read. */
export type FieldKind =
  | 'int' // signed or unsigned integer of 1, 2, 4 or 8 bytes
  | 'string' // fixed char array, NUL-terminated within it
  | 'data_loc_string' // __data_loc char[]: a u32 holding (length << 16 | offset) from the record
  | 'bytes'; // other arrays (u8 addr[4], ...)

/** One field of a raw record. */
export interface FieldFormat {
  /** Field name (`common_pid`, `filename`, ...). */
  name: string;
  /** C type as written in the format file. */
  type: string;
  /** Offset from the start of the record. */
  offset: number;
  /** Size in bytes (4 for __data_loc). */
  size: number;
  /** Signedness of integers. */
  signed: boolean;
  /** How to read it. */
  kind: FieldKind;
}

/** The layout of one event. */
export interface EventFormat {
  /** `sched/sched_process_exec`. */
  name: string;
  /** The ID that raw records carry in `common_type`. */
  id: number;
  /** Fields by name. */
  fields: Map<string, FieldFormat>;
}

const FIELD_RE = /^\s*field:(.+?);\s*offset:(\d+);\s*size:(\d+);\s*signed:(\d+);/;

/** Parses the text of one `format` file. Throws naming the line that does not parse. */
export function parseFormat(name: string, text: string): EventFormat {
  let id: number | undefined;
  const fields = new Map<string, FieldFormat>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('ID:')) {
      id = Number(line.slice(3).trim());
      continue;
    }
    if (!line.includes('field:')) continue;
    const m = FIELD_RE.exec(line);
    if (!m) throw new Error(`${name}/format:${i + 1}: cannot parse field line: ${line.trim()}`);
    const decl = (m[1] as string).trim();
    const offset = Number(m[2]);
    const size = Number(m[3]);
    const signed = m[4] === '1';
    // The declaration ends with the name, possibly followed by an array size: `char comm[16]`.
    const dm = /^(.*?)([A-Za-z_][A-Za-z0-9_]*)\s*(\[[^\]]*\])?$/.exec(decl);
    if (!dm) throw new Error(`${name}/format:${i + 1}: cannot parse declaration: ${decl}`);
    const type = (dm[1] as string).trim();
    const fieldName = dm[2] as string;
    const array = dm[3];
    let kind: FieldKind;
    if (type.startsWith('__data_loc')) kind = 'data_loc_string';
    else if (array && /\bchar\b/.test(type)) kind = 'string';
    else if (array) kind = 'bytes';
    else kind = size <= 8 ? 'int' : 'bytes';
    fields.set(fieldName, {
      name: fieldName,
      type: array ? `${type}${array}` : type,
      offset,
      size,
      signed,
      kind,
    });
  }
  if (id === undefined || !Number.isInteger(id)) throw new Error(`${name}/format: no ID line`);
  return { name, id, fields };
}

/** A field of a format that must exist; throws naming the event when it does not. */
export function requireField(format: EventFormat, field: string): FieldFormat {
  const f = format.fields.get(field);
  if (!f) throw new Error(`${format.name}: the kernel's format has no field '${field}'`);
  return f;
}

/** Reads an integer field of a record at `base` in `buf` (little-endian, x86-64 and arm64). */
export function readInt(buf: Buffer, base: number, f: FieldFormat): number {
  const at = base + f.offset;
  switch (f.size) {
    case 1:
      return f.signed ? buf.readInt8(at) : buf.readUInt8(at);
    case 2:
      return f.signed ? buf.readInt16LE(at) : buf.readUInt16LE(at);
    case 4:
      return f.signed ? buf.readInt32LE(at) : buf.readUInt32LE(at);
    case 8:
      // Precise to 2^53: pids, counts, ids, return values. Pointers are read as bytes.
      return Number(f.signed ? buf.readBigInt64LE(at) : buf.readBigUInt64LE(at));
    default:
      throw new Error(`${f.name}: integer of ${f.size} bytes`);
  }
}

/** Reads a string field (fixed array or __data_loc) of a record at `base`. */
export function readString(buf: Buffer, base: number, f: FieldFormat): string {
  let start: number;
  let end: number;
  if (f.kind === 'data_loc_string') {
    const loc = buf.readUInt32LE(base + f.offset);
    start = base + (loc & 0xffff);
    end = start + (loc >>> 16);
  } else {
    start = base + f.offset;
    end = start + f.size;
  }
  const nul = buf.indexOf(0, start);
  if (nul >= 0 && nul < end) end = nul;
  return buf.toString('utf8', start, end);
}
