import { abortError } from './run';

/**
 * Runs `task` over `items` with at most `concurrency` in flight (sharp work runs on libuv
 * threads, so two in flight use both cores). `onResult` runs as each task finishes.
 * On abort or error no new task starts, and the call settles only after every task in
 * flight has finished, so nothing (such as a temp file) is left half done.
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
  onResult: (result: R, index: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (next < items.length && failure === null && !signal?.aborted) {
      const index = next++;
      try {
        onResult(await task(items[index], index), index);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failure !== null) throw failure;
  if (signal?.aborted) throw abortError();
}
