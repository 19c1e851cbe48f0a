export type * from './ast.js';
export {
  FilterSyntaxError,
  LIST_OPERATORS,
  NUMBER_OPERATORS,
  OPERATORS,
  TRANSFORMERS,
  UNARY_OPERATORS,
  parseCondition,
} from './parser.js';
export { ALL_EVT_TYPES, FilterCompileError, compileFilter, globToRegExp } from './compile.js';
export type { CompileScope, CompiledFilter, Gap, Matcher } from './compile.js';
export { EventContext } from './event-context.js';
export {
  EVT_TYPES,
  FALCO_FIELD_CLASSES,
  FIELD_CATALOGUE,
  evtTypeNames,
  lookupField,
  renderMode,
  renderOpenFlags,
} from './fields.js';
export type { FieldDef, FieldType, FieldValue } from './fields.js';
export { NOT_AVAILABLE, compileOutput } from './output.js';
export type { CompiledOutput } from './output.js';
