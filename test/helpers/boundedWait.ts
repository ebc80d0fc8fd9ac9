// Waits for a promise with an upper bound, so a test of something that used to hang fails with a message saying so
// instead of stalling the suite. Never a timing assertion: the bound is far above any normal run.
export async function settlesWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s: it hangs`)), ms);
  });
  try {
    return await Promise.race([promise, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `condition` until it holds; fails with `what` when it still does not after `ms`. */
export async function eventually(condition: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what}: still not the case after ${ms / 1000} s`);
    await new Promise(resolve => setTimeout(resolve, 10));
  }
}
