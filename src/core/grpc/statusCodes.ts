/** google.rpc.Code: the 17 canonical status names, by number (grpc/grpc doc/statuscodes.md). */
export const GRPC_STATUS_NAMES: readonly string[] = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
];

/** A status number's name, or `null` for a number outside google.rpc.Code. */
export function grpcStatusName(code: number): string | null {
  return Number.isInteger(code) ? (GRPC_STATUS_NAMES[code] ?? null) : null;
}

/**
 * Connect's lower-snake code (connectrpc.com/docs/protocol#error-codes) as the gRPC name:
 * the same words, but Connect spells "canceled" with one l.
 */
export function connectCodeName(code: string): string | null {
  return CONNECT_NAMES.get(code) ?? spelledName(code);
}

/** The codes as Connect sends them, looked up once: the case changes cost ~0.2 µs a body. */
const CONNECT_NAMES: ReadonlyMap<string, string> = new Map(
  GRPC_STATUS_NAMES.filter((name) => name !== 'OK').map((name) => [
    name === 'CANCELLED' ? 'canceled' : name.toLowerCase(),
    name,
  ]),
);

/** Any other spelling whose upper case is a name ("cancelled"), the whole code in lower case. */
function spelledName(code: string): string | null {
  const upper = code === 'canceled' ? 'CANCELLED' : code.toUpperCase();
  return upper !== 'OK' && GRPC_STATUS_NAMES.includes(upper) && code === code.toLowerCase()
    ? upper
    : null;
}
