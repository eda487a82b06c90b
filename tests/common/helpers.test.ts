import { afterEach, describe, expect, it, vi } from 'vitest';
import { blankControlCharacters } from '../../lambda/src/common/control-characters.ts';
import { withTimeout } from '../../lambda/src/common/with-timeout.ts';

describe('withTimeout', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the work’s result when it settles first, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const result = await withTimeout(Promise.resolve('done'), 1_000, () => 'late');
    expect(result).toBe('done');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes on the work’s own failure', async () => {
    await expect(withTimeout(Promise.reject(new Error('refused')), 1_000, () => 'late')).rejects.toThrow(
      'refused',
    );
  });

  it('settles with the fallback once the time is up, and rejects when the fallback throws', async () => {
    vi.useFakeTimers();
    const never = new Promise<string>(() => undefined);
    const fallback = withTimeout(never, 1_000, () => 'late');
    const thrown = withTimeout(never, 1_000, () => {
      throw new Error('timed out');
    });
    const caught = thrown.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await fallback).toBe('late');
    expect(await caught).toEqual(new Error('timed out'));
  });
});

describe('blankControlCharacters', () => {
  it('turns each control character into one space, so every word keeps its position', () => {
    const text = 'thanks\u0000so\u001b[31mmuch\u0085!';
    const blanked = blankControlCharacters(text);
    expect(blanked).toBe('thanks so [31mmuch !');
    expect(blanked.length).toBe(text.length);
  });

  it('keeps tabs and line feeds, but not a carriage return, which a terminal would print over', () => {
    expect(blankControlCharacters('a\tb\nc\r\nd\rx')).toBe('a\tb\nc \nd x');
  });
});
