/**
 * Redaction, one policy for every place a secret could leave: the panel's header tables
 * (maskHeaders: `••••••`), and text that leaves the panel — support reports, cURL commands,
 * exported HAR files (`[REDACTED]`).
 */
export { authScheme, isSecretHeader, isSecretName, SECRET_NAME_WORDS } from './secretNames';
export { isSensitiveHeader, MASK, maskHeaders } from './maskHeaders';
export {
  REDACTED,
  redactBodyText,
  redactCookieValues,
  redactExchange,
  redactHeaders,
  redactHeaderValue,
  redactUrl,
} from './redact';
