import { describe, expect, it } from 'vitest';
import { captured } from '../testSupport';
import type { HarImportMessage } from '../../core/har/importHar';
import { passOn } from './passOn';

describe('passOn (worker → panel)', () => {
  it('skips an error no structured clone can pass, alone, and counts it in done', () => {
    const received: HarImportMessage[] = [];
    const post = passOn((m) => received.push(structuredClone(m)));
    const good = { ...captured(-1, { status: 500 }), imported: true };
    const bad = { ...captured(-2, { status: 500 }), imported: true, extra: () => 0 };
    post({
      type: 'step',
      errors: [good, bad, good],
      indexes: [3, 4, 7],
      skipped: [],
      done: 8,
      total: 8,
    });
    post({ type: 'done', entries: 8, errors: 3, skipped: 0, firstSkipped: [] });
    const steps = received.filter((m) => m.type === 'step');
    expect(steps.flatMap((m) => (m.type === 'step' ? m.indexes : []))).toEqual([3, 7]);
    expect(steps.at(-1)).toMatchObject({
      skipped: [{ entry: 4, reason: 'not-transferable', detail: 'DataCloneError' }],
    });
    expect(received.at(-1)).toEqual({
      type: 'done',
      entries: 8,
      errors: 2,
      skipped: 1,
      firstSkipped: [{ entry: 4, reason: 'not-transferable', detail: 'DataCloneError' }],
    });
  });

  it('posts a step that clones as one message', () => {
    const received: HarImportMessage[] = [];
    const post = passOn((m) => received.push(structuredClone(m)));
    post({ type: 'step', errors: [captured(-1)], indexes: [0], skipped: [], done: 1, total: 1 });
    expect(received).toHaveLength(1);
  });
});
