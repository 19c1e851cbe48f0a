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
export { Engine } from './engine.js';
export type { EngineOptions, MatchHandler, RuleMatching } from './engine.js';
export { Alerter, DEFAULT_DEDUP_WINDOW_MS, killRequestFor } from './alerts.js';
export type { AlerterOptions } from './alerts.js';
export { BUILTIN_RULES_DIR, BUILTIN_RULES_FILE } from './builtin.js';
export { DETECTOR_DURABLE, Detector } from './detector.js';
export type { DetectorOptions, DetectorStats } from './detector.js';
