/**
 * Every UI string in English. `{name}` is replaced by a value; `{n#one|other}` picks a plural
 * form by the number `n` (Russian lists one|few|many). Product words (JSON-RPC, ok:false,
 * Retry-After, domain:) stay untranslated, as DevTools does.
 */
export const en = {
  viewErrors: 'Errors',
  viewAudit: 'Retry audit',
  viewSummary: 'Summary',

  auditLabel: 'Broken retry rules',
  auditEmptyTitle: 'No broken retry rules',
  auditEmptyHint:
    "A retry is a later request with the same method, URL and body within 10 minutes of an error. It is listed here when it ignores that error's retry advice: a retry of an error not to be retried, one before the wait is over, one attempt too many, or a blind repeat of a purchase.",
  auditCount: '{n} {n#broken rule|broken rules}',
  auditLatest: 'The latest {shown} are listed.',
  colRule: 'Rule broken',
  colRetryOf: 'Retry of',
  retryOfTitle: 'Show the error this request retried',
  retryOfGone: 'no longer listed',
  violationBadge: 'retry',
  violationBadgeTitle: 'Retry rules broken: {rules}',
  'violation.retried-non-retryable': 'Retried an error not to be retried',
  'violation.retried-too-early': 'Retried before the wait was over',
  'violation.too-many-attempts': 'Too many attempts',
  'violation.blind-retry': 'Repeated a purchase without checking first',

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
  emptyLimit:
    "A response whose body the page never reads is listed without it (marked 'no body'), once DevTools has it in its log.",
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
  'advice.backoff': 'Retry with backoff (a growing delay)',
  'advice.check-first': 'Check state first, do not retry blindly',
  retryIn: 'Retry allowed in {s} s',
  retryNow: 'Retry allowed now',
  retryFromHeader: 'from Retry-After',
  retryDocumented: 'documented delay',
  maxAttempts: 'At most {n} {n#attempt|attempts}',
  scheduleRange: '{min}–{max} s between attempts',
  scheduleExponential: 'Exponentially growing delay between attempts',
  scheduleExponentialBase: 'Delay between attempts: {base}^attempt',
  retryUndocumented: 'Not a documented rule: the documentation gives none for this error.',

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
  copyReport: 'Copy support report',
  copyReportTitle:
    'Copy a Markdown report for support: request ID, endpoint, method, time, status, error.code. Secrets are redacted.',
  copyCurl: 'Copy as cURL',
  copyCurlTitle: 'Copy the request as a cURL command, with tokens, keys and cookies redacted',

  fieldErrors: 'Field errors',
  field: 'Field',
  messages: 'Messages',
  batch: 'Errors in this batch ({n})',

  body: 'Response body',
  emptyBody: '(empty body)',
  bodyTruncated: 'Body truncated at {kept} KB of {total} KB',
  bodyNotIndented: 'Shown as sent: indented, this JSON would grow past 1 MB of text.',
  requestHeaders: 'Request headers',
  responseHeaders: 'Response headers',
  headerName: 'Name',
  headerValue: 'Value',
  noHeaders: 'None',

  importHar: 'Import HAR',
  importHarTitle:
    'Open a .har file (or drop one on the panel): its errors join the list, marked imported',
  importing: 'Importing… {percent}%',
  importDone: 'Imported {errors} {errors#error|errors} from {entries} {entries#entry|entries}',
  importSkipped: '{n} {n#entry|entries} skipped',
  'importFailed.read-failed': 'Could not read {name}',
  'importFailed.not-json': '{name} is not JSON',
  'importFailed.not-har': '{name} is not a HAR file (no log.entries)',
  'importFailed.crashed': 'The import of {name} failed',
  importCancel: 'Cancel the import',
  importDismiss: 'Dismiss',
  importDrop: 'Drop a .har file to import it',
  imported: 'imported',
  importedTitle: 'Imported from a HAR file, not captured live',
  exportHar: 'Export HAR',
  exportHarTitle: 'Save captured errors as a HAR 1.2 file',
  exportWhich: 'Errors to save',
  exportAll: 'All captured ({n})',
  exportShown: 'Only those shown ({n})',
  exportRedact: 'Redact secrets',
  exportRedactTitle: 'Replace secrets in URLs, headers and bodies with [REDACTED]',
  exportSave: 'Save .har',

  timelineLabel: 'Errors over time',
  timelineHint: 'Drag across the bars to list only errors from that time; click to list all again',
  timelineBar: '{from} – {to}: {n} {n#error|errors}',
  timelineRange: 'Only {from} – {to}',
  timelineClear: 'Show errors from any time (Esc)',

  summaryLabel: 'Errors by host, format and code',
  summaryEmpty: 'No errors captured yet.',
  summaryGroup: 'Host / format / code',
  summaryCount: 'Count',
  summaryFirstSeen: 'First seen',
  summaryLastSeen: 'Last seen',
  summaryShow: 'Show these errors in the list',

  statusFailed: '(failed)',
  formatNetwork: 'Network (no HTTP answer)',
  bodyUnavailable: '(body unavailable: see above)',
  bodyBelowHttp: '(no response body: the request failed below HTTP)',

  gapBadge: 'no body',
  gapBadgeTitle: 'Listed without its body: {reason}',
  gapSection: 'What DevTools did not give',
  gapWhat: 'What happened',
  gapTodo: 'What you can do',
  'gap.not-read.title': 'The page never read the body',
  'gap.not-read.what':
    'The response arrived, but the page never read its body, so DevTools never reported the request as finished and gave no body. An app that ignores error bodies looks like this.',
  'gap.not-read.todo':
    'Read the body in your app (await response.text() or .json()), errors included: it is then decoded here. Until then this row is explained by its status alone.',
  'gap.service-worker.title': 'Handled by a service worker',
  'gap.service-worker.what':
    'A service worker (MSW, Workbox…) made this request or answered it, and the body went to the worker: DevTools kept none for the page.',
  'gap.service-worker.todo':
    "Inspect the worker in Application → Service workers, or tick its 'Bypass for network' to see the server's own response here.",
  'gap.evicted.title': 'Body dropped by a navigation',
  'gap.evicted.what':
    'The page navigated before the body could be read, and the browser dropped it with the old page.',
  'gap.evicted.todo':
    'Make the request again and stay on the page until it is listed; Preserve log keeps the row, not the body.',
  'gap.devtools-late.title': 'Finished before DevTools was listening',
  'gap.devtools-late.what':
    'The request finished before this DevTools window (or this extension) started listening; only what the browser still had is shown.',
  'gap.devtools-late.todo':
    'Open DevTools first, then reload the page or make the call again to see the body.',
  'gap.firefox-network-panel.title': "Not reported by Firefox's DevTools",
  'gap.firefox-network-panel.what':
    'Firefox has sent extensions no network events yet: it may send none until its Network panel has been opened once. The webRequest listener saw this request.',
  'gap.firefox-network-panel.todo':
    'Open the Network panel once and come back: requests after that have their bodies.',
  'gap.truncated.title': 'Body cut short by the browser',
  'gap.truncated.what':
    'The browser kept only part of this body, so what is shown (and decoded) may be incomplete.',
  'gap.truncated.todo':
    'See the whole response in the Network panel or save it from there; a smaller error body avoids this.',
  'gap.navigation-dropped.title': 'Dropped by a navigation',
  'gap.navigation-dropped.what':
    'It finished just before the page navigated, and the browser never reported it to DevTools; the webRequest listener saw its status and headers.',
  'gap.navigation-dropped.todo':
    'Make the request again without navigating right after it to see its body.',
  'gap.unavailable.title': 'Body unavailable',
  'gap.unavailable.what': 'The browser gave no body for this response and did not say why.',
  'gap.unavailable.todo':
    'Look at the response in the Network panel; if it has no body there either, the server sent none.',

  byExtension: 'extension',
  byExtensionTitle:
    'Made by another browser extension, not by the page: left out of the retry audit',
  auditExtensions: 'Audit requests made by other extensions too',

  listenerOffer: 'See requests DevTools misses…',
  listenerWhy:
    'DevTools does not report every request: responses whose body the page never reads, requests made before DevTools opened and, in Firefox, responses dropped by a navigation. A background listener (webRequest) can list them with their status and headers. It needs permission to observe requests on all sites; it never reads a body and sends nothing anywhere.',
  listenerTurnOn: 'Turn on',
  listenerNotNow: 'Not now',
  listenerIsOn: 'Listening with webRequest',
  listenerTurnOff: 'Turn off',
  listenerPageTitle: 'API Error Decoder: the webRequest listener',
  listenerPageOn:
    'The listener is on: the API Errors panel lists what DevTools misses. You can close this tab.',
  listenerPageOff: 'The listener is off: the panel sees only what DevTools reports.',
  listenerDenied: 'The permission was not granted.',
  navigationDrop:
    'A navigation may have dropped responses that were still pending: Firefox does not report those to DevTools.',
  navigationDropListener: 'Turn on the webRequest listener to list them.',
  dismiss: 'Dismiss',

  pinsTitle: 'Format pins',
  pinsHint:
    "A pinned host's bodies are decoded as its format first, which settles envelopes two formats could claim. Pins apply to responses captured from now on.",
  pinsNone: 'No pins: each body goes to the most specific format that recognizes it.',
  pinHost: 'Host to pin',
  pinHostPlaceholder: 'host, e.g. api.example.com',
  pinHostInvalid: 'Type one exact host as the host strip shows it, e.g. localhost:3000.',
  pinFormat: 'Format to try first',
  removePin: 'Remove the pin of {host}',

  hostsMore: '+{n} more',
  hostsMoreTitle:
    'Hosts with fewer errors are not listed here; type domain:HOST in the filter to see one.',
  statusBodiesDropped: '{n} {n#body|bodies} dropped (body budget {mb} MB)',
  bodyDropped:
    'The body was dropped to keep within the {mb} MB body budget; the decoded error above is kept.',
  requestBody: 'Request body',
  requestBodyTruncated: 'Request body truncated at {kept} KB of {total} KB',
  urlTruncated: 'URL truncated at {kept} KB of {total} KB',
  colInitiator: 'Initiator',
  initiator: 'Initiator',
  initiatorOpen: 'Open {where} in the Sources panel',
  initiatorNone:
    'DevTools reported no script for this request (a navigation, a preload, or a request from an extension).',
  initiatorOnlyLibraries: 'Only library or extension code is on the call stack: {where}.',
  initiatorFirefox:
    'Firefox does not tell extensions which code made a request; its Network panel shows the call stack.',
  summaryByHost: 'By host',
  summaryByCallSite: 'By call site',
  summaryCallSite: 'Call site',
  summaryStatuses: 'Errors',
  summaryNoCallSite: 'unknown caller',
  summaryCallSiteEmpty: 'No call site is known: DevTools reports them in Chrome only.',
  bodyViewLabel: 'Body view',
  jsonTree: 'Tree',
  jsonText: 'Text',
  jsonTreeLabel: 'Response body as a tree',
  jsonExpandAll: 'Expand all',
  jsonCollapseAll: 'Collapse all',
  jsonFind: 'Find in body',
  jsonMatches: '{i} of {n}',
  jsonNoMatch: 'No match',
  jsonPrev: 'Previous match (Shift+Enter)',
  jsonNext: 'Next match (Enter)',
  jsonCopyValue: 'Copy value',
  jsonCopyPointer: 'Copy JSON Pointer',
  jsonCopyPath: 'Copy property path',
  jsonKeys: '{n} {n#key|keys}',
  jsonItems: '{n} {n#item|items}',
  jsonLegend: 'Read by the decoder:',
  jsonLegendTitle: 'Show where the decoder read the {role}',
  'jsonRole.code': 'code',
  'jsonRole.message': 'message',
  'jsonRole.requestId': 'request id',
  'jsonRole.fieldError': 'field error',
  'jsonRole.retryHint': 'retry hint',
  jsonTooLarge: 'This body has too many values for the tree view; it is shown as text.',
  toolbarMore: 'More controls',
  toggleHosts: 'Hosts',
  toggleHostsTitle: 'Show or hide the hosts strip',
  toggleTimeline: 'Timeline',
  toggleTimelineTitle: 'Show or hide the timeline',
  colPath: 'Path',
  resizeColumn: 'Resize the {name} column',
  capacityTitle: 'Capacity',
  capacityErrors: 'Errors kept',
  capacityBudget: 'Bodies kept (MB)',
  capacityHint:
    'Past these, the oldest errors go, then the oldest bodies; a row whose body went stays decoded.',
} as const;

export type MessageKey = keyof typeof en;
/** Every language must translate every key: a missing or extra key is a type error. */
export type Messages = Readonly<Record<MessageKey, string>>;
