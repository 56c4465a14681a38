/** What every redacted value becomes: visible, so a reader knows something was removed. */
export const REDACTED = '[REDACTED]';
