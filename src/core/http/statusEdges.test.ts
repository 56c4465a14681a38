import { describe, expect, it } from 'vitest';
import { statusKind } from './status';
import { httpStatusEntry } from './statusCatalog';

describe('statusKind at its edges', () => {
  it('reads 0 as no response, 100 and 599 as HTTP, 99 and 600 as invalid', () => {
    expect(statusKind(0)).toBe('no-response');
    expect(statusKind(100)).toBe('http');
    expect(statusKind(599)).toBe('http');
    expect(statusKind(99)).toBe('invalid');
    expect(statusKind(600)).toBe('invalid');
  });
});

describe('httpStatusEntry for a status the catalog does not list', () => {
  it('falls back to its class: 5xx, 4xx, else success', () => {
    expect(httpStatusEntry(599).title.en).toBe('Server error');
    expect(httpStatusEntry(499).title.en).toBe('Client error');
    expect(httpStatusEntry(299).title.en).not.toMatch(/error/i);
  });
});
