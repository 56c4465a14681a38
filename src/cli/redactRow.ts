import { redactBodyText, redactUrl } from '../core/redact/redact';
import type { ErrorRow } from './decodeCommand';

const text = (value: string | null) => (value === null ? null : redactBodyText(value));

/**
 * A row as `check` publishes it. CI keeps its JUnit and JSON files as artifacts, so what the
 * HAR sent (a URL's key or user-info, a token quoted in a server message, a code or request id
 * that holds one) is redacted as the support report redacts it. Our own texts stay as they are.
 */
export function redactRow(row: ErrorRow): ErrorRow {
  return {
    ...row,
    url: redactUrl(row.url),
    code: typeof row.code === 'string' ? redactBodyText(row.code) : row.code,
    requestId: text(row.requestId),
    message: text(row.message),
    fieldErrors: row.fieldErrors.map((f) => ({
      field: redactBodyText(f.field),
      messages: f.messages.map(redactBodyText),
    })),
    // ErrorInfo's metadata and the like come from the body.
    notes: row.notes.map(redactBodyText),
  };
}
