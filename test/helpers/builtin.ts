import type { ErrorFormat } from '../../src/core/formats/format';
import { formatById } from '../../src/core/formats/index';

/** A built-in format, compiled from its pack; throws for an id no built-in pack has. */
export function builtin(id: string): ErrorFormat {
  const format = formatById(id);
  if (format === undefined) throw new Error(`no built-in pack "${id}"`);
  return format;
}
