import type { Envelope, EnvelopeError } from '../formats/format';
import { isObject } from '../json/guards';
import type { FieldError, FieldPointers } from '../types';
import type { Behaviour, ErrorList } from './behaviours/index';
import { compileCode } from './codes';
import { compileConditions, type MatchContext, type Test } from './conditions';
import { compileFieldErrors } from './fieldErrors';
import { compileKeyGuard } from './keyGuard';
import { hasType } from './jsonValues';
import type { EnvelopeSpec, RetryOverride } from './packTypes';
import { compileRetryOverrides } from './retryOverrides';
import { pointerReader } from './pointer';
import { compilePointers } from './fieldPointers';
import { compileSourcesHit, type ReadContext } from './sources';
import { envelopeKey, writable, type ReaderKit } from './fastReader';
import { GENERATED_READERS } from '../packs/readers.generated';

// A hostile body may list millions of errors; the panel needs only enough to act on.
const MAX_ERRORS = 1000;

export type EnvelopeReader = (
  body: unknown,
  context: MatchContext | undefined,
  claimed?: boolean,
) => Envelope | null;

const NO_ERRORS: ErrorList = [];
const asString = (value: unknown) => (typeof value === 'string' ? value : null);

/** `details`: the value at a pointer, or an object of fields each read at its own pointer. */
function compileDetails(spec: EnvelopeSpec['details']): (item: unknown) => unknown {
  if (spec === undefined) return () => null;
  if (typeof spec === 'string') {
    const read = pointerReader(spec);
    return (item) => read(item) ?? null;
  }
  const fields = Object.entries(spec.fields).map(([name, field]) => ({
    name,
    read: pointerReader(field.path),
    type: field.type,
    // Only "__proto__" needs defineProperty to stay a plain key; it costs ~1 µs a field.
    plain: name !== '__proto__',
  }));
  return (item) => {
    const details: Record<string, unknown> = {};
    for (const { name, read, type, plain } of fields) {
      const value = read(item);
      const absent = value === undefined || (type !== undefined && !hasType(value, type));
      if (plain) {
        details[name] = absent ? null : value;
        continue;
      }
      Object.defineProperty(details, name, {
        value: absent ? null : value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return details;
  };
}

function itemsSpec(spec: NonNullable<EnvelopeSpec['errors']>) {
  return typeof spec === 'string' ? { path: spec, each: undefined } : spec;
}

/** The list of error objects, or `null` when the body holds none that all meet `each`. */
function compileItems(spec: EnvelopeSpec['errors']): ((body: unknown) => unknown[] | null) | null {
  if (spec === undefined) return null;
  const { path, each } = itemsSpec(spec);
  const read = pointerReader(path);
  const test: Test | null = each === undefined ? null : compileConditions(each);
  return (body) => {
    const list = read(body);
    if (!Array.isArray(list) || list.length === 0) return null;
    const items = list.length > MAX_ERRORS ? list.slice(0, MAX_ERRORS) : list;
    if (test !== null) for (const item of items) if (!test(item, undefined)) return null;
    return items;
  };
}

/**
 * Compiles the envelope part of a pack, with its behaviours, into one reader. A body is read as
 * a JSON object (a batch behaviour reads an array's items); `null` when it is not this format.
 */
export function compileEnvelope(
  spec: EnvelopeSpec,
  behaviours: readonly Behaviour[],
  overrides?: readonly RetryOverride[],
  /** `false`: never the generated reader (the tests that hold it to this one). */
  useGenerated = true,
): EnvelopeReader {
  const override = compileRetryOverrides(overrides);
  const success = spec.success === undefined ? null : compileConditions(spec.success);
  const match = compileConditions(spec.match);
  const guard = compileKeyGuard(spec.success, spec.match);
  const items = compileItems(spec.errors);
  const code = compileCode(spec.code);
  const message = compileSourcesHit(spec.message, asString);
  const requestId = compileSourcesHit(spec.requestId ?? 'header:X-Request-Id', asString);
  const pointers = compilePointers(spec);
  const itemsPath = spec.errors === undefined ? '' : itemsSpec(spec.errors).path;
  const fieldErrors = compileFieldErrors(spec.fieldErrors);
  const details = compileDetails(spec.details);
  const detailsHook = behaviours.find((b) => b.details)?.details;
  const finishers = behaviours.flatMap((b) => (b.finish ? [b.finish] : []));
  const readBody = behaviours.find((b) => b.readBody)?.readBody;

  const readError = (
    item: unknown,
    context: ReadContext | undefined,
    at: string,
  ): EnvelopeError | null => {
    const value = code.read(item, context);
    if (value === null && code.required) return null;
    const text = message.read(item, context);
    return {
      code: value,
      message: text,
      details: detailsHook && isObject(item) ? detailsHook(item, value) : details(item),
      fieldErrors: fieldErrors(item) as FieldError[],
      pointers: pointers.make(at, code.hit, message.hit),
    };
  };

  /** The errors of one object body: none for the success shape, `null` when not this format. */
  const readPart = (
    body: unknown,
    at: string,
    context: MatchContext | undefined,
  ): ErrorList | null => {
    if (!isObject(body)) return null;
    if (guard !== null && !guard(body)) return null;
    if (success?.(body, context)) return NO_ERRORS;
    if (!match(body, context)) return null;
    if (items === null) {
      const error = readError(body, context, at);
      return error === null ? null : [error];
    }
    const found = items(body);
    if (found === null) return null;
    const errors: EnvelopeError[] = [];
    for (let i = 0; i < found.length; i++) {
      const error = readError(found[i], context, `${at}${itemsPath}/${i}`);
      if (error === null) return null;
      errors.push(error);
    }
    return errors;
  };

  const compiled: EnvelopeReader = (body, context) => {
    const errors = readBody ? readBody(body, readPart, context) : readPart(body, '', context);
    if (errors === null) return null;
    const id = requestId.read(body, context);
    if (id !== null) {
      // The errors were made just above, by readError: setting their pointers copies nothing.
      for (const error of errors as readonly { pointers?: FieldPointers }[]) {
        if (error.pointers) error.pointers = pointers.withRequestId(error.pointers, requestId.hit);
      }
    }
    let envelope: Envelope = { errors, requestId: id };
    if (errors.length > 0 && isObject(body)) {
      for (const finish of finishers) envelope = finish(body, envelope);
    }
    if (override !== null && errors.length > 0) envelope = override(body, context, envelope);
    return envelope;
  };

  // A built-in envelope's generated reader, for a body its claim held for; it leaves the
  // success shape to the compiled one. The key is the envelope's JSON: a changed pack is read
  // by the compiled reader until gen:conditions writes its reader again.
  const generated =
    useGenerated && writable(spec, behaviours)
      ? GENERATED_READERS.get(envelopeKey(spec))
      : undefined;
  if (generated === undefined) return compiled;
  const kit: ReaderKit = {
    success,
    cases: code.cases,
    cut: code.cut,
    fieldErrors,
    pointers,
    detailsHook: detailsHook ?? null,
    finishers,
  };
  return (body, context, claimed) => {
    if (claimed === true) {
      const read = generated(body, context, kit);
      if (read !== undefined)
        return read === null || override === null ? read : override(body, context, read);
    }
    return compiled(body, context);
  };
}
