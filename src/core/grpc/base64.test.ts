import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './base64';
import { propertyRuns } from '../../../test/helpers/propertyRuns';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('decodeBase64', () => {
  it('reads what Buffer writes, in both alphabets, padded or not, in padded pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 5 }), (pieces) => {
        const all = Uint8Array.from(pieces.flatMap((p) => [...p]));
        const padded = pieces.map(b64).join('');
        expect(decodeBase64(padded)).toEqual(all);
        const url = pieces.map((p) => Buffer.from(p).toString('base64url')).join('');
        if (pieces.length <= 1) expect(decodeBase64(url)).toEqual(all);
        expect(decodeBase64(padded.replace(/(.{7})/g, '$1\n'))).toEqual(all);
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('refuses a character outside both alphabets, and a lone sextet', () => {
    expect(decodeBase64('QUJD*')).toBeNull();
    expect(decodeBase64('QUJDé')).toBeNull();
    expect(decodeBase64('QUJDR')).toBeNull();
    expect(decodeBase64('Q===')).toBeNull();
    expect(decodeBase64('')).toEqual(new Uint8Array(0));
  });
});
