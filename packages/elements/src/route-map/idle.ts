/**
 * Gives the main thread back between the steps of the map's first render (decoding the shapes,
 * the layout, the marks), so that input and paint can run between them and no single task of
 * the map is long on a slow phone: `scheduler.yield()` where the browser has it (the rest runs
 * first thing after), else a task after pending input and rendering (`setTimeout`).
 *
 * Unlike a long list's slices (core/turns.ts, which resume with a message so that the page's timers
 * and frames run between them), the map's first render is a few steps and ends in its caption, the
 * OSCE page's largest paint: here running ahead of the page's other tasks is wanted.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

/** Runs the steps of a generator to the end, at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Runs the steps of a generator in slices of about `budget` milliseconds, awaiting `pause()`
 * (the main thread given back) between them.
 */
export async function runInSlices<T>(steps: Generator<void, T>, pause = yieldToMain, budget = 8): Promise<T> {
  let start = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - start > budget) {
      await pause();
      start = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}
