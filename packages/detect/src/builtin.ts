import { fileURLToPath } from 'node:url';

/** Directory of Vigil's own rules files (packages/detect/rules). */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** Vigil's attack-indicator ruleset. */
export const BUILTIN_RULES_FILE = `${BUILTIN_RULES_DIR}vigil_rules.yaml`;
