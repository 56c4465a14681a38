import { fieldErrorsFromList, fieldErrorsFromMap } from '../json/fieldErrors';
import type { FieldError } from '../types';
import type { FieldErrorsSpec } from './packTypes';
import { pointerReader } from './pointer';
import { compileSources } from './sources';

type Reader = (item: unknown) => readonly FieldError[];

const NONE: readonly FieldError[] = [];
const asString = (value: unknown) => (typeof value === 'string' ? value : null);

/** Where an error's field-level messages sit, and their shape: a map or a list of objects. */
export function compileFieldErrors(spec: FieldErrorsSpec | undefined): Reader {
  if (spec === undefined) return () => NONE;
  const read = pointerReader(spec.path);
  const field = compileSources(spec.field ?? '/field', asString);
  const message = compileSources(spec.message ?? '/message', asString);
  // Made once: the list reader runs them per item, on lists of up to thousands.
  const readField = (item: unknown) => field(item, undefined) ?? undefined;
  const readMessage = (item: unknown) => message(item, undefined) ?? undefined;
  const fromList = (value: unknown) => fieldErrorsFromList(value, readField, readMessage);
  switch (spec.shape) {
    case 'map':
      return (item) => fieldErrorsFromMap(read(item));
    case 'list':
      return (item) => fromList(read(item));
    case 'auto':
      return (item) => {
        const value = read(item);
        return Array.isArray(value) ? fromList(value) : fieldErrorsFromMap(value);
      };
  }
}
