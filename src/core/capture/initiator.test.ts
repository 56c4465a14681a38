import { describe, expect, it } from 'vitest';
import { callSiteLabel, callSiteOf } from './initiator';

const frame = (url: string, lineNumber: number, columnNumber = 4) => ({
  functionName: 'f',
  url,
  lineNumber,
  columnNumber,
});

describe('callSiteOf: the first application frame of a HAR _initiator', () => {
  it('skips libraries, dev-server internals and extensions, counting lines from 1', () => {
    const site = callSiteOf({
      type: 'script',
      stack: {
        callFrames: [
          frame('https://app.test/node_modules/.vite/deps/axios.js?v=1', 1200),
          frame('chrome-extension://abcdefghijklmnopabcdefghijklmnop/inject.js', 3),
          frame('https://app.test/src/apiClient.ts', 41, 9),
          frame('https://app.test/src/main.ts', 10),
        ],
      },
    });
    expect(site).toEqual({
      url: 'https://app.test/src/apiClient.ts',
      line: 42,
      column: 10,
      app: true,
    });
    expect(callSiteLabel(site ?? { url: '', line: 0 })).toBe('apiClient.ts:42');
  });

  it('looks into async parent stacks', () => {
    expect(
      callSiteOf({
        type: 'script',
        stack: {
          callFrames: [frame('https://cdn.test/vendor.3f2a.js', 1)],
          parent: {
            description: 'Promise.then',
            callFrames: [frame('https://app.test/app.js', 7)],
          },
        },
      }),
    ).toMatchObject({ url: 'https://app.test/app.js', line: 8, app: true });
  });

  it('falls back to the first frame when only library code is on the stack', () => {
    expect(
      callSiteOf({
        type: 'script',
        stack: { callFrames: [frame('https://app.test/react-dom.js', 9)] },
      }),
    ).toMatchObject({ line: 10, app: false });
  });

  it('takes a parser-initiated request from the document line, and names the document (index)', () => {
    const site = callSiteOf({ type: 'parser', url: 'https://app.test/', lineNumber: 99 });
    expect(site).toMatchObject({ line: 100, app: true });
    expect(callSiteLabel(site ?? { url: '', line: 0 })).toBe('(index):100');
  });

  it('returns null for no initiator, and survives hostile shapes', () => {
    expect(callSiteOf(undefined)).toBeNull();
    expect(callSiteOf({ type: 'other' })).toBeNull();
    expect(callSiteOf({ stack: { callFrames: [{ url: 7 }, null, 'x'] } })).toBeNull();
    const cyclic: Record<string, unknown> = { callFrames: [] };
    cyclic['parent'] = cyclic;
    expect(callSiteOf({ stack: cyclic })).toBeNull();
    expect(callSiteOf({ stack: { callFrames: [frame('https://a.test/x.js', -1)] } })).toBeNull();
  });
});
