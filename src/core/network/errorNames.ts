import type { NetworkKind } from './networkCatalog';

// Chrome's net::ERR_* names (as HAR `_error` and webRequest give them, without the prefix here)
// and Firefox's nsresult names (webRequest.onErrorOccurred), mapped to what the user must know.
const EXACT: Readonly<Record<string, NetworkKind>> = {
  ERR_CONNECTION_REFUSED: 'refused',
  NS_ERROR_CONNECTION_REFUSED: 'refused',
  ERR_CONNECTION_RESET: 'reset',
  ERR_CONNECTION_CLOSED: 'reset',
  ERR_CONNECTION_ABORTED: 'reset',
  ERR_HTTP2_PROTOCOL_ERROR: 'reset',
  NS_ERROR_NET_RESET: 'reset',
  NS_ERROR_NET_INTERRUPT: 'reset',
  NS_ERROR_NET_PARTIAL_TRANSFER: 'reset',
  ERR_TIMED_OUT: 'timeout',
  ERR_CONNECTION_TIMED_OUT: 'timeout',
  NS_ERROR_NET_TIMEOUT: 'timeout',
  NS_ERROR_NET_TIMEOUT_EXTERNAL: 'timeout',
  ERR_NAME_NOT_RESOLVED: 'dns',
  ERR_NAME_RESOLUTION_FAILED: 'dns',
  NS_ERROR_UNKNOWN_HOST: 'dns',
  ERR_ADDRESS_UNREACHABLE: 'unreachable',
  ERR_ADDRESS_INVALID: 'unreachable',
  ERR_INTERNET_DISCONNECTED: 'offline',
  ERR_NETWORK_CHANGED: 'offline',
  NS_ERROR_OFFLINE: 'offline',
  ERR_EMPTY_RESPONSE: 'empty-response',
  ERR_BLOCKED_BY_CLIENT: 'blocked-by-client',
  ERR_BLOCKED_BY_ADMINISTRATOR: 'blocked-by-client',
  NS_ERROR_BLOCKED_BY_POLICY: 'blocked-by-client',
  ERR_BLOCKED_BY_RESPONSE: 'blocked-by-response',
  ERR_BLOCKED_BY_ORB: 'blocked-by-response',
  ERR_SSL_PROTOCOL_ERROR: 'tls',
  ERR_SSL_VERSION_OR_CIPHER_MISMATCH: 'tls',
  ERR_ABORTED: 'aborted',
  NS_BINDING_ABORTED: 'aborted',
  NS_ERROR_ABORT: 'aborted',
  ERR_UNSAFE_PORT: 'unsafe-port',
  NS_ERROR_PORT_ACCESS_NOT_ALLOWED: 'unsafe-port',
  // Firefox names a CORS rejection so; Chrome says only ERR_FAILED (see cors.ts).
  NS_ERROR_DOM_BAD_URI: 'cors',
  ERR_FAILED: 'failed',
  NS_ERROR_FAILURE: 'failed',
};

// Firefox's own names for CORS rejections (MDN "CORS errors"), used when we infer one.
const CORS_REASONS = /^CORS[A-Z][A-Za-z]+$/;

/** The kind of a transport error name; `known` is false for a name we have no text for. */
export function kindOfError(name: string): { readonly kind: NetworkKind; readonly known: boolean } {
  const bare = name.startsWith('net::') ? name.slice(5) : name;
  const exact = EXACT[bare];
  if (exact !== undefined && Object.prototype.hasOwnProperty.call(EXACT, bare)) {
    return { kind: exact, known: true };
  }
  if (/^ERR_CERT_|^SEC_ERROR_|^MOZILLA_PKIX_ERROR_/.test(bare)) {
    return { kind: 'certificate', known: true };
  }
  if (/^ERR_SSL_|^SSL_ERROR_/.test(bare)) return { kind: 'tls', known: true };
  if (CORS_REASONS.test(bare)) return { kind: 'cors', known: true };
  return { kind: 'failed', known: false };
}
