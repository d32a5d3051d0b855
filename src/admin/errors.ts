/** Errors of admin operations, shared by the CLI and the REST API (which maps `status` to HTTP). */
import { SmgError } from "../errors.ts";

/** Kinds of admin error and their HTTP status. */
export const ADMIN_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  validation_failed: 422,
  too_many_requests: 429,
  unavailable: 503,
} as const;

/** An admin error kind. */
export type AdminErrorCode = keyof typeof ADMIN_STATUS;

/** A failed admin operation: names the thing and the fix; `path` is a JSON path when a field is at fault. */
export class AdminError extends SmgError {
  readonly status: number;
  readonly path?: string;
  constructor(code: AdminErrorCode, message: string, path?: string) {
    super(code, message, path ? { path } : undefined);
    this.status = ADMIN_STATUS[code];
    this.path = path;
  }
}

/** 404 helper. */
export function notFound(kind: string, id: string, hint: string): AdminError {
  return new AdminError("not_found", `No ${kind} "${id}" (${hint})`);
}
