import { describe, expect, it } from 'vitest';
import { compilePointers, NONE } from './fieldPointers';
import { MISSING } from './codes';
import type { EnvelopeSpec } from './packTypes';

const spec = (more: Partial<EnvelopeSpec>): EnvelopeSpec => ({ match: [], ...more });

describe('compilePointers', () => {
  it('points at the source that gave each field, at the last looked at when none did', () => {
    const maker = compilePointers(
      spec({
        code: { from: ['/a', '/b'] },
        message: ['/m', '/n'],
        fieldErrors: { path: '/f', shape: 'map' },
      }),
    );
    expect(maker.make('/errors/2', 1, 0)).toStrictEqual({
      code: '/errors/2/b',
      message: '/errors/2/m',
      fieldErrors: '/errors/2/f',
    });
    expect(maker.make('', MISSING, NONE)).toStrictEqual({
      code: '/b',
      message: '/n',
      fieldErrors: '/f',
    });
    expect(maker.make('', NONE, 0)).toStrictEqual({ message: '/m', fieldErrors: '/f' });
  });

  it('points at no header, and at no message the pack does not read', () => {
    const maker = compilePointers(spec({ code: ['header:x-code', '/c'] }));
    expect(maker.make('', 0, NONE)).toStrictEqual({});
    expect(maker.make('', 1, NONE)).toStrictEqual({ code: '/c' });
    expect(compilePointers(spec({ code: '/header:x' })).make('', 0, NONE)).toStrictEqual({
      code: '/header:x',
    });
  });

  it('shares the top-level pointers of each combination, and builds an item’s anew', () => {
    const maker = compilePointers(spec({ code: '/c', message: '/m' }));
    expect(maker.make('', 0, 0)).toBe(maker.make('', 0, 0));
    expect(maker.make('', 0, 0)).not.toBe(maker.make('', 0, NONE));
    expect(maker.make('', MISSING, NONE)).toStrictEqual({ code: '/c', message: '/m' });
    expect(maker.make('/0', 0, 0)).not.toBe(maker.make('/0', 0, 0));
  });

  it('adds the request id’s pointer only when a body source gave it', () => {
    const pointers = { code: '/c' };
    const byHeader = compilePointers(spec({ code: '/c' }));
    expect(byHeader.withRequestId(pointers, 0)).toBe(pointers);
    const byBody = compilePointers(spec({ code: '/c', requestId: ['/rid', '/meta/rid'] }));
    expect(byBody.withRequestId(pointers, -1)).toBe(pointers);
    const withId = byBody.withRequestId(pointers, 1);
    expect(withId).toStrictEqual({ code: '/c', requestId: '/meta/rid' });
    expect(byBody.withRequestId(pointers, 1)).toBe(withId);
    expect(byBody.withRequestId(pointers, 0)).toStrictEqual({ code: '/c', requestId: '/rid' });
  });
});
