// The failed tests of a node:test TAP report, or of web-test-runner's output, each with where it
// is and the first lines of its error, for the summary that `npm test` prints last
// (scripts/test-all.mjs). CI shows the end of the output: there a failure then says why, not only
// which test.

/**
 * Each failed (or cancelled) test of `tap`, in report order: its name, its file and line relative
 * to `root`, and up to `lines` lines of its error. A suite or test that failed only because a
 * subtest did ("1 subtest failed") is left out: that subtest is listed with its own error.
 * @param {string} tap
 * @param {{ root?: string, lines?: number }} [options]
 * @returns {{ name: string, location: string, error: string[] }[]}
 */
export function tapFailures(tap, { root = '', lines = 8 } = {}) {
  const rows = tap.split('\n');
  const failures = [];
  for (let i = 0; i < rows.length; i++) {
    const head = /^(\s*)not ok \d+ - (.*)$/.exec(rows[i]);
    if (!head) continue;
    const indent = `${head[1]}  `;
    /** The block's keys, each with its lines (an inline value is its one line). */
    const block = {};
    if (rows[i + 1] === `${indent}---`) {
      let key = '';
      for (let j = i + 2; j < rows.length && rows[j] !== `${indent}...`; j++) {
        const row = rows[j];
        const pair =
          row.startsWith(indent) && row[indent.length] !== ' ' && /^(\w+):(?: (.*))?$/.exec(row.slice(indent.length));
        if (pair) {
          key = pair[1];
          const value = pair[2] ?? '';
          block[key] = value === '|-' || value === '|' || value === '' ? [] : [unquote(value)];
        } else if (key) block[key].push(row.slice(indent.length + 2));
      }
    }
    if (block.failureType?.[0] === 'subtestsFailed') continue;
    const at = block.location?.[0] ?? '';
    const place = /^(.*):(\d+):\d+$/.exec(at);
    const file = place ? place[1] : at;
    const relative = root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
    // A line of an error can be a whole page's text: each is cut at 300 characters.
    const error = (block.error ?? []).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l.trimEnd()));
    while (error.length && !error.at(-1)) error.pop();
    failures.push({
      // TAP escapes a test's name: \# for #, \\ for \, \n for a new line.
      name: unbackslash(head[2]),
      location: place ? `${relative}:${place[2]}` : relative,
      error: error.length > lines ? [...error.slice(0, lines), '…'] : error,
    });
  }
  return failures;
}

/**
 * Each failed test in web-test-runner's output (its default reporter: a file's name and a colon,
 * then ` ❌ name` and the error indented under it), in order: its name, its file and line (from
 * the first line of the stack in a test file, else the file), and up to `lines` lines of its
 * error without the stack.
 * @param {string} output
 * @param {{ lines?: number }} [options]
 * @returns {{ name: string, location: string, error: string[] }[]}
 */
export function wtrFailures(output, { lines = 8 } = {}) {
  // Colours, and the progress bar's cursor moves.
  const rows = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\n');
  const failures = [];
  let file = '';
  for (let i = 0; i < rows.length; i++) {
    const header = /^(\S+\.test\.[cm]?[jt]sx?):$/.exec(rows[i]);
    if (header) file = header[1];
    const head = /^ ❌ (.*)$/.exec(rows[i]);
    if (!head) continue;
    const error = [];
    let location = '';
    // The error: the lines indented under the name (blank ones within it kept).
    for (i++; i < rows.length && (rows[i].startsWith('      ') || !rows[i].trim()); i++) {
      const row = rows[i].slice(6);
      const at = /^\s*at (?:.* \()?([^\s()]+\.test\.[cm]?[jt]sx?):(\d+):\d+\)?$/.exec(row);
      if (at && !location) location = `${at[1]}:${at[2]}`;
      if (!/^\s*at /.test(row)) error.push(row.length > 300 ? `${row.slice(0, 300)}…` : row.trimEnd());
    }
    i--;
    while (error.length && !error.at(-1)) error.pop();
    failures.push({
      name: head[1],
      location: location || file,
      error: error.length > lines ? [...error.slice(0, lines), '…'] : error,
    });
  }
  return failures;
}

/**
 * Each failed story in scripts/storybook-smoke.mjs's output: the story (`FAIL id [state] time`) and
 * up to `lines` of the problems listed under it (`     - problem`).
 * @param {string} output
 * @param {{ lines?: number }} [options]
 * @returns {{ name: string, location: string, error: string[] }[]}
 */
export function storyFailures(output, { lines = 8 } = {}) {
  return [...output.matchAll(/^FAIL (.*)\n((?: {5}- .*(?:\n|$))*)/gm)].map((f) => {
    const problems = f[2]
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(7));
    return {
      name: f[1],
      location: '',
      error: problems.length > lines ? [...problems.slice(0, lines), '…'] : problems,
    };
  });
}

/** Backslash escapes (\\n, \\t, \\x41, \\u00e9, or a character escaped as itself) read back. */
const unbackslash = (text) =>
  text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, c) =>
    c.length > 1
      ? String.fromCharCode(parseInt(c.slice(1), 16))
      : ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v' }[c] ?? c),
  );

/**
 * A string as node:test's TAP reporter writes it in its YAML block: as util.inspect quotes it
 * ('…', or "…" when it has a ', or `…` when it has both), with backslash escapes; or plain.
 */
function unquote(value) {
  const q = value[0];
  return value.length > 1 && (q === "'" || q === '"' || q === '`') && value.endsWith(q)
    ? unbackslash(value.slice(1, -1))
    : value;
}
