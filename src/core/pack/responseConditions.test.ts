import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import type { ErrorFormat } from '../formats/format';
import { loadPack } from './loadPack';
import { createPackSet } from './packSet';
import { formatProblem } from './problems';

/**
 * The pack members issue 11's envelopes needed: conditions on the HTTP status and on a
 * substring, codes the response implies (`cases`), cut codes (`cut`), and retry rules the
 * response states (`retryOverrides`).
 */
function pack(extra: { code?: unknown; retryOverrides?: unknown } = {}) {
  return {
    id: 'probe',
    name: 'probe',
    version: '1',
    errorOn2xx: false,
    envelope: {
      match: [{ path: '/fault', type: 'object' }],
      code: extra.code ?? '/fault/reason',
      message: '/fault/text',
    },
    codes: {
      BOOM: { title: 'Boom', meaning: 'm', action: 'a', retry: { advice: 'backoff' } },
      LIMITED: { title: 'Limited', meaning: 'm', action: 'a', retry: { advice: 'wait' } },
    },
    ...(extra.retryOverrides === undefined ? {} : { retryOverrides: extra.retryOverrides }),
  };
}

function load(input: unknown): ErrorFormat {
  const loaded = loadPack(input, 'user');
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.format;
}

const run = (format: ErrorFormat, over: Parameters<typeof exchange>[0]) =>
  decode(exchange(over), { packs: createPackSet([format]) });

describe('code cases', () => {
  const format = load(
    pack({
      code: {
        from: '/fault/reason',
        cases: [
          {
            when: [
              { httpStatus: [403, 429] },
              { header: 'X-Quota-Left', equals: '0' },
              { path: '/fault/text', contains: 'quota' },
            ],
            code: 'LIMITED',
          },
        ],
      },
    }),
  );
  const body = { fault: { reason: 'BOOM', text: 'quota used up' } };

  it('give the implied code when every condition holds', () => {
    const d = run(format, {
      status: 403,
      json: body,
      responseHeaders: headers({ 'X-Quota-Left': '0' }),
    });
    expect(d).toMatchObject({ format: 'probe', code: 'LIMITED', known: true });
    expect(d?.pointers?.code).toBeUndefined();
  });

  it('leave the body code for another status, header or message', () => {
    const quota = headers({ 'X-Quota-Left': '0' });
    expect(run(format, { status: 404, json: body, responseHeaders: quota })?.code).toBe('BOOM');
    expect(
      run(format, { status: 403, json: body, responseHeaders: headers({ 'X-Quota-Left': '3' }) })
        ?.code,
    ).toBe('BOOM');
    const other = { fault: { reason: 'BOOM', text: 'Quota' } };
    expect(run(format, { status: 403, json: other, responseHeaders: quota })?.code).toBe('BOOM');
  });
});

describe('code cuts', () => {
  const format = load(
    pack({
      code: { from: ['header:X-Type', '/fault/reason'], cut: [{ before: ':' }, { after: '#' }] },
    }),
  );

  it('keep the text before the first ":", then after the first "#"', () => {
    const header = headers({ 'X-Type': 'BOOM:http://internal.example/' });
    expect(run(format, { json: { fault: {} }, responseHeaders: header })?.code).toBe('BOOM');
    expect(run(format, { json: { fault: { reason: 'com.example.v1#BOOM' } } })?.code).toBe('BOOM');
    expect(run(format, { json: { fault: { reason: 'aws.prot#BOOM:http://x#y' } } })?.code).toBe(
      'BOOM',
    );
    expect(run(format, { json: { fault: { reason: 'BOOM' } } })?.code).toBe('BOOM');
  });
});

describe('retry overrides', () => {
  const format = load(
    pack({
      retryOverrides: [
        {
          when: [{ header: 'Should-Retry', equals: 'false' }],
          retry: { advice: 'no' },
          note: 'Server says no',
        },
        { when: [{ httpStatus: [409] }], retry: { advice: 'check-first' } },
      ],
    }),
  );
  const body = { fault: { reason: 'BOOM' } };

  it('replace the catalog rule when their conditions hold, with their note', () => {
    const no = run(format, {
      status: 500,
      json: body,
      responseHeaders: headers({ 'Should-Retry': 'false' }),
    });
    expect(no?.retry.advice).toBe('no');
    expect(no?.notes.map((n) => n.en)).toContain('Server says no');
    expect(run(format, { status: 409, json: body })?.retry.advice).toBe('check-first');
  });

  it('leave the catalog rule otherwise', () => {
    expect(run(format, { status: 500, json: body })?.retry.advice).toBe('backoff');
  });
});

describe('validation of the new members', () => {
  it('refuses an httpStatus with a path, and a contains on a number test', () => {
    const bad = pack({
      code: {
        from: '/fault/reason',
        cases: [{ when: [{ httpStatus: [403], path: '/x' }], code: 'X' }],
      },
      retryOverrides: [{ when: [{ header: 'A', between: [1, 2] }], retry: { advice: 'no' } }],
    });
    const loaded = loadPack(bad, 'user');
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^\/envelope\/code\/cases\/0\/when\/0: must make exactly one test/),
      '/retryOverrides/0/when/0: a header takes exists, equals, oneOf or contains, not "between"',
    ]);
  });

  it('refuses an unknown cut', () => {
    const loaded = loadPack(pack({ code: { from: '/a', cut: [{ around: '#' }] } }), 'user');
    expect(loaded.ok).toBe(false);
  });
});
