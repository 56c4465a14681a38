import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERATED_CONDITIONS, GENERATED_POINTERS } from '../../packs/conditions.generated';
import { FORMATS } from '../../formats/index';
import { BUILTIN_PACKS } from '../../packs/index';
import { interpretConditions } from '../conditions';
import type { Condition, ErrorPack } from '../packTypes';
import { compiledReader, parsePointer } from '../pointer';
import { conditionLists, packPointers } from './emitConditions';
import { conditionsKey } from './keys';
import { generatedConditionsModule } from './generatedModule';
import { presentNames, readTopLevel } from '../topLevel';
import {
  all,
  contextOf,
  near,
  place,
  TYPE_EXAMPLES,
} from '../../../../test/helpers/conditionFacts';
import { propertyRuns } from '../../../../test/helpers/propertyRuns';

const LISTS = (Object.values(BUILTIN_PACKS) as ErrorPack[]).flatMap(conditionLists);

/** Facts near one built-in list, with another list's facts as noise half the time, as JSON. */
const scenarioFor = (list: readonly Condition[]) =>
  fc
    .tuple(
      all(list.map(near)),
      fc.constantFrom(...LISTS).chain((other) => all(other.map(near))),
      fc.boolean(),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([facts, noise, withNoise, useArrays, headerCase]) => {
      const stated = withNoise ? [...noise, ...facts] : facts;
      return {
        json: JSON.stringify(place(stated, useArrays)) ?? 'null',
        context: contextOf(stated, headerCase),
      };
    });

/** Near any built-in list. */
const scenario = fc.constantFrom(...LISTS).chain(scenarioFor);

describe('generated conditions', () => {
  it('are what scripts/gen-conditions.ts writes for the packs as they are (run it after a pack changes)', async () => {
    const committed = readFileSync(
      new URL('../../packs/conditions.generated.ts', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(await generatedConditionsModule());
  });

  it('cover every condition list of every built-in pack', () => {
    const missing = LISTS.map(conditionsKey).filter((key) => !GENERATED_CONDITIONS.has(key));
    expect(missing).toEqual([]);
    expect(LISTS.length).toBeGreaterThanOrEqual(Object.keys(BUILTIN_PACKS).length);
  });

  it('hold exactly when the interpreter says so, on bodies made to come near each list', () => {
    const pairs = LISTS.map((list) => ({
      key: conditionsKey(list),
      generated: GENERATED_CONDITIONS.get(conditionsKey(list)),
      interpreted: interpretConditions(list),
    }));
    const held = new Set<string>();
    // Each list in turn, so that a list its near facts rarely meet (GraphQL's success shape:
    // 2-9 holds in 5,000 runs drawn over all lists) still holds in a run of its own.
    for (const list of LISTS) {
      fc.assert(
        fc.property(scenarioFor(list), ({ json, context }) => {
          const body: unknown = JSON.parse(json);
          for (const { key, generated, interpreted } of pairs) {
            const want = interpreted(body, context);
            if (want) held.add(key);
            if (generated?.(body, context) !== want) {
              throw new Error(`${key} on ${json}, ${JSON.stringify(context)}: not ${want}`);
            }
          }
        }),
        { numRuns: propertyRuns(1_000) },
      );
    }
    // Every list held at least once, or the comparison only ever saw "false" for it (with the
    // full run count: mutation testing lowers it, test/helpers/propertyRuns.ts).
    if (propertyRuns(1_000) === 1_000)
      expect(pairs.filter((p) => !held.has(p.key)).map((p) => p.key)).toEqual([]);
  });

  it('cover every pointer of every built-in pack', () => {
    const pointers = (Object.values(BUILTIN_PACKS) as ErrorPack[]).flatMap(packPointers);
    expect(pointers.filter((p) => p !== '' && !GENERATED_POINTERS.has(p))).toEqual([]);
  });

  it('read what the compiled pointer steps read, on bodies with a value at each pointer', () => {
    const readers = [...GENERATED_POINTERS].map(([text, generated]) => ({
      text,
      generated,
      compiled: compiledReader(text),
    }));
    const at = fc
      .tuple(
        fc.constantFrom(...readers),
        fc.constantFrom(...TYPE_EXAMPLES, 'x', 0),
        fc.boolean(),
        scenario,
      )
      .map(([{ text }, value, useArrays, noise]) => ({
        noise: noise.json,
        json: JSON.stringify(place([{ at: parsePointer(text) ?? [], value }], useArrays)),
      }));
    let found = 0;
    fc.assert(
      fc.property(at, ({ json, noise }) => {
        for (const body of [JSON.parse(json), JSON.parse(noise)] as unknown[]) {
          for (const { text, generated, compiled } of readers) {
            const want = compiled(body);
            if (want !== undefined) found++;
            if (generated(body) !== want) throw new Error(`${text} on ${JSON.stringify(body)}`);
          }
        }
      }),
      { numRuns: propertyRuns(3_000) },
    );
    expect(found).toBeGreaterThan(propertyRuns(3_000));
  });

  it('claim a body for a built-in format only if its conditions hold, and never one it recognizes', () => {
    const packs = Object.values(BUILTIN_PACKS) as ErrorPack[];
    const claiming = FORMATS.flatMap((format) => {
      const pack = packs.find((p) => p.id === format.id);
      const claims = format.claims;
      if (pack === undefined || claims === undefined) return [];
      const { success, match } = pack.envelope;
      const either = interpretConditions([
        { anyOf: [{ allOf: success ?? [{ anyOf: [] }] }, { allOf: match }] },
      ]);
      return [{ format, claims, either }];
    });
    // The JSON envelopes (not gRPC-Web, XML, or JSON-RPC's batches) are claimed.
    expect(claiming.length).toBeGreaterThanOrEqual(10);
    let claimed = 0;
    fc.assert(
      fc.property(scenario, ({ json, context }) => {
        const body: unknown = JSON.parse(json);
        const full = { mimeType: context.mimeType ?? '', ...context };
        for (const { format, claims, either } of claiming) {
          const claim = claims(body, full);
          const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
          expect(claim, format.id).toBe(isObject && either(body, context));
          if (claim) claimed++;
          else expect(format.recognize(body, full), format.id).toBeNull();
          // The decoder skips a claim whose keys the body lacks: never one that holds.
          if (claim && format.claimKeys !== undefined) {
            expect(readTopLevel(body), format.id).toBe(true);
            expect(presentNames() & format.claimKeys, format.id).not.toBe(0);
          }
        }
      }),
      { numRuns: propertyRuns(3_000) },
    );
    expect(claimed).toBeGreaterThan(propertyRuns(3_000) / 3);
  });
});
