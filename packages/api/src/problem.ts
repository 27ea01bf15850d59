import type { Context } from 'hono';
import type { ParamError, Problem } from '@pact/schema';

export const PROBLEM_BASE = 'https://pact-embed.org/problems/';
/**
 * At most this many errors are listed in a problem document; the rest are counted ("and N more"),
 * so that a request with thousands of bad fields cannot make the answer larger than itself.
 */
export const MAX_LISTED_ERRORS = 8;

/** A value shown in a message, cut at `max` characters (80 by default). */
export function clip(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** One error with each text cut to a bounded length (names and pointers come from the request). */
const bounded = (e: ParamError): ParamError => {
  const out: ParamError = { ...e, param: clip(e.param, 100), message: clip(e.message, 300) };
  if (e.pointer !== undefined) out.pointer = clip(e.pointer, 200);
  return out;
};

/** An RFC 9457 problem document, never cached. Lists at most {@link MAX_LISTED_ERRORS} errors. */
export function problem(c: Context, status: number, title: string, detail: string, errors?: ParamError[]): Response {
  const slug = title.toLowerCase().replace(/[^a-z]+/g, '-');
  const body: Problem = {
    type: `${PROBLEM_BASE}${slug}`,
    title,
    status,
    detail: clip(detail, 1000),
    instance: clip(c.req.path),
  };
  if (errors) body.errors = errors.slice(0, MAX_LISTED_ERRORS).map(bounded);
  c.header('Cache-Control', 'no-store');
  c.header('Content-Type', 'application/problem+json; charset=utf-8');
  return c.body(JSON.stringify(body), status as 400);
}

/** "a; b; c" for the first `shown` of `total` errors, then "and N more". */
export function summary(parts: string[], shown = 3, total = parts.length): string {
  const more = total - Math.min(shown, parts.length);
  return `${parts.slice(0, shown).join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

export function badRequest(c: Context, errors: ParamError[]): Response {
  const detail = summary(
    errors.map((e) => `${clip(e.param, 40)}: ${e.message}`),
    MAX_LISTED_ERRORS,
  );
  return problem(c, 400, 'Bad Request', `Invalid query parameters. ${detail}.`, errors);
}

export function notFound(c: Context, detail: string): Response {
  return problem(c, 404, 'Not Found', detail);
}
