/** The longest path a log line shows; the rest is cut and marked with "…". */
export const LOG_PATH_LENGTH = 200;

/**
 * A request path as a log line may carry it: percent-decoded where that is valid UTF-8, then every
 * control character (CR, LF, ESC of ANSI sequences, C1, line and paragraph separators, bidi
 * controls) written as `\xNN` or `\uNNNN`, cut at {@link LOG_PATH_LENGTH} characters. A client
 * cannot forge a line or colour a terminal.
 */
export function logPath(raw: string): string {
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // Not valid percent-encoding: shown as sent.
  }
  const cut = path.length > LOG_PATH_LENGTH ? path.slice(0, LOG_PATH_LENGTH) : path;
  const escaped = cut.replace(/[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\\]/g, (ch) => {
    if (ch === '\\') return '\\\\';
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return path.length > LOG_PATH_LENGTH ? `${escaped}…` : escaped;
}

/** One access-log line: `GET /v1/partners 200 1.2ms`. */
export const logLine = (method: string, path: string, status: number, ms: number): string =>
  `${method.slice(0, 20).replace(/[^A-Za-z-]/g, '?')} ${logPath(path)} ${status} ${ms.toFixed(1)}ms`;
