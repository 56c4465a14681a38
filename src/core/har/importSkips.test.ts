import { describe, expect, it } from 'vitest';
import { runHarImport, type HarImportMessage } from './importHar';

function entry(status: unknown, body: unknown = { ok: false, error: { code: 'x' } }) {
  return {
    startedDateTime: '2026-06-23T10:00:00.000Z',
    request: { method: 'GET', url: 'https://api.example.com/x' },
    response: {
      status,
      content: {
        mimeType: 'application/json',
        text: typeof body === 'string' ? body : JSON.stringify(body),
      },
    },
  };
}

/** JSON text of objects nested `depth` deep (JSON.stringify itself would overflow the stack). */
function nested(depth: number): string {
  return `${'{"next":'.repeat(depth)}"bottom"${'}'.repeat(depth)}`;
}

async function importAll(entries: unknown[]): Promise<HarImportMessage[]> {
  const messages: HarImportMessage[] = [];
  const text = JSON.stringify({ log: { entries } });
  await runHarImport(
    { text: async () => text },
    { bodyLimit: 1 << 20, pins: {}, firstId: -1 },
    (m) => {
      // What the worker does to every message: a structured clone.
      messages.push(structuredClone(m));
    },
  );
  return messages;
}

describe('HAR import: one bad entry is skipped alone', () => {
  it('passes an entry whose details are nested 5,000 deep, without the tree', async () => {
    const deep = `{"ok":false,"error":{"code":"x","message":"deep","details":${nested(5000)}}}`;
    const messages = await importAll([entry(400, deep), entry(500)]);
    const done = messages.at(-1);
    expect(done).toMatchObject({ type: 'done', entries: 2, errors: 2, skipped: 0 });
    const step = messages.find((m) => m.type === 'step');
    expect(step?.type === 'step' && step.errors.map((e) => e.decoded.details)).toEqual([
      null,
      null,
    ]);
    expect(step?.type === 'step' && step.errors[0]?.decoded.message).toBe('deep');
  });

  it('reports entries whose status is no HTTP status as skipped, and keeps status 0 apart', async () => {
    const messages = await importAll([
      entry(500.5),
      entry(99999999999),
      entry(-1),
      entry(0),
      entry(503),
    ]);
    expect(messages.at(-1)).toEqual({
      type: 'done',
      entries: 5,
      errors: 2, // status 0 is a failure below HTTP: a `network` row, not a skipped entry
      skipped: 3,
      firstSkipped: [
        { entry: 0, reason: 'invalid-status', detail: '500.5' },
        { entry: 1, reason: 'invalid-status', detail: '99999999999' },
        { entry: 2, reason: 'invalid-status', detail: '-1' },
      ],
    });
  });
});
