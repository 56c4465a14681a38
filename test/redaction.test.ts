import { describe, expect, it } from 'vitest';
import { toCapturedError } from '../src/core/capture/capturedError';
import { redactExchange } from '../src/core/redact/index';
import { harRequestBody, supportReport, toCurl } from '../src/core/report/index';
import { LANGS } from '../src/core/types';
import { ENTRIES, SECRETS, entries, errors, expectNoSecret } from './helpers/secretsHar';

describe('secrets.har: what we print for support never holds a secret', () => {
  it('the fixture is full of secrets, and most entries are errors', () => {
    const raw = JSON.stringify(ENTRIES);
    for (const secret of SECRETS) expect(raw, secret).toContain(secret);
    expect(entries).toHaveLength(6);
    expect(errors.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('support reports, in every language, from the HAR and as the panel builds them', () => {
    for (const { index, exchange, decoded } of errors) {
      const captured = toCapturedError(index, exchange, exchange.body ?? '', decoded, {
        bodyLimit: 256 * 1024,
        requestBody: null,
      });
      for (const lang of LANGS) {
        const report = supportReport({ ...exchange, decoded }, lang);
        expectNoSecret(report, `report ${index} (${lang})`);
        expect(supportReport(captured, lang)).toBe(report);
        expect(report).toContain('[REDACTED]');
      }
    }
  });

  it('keeps what support needs: request id, status and code', () => {
    const first = errors[0];
    if (first === undefined) throw new Error('no error entry');
    const report = supportReport({ ...first.exchange, decoded: first.decoded }, 'en');
    expect(report).toContain('`req_secrets_0`');
    expect(report).toContain('`401`');
    expect(report).toContain('`invalid_token`');
    expect(report).toContain('`https://api.example.com/v1/state?access_token=[REDACTED]');
  });

  it('cURL commands of every entry, bodies included', () => {
    for (const { index, raw, exchange } of entries) {
      const requestBody = harRequestBody(raw);
      const curl = toCurl({ ...exchange, requestBody });
      expectNoSecret(curl, `curl ${index}`);
      expect(curl).toContain('[REDACTED]');
      if (requestBody !== null) expect(curl).toContain('--data-raw');
    }
  });

  it('redacted exchanges (for HAR export): URL, headers and both bodies', () => {
    for (const { index, raw, exchange } of entries) {
      const withRequestBody = { ...exchange, requestBody: harRequestBody(raw) };
      const redacted = redactExchange(withRequestBody);
      expectNoSecret(JSON.stringify(redacted), `exchange ${index}`);
    }
  });
});
