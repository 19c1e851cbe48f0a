// Which failures are the caller's (a bad request: 400 / INVALID_ARGUMENT), for every face alike.
import { VigilError } from '@vigil/common';
import { FilterCompileError, FilterSyntaxError } from '@vigil/filter';

const CALLER_CODES = new Set(['VGL_ERR_QUERY_INVALID', 'VGL_ERR_CLI_USAGE', 'VGL_ERR_RULES_LOAD']);

/** The API is at a limit (live streams): 429 / RESOURCE_EXHAUSTED. */
export function busyError(err: unknown): VigilError | undefined {
  return err instanceof VigilError && err.code === 'VGL_ERR_API_BUSY' ? err : undefined;
}

/** What the call names does not exist: 404 / NOT_FOUND. */
export function notFoundError(err: unknown): VigilError | undefined {
  return err instanceof VigilError && err.code === 'VGL_ERR_NOT_FOUND' ? err : undefined;
}

/** A failure of another part of the fleet (a sensor that did not answer): 504 / UNAVAILABLE. */
export function unavailableError(err: unknown): VigilError | undefined {
  return err instanceof VigilError && err.code === 'VGL_ERR_HOST_UNANSWERED' ? err : undefined;
}

/** The error when it is the caller's fault (filter errors carry their position), else undefined. */
export function callerError(
  err: unknown,
): FilterSyntaxError | FilterCompileError | VigilError | undefined {
  if (err instanceof FilterSyntaxError || err instanceof FilterCompileError) return err;
  if (err instanceof VigilError && CALLER_CODES.has(err.code)) return err;
  return undefined;
}
