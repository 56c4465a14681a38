import { describe, expect, it } from 'vitest';
import { isExtensionInitiated } from './extensionInitiator';

const frame = (url: string) => ({ functionName: 'f', url, lineNumber: 1, columnNumber: 2 });
const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/content.js';

describe('isExtensionInitiated', () => {
  it('is true when every call frame, async parents included, is an extension script', () => {
    const stack = { callFrames: [frame(EXT)], parent: { callFrames: [frame(EXT), frame('')] } };
    expect(isExtensionInitiated({ type: 'script', stack })).toBe(true);
    const moz = 'moz-extension://0c6f3e0e-1c2d-4a7a-9d59-4b3a7f1f2e3d/cs.js';
    expect(isExtensionInitiated({ type: 'script', stack: { callFrames: [frame(moz)] } })).toBe(
      true,
    );
  });

  it('is false when the page took part, or nothing says who it was', () => {
    const mixed = { callFrames: [frame(EXT)], parent: { callFrames: [frame('https://app/x.js')] } };
    expect(isExtensionInitiated({ type: 'script', stack: mixed })).toBe(false);
    expect(isExtensionInitiated({ type: 'other' })).toBe(false);
    expect(isExtensionInitiated({ type: 'script', stack: { callFrames: [] } })).toBe(false);
    expect(isExtensionInitiated(undefined)).toBe(false);
    expect(isExtensionInitiated('chrome-extension://x')).toBe(false);
  });

  it("takes a fetch or XHR whose initiator Chrome's extension API hid (null) for one", () => {
    expect(isExtensionInitiated(null, 'fetch')).toBe(true);
    expect(isExtensionInitiated(null, 'xhr')).toBe(true);
    expect(isExtensionInitiated(null, 'document')).toBe(false);
    expect(isExtensionInitiated(null)).toBe(false); // Firefox: no initiator, no resource type
    expect(isExtensionInitiated(undefined, 'fetch')).toBe(false);
  });

  it('reads an initiator URL when there is no stack', () => {
    expect(isExtensionInitiated({ type: 'parser', url: EXT })).toBe(true);
  });

  it('survives a hostile, endless parent chain', () => {
    const stack: Record<string, unknown> = { callFrames: [frame(EXT)] };
    stack['parent'] = stack;
    expect(isExtensionInitiated({ stack })).toBe(true);
  });
});

describe('isExtensionInitiated: bounds and shapes', () => {
  it('reads at most 32 stacks', () => {
    let stack: Record<string, unknown> = { callFrames: [frame('https://app/x.js')] };
    for (let i = 0; i < 32; i++) stack = { callFrames: [frame(EXT)], parent: stack };
    expect(isExtensionInitiated({ stack })).toBe(true);
  });

  it('skips frame lists that are not arrays and frames without a URL', () => {
    const stack = {
      callFrames: { 0: frame('https://app/x.js') },
      parent: { callFrames: [frame(EXT), { url: 3 }] },
    };
    expect(isExtensionInitiated({ stack })).toBe(true);
  });

  it('needs a string extension URL when there is no stack', () => {
    expect(isExtensionInitiated({ type: 'parser', url: 'https://app/' })).toBe(false);
    expect(isExtensionInitiated({ type: 'parser', url: 7 })).toBe(false);
  });
});
