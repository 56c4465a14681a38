// @vitest-environment happy-dom
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppStore } from '../../store/appStore';
import type { AuditViolation } from '../../store/auditSlice';
import { addErrors, captured, okFalse, renderPanel, rows } from '../testSupport';

afterEach(cleanup);

const T0 = Date.parse('2026-06-23T10:00:00Z');
const url = 'https://api.example.com/v1/buy?x=1';

function violation(seq: number, over: Partial<AuditViolation>): AuditViolation {
  return {
    seq,
    errorId: null,
    method: 'POST',
    url,
    host: 'api.example.com',
    status: 502,
    startedAt: T0 + seq * 1000,
    kind: 'retried-too-early',
    retryOf: 1,
    ...over,
  };
}

const auditRows = () => Array.from(document.querySelectorAll<HTMLElement>('.audit-row'));
const badge = (id: number) =>
  document.querySelector<HTMLElement>(`.row[data-id="${id}"] .violation-badge`);

let store: AppStore;
beforeEach(() => {
  ({ store } = renderPanel());
  addErrors(
    store,
    [1, 2].map((id) =>
      captured(id, {
        url,
        method: 'POST',
        status: 502,
        startedAt: T0 + id,
        json: okFalse('provider_error'),
      }),
    ),
  );
});

describe('the retry audit in the panel', () => {
  it('shows an empty state until a rule is broken, and no badge', () => {
    expect(document.querySelector('.violation-badge')).toBeNull();
    fireEvent.click(document.getElementById('view-audit') as HTMLElement);
    expect(document.getElementById('audit-empty')?.textContent).toContain('No broken retry rules');
  });

  it('badges the offending row with every rule it broke', () => {
    act(() =>
      store
        .getState()
        .addViolations([
          violation(1, { errorId: 2, kind: 'retried-too-early' }),
          violation(2, { errorId: 2, kind: 'blind-retry' }),
        ]),
    );
    expect(badge(1)).toBeNull();
    const b = badge(2);
    expect(b?.dataset['kinds']).toBe('retried-too-early blind-retry');
    expect(b?.textContent).toBe('⚠ retry');
    expect(b?.title).toBe(
      'Retry rules broken: Retried before the wait was over; Repeated a purchase without checking first',
    );
  });

  it('lists violations, successful retries included, and opens the error retried', () => {
    act(() =>
      store
        .getState()
        .addViolations([
          violation(1, { errorId: 2, kind: 'blind-retry' }),
          violation(2, { errorId: null, status: 200, kind: 'too-many-attempts', retryOf: 2 }),
          violation(3, { errorId: null, status: 200, kind: 'retried-too-early', retryOf: 99 }),
        ]),
    );
    fireEvent.click(document.getElementById('view-audit') as HTMLElement);
    expect(document.getElementById('audit-count')?.textContent).toBe('3 broken rules');
    const list = auditRows();
    expect(list.map((r) => r.dataset['kind'])).toEqual([
      'blind-retry',
      'too-many-attempts',
      'retried-too-early',
    ]);
    const cells = Array.from(list[1]?.querySelectorAll('td') ?? []).map((td) => td.textContent);
    expect(cells.slice(1)).toEqual([
      'POST',
      'api.example.com/v1/buy?x=1',
      '200',
      'Too many attempts',
      expect.stringMatching(/ · 502 provider_error$/),
    ]);
    // The error retried by the third one is gone from the list.
    expect(list[2]?.textContent).toContain('no longer listed');

    fireEvent.click(list[1]?.querySelector('.audit-retry-of') as HTMLElement);
    expect(store.getState().activeView).toBe('errors');
    expect(store.getState().selectedId).toBe(2);
    expect(store.getState().detailsOpen).toBe(true);
    expect(rows().find((r) => r.classList.contains('selected'))?.dataset['id']).toBe('2');
  });

  it('speaks Russian, and empties on clear', () => {
    act(() => store.getState().addViolations([violation(1, { errorId: 2 })]));
    act(() => store.getState().updateSettings({ lang: 'ru' }));
    expect(badge(2)?.textContent).toBe('⚠ повтор');
    fireEvent.click(document.getElementById('view-audit') as HTMLElement);
    expect(document.getElementById('audit-count')?.textContent).toBe('1 нарушение');
    expect(auditRows()[0]?.textContent).toContain('Повторили, не дождавшись паузы');
    act(() => store.getState().clear());
    expect(auditRows()).toHaveLength(0);
    expect(document.getElementById('audit-empty')?.textContent).toContain(
      'Правила повтора не нарушались',
    );
  });
});
