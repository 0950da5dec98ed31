/**
 * A promise's value if it arrives within `ms`, else null (also when it fails): a page can wait a moment for data so
 * that its first frame already shows it, without ever being held up by a slow or failing read.
 */
export function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}
