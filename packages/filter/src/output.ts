// Output templates: `%field` (with an optional `[arg]`) replaced by the event's value, `<NA>`
// when it has none, as Falco renders them. `%container.info` is Falco's shorthand for the
// container's id and name.
import type { EventContext } from './event-context.js';
import { FIELD_CATALOGUE, type FieldValue, lookupField } from './fields.js';
import { FALCO_FIELD_CLASSES } from './fields.js';

/** Falco prints this for a field with no value. */
export const NOT_AVAILABLE = '<NA>';

export interface CompiledOutput {
  /** Fields used, as written (`proc.aname[2]`). */
  fields: readonly string[];
  /** Fields Vigil cannot supply: they render as <NA>. */
  gaps: readonly string[];
  /** Fields of no class Falco knows: they render as written. */
  unknown: readonly string[];
  render(ctx: EventContext): string;
  /** The value of each field, as rendered. */
  values(ctx: EventContext): Record<string, string>;
}

const RE_FIELD = /%([a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z0-9_]+)+)(?:\[([^\]\s]*)\])?/g;

type Part = string | ((ctx: EventContext) => FieldValue);

function text(v: FieldValue): string {
  return v === undefined || v === '' ? NOT_AVAILABLE : String(v);
}

/** Compiles an output template. */
export function compileOutput(template: string): CompiledOutput {
  const expanded = template.replace(
    /%container\.info\b/g,
    'container_id=%container.id container_name=%container.name',
  );
  const parts: Part[] = [];
  const getters: Array<[string, (ctx: EventContext) => FieldValue]> = [];
  const gaps: string[] = [];
  const unknown: string[] = [];
  let last = 0;
  for (const m of expanded.matchAll(RE_FIELD)) {
    const [whole, name = '', arg] = m;
    const written = arg === undefined ? name : `${name}[${arg}]`;
    parts.push(expanded.slice(last, m.index));
    last = m.index + whole.length;
    const get = getter(name, arg);
    if (get === undefined) {
      const cls = name.slice(0, name.indexOf('.'));
      if (FALCO_FIELD_CLASSES.has(cls)) {
        gaps.push(written);
        parts.push(() => undefined);
      } else {
        unknown.push(written);
        parts.push(whole);
      }
      continue;
    }
    parts.push(get);
    getters.push([written, get]);
  }
  parts.push(expanded.slice(last));
  return {
    fields: getters.map(([n]) => n),
    gaps,
    unknown,
    render(ctx) {
      let out = '';
      for (const p of parts) out += typeof p === 'string' ? p : text(p(ctx));
      return out;
    },
    values(ctx) {
      const out: Record<string, string> = {};
      for (const [n, g] of getters) out[n] = text(g(ctx));
      return out;
    },
  };
}

function getter(
  name: string,
  arg: string | undefined,
): ((ctx: EventContext) => FieldValue) | undefined {
  const found = lookupField(name);
  if (found === undefined) return undefined;
  const { def } = found;
  if (def.arg === 'ancestor') {
    const n = arg === undefined ? 1 : Number(arg);
    if (!Number.isInteger(n) || n < 0) return undefined;
    return (ctx) => def.extract(ctx, n);
  }
  if (def.arg === 'key') {
    const key = found.key ?? arg;
    if (key === undefined) return undefined;
    return (ctx) => def.extract(ctx, key);
  }
  if (arg !== undefined) return undefined;
  return FIELD_CATALOGUE.has(name) ? (ctx) => def.extract(ctx, undefined) : undefined;
}
