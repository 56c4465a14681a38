import type { Envelope } from '../formats/format';
import type { RetryRule, Text } from '../types';
import { compileConditions, type MatchContext, type Test } from './conditions';
import { toRetryRule, toText } from './entries';
import type { RetryOverride } from './packTypes';

type Override = (body: unknown, context: MatchContext | undefined, envelope: Envelope) => Envelope;

/**
 * A pack's `retryOverrides`: the first whose conditions hold (on the body, its headers, its
 * status) replaces every error's catalog rule, as Stripe's `Stripe-Should-Retry` or a 409 does,
 * and says so once in the notes. `null` for a pack without any: nothing runs per body.
 */
export function compileRetryOverrides(
  overrides: readonly RetryOverride[] | undefined,
): Override | null {
  if (overrides === undefined || overrides.length === 0) return null;
  const compiled = overrides.map((o): [Test, RetryRule, Text | null] => [
    compileConditions(o.when),
    toRetryRule(o.retry),
    o.note === undefined ? null : toText(o.note),
  ]);
  return (body, context, envelope) => {
    for (const [test, rule, note] of compiled) {
      if (!test(body, context)) continue;
      // Written out, not spread: a spread here cost a third of a Stripe body's decoding.
      const out: { -readonly [K in keyof Envelope]: Envelope[K] } = {
        errors: envelope.errors,
        requestId: envelope.requestId,
        retryOverride: rule,
      };
      const notes = note === null ? envelope.notes : [...(envelope.notes ?? []), note];
      if (notes !== undefined) out.notes = notes;
      return out;
    }
    return envelope;
  };
}
