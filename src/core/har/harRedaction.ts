import type { CapturedError } from '../capture/capturedError';
import { redactBodyText, redactExchange } from '../redact/index';

/**
 * What the HAR export hides by default, by the one redaction policy (src/core/redact): secrets
 * in the URL, the request and response headers, and both bodies become `[REDACTED]`. Only the
 * fields the export writes are redacted; `decoded` is not written at all.
 */
export function redactForHar(error: CapturedError): CapturedError {
  const redacted = redactExchange(error);
  return {
    ...error,
    url: redacted.url,
    requestHeaders: redacted.requestHeaders,
    responseHeaders: redacted.responseHeaders,
    body: redacted.body ?? '',
    requestBody: error.requestBody === null ? null : redactBodyText(error.requestBody),
  };
}
