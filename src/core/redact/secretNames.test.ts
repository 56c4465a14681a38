import { describe, expect, it } from 'vitest';
import {
  authScheme,
  isSecretName,
  isSecretParam,
  SECRET_NAME_PARTS,
  SECRET_NAME_WORDS,
} from './secretNames';

/**
 * One name per secret word, matched by that word alone: dropping any word from the lists (say
 * `passwd`) makes its case fail.
 */
const BY_WORD: Record<string, string> = {
  token: 'csrf_token',
  key: 'apikey',
  secret: 'client_secret',
  password: 'new_password',
  passwd: 'user_passwd',
  passphrase: 'wifi_passphrase',
  passcode: 'passcode',
  signature: 'x_signature',
  session: 'sessionid',
  credential: 'X-Amz-Credential',
  jwt: '__clerk_db_jwt',
  authorization: 'Authorization',
  authentication: 'X-Authentication',
  cookie: 'Set-Cookie',
};

const BY_PART: Record<string, string> = {
  auth: 'X-Auth',
  sig: 'sig',
  pwd: 'user_pwd',
  pass: 'X-Pass',
  pin: 'userPin',
  otp: 'X-OTP',
  totp: 'totp',
  sid: 'SID',
  cert: 'X-Client-Cert',
};

describe('isSecretName: every word of the policy, one case each', () => {
  it('has a case for every word and every whole-word part', () => {
    expect(Object.keys(BY_WORD).sort()).toEqual([...SECRET_NAME_WORDS].sort());
    expect(Object.keys(BY_PART).sort()).toEqual([...SECRET_NAME_PARTS].sort());
  });

  it.each(Object.entries(BY_WORD))('%s: %s', (word, name) => {
    const lower = name.toLowerCase();
    expect(SECRET_NAME_WORDS.filter((w) => lower.includes(w))).toEqual([word]);
    expect(isSecretName(name)).toBe(true);
    expect(isSecretName(name.toUpperCase())).toBe(true);
  });

  it.each(Object.entries(BY_PART))('%s: %s', (part, name) => {
    expect(SECRET_NAME_WORDS.some((w) => name.toLowerCase().includes(w))).toBe(false);
    expect(isSecretName(name)).toBe(true);
    expect(isSecretName(`  ${name} `)).toBe(true);
    expect(name.toLowerCase()).toContain(part);
  });

  it('takes parts as whole words only: camelCase humps and separators split them', () => {
    for (const name of ['OTPCode', 'pinCode', 'x.pin', 'pass-through', 'USER_SID']) {
      expect(isSecretName(name), name).toBe(true);
    }
    for (const name of [
      'author',
      'design',
      'bypass',
      'passenger',
      'spinner',
      'pinned',
      'hotpot',
      'sidebar',
      'concert',
      'Content-Type',
      'Retry-After',
      'WWW-Authenticate',
      'Access-Control-Allow-Credentials',
      'code',
      'x'.repeat(300) + '_pin',
    ]) {
      expect(isSecretName(name), name).toBe(false);
    }
  });

  it('counts OAuth code as a secret parameter only', () => {
    expect(isSecretParam('code')).toBe(true);
    expect(isSecretParam(' Code ')).toBe(true);
    expect(isSecretParam('token')).toBe(true);
    expect(isSecretParam('error_code')).toBe(false);
  });
});

describe('authScheme', () => {
  it('keeps a scheme word of Authorization values, never a bare key', () => {
    expect(authScheme('Authorization', 'Bearer x')).toBe('Bearer');
    expect(authScheme(' proxy-authorization ', '  AWS4-HMAC-SHA256 Credential=x')).toBe(
      'AWS4-HMAC-SHA256',
    );
    expect(authScheme('Authorization', 'sk_live_X more')).toBeNull();
    expect(authScheme('Authorization', 'a.b c')).toBeNull();
    expect(authScheme('Authorization', 'Bearer')).toBeNull();
    expect(authScheme('X-Api-Key', 'Bearer x')).toBeNull();
  });
});

describe('isSecretName: edges of the name', () => {
  it.each([
    // The CORS flag is known by its trimmed name.
    [' Access-Control-Allow-Credentials ', false],
    ['\tx-api-key ', true],
    // Parts are split from names up to the longest length judged by parts.
    [`${'a'.repeat(252)}_pin`, true],
    [`${'a'.repeat(300)}_token`, true],
  ])('%j → %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected);
  });
});
