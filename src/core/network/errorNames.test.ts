import { describe, expect, it } from 'vitest';
import { kindOfError } from './errorNames';

const kind = (name: string) => kindOfError(name);

describe('kindOfError', () => {
  it("reads Chrome's names with or without net::, and Firefox's nsresult names", () => {
    expect(kind('net::ERR_CONNECTION_REFUSED')).toEqual({ kind: 'refused', known: true });
    expect(kind('ERR_CONNECTION_REFUSED')).toEqual({ kind: 'refused', known: true });
    expect(kind('NS_ERROR_UNKNOWN_HOST')).toEqual({ kind: 'dns', known: true });
    expect(kind('ERR_FAILED')).toEqual({ kind: 'failed', known: true });
  });

  it('takes certificate errors by their prefixes, only at the start', () => {
    for (const name of [
      'net::ERR_CERT_DATE_INVALID',
      'SEC_ERROR_UNKNOWN_ISSUER',
      'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT',
    ])
      expect(kind(name), name).toEqual({ kind: 'certificate', known: true });
    for (const name of ['X_ERR_CERT_Y', 'X_SEC_ERROR_Y', 'X_MOZILLA_PKIX_ERROR_Y'])
      expect(kind(name), name).toEqual({ kind: 'failed', known: false });
  });

  it('takes TLS errors by their prefixes, only at the start', () => {
    expect(kind('net::ERR_SSL_BAD_RECORD_MAC_ALERT')).toEqual({ kind: 'tls', known: true });
    expect(kind('SSL_ERROR_BAD_CERT_DOMAIN')).toEqual({ kind: 'tls', known: true });
    for (const name of ['NOT_ERR_SSL_X', 'X_SSL_ERROR_Y'])
      expect(kind(name), name).toEqual({ kind: 'failed', known: false });
  });

  it("takes Firefox's CORS reasons, and nothing for a bare CORS", () => {
    expect(kind('CORSMissingAllowOrigin')).toEqual({ kind: 'cors', known: true });
    expect(kind('CORS')).toEqual({ kind: 'failed', known: false });
  });

  it('knows no name from the prototype', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(kind(name), name).toEqual({ kind: 'failed', known: false });
  });
});
