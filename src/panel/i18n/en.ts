/**
 * Every UI string in English. `{name}` is replaced by a value; `{n#one|other}` picks a plural
 * form by the number `n` (Russian lists one|few|many). Product words (JSON-RPC, ok:false,
 * Retry-After, domain:) stay untranslated, as DevTools does.
 */
export const en = {
  connecting: 'Connecting to DevTools…',

  filterLabel: 'Filter errors',
  filterPlaceholder: 'Filter  e.g. domain:api.example.com -status-code:404 advice:wait',
  preserveLog: 'Preserve log',
  preserveLogTitle: 'Keep errors when the page navigates',
  clear: 'Clear',
  clearTitle: 'Clear (Ctrl+L)',
  language: 'Language',
  langAuto: 'Auto',
  watchedHosts: 'Watched hosts',
  watchedHostsCount: 'Watched hosts ({n})',

  watchedHint:
    'Only errors from these hosts are captured and shown. Patterns use domain: syntax, e.g. *.example.com or localhost:3000.',
  watchedNone: 'No watched hosts: errors from every host are captured.',
  watchedPlaceholder: 'e.g. *.example.com',
  add: 'Add',
  removeHost: 'Remove {host}',

  hostsLabel: 'Hosts',
  hostChipTitle: 'Show only {host}',
  hostChipActiveTitle: 'Show every host again',

  listLabel: 'Captured API errors',
  colTime: 'Time',
  colMethod: 'Method',
  colUrl: 'Host and path',
  colStatus: 'Status',
  colFormat: 'Format',
  colCode: 'Code',
  colMeaning: 'Meaning',

  statusShown: '{shown} {shown#error|errors} shown of {total} captured',
  statusDropped: '{dropped} dropped (buffer limit {limit})',
  statusTruncated: '{n} {n#body|bodies} truncated',

  emptyTitle: 'Waiting for failed API calls…',
  emptyWhat:
    'Responses with status ≥ 400, and JSON-RPC / ok:false / success:false errors sent with 200.',
  emptyWatched: 'Watched hosts: {hosts}.',
  allHosts: 'all hosts',
  emptyHowTo: 'Reload the page or trigger the API call; keep DevTools open.',
  emptyLimit: "A response whose body the page never reads may not reach DevTools' extension API.",
  emptyFirefox:
    'Firefox may send no network events until its Network panel has been opened once: open the Network tab, then come back.',
  noMatchWatched: 'No captured error comes from the watched hosts',
  noMatch: 'No errors match the filter',
  clearFilter: 'Clear filter',

  detailsLabel: 'Error details',
  closeDetails: 'Close details (Esc)',
  undocumented: 'undocumented code',
  format: 'Format',
  formatHttp: 'HTTP status only',
  code: 'Code',
  noCode: 'none',
  meaning: 'Meaning',
  action: 'What to do',
  httpMeaning: 'HTTP status',
  notes: 'Notes',
  serverMessage: "Server's message",

  retry: 'Retry',
  'advice.no': 'Do not retry as is',
  'advice.after-auth': 'Fix credentials, then retry',
  'advice.wait': 'Wait, then retry',
  'advice.backoff': 'Retry with exponential backoff',
  'advice.check-first': 'Check state first, do not retry blindly',
  retryIn: 'Retry allowed in {s} s',
  retryNow: 'Retry allowed now',
  retryFromHeader: 'from Retry-After',
  retryDocumented: 'documented delay',
  maxAttempts: 'At most {n} {n#attempt|attempts}',
  scheduleRange: '{min}–{max} s between attempts',
  scheduleExponential: '{base}^attempt s: {series} s',

  rateLimit: 'Rate limit',
  rateLimitLimit: 'Limit',
  rateLimitRemaining: 'Remaining',
  rateLimitReset: 'Resets at',
  resetIn: 'in {s} s',
  resetPassed: 'already passed',
  unknown: 'unknown',

  requestId: 'Request ID',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',

  fieldErrors: 'Field errors',
  field: 'Field',
  messages: 'Messages',
  batch: 'Errors in this batch ({n})',

  body: 'Response body',
  emptyBody: '(empty body)',
  bodyTruncated: 'Body truncated at {kept} KB of {total} KB',
  requestHeaders: 'Request headers',
  responseHeaders: 'Response headers',
  headerName: 'Name',
  headerValue: 'Value',
  noHeaders: 'None',
} as const;

export type MessageKey = keyof typeof en;
/** Every language must translate every key: a missing or extra key is a type error. */
export type Messages = Readonly<Record<MessageKey, string>>;
