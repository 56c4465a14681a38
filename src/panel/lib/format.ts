/** Small display helpers shared by the list and the details pane. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** HH:MM:SS.mmm in local time, as the Network panel's waterfall tooltips show it. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** Characters as kilobytes: one decimal below 10 KB, whole above. */
export function kilobytes(chars: number): number {
  const kb = chars / 1024;
  return kb < 10 ? Math.round(kb * 10) / 10 : Math.round(kb);
}

/**
 * A body for reading: pretty JSON when it parses, else the text as sent. A deeply nested body
 * can make JSON.parse or stringify throw RangeError; then the raw text is shown.
 */
export function prettyBody(body: string): string {
  try {
    const pretty = JSON.stringify(JSON.parse(body), null, 2);
    return typeof pretty === 'string' ? pretty : body;
  } catch {
    return body;
  }
}
