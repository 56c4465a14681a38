/**
 * What a response's status number is: an HTTP status (an integer from 100 to 599), `0` for a
 * request that got no HTTP response at all (blocked, failed below HTTP), or anything else
 * (500.5, 99999999999, -1), which no server sent: an invalid entry.
 */
export type StatusKind = 'http' | 'no-response' | 'invalid';

export function statusKind(status: number): StatusKind {
  if (status === 0) return 'no-response';
  return Number.isInteger(status) && status >= 100 && status <= 599 ? 'http' : 'invalid';
}
