import type { HTTPRequest, Page } from 'puppeteer-core';

/** The part of HAR 1.2 that api-error-decoder reads. */
export interface Har {
  log: { version: '1.2'; creator: { name: string; version: string }; entries: HarEntry[] };
}

interface NameValue {
  name: string;
  value: string;
}

interface HarEntry {
  startedDateTime: string;
  time: number;
  request: { method: string; url: string; headers: NameValue[]; postData?: { text: string } };
  response: {
    status: number;
    headers: NameValue[];
    content: { mimeType: string; text?: string; encoding?: 'base64' };
  };
}

const nameValues = (headers: Record<string, string>): NameValue[] =>
  Object.entries(headers).map(([name, value]) => ({ name, value }));

/**
 * Records what a Puppeteer page sends and receives as a HAR, bodies included. Puppeteer has
 * no HAR recorder of its own (Playwright has `recordHar`); this one is enough for decoding.
 */
export function recordHar(page: Page): { stop(): Promise<Har> } {
  const started = new Map<HTTPRequest, number>();
  const pending: Promise<void>[] = [];
  const entries: HarEntry[] = [];

  const onRequest = (request: HTTPRequest) => void started.set(request, Date.now());
  const onFinished = (request: HTTPRequest) => {
    const response = request.response();
    if (response === null) return;
    const start = started.get(request) ?? Date.now();
    const time = Date.now() - start;
    const headers = response.headers();
    pending.push(
      // Redirects and some responses have no body to give: record them without one.
      response
        .text()
        .catch(() => undefined)
        .then((text) => {
          const postData = request.postData();
          entries.push({
            startedDateTime: new Date(start).toISOString(),
            time,
            request: {
              method: request.method(),
              url: request.url(),
              headers: nameValues(request.headers()),
              ...(postData === undefined ? {} : { postData: { text: postData } }),
            },
            response: {
              status: response.status(),
              headers: nameValues(headers),
              content: {
                mimeType: headers['content-type'] ?? '',
                ...(text === undefined ? {} : { text }),
              },
            },
          });
        }),
    );
  };

  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  return {
    async stop() {
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      await Promise.all(pending);
      entries.sort((a, b) => a.startedDateTime.localeCompare(b.startedDateTime));
      return { log: { version: '1.2', creator: { name: 'recordHar', version: '1' }, entries } };
    },
  };
}
