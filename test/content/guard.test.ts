import { beforeEach, describe, expect, it, vi } from 'vitest';
import { guarded, isQuiet, reportOnce, resetGuard, setDebug } from '../../lib/content/guard';

beforeEach(() => resetGuard());

describe('content-script guard', () => {
  it('swallows errors and reports each kind once', () => {
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const boom = guarded(() => {
      throw new TypeError('selector broke');
    });
    expect(() => boom()).not.toThrow();
    boom();
    expect(log).toHaveBeenCalledTimes(1);
    reportOnce(new Error('another'));
    expect(log).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });

  it('catches rejected promises too', async () => {
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    guarded(async () => {
      throw new Error('async failure');
    })();
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('Bounce Doctor:', 'Error: async failure'));
    log.mockRestore();
  });

  it('shows every error with the debug option on', () => {
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setDebug(true);
    reportOnce(new Error('same'));
    reportOnce(new Error('same'));
    expect(log).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });

  it('goes quiet for good once the extension context is invalidated', () => {
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fn = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    const g = guarded(fn);
    g();
    g();
    expect(isQuiet()).toBe(true);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });
});
