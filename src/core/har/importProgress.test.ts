import { describe, expect, it } from 'vitest';
import {
  decodeHarEntries,
  firstImportId,
  type HarImportMessage,
  type HarImportOptions,
  importHarEntry,
  importPercent,
  MAX_SKIPPED_LISTED,
  runHarImport,
} from './importHar';

const OPTIONS: HarImportOptions = { bodyLimit: 1000, pins: {}, firstId: -1 };

const failing = (status: number, extra: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-06-23T10:00:00.000Z',
  request: { method: 'POST', url: 'https://api.example.com/x', headers: [] },
  response: { status, headers: [], content: { mimeType: 'application/json', text: '{}' } },
  ...extra,
});

const har = (entries: unknown[]) => ({
  text: () => Promise.resolve(JSON.stringify({ log: { entries } })),
});

async function messagesOf(
  source: { text(): Promise<string> },
  signal?: AbortSignal,
  options = OPTIONS,
): Promise<HarImportMessage[]> {
  const out: HarImportMessage[] = [];
  await runHarImport(source, options, (m) => void out.push(m), signal);
  return out;
}

describe('firstImportId', () => {
  it('starts below the lowest id in the store, and at -1 in an empty one', () => {
    expect(firstImportId([])).toBe(-1);
    expect(firstImportId([{ id: 3 }, { id: 1 }])).toBe(-1);
    expect(firstImportId([{ id: 2 }, { id: -4 }, { id: -9 }, { id: -9 }])).toBe(-10);
  });
});

describe('importPercent', () => {
  const step = (done: number, total: number): HarImportMessage => ({
    type: 'step',
    errors: [],
    indexes: [],
    skipped: [],
    done,
    total,
  });

  it('weights reading, parsing and decoding about a third each', () => {
    expect(importPercent({ type: 'phase', phase: 'read' })).toBe(0);
    expect(importPercent({ type: 'phase', phase: 'parse' })).toBe(30);
    expect(importPercent(step(0, 10))).toBe(60);
    expect(importPercent(step(5, 10))).toBe(80);
    expect(importPercent(step(10, 10))).toBe(100);
    expect(importPercent(step(0, 0))).toBe(100);
    expect(importPercent({ type: 'failed', reason: 'crashed' })).toBe(100);
    expect(
      importPercent({ type: 'done', entries: 1, errors: 0, skipped: 0, firstSkipped: [] }),
    ).toBe(100);
  });
});

describe('importHarEntry: what an entry keeps', () => {
  it('keeps the request body and the response end, and ignores wrong types', () => {
    const e = importHarEntry(
      failing(500, {
        time: 250,
        request: { method: 'POST', url: 'https://api.example.com/x', postData: { text: 'a=1' } },
      }),
      -1,
      OPTIONS,
    );
    expect(e).toMatchObject({ requestBody: 'a=1', imported: true, status: 500 });
    expect((e?.respondedAt ?? 0) - (e?.startedAt ?? 0)).toBe(250);
    const odd = importHarEntry(
      failing(500, {
        time: '250',
        request: { url: 'https://api.example.com/x', postData: { text: 3 } },
      }),
      -1,
      OPTIONS,
    );
    expect(odd).toMatchObject({ requestBody: null });
    expect(odd?.respondedAt).toBe(odd?.startedAt);
    const negative = importHarEntry(failing(500, { time: -5 }), -1, OPTIONS);
    expect(negative?.respondedAt).toBe(negative?.startedAt);
  });
});

describe('decodeHarEntries: statuses', () => {
  it('skips an entry whose status is no HTTP status, and reads a missing one as 0', () => {
    const [step] = [
      ...decodeHarEntries([failing(500.5), failing(500), { response: { status: 'x' } }], OPTIONS),
    ];
    expect(step?.skipped).toEqual([{ entry: 0, reason: 'invalid-status', detail: '500.5' }]);
    expect(step?.indexes).toEqual([1]);
    const [nan] = [...decodeHarEntries([{ response: { status: Infinity } }], OPTIONS)];
    expect(nan?.skipped).toEqual([]);
  });

  it('reports each step with only its own errors and skips', () => {
    const steps = [
      ...decodeHarEntries([failing(500.5), failing(500), failing(502), failing(700.5)], {
        ...OPTIONS,
        entriesPerStep: 2,
      }),
    ];
    expect(steps.map((s) => [s.indexes, s.skipped.map((k) => k.entry), s.done])).toEqual([
      [[1], [0], 2],
      [[2], [3], 4],
    ]);
    expect(steps[0]?.errors.map((e) => e.id)).toEqual([-1]);
    expect(steps[1]?.errors.map((e) => e.id)).toEqual([-2]);
  });
});

describe('runHarImport: messages', () => {
  it('reports the phases, the steps and a done with the first skipped entries', async () => {
    const entries = [...Array.from({ length: 25 }, () => failing(500.5)), failing(500)];
    const out = await messagesOf(har(entries));
    expect(out[0]).toEqual({ type: 'phase', phase: 'read' });
    expect(out[1]).toEqual({ type: 'phase', phase: 'parse' });
    const done = out.at(-1);
    expect(done).toMatchObject({ type: 'done', entries: 26, errors: 1, skipped: 25 });
    if (done?.type !== 'done') throw new Error('no done');
    expect(done.firstSkipped).toHaveLength(MAX_SKIPPED_LISTED);
    expect(done.firstSkipped[19]?.entry).toBe(19);
  });

  it('stops without a word once aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const out = await messagesOf(har([failing(500)]), controller.signal);
    expect(out).toEqual([{ type: 'phase', phase: 'read' }]);
  });

  it('stops after the step during which it was aborted', async () => {
    const controller = new AbortController();
    const out: HarImportMessage[] = [];
    await runHarImport(
      har([failing(500), failing(502)]),
      { ...OPTIONS, entriesPerStep: 1 },
      (m) => {
        out.push(m);
        if (m.type === 'step') controller.abort();
      },
      controller.signal,
    );
    expect(out.map((m) => m.type)).toEqual(['phase', 'phase', 'step']);
  });

  it('fails as crashed when reporting throws, and says nothing more once aborted', async () => {
    const out: HarImportMessage[] = [];
    await runHarImport(har([failing(500)]), OPTIONS, (m) => {
      out.push(m);
      if (m.type === 'step') throw new Error('emit failed');
    });
    expect(out.at(-1)).toEqual({ type: 'failed', reason: 'crashed' });
    const controller = new AbortController();
    const quiet: HarImportMessage[] = [];
    await runHarImport(
      har([failing(500)]),
      OPTIONS,
      (m) => {
        quiet.push(m);
        if (m.type === 'step') {
          controller.abort();
          throw new Error('emit failed');
        }
      },
      controller.signal,
    );
    expect(quiet.at(-1)?.type).toBe('step');
  });
});
