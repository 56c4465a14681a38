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

describe('callSiteOf: which frames count', () => {
  const app = 'https://app.test/src/api.ts';
  const lib = 'https://app.test/node_modules/ky/index.js';

  it('reads a frame only with a URL and a whole, non-negative line; column 0 when unsure', () => {
    const only = (f: Record<string, unknown>) => callSiteOf({ stack: { callFrames: [f] } });
    expect(only({ url: '', lineNumber: 1 })).toBeNull();
    expect(only({ url: app })).toBeNull();
    expect(only({ url: app, lineNumber: '3' })).toBeNull();
    expect(only({ url: app, lineNumber: 1.5 })).toBeNull();
    expect(only({ url: app, lineNumber: 0 })).toEqual({ url: app, line: 1, column: 1, app: true });
    expect(only({ url: app, lineNumber: 2 })).toMatchObject({ column: 1 });
    expect(only({ url: app, lineNumber: 2, columnNumber: -4 })).toMatchObject({ column: 1 });
    expect(only({ url: app, lineNumber: 2, columnNumber: '5' })).toMatchObject({ column: 1 });
    expect(only({ url: app, lineNumber: 2, columnNumber: 6.7 })).toMatchObject({ column: 7 });
  });

  it('prefers a later application frame to an earlier library one', () => {
    const site = callSiteOf({ stack: { callFrames: [frame(lib, 5), frame(app, 8)] } });
    expect(site).toEqual({ url: app, line: 9, column: 5, app: true });
  });

  it('skips an unreadable application frame for the next one', () => {
    const site = callSiteOf({
      stack: { callFrames: [{ url: app, lineNumber: -1 }, frame(app, 8)] },
    });
    expect(site).toMatchObject({ line: 9, app: true });
  });

  it('falls back past an unreadable library frame to the next library frame', () => {
    const site = callSiteOf({ stack: { callFrames: [{ url: lib }, frame(lib, 5)] } });
    expect(site).toEqual({ url: lib, line: 6, column: 5, app: false });
  });

  it('takes the document line only with a URL and a line number', () => {
    expect(callSiteOf({ type: 'parser', url: 'https://app.test/' })).toBeNull();
    expect(callSiteOf({ type: 'parser', lineNumber: 3 })).toBeNull();
    expect(callSiteOf({ type: 'parser', url: lib, lineNumber: 3 })).toMatchObject({ app: false });
  });

  it('ignores frames that are not objects, frame lists that are not arrays and null parents', () => {
    expect(callSiteOf(null)).toBeNull();
    expect(callSiteOf({ stack: { callFrames: { 0: frame(app, 1) } } })).toBeNull();
    expect(callSiteOf({ stack: { callFrames: [null, 5, frame(app, 1)], parent: null } })).toEqual({
      url: app,
      line: 2,
      column: 5,
      app: true,
    });
  });

  it('reads at most 32 stacks and 200 frames of each', () => {
    let stack: Record<string, unknown> = { callFrames: [frame(app, 1)] };
    for (let i = 0; i < 32; i++) stack = { callFrames: [], parent: stack };
    expect(callSiteOf({ stack })).toBeNull();
    const frames = [...Array.from({ length: 200 }, () => frame(lib, 1)), frame(app, 1)];
    expect(callSiteOf({ stack: { callFrames: frames } })).toMatchObject({ url: lib, app: false });
  });
});

describe('callSiteLabel', () => {
  it('names the file of a URL that does not parse by its last path part', () => {
    expect(callSiteLabel({ url: 'src/api/client.ts', line: 4 })).toBe('client.ts:4');
    expect(callSiteLabel({ url: 'client.ts', line: 4 })).toBe('client.ts:4');
    expect(callSiteLabel({ url: 'src/api/', line: 4 })).toBe('src/api/:4');
  });
});
