import { describe, expect, it } from 'vitest';
import { problemDetails } from './problemDetails';

const detailsOf = (body: Record<string, unknown>) =>
  problemDetails.details?.(body, 'about:blank') as Record<string, unknown>;

describe('problem-details', () => {
  it.each<[unknown, number | null]>([
    [100, 100],
    [404, 404],
    [599, 599],
    [99, null],
    [600, null],
    [400.5, null],
    ['400', null],
    [null, null],
  ])('keeps status %j as %j', (status, expected) => {
    expect(detailsOf({ status })['status']).toBe(expected);
  });

  it('reads the standard members, ignoring one of the wrong type', () => {
    expect({ ...detailsOf({ title: 'T', detail: 7, instance: '/i', status: 'x' }) }).toStrictEqual({
      type: 'about:blank',
      title: 'T',
      status: null,
      detail: null,
      instance: '/i',
    });
  });

  it('copies extensions as plain, writable own members, "__proto__" too', () => {
    const body = JSON.parse(
      '{"title": "T", "__proto__": {"polluted": 1}, "balance": 30}',
    ) as Record<string, unknown>;
    const details = detailsOf(body);
    expect(Object.getPrototypeOf(details)).toBeNull();
    expect(details['balance']).toBe(30);
    expect(Object.getOwnPropertyDescriptor(details, '__proto__')).toStrictEqual({
      value: { polluted: 1 },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });

  it('copies no more than 200 extensions', () => {
    const body = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`x${i}`, i]));
    const details = detailsOf(body);
    expect(Object.keys(details)).toHaveLength(205);
    expect(details['x199']).toBe(199);
    expect('x200' in details).toBe(false);
  });
});
