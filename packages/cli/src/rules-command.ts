// `vigil rules validate|test|fields`: for rule authors and their CI.
import { createReadStream, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { VigilError } from '@vigil/common';
import {
  Alerter,
  BUILTIN_RULES_FILE,
  Engine,
  PRIORITIES,
  type CompileResult,
  type RuleMatching,
  Ruleset,
  formatProblem,
} from '@vigil/detect';
import { EVT_TYPES, FIELD_CATALOGUE } from '@vigil/filter';
import { Alert, SchemaJsonError, eventFromJsonLine, messageToJson } from '@vigil/schema';

type Write = (text: string) => void;

/** Loads rules files in order (Vigil's own when none is named) and compiles them. */
export function loadRules(files: readonly string[]): { result: CompileResult; files: string[] } {
  const paths = files.length > 0 ? [...files] : [BUILTIN_RULES_FILE];
  const ruleset = new Ruleset();
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new VigilError(
        'VGL_ERR_RULES_LOAD',
        `cannot read rules file ${path}: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    ruleset.load(path, text);
  }
  return { result: ruleset.compile(), files: paths };
}

/** `vigil rules validate`: prints what compiles and what does not; returns the exit code. */
export function validateRules(files: readonly string[], out: Write, err: Write): number {
  const { result, files: paths } = loadRules(files);
  const errors = result.problems.filter((p) => p.severity === 'error');
  const gapRules = result.skipped.filter((s) => s.reason === 'unsupported-fields');
  const otherSource = result.skipped.filter((s) => s.reason === 'unsupported-source');
  const disabled = result.skipped.filter((s) => s.reason === 'disabled');
  const noEvents = result.skipped.filter((s) => s.reason === 'unsupported-events');
  out(
    `${paths.length} file(s), ${result.total} rules: ${result.compiled} compile` +
      ` (${result.rules.length} run, ${noEvents.length} wait for events Vigil does not report yet,` +
      ` ${disabled.length} disabled),` +
      ` ${gapRules.length} need fields Vigil cannot supply yet,` +
      ` ${otherSource.length} of other sources, ${errors.length} error(s)\n`,
  );
  for (const s of gapRules) {
    out(
      `  ${basename(s.where.file)}:${s.where.line} rule "${s.name}": needs ${s.fields.join(', ')}\n`,
    );
  }
  for (const s of noEvents) {
    out(
      `  ${basename(s.where.file)}:${s.where.line} rule "${s.name}": matches only ` +
        `${s.fields.length > 0 ? `${s.fields.join(', ')} events` : 'no event'}, which Vigil does not report yet\n`,
    );
  }
  for (const s of otherSource) {
    out(
      `  ${basename(s.where.file)}:${s.where.line} rule "${s.name}": source Vigil does not have\n`,
    );
  }
  for (const p of result.problems) {
    if (p.severity === 'warning' && !/does not run$/.test(p.message)) err(`${formatProblem(p)}\n`);
  }
  for (const p of errors) err(`${formatProblem(p)}\n`);
  return errors.length > 0 ? 1 : 0;
}

export interface RulesTestOptions {
  events: string;
  ruleMatching: RuleMatching;
  output: 'text' | 'json';
  dedupWindowMs: number;
}

/** `vigil rules test`: runs rules over a replay file and prints the alerts; returns the exit code. */
export async function testRules(
  files: readonly string[],
  options: RulesTestOptions,
  out: Write,
  err: Write,
): Promise<number> {
  const { result } = loadRules(files);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    for (const p of errors) err(`${formatProblem(p)}\n`);
    return 1;
  }
  const engine = new Engine(result.rules, { ruleMatching: options.ruleMatching });
  // Alerts are timed by their events, so that a replay gives the same deduplication as live.
  let eventMs = 0;
  const alerter = new Alerter({
    detectorId: 'vigil-rules-test',
    dedupWindowMs: options.dedupWindowMs,
    now: () => eventMs,
  });
  const lines = createInterface({ input: createReadStream(options.events), crlfDelay: Infinity });
  let lineNumber = 0;
  let events = 0;
  let alerts = 0;
  const bad: string[] = [];
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      let event;
      try {
        event = eventFromJsonLine(line, lineNumber);
      } catch (e) {
        if (!(e instanceof SchemaJsonError)) throw e;
        bad.push(`${options.events}: ${e.message}`);
        continue;
      }
      events++;
      eventMs = event.timeNs == null ? Date.now() : Number(event.timeNs) / 1e6;
      engine.process(event, (rule, ctx) => {
        const alert = alerter.alert(rule, ctx);
        if (alert === undefined) return;
        alerts++;
        if (options.output === 'json') {
          const json = messageToJson(
            Alert,
            'Alert',
            Alert.fromObject(alert as Record<string, unknown>),
          );
          out(`${JSON.stringify(json)}\n`);
        } else {
          const time = new Date(eventMs).toISOString();
          const priority = rule.priority.charAt(0).toUpperCase() + rule.priority.slice(1);
          out(`${time} ${priority}: ${alert.output ?? ''} [rule: ${rule.name}]\n`);
        }
      });
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      throw new VigilError(
        'VGL_ERR_CLI_USAGE',
        `cannot read events file ${options.events}: ${(e as Error).message}`,
      );
    }
    throw e;
  }
  for (const b of bad.slice(0, 20)) err(`${b}\n`);
  if (bad.length > 20) err(`... and ${bad.length - 20} more bad lines\n`);
  err(
    `${events} events, ${alerts} alerts${bad.length > 0 ? `, ${bad.length} bad line(s) skipped` : ''}\n`,
  );
  return bad.length > 0 ? 1 : 0;
}

/** `vigil rules fields`: the field catalogue. */
export function printFields(output: 'text' | 'json', out: Write): void {
  const fields = [...FIELD_CATALOGUE.values()].map((f) => ({
    name: f.arg === 'ancestor' ? `${f.name}[N]` : f.arg === 'key' ? `${f.name}.<name>` : f.name,
    type: f.type,
    description: f.desc,
  }));
  if (output === 'json') {
    for (const f of fields) out(`${JSON.stringify(f)}\n`);
    return;
  }
  const width = Math.max(...fields.map((f) => f.name.length));
  for (const f of fields) out(`${f.name.padEnd(width)}  ${f.type.padEnd(6)}  ${f.description}\n`);
  out('\nevt.type names of Vigil events:\n');
  for (const [kind, names] of Object.entries(EVT_TYPES))
    out(`  ${kind.padEnd(18)} ${names.join(', ')}\n`);
  out(`\npriorities: ${PRIORITIES.join(', ')}\n`);
}
