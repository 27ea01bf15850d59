/** One way in which a written record is wrong: where (JSON Pointer inside the record) and which rule. */
export interface FieldError {
  pointer: string;
  rule: string;
  message: string;
}

/** Why a write was refused, in terms a route maps to HTTP (422, 403, 404, 428, 412, 409). */
export type WriteError =
  | { kind: 'validation'; errors: FieldError[]; /** Further violations not listed. */ more?: number }
  | { kind: 'forbidden'; reason: string }
  | { kind: 'not-found'; record: string }
  | { kind: 'precondition-required'; record: string }
  | { kind: 'precondition-failed'; record: string; etag: string }
  | { kind: 'conflict'; reason: string; etag?: string };

export interface Written<T> {
  ok: true;
  record: T;
  etag: string;
  /** The store's revision after the write. */
  revision: number;
  /** The change-log sequence number of this write. */
  seq: number;
  /** true when an Idempotency-Key matched an earlier create: this is that create's answer. */
  replayed: boolean;
}

export type WriteResult<T> = Written<T> | { ok: false; error: WriteError };

/** Thrown inside a write transaction to roll it back and answer with the error. */
export class Refusal extends Error {
  constructor(readonly error: WriteError) {
    super(error.kind);
  }
}

export const refuse = (error: WriteError): never => {
  throw new Refusal(error);
};
