import { useEffect, useState } from 'react';

/**
 * The current time, re-read every `intervalMs` until `until` (ms since the epoch) has passed.
 * A finished countdown stops its timer, so an open details pane does not re-render forever.
 */
export function useNow(until = Number.POSITIVE_INFINITY, intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (Date.now() >= until) return;
    const id = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= until) clearInterval(id);
    }, intervalMs);
    return () => clearInterval(id);
  }, [until, intervalMs]);
  return now;
}
