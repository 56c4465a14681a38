import type { EnvelopeError } from '../../formats/format';
import { summarizeDetails } from '../../grpc/detailsSummary';
import type { Text } from '../../types';
import type { Behaviour } from './behaviour';

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
    const notes: Text[] = [...(envelope.notes ?? [])];
    const errors = envelope.errors.map((error): EnvelopeError => {
      const summary = summarizeDetails(error.details);
      if (summary === null) return error;
      requestId ??= summary.requestId;
      notes.push(...summary.notes);
      return {
        ...error,
        details: summary.details,
        fieldErrors: [...error.fieldErrors, ...summary.fieldErrors],
        ...(summary.retryDelaySeconds === undefined
          ? {}
          : { retryDelaySeconds: summary.retryDelaySeconds }),
      };
    });
    return {
      ...envelope,
      errors,
      requestId: requestId ?? envelope.requestId,
      ...(notes.length > 0 ? { notes } : {}),
    };
  },
};
