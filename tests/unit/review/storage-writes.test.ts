import { afterEach, describe, expect, it, vi } from 'vitest';
import { notKeptMessage, readKey, writeKey, writeKeys } from '../../../src/browser/storage.ts';

/** A localStorage with room for `room` characters of values, which throws as browsers do when full. */
function fakeStorage(room: number, initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const used = () => [...items.values()].reduce((n, v) => n + v.length, 0);
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (used() - (items.get(key)?.length ?? 0) + value.length > room) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('writes that say whether they worked', () => {
  it('writes every pair when there is room', () => {
    const store = fakeStorage(100);
    vi.stubGlobal('window', { localStorage: store });
    expect(writeKeys([['a', 'one'], ['b', 'two']])).toEqual({ ok: true });
    expect(readKey('b')).toBe('two');
  });

  it('when storage is full, says so and leaves every key as it was (all or nothing)', () => {
    const store = fakeStorage(12, { a: 'kept', b: 'also' });
    vi.stubGlobal('window', { localStorage: store });
    expect(writeKeys([['a', 'new'], ['c', 'far too long for the room']])).toEqual({ ok: false, reason: 'full' });
    expect(Object.fromEntries(store.items)).toEqual({ a: 'kept', b: 'also' });
  });

  it('when storage is blocked, says so', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    expect(writeKey('a', 'x')).toEqual({ ok: false, reason: 'blocked' });
    expect(readKey('a')).toBeUndefined();
  });

  it('words each failure so a learner knows what was not kept and what still is', () => {
    expect(notKeptMessage({ reason: 'full' }, 'Your score')).toMatch(/^Your score was not saved: .*full\. What was saved before is still kept\./);
    expect(notKeptMessage({ reason: 'blocked' }, 'This lesson’s mark')).toMatch(/^This lesson’s mark was not saved: .*private window/);
  });
});
