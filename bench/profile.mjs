// The CPU profile inside a Chromium trace, and the names of our functions in it: shared by
// bench/lighthouse.mjs (--trace) and bench/trace.mjs.
import { readFileSync } from 'node:fs';
// A dependency of the build tools (postcss), used here only to name minified functions.
import { SourceMapConsumer } from 'source-map-js';

/** The CPU profile's nodes and its samples (with their time) from a trace's profile chunks (of one process, if given). */
export function profileOf(events, pid) {
  const nodes = new Map();
  const samples = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || (pid !== undefined && e.pid !== pid)) continue;
    const { cpuProfile, timeDeltas } = e.args.data;
    for (const n of cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    let t = samples.length
      ? samples.at(-1).t
      : (events.find((p) => p.name === 'Profile' && p.id === e.id)?.args.data.startTime ?? 0);
    (cpuProfile?.samples ?? []).forEach((id, i) => {
      t += timeDeltas[i];
      samples.push({ id, t, dt: timeDeltas[i] });
    });
  }
  return { nodes, samples };
}

/**
 * A namer of positions in the CDN folder `cdn`'s files: `name file:line` of the original source
 * (its source maps), else the position in the minified file.
 */
export function sourceNames(cdn) {
  const maps = new Map();
  return (file, line, column) => {
    if (!maps.has(file)) {
      let map = null;
      try {
        map = new SourceMapConsumer(JSON.parse(readFileSync(`${cdn}/${file}.map`, 'utf8')));
      } catch {
        // no map: the minified position is reported
      }
      maps.set(file, map);
    }
    const pos = maps.get(file)?.originalPositionFor({ line: line + 1, column });
    return pos?.source
      ? `${pos.name ? `${pos.name} ` : ''}${pos.source.replace(/^(\.\.\/)+/, '')}:${pos.line}`
      : `${file}:${line + 1}:${column + 1}`;
  };
}
