import { describe, expect, it } from 'vitest';
import { summarizeDetails } from './detailsSummary';

const T = 'type.googleapis.com/google.rpc.';

describe('summarizeDetails: the notes each google.rpc detail gives', () => {
  it('reads ErrorInfo with its domain and metadata', () => {
    const s = summarizeDetails([
      {
        '@type': `${T}ErrorInfo`,
        reason: 'API_DISABLED',
        domain: 'googleapis.com',
        metadata: { service: 'x.googleapis.com', n: 3, consumer: 'projects/1' },
      },
    ]);
    expect(s?.notes).toEqual([
      {
        en: 'Reason: API_DISABLED (domain googleapis.com); service=x.googleapis.com, consumer=projects/1',
        ru: 'Причина: API_DISABLED (домен googleapis.com); service=x.googleapis.com, consumer=projects/1',
      },
    ]);
    expect(summarizeDetails([{ '@type': 'google.rpc.ErrorInfo', reason: 'R' }])?.notes).toEqual([
      { en: 'Reason: R', ru: 'Причина: R' },
    ]);
  });

  it('reads RetryInfo into a delay and a note, only when the delay parses', () => {
    const s = summarizeDetails([{ '@type': `${T}RetryInfo`, retryDelay: '1.5s' }]);
    expect(s?.retryDelaySeconds).toBe(1.5);
    expect(s?.notes).toEqual([
      {
        en: 'The server asks to retry no sooner than in 1.5 s (RetryInfo).',
        ru: 'Сервер просит повторить не раньше чем через 1.5 с (RetryInfo).',
      },
    ]);
    const bad = summarizeDetails([{ '@type': `${T}RetryInfo`, retryDelay: 'soon' }]);
    expect(bad?.retryDelaySeconds).toBeUndefined();
    expect(bad?.notes).toEqual([]);
  });

  it('lists quota, precondition, help, resource, debug and localized notes', () => {
    const s = summarizeDetails([
      {
        '@type': `${T}QuotaFailure`,
        violations: [{ subject: 'project:1', description: 'Daily limit' }],
      },
      {
        '@type': `${T}PreconditionFailure`,
        violations: [{ type: 'TOS', subject: 'user', description: 'Accept the terms' }],
      },
      {
        '@type': `${T}Help`,
        links: [{ description: 'Docs', url: 'https://x.test/d' }, { url: '' }],
      },
      {
        '@type': `${T}ResourceInfo`,
        resourceType: 'bucket',
        resourceName: 'b1',
        description: 'gone',
      },
      { '@type': `${T}DebugInfo`, detail: 'stack' },
      { '@type': `${T}LocalizedMessage`, locale: 'fr', message: 'Erreur' },
    ]);
    expect(s?.notes).toEqual([
      { en: 'Quota exceeded: project:1 Daily limit', ru: 'Превышена квота: project:1 Daily limit' },
      {
        en: 'Precondition failed: TOS user Accept the terms',
        ru: 'Не выполнено условие: TOS user Accept the terms',
      },
      { en: 'Help: Docs <https://x.test/d>', ru: 'Справка: Docs <https://x.test/d>' },
      { en: 'Help: ', ru: 'Справка: ' },
      { en: 'Resource: bucket b1 gone', ru: 'Ресурс: bucket b1 gone' },
      { en: 'Debug info: stack', ru: 'Отладочная информация: stack' },
      { en: 'Localized message (fr): Erreur', ru: 'Локализованное сообщение (fr): Erreur' },
    ]);
  });

  it('reads BadRequest into field errors and RequestInfo into the request id', () => {
    const s = summarizeDetails([
      {
        '@type': `${T}BadRequest`,
        fieldViolations: [{ field: 'name', description: 'Required' }, { field: 'age' }, 'x'],
      },
      { '@type': `${T}RequestInfo`, requestId: 'req-1' },
    ]);
    expect(s?.fieldErrors).toEqual([{ field: 'name', messages: ['Required'] }]);
    expect(s?.requestId).toBe('req-1');
    expect(summarizeDetails([{ '@type': `${T}RequestInfo`, requestId: '' }])?.requestId).toBeNull();
  });

  it('keeps unknown types and repeats under other, and nothing for an empty list', () => {
    const first = { '@type': `${T}DebugInfo`, detail: 'a' };
    const again = { '@type': `${T}DebugInfo`, detail: 'b' };
    const unknown = { '@type': 'example.com/Foo' };
    const s = summarizeDetails([first, again, unknown, 5, { nothing: 1 }]);
    expect(s?.details).toEqual({ debugInfo: first, other: [again, unknown, { nothing: 1 }] });
    expect(summarizeDetails([])).toBeNull();
    expect(summarizeDetails({ '@type': `${T}DebugInfo` })).toBeNull();
  });
});
