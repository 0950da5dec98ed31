import { afterEach, describe, expect, it, vi } from 'vitest';
import { settledWithin } from '../../lib/popup/settle';

afterEach(() => vi.useRealTimers());

describe('settledWithin', () => {
  it('gives the value when it arrives in time', async () => {
    expect(await settledWithin(Promise.resolve({ tabId: 3 }), 150)).toEqual({ tabId: 3 });
  });

  it('gives null when the value is late, without waiting for it', async () => {
    vi.useFakeTimers();
    const late = new Promise<string>((resolve) => setTimeout(() => resolve('late'), 1_000));
    const result = settledWithin(late, 150);
    await vi.advanceTimersByTimeAsync(150);
    expect(await result).toBeNull();
  });

  it('gives null when the read fails', async () => {
    expect(await settledWithin(Promise.reject(new Error('storage gone')), 150)).toBeNull();
  });
});
