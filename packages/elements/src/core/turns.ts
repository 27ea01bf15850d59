/**
 * One element's first render with its data per task (issue 18): when the answers of several
 * elements arrive together, rendering all their content in the same task made one task of
 * hundreds of milliseconds on a slow phone. Each such render waits for its turn; between two
 * turns the main thread is given back (`scheduler.yield()` where the browser has it, else a
 * task of its own), so that input and the page's other work run between them.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

let last: Promise<void> = Promise.resolve();

/** Settles in a task after the previous turn's (turns are taken in the order they are asked for). */
export function nextTurn(): Promise<void> {
  const turn = last.then(yieldToMain);
  last = turn;
  return turn;
}
