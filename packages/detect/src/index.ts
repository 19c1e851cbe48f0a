export { ENGINE_VERSION, PRIORITIES, RulesLoadError, Ruleset, formatProblem } from './ruleset.js';
export type {
  CompileResult,
  CompiledRule,
  PriorityName,
  Problem,
  ResponseAction,
  SkippedRule,
} from './ruleset.js';
export type { Location } from './source-map.js';
