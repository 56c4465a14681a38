import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../formats/index';
import { BUILTIN_PACKS } from '../../packs/index';
import { GENERATED_READERS } from '../../packs/readers.generated';
import { BEHAVIOURS } from '../behaviours/index';
import { envelopeKey } from '../fastReader';
import type { ErrorPack } from '../packTypes';
import { parsePointer } from '../pointer';
import { compileEnvelope } from '../readEnvelope';
import { sourceList } from '../sources';
import { packPointers } from './emitConditions';
import { generatedReadersModule } from './generatedModule';
import {
  all,
  contextOf,
  near,
  place,
  TYPE_EXAMPLES,
  type Fact,
} from '../../../../test/helpers/conditionFacts';
import { propertyRuns } from '../../../../test/helpers/propertyRuns';

describe('generated readers', () => {
  it('readers.generated.ts is what scripts/gen-conditions.ts writes (run it after a pack changes)', async () => {
    const committed = readFileSync(
      new URL('../../packs/readers.generated.ts', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(await generatedReadersModule());
  });

  it('read what the compiled envelope readers read, wherever a pack’s claim holds', () => {
    const packs = (Object.values(BUILTIN_PACKS) as ErrorPack[]).filter((p) =>
      GENERATED_READERS.has(envelopeKey(p.envelope)),
    );
    // Every single-error JSON envelope, the behaviours' hooks called as the compiled reader
    // calls them (not JSON-RPC's batches, GraphQL's lists, or a body reader's bodies).
    expect(packs.map((p) => p.id).sort()).toEqual([
      'aws-json',
      'connect',
      'github',
      'google-rpc',
      'numeric-code',
      'odata',
      'ok-flag',
      'problem-json',
      'slack',
      'state-meta',
      'stripe',
      'success-flag',
    ]);
    // Codes, messages and ids of each kind a source may accept or refuse, lists and maps of
    // field errors, and values a cut or a default changes.
    const values: unknown[] = [
      ...TYPE_EXAMPLES,
      '',
      '1008',
      'ns.v1#ThrottlingException:http://x',
      [{ field: 'f', target: 't', message: 'm' }, { field: 'f', message: 'n' }, 'x'],
      { amount: ['required', 'too small'], currency: 'bad' },
      // google.rpc details, in AIP-193's JSON and in Connect's (RetryInfo of 3 s, base64).
      [
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '3s' },
        { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'R', domain: 'd' },
      ],
      [{ type: 'google.rpc.RetryInfo', value: 'CgIIAw' }],
    ];
    for (const pack of packs) {
      const format = FORMATS.find((f) => f.id === pack.id);
      const claims = format?.claims;
      if (format === undefined || claims === undefined) throw new Error(`${pack.id}: no claim`);
      const behaviours = (pack.behaviours ?? []).flatMap((b) => BEHAVIOURS.get(b) ?? []);
      const compiled = compileEnvelope(pack.envelope, behaviours, pack.retryOverrides, false);
      const { envelope } = pack;
      const sources = [
        ...packPointers(pack),
        ...sourceList(envelope.requestId ?? 'header:X-Request-Id'),
        ...sourceList(
          typeof envelope.code === 'object' && 'from' in envelope.code
            ? envelope.code.from
            : envelope.code,
        ),
      ];
      const pointers = sources.filter((s) => !s.startsWith('header:'));
      const headers = [
        ...sources.filter((s) => s.startsWith('header:')).map((s) => s.slice(7)),
        'retry-after',
        'x-ratelimit-remaining',
      ];
      const lists = [envelope.match, ...(envelope.success === undefined ? [] : [envelope.success])];
      const more = fc.array(
        fc.oneof(
          fc
            .tuple(fc.constantFrom(...pointers), fc.constantFrom(...values))
            .map(([p, value]): Fact => ({ at: parsePointer(p) ?? [], value })),
          fc
            .tuple(fc.constantFrom(...headers), fc.constantFrom('req_1', '0', 'false', 'a#B:c'))
            .map(([header, value]): Fact => ({ header, value })),
          fc.constantFrom(...[200, 403, 429].map((status): Fact => ({ status }))),
        ),
        { maxLength: 8 },
      );
      let claimed = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(...lists).chain((list) => all(list.map(near))),
          more,
          fc.boolean(),
          (facts, extra, useArrays) => {
            const stated = [...facts, ...extra];
            const body: unknown = JSON.parse(JSON.stringify(place(stated, useArrays)) ?? 'null');
            const context = { mimeType: '', ...contextOf(stated, useArrays) };
            if (!claims(body, context)) return;
            claimed++;
            expect(format.recognize(body, context, true), pack.id).toStrictEqual(
              compiled(body, context),
            );
          },
        ),
        { numRuns: propertyRuns(1_000) },
      );
      // A few percent of the runs at the least: 26–50 of 600 for google-rpc, 39 for odata. With
      // the full run count only (mutation testing lowers it, test/helpers/propertyRuns.ts).
      if (propertyRuns(1_000) === 1_000) expect(claimed, pack.id).toBeGreaterThan(16);
    }
  });
});
