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
