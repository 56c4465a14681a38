import type { Page } from 'puppeteer-core';

/**
 * Feeds synthetic finished requests into DevTools' own NetworkManager, from DevTools' front end:
 * DevTools builds their HAR entries and hands them to our devtools page exactly as it does for
 * real traffic (onRequestFinished, then getContent), but no HTTP request is made. Firing
 * 100,000 real requests takes over 20 minutes on two cores; this takes about a minute.
 * It relies on DevTools internals (module paths, NetworkRequest setters) of Chromium 156.
 */
export async function feedRequests(dt: Page, from: number, count: number): Promise<number> {
  return dt.evaluate(
    `(async (from, count) => {
      const SDK = await import('./core/sdk/sdk.js');
      const Common = await import('./core/common/common.js');
      const Logs = await import('./models/logs/logs.js');
      // ContentData's class is not exported at a stable path: borrow it from a real request.
      const real = Logs.NetworkLog.NetworkLog.instance().requests().find((r) => r.url().includes('/api/'));
      if (!real) throw new Error('fire one real request first');
      const ContentData = (await real.requestContentData()).constructor;
      const target = SDK.TargetManager.TargetManager.instance().primaryPageTarget();
      const network = target.model(SDK.NetworkManager.NetworkManager);
      const origin = new URL(real.url()).origin;
      const requestHeaders = real.requestHeaders().map((h) => ({ ...h }));
      const responseHeaders = real.responseHeaders.map((h) => ({ ...h }));
      const started = performance.now();
      const one = (i) => {
        const rate = i % 2 === 0;
        const code = rate ? 'RATE_LIMIT_EXCEEDED' : 'BACKEND_ERROR';
        const message = (rate ? 'Too many requests' : 'Backend failure') + ' (#' + i + ') batch' + (i % 997);
        const body = JSON.stringify({ success: false, data: null, error: { code, message, details: null }, meta: { request_id: 'req-' + i } });
        const req = SDK.NetworkRequest.NetworkRequest.create('feed-' + i, origin + '/api/bulk?i=' + i, origin + '/', null, null, null);
        req.requestMethod = 'GET';
        req.statusCode = rate ? 429 : 502;
        req.mimeType = 'application/json';
        req.setResourceType(Common.ResourceType.resourceTypes.Fetch);
        // Fresh copies, as real traffic brings: every entry has its own header strings.
        req.setRequestHeaders(requestHeaders.map((h) => ({ name: h.name + '', value: h.value + '' })));
        req.responseHeaders = responseHeaders.map((h) => ({ name: h.name + '', value: h.value + '' }));
        const now = Date.now() / 1000;
        req.setIssueTime(now, now);
        req.endTime = now;
        req.finished = true;
        req.setContentDataProvider(async () => new ContentData(body, false, 'application/json'));
        network.dispatchEventToListeners(SDK.NetworkManager.Events.RequestFinished, req);
      };
      // 25 at a time, each group its own task, as bursts of real responses arrive.
      for (let i = 0; i < count; i += 25) {
        for (let j = i; j < Math.min(count, i + 25); j++) one(from + j);
        await new Promise((r) => setTimeout(r, 0));
      }
      return performance.now() - started;
    })(${from}, ${count})`,
  ) as Promise<number>;
}
