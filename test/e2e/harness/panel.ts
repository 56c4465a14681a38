import type { Frame, Page } from 'puppeteer-core';

export interface RowInfo {
  readonly format: string;
  readonly code: string;
  readonly status: string;
  readonly text: string;
}

/** The rows the panel has in its DOM now (the list is virtualized: only visible ones). */
export function rowsOf(panel: Frame): Promise<RowInfo[]> {
  return panel.$$eval('.row', (rows) =>
    rows.map((r) => {
      const el = r as HTMLElement;
      return {
        format: el.dataset['format'] ?? '',
        code: el.dataset['code'] ?? '',
        status: el.dataset['status'] ?? '',
        text: el.textContent ?? '',
      };
    }),
  );
}

/** Polls until `check` holds for the rows; events arrive in no guaranteed order. */
export async function waitForRows(
  panel: Frame,
  check: (rows: RowInfo[]) => boolean,
  what: string,
  ms = 20_000,
): Promise<RowInfo[]> {
  const deadline = Date.now() + ms;
  let rows: RowInfo[] = [];
  while (Date.now() < deadline) {
    rows = await rowsOf(panel);
    if (check(rows)) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; rows: ${JSON.stringify(rows.slice(0, 20))}`);
}

/**
 * Replaces the filter text as an edit of the input would: React listens to `input` events, and
 * the native setter bypasses React's value tracking. Keyboard focus in an extension frame inside
 * DevTools is unreliable after switching DevTools panels, so no keystrokes are used.
 */
export function setFilter(panel: Frame, text: string): Promise<void> {
  return setInput(panel, '#filter', text);
}

/** Sets any text input of the panel the way `setFilter` does. */
export async function setInput(panel: Frame, selector: string, text: string): Promise<void> {
  await panel.$eval(
    selector,
    (el, value) => {
      const input = el as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
}

/**
 * Clicks an element of the panel through the DOM. Puppeteer's own click waits for the element
 * to intersect the viewport, which can hang in an extension frame embedded in DevTools.
 */
export async function clickIn(panel: Frame, selector: string): Promise<void> {
  await panel.waitForSelector(selector, { timeout: 20_000 });
  await panel.$eval(selector, (el) => (el as HTMLElement).click());
}

/**
 * Clicks one of the toolbar's less-used controls as a user would: when a narrow panel has
 * folded them behind », that button first.
 */
export async function clickToolbarControl(panel: Frame, selector: string): Promise<void> {
  const folded = await panel.$eval('.toolbar', (bar) => bar.getAttribute('data-compact') !== null);
  if (folded && (await panel.$('#toolbar-more[data-open]')) === null) {
    await clickIn(panel, '#toolbar-more-toggle');
    await panel.waitForSelector('#toolbar-more[data-open]', { timeout: 5_000 });
  }
  await panel.click(selector);
}

/** Fires demo endpoints from the inspected page; resolves once every body was read. */
export async function fire(page: Page, paths: readonly string[], method = 'GET'): Promise<void> {
  await page.evaluate(
    async (list: readonly string[], m: string) => {
      const demo = (
        window as unknown as { demo: { fireEndpoint(p: string, m: string): Promise<unknown> } }
      ).demo;
      for (const p of list) await demo.fireEndpoint(p, m);
    },
    paths,
    method,
  );
}
