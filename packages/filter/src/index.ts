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
