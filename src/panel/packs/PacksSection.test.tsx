// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMATS } from '../../core/formats/index';
import type { AppStore } from '../../store/appStore';
import { sanitizeSettings } from '../../store/settings';
import { compileStoredPacks } from '../../store/userPacks';
import { renderPanel } from '../testSupport';

afterEach(cleanup);

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../../test/fixtures/packs', name), 'utf8');
const ACME = readFileSync(
  join(import.meta.dirname, '../../../demo/packs/acme-billing.json'),
  'utf8',
);

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const packRows = () =>
  Array.from(document.querySelectorAll<HTMLElement>('.pack-row')).map((r) => [
    r.dataset['pack'],
    r.dataset['origin'],
  ]);

function paste(text: string) {
  fireEvent.change(byId('pack-paste'), { target: { value: text } });
  fireEvent.click(byId('pack-import-paste'));
}

let store: AppStore;
beforeEach(() => {
  ({ store } = renderPanel());
  fireEvent.click(byId('watched-hosts-toggle'));
});

describe('the Packs section', () => {
  it('opens with the watched hosts and lists every built-in pack with its code count', () => {
    expect(packRows()).toEqual(FORMATS.map((f) => [f.id, 'builtin']));
    const jsonrpc = document.querySelector('.pack-row[data-pack="jsonrpc"]');
    expect(jsonrpc?.querySelector('.pack-codes')?.textContent).toBe(
      String(FORMATS.find((f) => f.id === 'jsonrpc')?.catalog.size),
    );
  });

  it('imports pasted JSON into settings, listed first with version, hosts and codes', () => {
    paste(ACME);
    expect(byId('pack-imported').textContent).toBe('Imported pack acme-billing.');
    expect(store.getState().settings.userPacks).toEqual([{ text: ACME, enabled: true }]);
    const row = document.querySelector('.pack-row[data-pack="acme-billing"]') as HTMLElement;
    expect(packRows()[0]).toEqual(['acme-billing', 'user']);
    expect(row.textContent).toContain('2.1.0');
    expect(row.querySelector('.pack-hosts')?.textContent).toBe(
      'billing.acme.example, localhost, 127.0.0.1',
    );
    expect(row.querySelector('.pack-codes')?.textContent).toBe('3');
    expect(
      compileStoredPacks(store.getState().settings.userPacks).set?.byId('acme-billing'),
    ).toBeDefined();
  });

  it('refuses an invalid pack whole and lists every problem', () => {
    paste(fixture('invalid.json'));
    expect(store.getState().settings.userPacks).toEqual([]);
    const problems = Array.from(byId('pack-problems').querySelectorAll('li')).map(
      (li) => li.textContent,
    );
    expect(problems).toEqual([
      '/id: must be lowercase letters, digits and "-", not starting with "-"',
      '/errorOn2xx: must be true or false',
      '/envelope/match/0/path: must be a JSON Pointer such as /error/code ("" is the whole body)',
      '/codes/E42/retry/advice: must be one of no, after-auth, wait, backoff, check-first',
    ]);
    expect(byId('pack-problems').textContent).toContain('4 problems');
  });

  it('disables, re-imports in place and removes a user pack', () => {
    paste(ACME);
    const checkbox = () =>
      document.querySelector('.pack-row[data-pack="acme-billing"] input') as HTMLInputElement;
    fireEvent.click(checkbox());
    expect(store.getState().settings.userPacks[0]?.enabled).toBe(false);
    expect(compileStoredPacks(store.getState().settings.userPacks).set).toBeUndefined();
    paste(ACME.replace('"2.1.0"', '"2.2.0"'));
    expect(store.getState().settings.userPacks).toHaveLength(1);
    expect(document.querySelector('.pack-row[data-pack="acme-billing"]')?.textContent).toContain(
      '2.2.0',
    );
    fireEvent.click(
      document.querySelector('.pack-row[data-pack="acme-billing"] .pack-remove') as HTMLElement,
    );
    expect(store.getState().settings.userPacks).toEqual([]);
    expect(packRows().every(([, origin]) => origin === 'builtin')).toBe(true);
  });
});

describe('stored packs', () => {
  it('keep only well-typed entries from storage', () => {
    expect(
      sanitizeSettings({ userPacks: [{ text: ACME, enabled: false }, { text: 1 }, null, 'x'] }),
    ).toEqual({ userPacks: [{ text: ACME, enabled: false }] });
  });
});
