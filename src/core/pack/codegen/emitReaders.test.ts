import { describe, expect, it } from 'vitest';
import type { ErrorPack } from '../packTypes';
import { readerFunction, readersModule } from './emitReaders';

const pack = (
  envelope: Partial<ErrorPack['envelope']>,
  more: Partial<ErrorPack> = {},
): ErrorPack => ({
  id: 'p',
  name: 'P',
  version: '1',
  errorOn2xx: false,
  envelope: { match: [{ path: '/error', type: 'object' }], ...envelope },
  ...more,
});

describe('readerFunction', () => {
  it('leaves to the compiled reader what it does not write out', () => {
    expect(readerFunction(pack({}, { behaviours: ['jsonrpc-batch'] }), 'r')).toBeNull();
    expect(readerFunction(pack({ errors: '/errors' }), 'r')).toBeNull();
    expect(readerFunction(pack({ details: { fields: { a: { path: '/a' } } } }), 'r')).toBeNull();
    expect(readerFunction(pack({ code: '/error/code' }), 'r')).toContain('function r(');
  });

  it('reads each body prefix once, and a header only where the sources come to it', () => {
    const text = readerFunction(
      pack({
        code: '/error/code',
        message: '/error/message',
        requestId: ['header:Request-Id', '/error/id'],
      }),
      'r',
    ) as string;
    expect(text.match(/\(body as Obj\)\.error/g)).toHaveLength(1);
    expect(text).toMatch(/if \(\(id = asString\(\s*\(?lowerHeaderValue\([^)]*["']request-id["']\)/);
    expect(text).toMatch(/else if \(\(id = asString\(v\d\)\) !== null\) idHit = 1;/);
  });

  it('leaves the success shape to the compiled reader, and returns null for a missing required code', () => {
    const text = readerFunction(
      pack({
        success: [{ path: '/ok', equals: true }],
        code: { from: '/error/code', required: true },
      }),
      'r',
    ) as string;
    expect(text).toContain('if ((kit.success as Test)(body, context)) return undefined;');
    expect(text).toContain('if (code === null) return null;');
  });

  it('writes list field errors with item readers of their own', () => {
    const text = readersModule([
      pack({ fieldErrors: { path: '/error/details', shape: 'list', field: '/target' } }),
    ]);
    expect(text).toContain('function read0Field(item: JsonObject)');
    expect(text).toContain('(item as Obj).target');
    expect(text).toContain('fieldErrorsFromList(');
    expect(readersModule([pack({ code: '/c' })])).not.toContain('fieldErrorsFrom');
  });
});
