// API tokens with roles. A token is shown once when created; the data directory keeps only its
// SHA-256 (tokens.json, mode 0600), so a copy of the directory does not hand out access. The
// first start of the API creates an admin token and writes it to admin.token (0600) for the
// local CLI to find.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VigilError } from '@vigil/common';

/** Roles, least to most: a viewer reads; a responder also handles alerts and kills; an admin also changes rules and configuration. */
export const ROLES = ['viewer', 'responder', 'admin'] as const;
export type Role = (typeof ROLES)[number];

interface StoredToken {
  id: string;
  name: string;
  role: Role;
  sha256: string;
  createdAt: string;
}

/** File of token hashes in the data directory. */
export const TOKENS_FILE = 'tokens.json';
/** File holding the admin token created at first start, for the local CLI. */
export const ADMIN_TOKEN_FILE = 'admin.token';

function sha256(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** Whether `role` may do what `needed` may. */
export function allows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** What an `Authorization` value allows: the caller, or why not (the same for every face). */
export type Authorization =
  | { caller: { role: Role; name: string } }
  | { refused: 'unauthenticated' | 'forbidden'; message: string };

/** Checks `Authorization: Bearer <token>` against the least role an operation needs. */
export function authorizeBearer(
  tokens: TokenStore,
  header: string,
  needed: Role,
  where: string,
): Authorization {
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  const caller = m ? tokens.verify(m[1] as string) : undefined;
  if (caller === undefined) {
    return {
      refused: 'unauthenticated',
      message: m
        ? 'the bearer token is not valid'
        : `a bearer token is required (${where}: Bearer <token>)`,
    };
  }
  if (!allows(caller.role, needed)) {
    return {
      refused: 'forbidden',
      message: `this operation needs the ${needed} role; the token has ${caller.role}`,
    };
  }
  return { caller };
}

export class TokenStore {
  readonly #file: string;
  #tokens: StoredToken[];

  private constructor(file: string, tokens: StoredToken[]) {
    this.#file = file;
    this.#tokens = tokens;
  }

  /** Opens the token store of a data directory (empty when there is none yet). */
  static open(dataDir: string): TokenStore {
    const file = join(dataDir, TOKENS_FILE);
    if (!existsSync(file)) return new TokenStore(file, []);
    let tokens: StoredToken[];
    try {
      tokens = JSON.parse(readFileSync(file, 'utf8')) as StoredToken[];
    } catch (err) {
      throw new VigilError(
        'VGL_ERR_DATA_DIR',
        `${file} is not a token file: ${(err as Error).message}`,
        { cause: err },
      );
    }
    return new TokenStore(file, tokens);
  }

  /** Creates a token; returns it (the only time it is seen in clear). */
  create(role: Role, name: string): string {
    const token = `vgl_${randomBytes(24).toString('base64url')}`;
    this.#tokens.push({
      id: randomBytes(6).toString('hex'),
      name,
      role,
      sha256: sha256(token).toString('hex'),
      createdAt: new Date().toISOString(),
    });
    this.#save();
    return token;
  }

  /** The role of a token, or undefined when it is not one of ours. */
  verify(token: string): { role: Role; name: string } | undefined {
    const digest = sha256(token);
    for (const t of this.#tokens) {
      if (timingSafeEqual(Buffer.from(t.sha256, 'hex'), digest))
        return { role: t.role, name: t.name };
    }
    return undefined;
  }

  /** Whether an admin token exists. */
  hasAdmin(): boolean {
    return this.#tokens.some((t) => t.role === 'admin');
  }

  #save(): void {
    const tmp = `${this.#file}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(this.#tokens, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, this.#file);
  }
}

/**
 * Makes sure the data directory has an admin token: creates one at first start and writes it to
 * admin.token (0600). Returns the path of that file.
 */
export function ensureAdminToken(dataDir: string): string {
  const store = TokenStore.open(dataDir);
  const file = join(dataDir, ADMIN_TOKEN_FILE);
  if (!store.hasAdmin() || !existsSync(file)) {
    const token = store.create('admin', 'created by vigil up');
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
  }
  return file;
}
