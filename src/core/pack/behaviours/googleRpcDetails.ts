import type { EnvelopeError } from '../../formats/format';
import { summarizeDetails } from '../../grpc/detailsSummary';
import type { Text } from '../../types';
import { withErrors, type Behaviour } from './behaviour';

/*
 * Objects here are written out with the same members in the same order, not spread: spreads
 * and conditional spreads (`...(x ? {} : {x})`) cost ~8 µs a google-rpc 429 body (bench), in
 * this function and in every later read of the objects they made.
 */

/**
 * `google-rpc-details`: each error's `details` (the pack's pointer) is a list of google.rpc
 * details in their JSON form (AIP-193). BadRequest.fieldViolations become field errors,
 * RetryInfo.retryDelay the error's `retryDelaySeconds`, RequestInfo.requestId the request id,
 * and ErrorInfo, QuotaFailure, PreconditionFailure, Help (as text), LocalizedMessage,
 * ResourceInfo and DebugInfo notes; the details become one member per type.
 */
export const googleRpcDetails: Behaviour = {
  finish(_body, envelope) {
    let requestId: string | null = null;
    let notes: Text[] | null = null;
    const errors: EnvelopeError[] = [];
    let summarized = false;
    for (const error of envelope.errors) {
      const summary = summarizeDetails(error.details);
      if (summary === null) {
        errors.push(error);
        continue;
      }
      summarized = true;
      requestId ??= summary.requestId;
      if (summary.notes.length > 0) {
        notes ??= envelope.notes === undefined ? [] : [...envelope.notes];
        for (const note of summary.notes) notes.push(note);
      }
      const own = error.fieldErrors;
      const found = summary.fieldErrors;
      errors.push({
        code: error.code,
        message: error.message,
        details: summary.details,
        fieldErrors: found.length === 0 ? own : own.length === 0 ? found : [...own, ...found],
        pointers: error.pointers,
        retryDelaySeconds: summary.retryDelaySeconds ?? error.retryDelaySeconds,
      });
    }
    // No details anywhere (Google's older errors): the envelope as it came, not a copy.
    if (!summarized) return envelope;
    const allNotes = notes ?? envelope.notes;
    return withErrors(
      envelope,
      errors,
      requestId ?? envelope.requestId,
      allNotes !== undefined && allNotes.length > 0 ? allNotes : undefined,
    );
  },
};
