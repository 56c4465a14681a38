import type { ErrorFormat } from '../formats/format';
import type { Text } from '../types';
import { BEHAVIOURS, type Behaviour } from './behaviours/index';
import { BODY_READERS } from './bodyReaders/index';
import { toCatalog, toEntry, toRange, toText } from './entries';
import type { ErrorPack } from './packTypes';
import { compileEnvelope } from './readEnvelope';
import { compileTopLevel, namesMask } from './topLevel';
import { neededKeys } from './keyGuard';
import { claimKey } from './codegen/keys';
import { GENERATED_CLAIMS } from '../packs/conditions.generated';
import { dottedName, parsePointer } from './pointer';
import { sourceList } from './sources';

/** Where a pack came from: shipped with the decoder, or added by the user. */
export type PackOrigin = 'builtin' | 'user';

/** A user pack without `specificity` ranks with the seed formats' bare envelopes. */
export const DEFAULT_SPECIFICITY = 10;

/** The first body field the request id is read from, as the documents name it (`meta.request_id`). */
function requestIdField(pack: ErrorPack): string | undefined {
  for (const source of sourceList(pack.envelope.requestId)) {
    const pointer = parsePointer(source);
    if (pointer !== null && pointer.length > 0) return dottedName(pointer);
  }
  return undefined;
}

function manyErrorsNote(text: Text): (count: number) => Text {
  return (count) => ({
    en: text.en.replaceAll('{count}', String(count)),
    ru: text.ru.replaceAll('{count}', String(count)),
  });
}

/**
 * Compiles a validated pack, once, into the format the decoder runs: conditions into closures,
 * pointers into token lists, catalogs into Maps. Never evaluates anything the pack holds.
 */
export function compilePack(pack: ErrorPack, origin: PackOrigin): ErrorFormat {
  const behaviours = (pack.behaviours ?? []).flatMap((name): Behaviour[] => {
    const behaviour = BEHAVIOURS.get(name);
    return behaviour === undefined ? [] : [behaviour];
  });
  const read = compileEnvelope(pack.envelope, behaviours, pack.retryOverrides);
  const bodyReader = pack.bodyReader === undefined ? undefined : BODY_READERS.get(pack.bodyReader);
  // A reader's body is not the parsed JSON, and a batch reads an array: their claims and tests
  // see no parsed object (a batch's test, below, only one that is not an array).
  const readsParsedObject = bodyReader === undefined && !behaviours.some((b) => b.readBody);
  // A batch reads any body but an array as the pack reads it: test that one's members first.
  const batchOfParts =
    bodyReader === undefined &&
    !readsParsedObject &&
    behaviours.every((b) => b.readBody === undefined || b.partsOnlyInArrays === true);
  const { success, match } = pack.envelope;
  const claims = readsParsedObject ? GENERATED_CLAIMS.get(claimKey(success, match)) : undefined;
  // Every format gets every member, absent ones as undefined: the decoder's loop then reads
  // one object shape, not sixteen (a megamorphic read cost ~10 % of a small body's decode).
  const format: ErrorFormat = {
    id: pack.id,
    name: toText(pack.name),
    source: pack.source ?? '',
    version: pack.version,
    hosts: pack.hosts ?? [],
    apiHosts: pack.apiHosts,
    origin,
    specificity: pack.specificity ?? DEFAULT_SPECIFICITY,
    errorOn2xx: pack.errorOn2xx,
    silentOn2xx: !pack.errorOn2xx && success === undefined ? true : undefined,
    bodyReader,
    recognize: read,
    catalog: toCatalog(pack.codes),
    hasCatalog: pack.openCatalog === true ? false : undefined,
    batchNote: pack.manyErrors === undefined ? undefined : manyErrorsNote(toText(pack.manyErrors)),
    statuses: toCatalog(pack.statuses),
    codeRanges: pack.ranges?.map(toRange),
    undocumentedCode:
      pack.undocumentedCode === undefined ? undefined : toEntry(pack.undocumentedCode),
    exampleCodes: pack.exampleCodes === undefined ? undefined : [...pack.exampleCodes],
    requestIdField: requestIdField(pack),
    checkFirst:
      pack.checkFirst === undefined
        ? undefined
        : {
            methods: pack.checkFirst.methods.map((m) => m.toUpperCase()),
            warning: toText(pack.checkFirst.warning),
          },
    claims,
    claimKeys: claims === undefined ? undefined : namesMask(neededKeys(success, match)),
    // The generated claim is exact and one call: the top-level index would only add to it.
    // JSON-RPC's was asked of every JSON body first (~3 % of a small error's decode, profile).
    topLevel:
      (readsParsedObject && claims === undefined) || batchOfParts
        ? compileTopLevel(match, success, batchOfParts)
        : undefined,
  };
  return Object.freeze(format);
}
