import type { Context } from 'hono';
import type { ParamError, Problem } from '@pact/schema';

export const PROBLEM_BASE = 'https://pact-embed.org/problems/';

/** A value shown in a message, cut at 80 characters. */
export function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

/** An RFC 9457 problem document, never cached. */
export function problem(c: Context, status: number, title: string, detail: string, errors?: ParamError[]): Response {
  const slug = title.toLowerCase().replace(/[^a-z]+/g, '-');
  const body: Problem = {
    type: `${PROBLEM_BASE}${slug}`,
    title,
    status,
    detail,
    instance: clip(c.req.path),
  };
  if (errors) body.errors = errors;
  c.header('Cache-Control', 'no-store');
  c.header('Content-Type', 'application/problem+json; charset=utf-8');
  return c.body(JSON.stringify(body), status as 400);
}

export function badRequest(c: Context, errors: ParamError[]): Response {
  const detail = errors.map((e) => `${e.param}: ${e.message}`).join('; ');
  return problem(c, 400, 'Bad Request', `Invalid query parameters. ${detail}.`, errors);
}

export function notFound(c: Context, detail: string): Response {
  return problem(c, 404, 'Not Found', detail);
}
