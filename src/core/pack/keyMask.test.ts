import { describe, expect, it } from 'vitest';
import { FORMATS } from '../formats/index';
import { bodyKeys, keyBit, keysMask } from './keyMask';

const claimKeys = (id: string) => FORMATS.find((f) => f.id === id)?.claimKeys;

describe('key masks', () => {
  it('give the built-in claims the keys their conditions need', () => {
    const error = keyBit('error') as number;
    const ok = keyBit('ok') as number;
    expect(claimKeys('odata')).toBe(error);
    // ok-flag: `ok` for both its success and its match.
    expect(claimKeys('ok-flag')).toBe(ok);
    // state-meta's success needs `"error": null`, its match an error object: `error` either way.
    expect(claimKeys('state-meta')).toBe(error);
    expect(claimKeys('github')).toBe(keyBit('message'));
  });

  it('read which needed keys a body owns, and every key of a body with many', () => {
    const error = keyBit('error') as number;
    const ok = keyBit('ok') as number;
    expect(bodyKeys({ error: {} })).toBe(error);
    expect(bodyKeys({ ok: false, error: 'x', unneeded: 1 })).toBe(error | ok);
    expect(bodyKeys(JSON.parse('{"__proto__": 1, "zzz": 2}') as object)).toBe(0);
    const wide = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`k${i}`, i]));
    expect(bodyKeys(wide)).toBe(-1);
    expect(bodyKeys(Object.fromEntries(Object.entries(wide).slice(0, 32)))).toBe(0);
  });

  it('give no mask once the bits run out, and none without a certain key', () => {
    expect(keysMask(undefined)).toBeUndefined();
    for (let i = 0; i < 40; i++) keyBit(`user-key-${i}`);
    expect(keyBit('one-too-many')).toBeUndefined();
    expect(keysMask(['error', 'one-too-many'])).toBeUndefined();
    expect(keysMask(['error'])).toBe(keyBit('error'));
  });
});
