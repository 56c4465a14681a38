import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../core/formats/index';
import { parseArgs } from './args';
import { decodeHar } from './decodeCommand';
import { runCli } from '../../test/helpers/cliRun';
import { checkPins, parsePin, pinResolver, pinnableFormats } from './pins';
import { readUserPack, userPackSet } from '../core/pack/userPacks';

describe('parsePin', () => {
  it('splits HOST=FORMAT, a host pattern included', () => {
    expect(parsePin('api.example.com=numeric-code')).toEqual({
      host: 'api.example.com',
      format: 'numeric-code',
    });
    expect(parsePin('*.example.com=STATE-META')).toEqual({
      host: '*.example.com',
      format: 'state-meta',
    });
    expect(parsePin('127.0.0.1:8080=jsonrpc')).toEqual({
      host: '127.0.0.1:8080',
      format: 'jsonrpc',
    });
  });

  it.each(['api.example.com', '=numeric-code', 'api.example.com=', ''])(
    'asks for HOST=FORMAT given %j',
    (value) => {
      expect(parsePin(value)).toBe(`--pin needs HOST=FORMAT, got: ${value}`);
    },
  );

  it('names the known formats for an unknown one; http is the fallback, not a format', () => {
    for (const value of ['a.test=soap', 'a.test=http']) {
      const pin = parsePin(value);
      if (typeof pin === 'string') throw new Error(pin);
      const message = checkPins([pin]);
      expect(message).toMatch(/^--pin: unknown format "(soap|http)"; known formats: /);
      for (const f of FORMATS) expect(message).toContain(f.id);
    }
    expect(pinnableFormats()).not.toContain('http');
    expect(checkPins([{ host: 'a.test', format: 'jsonrpc' }])).toBeNull();
  });

  it("refuses at once a FORMAT that cannot be a pack's id", () => {
    expect(parsePin('a.test=no way')).toMatch(/^--pin: unknown format "no way"; known formats: /);
    expect(parsePin('a.test=-x')).toMatch(/^--pin: unknown format "-x"/);
  });

  it("accepts a user pack's id once the run's packs hold it", () => {
    const pin = { host: 'a.test', format: 'acme-billing' };
    expect(checkPins([pin])).toMatch(/unknown format "acme-billing"/);
    const acme = readUserPack(readFileSync('demo/packs/acme-billing.json', 'utf8'));
    if (!acme.ok) throw new Error(acme.lines.join('\n'));
    const packs = userPackSet([acme.format]);
    expect(checkPins([pin], packs)).toBeNull();
    expect(pinnableFormats(packs)).toContain('acme-billing');
  });
});

describe('pinResolver', () => {
  const pinOf = pinResolver([
    { host: '*.example.com', format: 'state-meta' },
    { host: 'api.example.com', format: 'numeric-code' },
    { host: '127.0.0.1:8080', format: 'jsonrpc' },
  ]);

  it('gives the format of the last matching pin, by domain: rules', () => {
    expect(pinOf('https://api.example.com/v1')).toBe('numeric-code');
    expect(pinOf('https://API.example.com:8443/v1')).toBe('numeric-code');
    expect(pinOf('https://auth.example.com/')).toBe('state-meta');
    expect(pinOf('http://127.0.0.1:8080/rpc')).toBe('jsonrpc');
  });

  it('gives nothing for other hosts and for URLs that do not parse', () => {
    expect(pinOf('http://127.0.0.1:9999/rpc')).toBeUndefined();
    expect(pinOf('https://example.org/')).toBeUndefined();
    expect(pinOf('not a url')).toBeUndefined();
  });
});

describe('--pin on the command line', () => {
  it('is repeatable, in either spelling, in the order given', () => {
    expect(
      parseArgs(['decode', 'a.har', '--pin', 'a.test=ok-flag', '--pin=b.test:81=graphql']),
    ).toMatchObject({
      kind: 'decode',
      args: {
        pins: [
          { host: 'a.test', format: 'ok-flag' },
          { host: 'b.test:81', format: 'graphql' },
        ],
      },
    });
  });

  it('is a usage error without a value, without "=", or with an unknown format', () => {
    expect(parseArgs(['decode', 'a.har', '--pin'])).toEqual({
      kind: 'usage-error',
      message: '--pin needs a value',
    });
    expect(parseArgs(['decode', 'a.har', '--pin', 'a.test'])).toEqual({
      kind: 'usage-error',
      message: '--pin needs HOST=FORMAT, got: a.test',
    });
    // Whether "soap" is a format is known once the run's --pack files are read.
    const soap = runCli('decode', 'test/fixtures/sample.har', '--pin', 'a.test=soap');
    expect(soap.code).toBe(2);
    expect(soap.stderr).toMatch(/^api-error-decoder: --pin: unknown format "soap"/);
  });
});

describe('decodeHar with pins', () => {
  // Both state-meta and numeric-code recognize it; state-meta is the more specific.
  const ambiguous = JSON.stringify({
    state: 1,
    message: 'x',
    result: null,
    error: { code: 1001 },
    meta: {},
  });
  const har = JSON.stringify({
    log: {
      entries: ['https://a.example.com/x', 'https://b.example.com/x'].map((url) => ({
        startedDateTime: '2026-06-23T10:00:00.000Z',
        request: { method: 'GET', url, headers: [] },
        response: {
          status: 400,
          headers: [],
          content: { mimeType: 'application/json', text: ambiguous },
        },
      })),
    },
  });
  const formats = (pins: Parameters<typeof pinResolver>[0]) =>
    decodeHar(har, { lang: 'en', hosts: [], pins }).rows.map((r) => [r.format, r.code]);

  it('decodes a pinned host as its format first, and other hosts as before', () => {
    expect(formats([])).toEqual([
      ['state-meta', 1001],
      ['state-meta', 1001],
    ]);
    expect(formats([{ host: 'a.example.com', format: 'numeric-code' }])).toEqual([
      ['numeric-code', 1001],
      ['state-meta', 1001],
    ]);
  });

  it('falls back to the usual order when the pinned format does not recognize the body', () => {
    expect(formats([{ host: '*.example.com', format: 'jsonrpc' }])).toEqual([
      ['state-meta', 1001],
      ['state-meta', 1001],
    ]);
  });
});
