import type { Messages } from './en';

export const ru: Messages = {
  viewErrors: 'Ошибки',
  viewAudit: 'Аудит повторов',
  viewSummary: 'Сводка',

  auditLabel: 'Нарушенные правила повтора',
  auditEmptyTitle: 'Правила повтора не нарушались',
  auditEmptyHint:
    'Повтор — это более поздний запрос с тем же методом, URL и телом в течение 10 минут после ошибки. Он попадает сюда, если не следует совету по повтору для этой ошибки: повторили то, что повторять нельзя, не дождались паузы, превысили число попыток или вслепую повторили покупку.',
  auditCount: '{n} {n#нарушение|нарушения|нарушений}',
  auditLatest: 'Показаны последние {shown}.',
  colRule: 'Нарушение',
  colRetryOf: 'Повтор ошибки',
  retryOfTitle: 'Показать ошибку, которую повторил этот запрос',
  retryOfGone: 'уже нет в списке',
  violationBadge: 'повтор',
  violationBadgeTitle: 'Нарушены правила повтора: {rules}',
  'violation.retried-non-retryable': 'Повторили ошибку, которую нельзя повторять',
  'violation.retried-too-early': 'Повторили, не дождавшись паузы',
  'violation.too-many-attempts': 'Слишком много попыток',
  'violation.blind-retry': 'Повторили покупку без проверки',

  connecting: 'Подключение к DevTools…',

  filterLabel: 'Фильтр ошибок',
  filterPlaceholder: 'Фильтр  напр. domain:api.example.com -status-code:404 advice:wait',
  preserveLog: 'Сохранять журнал',
  preserveLogTitle: 'Не очищать список при переходе на другую страницу',
  clear: 'Очистить',
  clearTitle: 'Очистить (Ctrl+L)',
  language: 'Язык',
  langAuto: 'Авто',
  watchedHosts: 'Отслеживаемые хосты',
  watchedHostsCount: 'Отслеживаемые хосты ({n})',

  watchedHint:
    'Ловятся и показываются только ошибки с этих хостов. Шаблоны пишутся как в domain:, например *.example.com или localhost:3000.',
  watchedNone: 'Список пуст: ловятся ошибки со всех хостов.',
  watchedPlaceholder: 'напр. *.example.com',
  add: 'Добавить',
  removeHost: 'Удалить {host}',

  hostsLabel: 'Хосты',
  hostChipTitle: 'Показать только {host}',
  hostChipActiveTitle: 'Снова показать все хосты',

  listLabel: 'Пойманные ошибки API',
  colTime: 'Время',
  colMethod: 'Метод',
  colUrl: 'Хост и путь',
  colStatus: 'Статус',
  colFormat: 'Формат',
  colCode: 'Код',
  colMeaning: 'Значение',

  statusShown: 'Показано ошибок: {shown} из {total}',
  statusDropped: 'Отброшено: {dropped} (лимит буфера {limit})',
  statusTruncated: 'Обрезано тел ответов: {n}',

  emptyTitle: 'Ждём неудачных вызовов API…',
  emptyWhat:
    'Показываются ответы со статусом ≥ 400, а также ошибки JSON-RPC / ok:false / success:false, пришедшие со статусом 200.',
  emptyWatched: 'Отслеживаемые хосты: {hosts}.',
  allHosts: 'все хосты',
  emptyHowTo: 'Перезагрузите страницу или повторите вызов API; не закрывайте DevTools.',
  emptyLimit:
    'Ответ, тело которого страница так и не прочитала, показывается без тела (с пометкой «без тела»), как только он попал в журнал DevTools.',
  emptyFirefox:
    'Firefox может не присылать сетевые события, пока его панель «Сеть» ни разу не открывалась: откройте вкладку «Сеть» и вернитесь сюда.',
  noMatchWatched: 'Ни одна пойманная ошибка не пришла с отслеживаемых хостов',
  noMatch: 'Под фильтр не подходит ни одна ошибка',
  clearFilter: 'Сбросить фильтр',

  detailsLabel: 'Подробности ошибки',
  closeDetails: 'Закрыть подробности (Esc)',
  undocumented: 'код не описан в документации',
  format: 'Формат',
  formatHttp: 'только HTTP-статус',
  code: 'Код',
  noCode: 'нет',
  meaning: 'Что это значит',
  action: 'Что делать',
  httpMeaning: 'HTTP-статус',
  notes: 'Замечания',
  serverMessage: 'Сообщение сервера',

  retry: 'Повтор',
  'advice.no': 'Не повторяйте как есть',
  'advice.after-auth': 'Исправьте учётные данные, затем повторите',
  'advice.wait': 'Подождите, затем повторите',
  'advice.backoff': 'Повторяйте с нарастающей задержкой',
  'advice.check-first': 'Сначала проверьте состояние, не повторяйте вслепую',
  retryIn: 'Повтор можно через {s} с',
  retryNow: 'Повторять уже можно',
  retryFromHeader: 'по заголовку Retry-After',
  retryDocumented: 'задержка по документации',
  maxAttempts: 'Попыток не больше: {n}',
  scheduleRange: '{min}–{max} с между попытками',
  scheduleExponential: 'Задержка между попытками растёт экспоненциально',
  scheduleExponentialBase: 'Задержка между попытками: {base} в степени номера попытки',
  retryUndocumented: 'Это не правило из документации: для этой ошибки она его не даёт.',

  rateLimit: 'Лимит запросов',
  rateLimitLimit: 'Лимит',
  rateLimitRemaining: 'Осталось',
  rateLimitReset: 'Сброс в',
  resetIn: 'через {s} с',
  resetPassed: 'уже прошёл',
  unknown: 'неизвестно',

  requestId: 'ID запроса',
  copy: 'Копировать',
  copied: 'Скопировано',
  copyFailed: 'Не удалось скопировать',
  copyReport: 'Копировать отчёт для поддержки',
  copyReportTitle:
    'Скопировать отчёт в Markdown для поддержки: ID запроса, endpoint, метод, время, статус, error.code. Секреты скрыты.',
  copyCurl: 'Копировать как cURL',
  copyCurlTitle: 'Скопировать запрос как команду cURL; токены, ключи и cookie скрыты',

  fieldErrors: 'Ошибки в полях',
  field: 'Поле',
  messages: 'Сообщения',
  batch: 'Ошибки в этом пакете ({n})',

  body: 'Тело ответа',
  emptyBody: '(пустое тело)',
  bodyTruncated: 'Тело обрезано: {kept} КБ из {total} КБ',
  bodyNotIndented: 'Показано как пришло: с отступами этот JSON превысил бы 1 МБ текста.',
  requestHeaders: 'Заголовки запроса',
  responseHeaders: 'Заголовки ответа',
  headerName: 'Имя',
  headerValue: 'Значение',
  noHeaders: 'Нет',

  importHar: 'Импорт HAR',
  importHarTitle:
    'Открыть файл .har (или перетащить его на панель): его ошибки попадут в список с пометкой «импорт»',
  importing: 'Импорт… {percent}%',
  importDone: 'Импортировано ошибок: {errors} из {entries} {entries#записи|записей|записей}',
  importSkipped: 'пропущено записей: {n}',
  'importFailed.read-failed': 'Не удалось прочитать {name}',
  'importFailed.not-json': '{name} — не JSON',
  'importFailed.not-har': '{name} — не файл HAR (нет log.entries)',
  'importFailed.crashed': 'Импорт {name} не удался',
  importCancel: 'Отменить импорт',
  importDismiss: 'Скрыть',
  importDrop: 'Отпустите файл .har, чтобы импортировать его',
  imported: 'импорт',
  importedTitle: 'Импортировано из файла HAR, а не поймано вживую',
  exportHar: 'Экспорт HAR',
  exportHarTitle: 'Сохранить пойманные ошибки в файл HAR 1.2',
  exportWhich: 'Какие ошибки сохранить',
  exportAll: 'Все пойманные ({n})',
  exportShown: 'Только показанные ({n})',
  exportRedact: 'Скрыть секреты',
  exportRedactTitle: 'Заменить секреты в URL, заголовках и телах на [REDACTED]',
  exportSave: 'Сохранить .har',

  timelineLabel: 'Ошибки во времени',
  timelineHint:
    'Протяните мышью по столбикам, чтобы оставить в списке только ошибки за этот отрезок; щелчок снова показывает все',
  timelineBar: '{from} – {to}: {n} {n#ошибка|ошибки|ошибок}',
  timelineRange: 'Только {from} – {to}',
  timelineClear: 'Показать ошибки за всё время (Esc)',

  summaryLabel: 'Ошибки по хостам, форматам и кодам',
  summaryEmpty: 'Ошибок пока не поймано.',
  summaryGroup: 'Хост / формат / код',
  summaryCount: 'Сколько',
  summaryFirstSeen: 'Впервые',
  summaryLastSeen: 'Последний раз',
  summaryShow: 'Показать эти ошибки в списке',

  statusFailed: '(ошибка)',
  formatNetwork: 'Сеть (без HTTP-ответа)',
  bodyUnavailable: '(тело недоступно: см. выше)',
  bodyBelowHttp: '(тела ответа нет: запрос не выполнен на уровне ниже HTTP)',

  gapBadge: 'без тела',
  gapBadgeTitle: 'Показано без тела ответа: {reason}',
  gapSection: 'Чего не дали DevTools',
  gapWhat: 'Что произошло',
  gapTodo: 'Что можно сделать',
  'gap.not-read.title': 'Страница не прочитала тело',
  'gap.not-read.what':
    'Ответ пришёл, но страница так и не прочитала его тело, поэтому DevTools не сообщили о завершении запроса и не отдали тело. Так выглядит приложение, которое игнорирует тела ошибок.',
  'gap.not-read.todo':
    'Читайте тело в приложении (await response.text() или .json()), в том числе у ошибок: тогда оно расшифруется здесь. Пока строка объяснена только по статусу.',
  'gap.service-worker.title': 'Обработано service worker',
  'gap.service-worker.what':
    'Запрос сделал или обработал service worker (MSW, Workbox…), и тело досталось ему: DevTools не сохранили его для страницы.',
  'gap.service-worker.todo':
    'Посмотрите worker в Application → Service workers или включите у него «Bypass for network», чтобы увидеть здесь ответ самого сервера.',
  'gap.evicted.title': 'Тело потеряно при переходе',
  'gap.evicted.what':
    'Страница ушла на другой адрес раньше, чем тело удалось прочитать, и браузер выбросил его вместе со старой страницей.',
  'gap.evicted.todo':
    'Повторите запрос и оставайтесь на странице, пока он не появится; «Сохранять журнал» сохраняет строку, но не тело.',
  'gap.devtools-late.title': 'Завершён до того, как DevTools начали слушать',
  'gap.devtools-late.what':
    'Запрос завершился раньше, чем это окно DevTools (или расширение) начали слушать сеть; показано то, что ещё оставалось у браузера.',
  'gap.devtools-late.todo':
    'Сначала откройте DevTools, затем перезагрузите страницу или повторите вызов, чтобы увидеть тело.',
  'gap.firefox-network-panel.title': 'Firefox не сообщил о запросе в DevTools',
  'gap.firefox-network-panel.what':
    'Firefox ещё не присылал расширениям сетевых событий: он может не присылать их, пока панель «Сеть» не открыта хотя бы раз. Этот запрос увидел слушатель webRequest.',
  'gap.firefox-network-panel.todo':
    'Откройте панель «Сеть» один раз и вернитесь: у следующих запросов будут тела.',
  'gap.truncated.title': 'Браузер обрезал тело',
  'gap.truncated.what':
    'Браузер сохранил только часть тела, поэтому показанное (и расшифрованное) может быть неполным.',
  'gap.truncated.todo':
    'Полный ответ есть в панели «Сеть», его можно сохранить оттуда; меньшее тело ошибки решит проблему.',
  'gap.navigation-dropped.title': 'Потерян при переходе',
  'gap.navigation-dropped.what':
    'Запрос завершился прямо перед переходом на другую страницу, и браузер не сообщил о нём в DevTools; статус и заголовки увидел слушатель webRequest.',
  'gap.navigation-dropped.todo':
    'Повторите запрос без немедленного перехода после него, чтобы увидеть тело.',
  'gap.unavailable.title': 'Тело недоступно',
  'gap.unavailable.what': 'Браузер не отдал тело этого ответа и не сообщил почему.',
  'gap.unavailable.todo':
    'Посмотрите ответ в панели «Сеть»; если тела нет и там, сервер его не прислал.',

  byExtension: 'расширение',
  byExtensionTitle:
    'Запрос сделало другое расширение браузера, а не страница: в аудит повторов не входит',
  auditExtensions: 'Проверять и запросы других расширений',

  listenerOffer: 'Показать запросы, которые пропускают DevTools…',
  listenerWhy:
    'DevTools сообщают не обо всех запросах: не о тех, чьё тело страница не прочитала, не о сделанных до открытия DevTools и, в Firefox, не о потерянных при переходе. Фоновый слушатель (webRequest) покажет их со статусом и заголовками. Ему нужно разрешение наблюдать за запросами на всех сайтах; тела он не читает и ничего никуда не отправляет.',
  listenerTurnOn: 'Включить',
  listenerNotNow: 'Не сейчас',
  listenerIsOn: 'Слушатель webRequest включён',
  listenerTurnOff: 'Выключить',
  listenerPageTitle: 'API Error Decoder: слушатель webRequest',
  listenerPageOn:
    'Слушатель включён: панель API Errors показывает то, что пропускают DevTools. Эту вкладку можно закрыть.',
  listenerPageOff: 'Слушатель выключен: панель видит только то, о чём сообщают DevTools.',
  listenerDenied: 'Разрешение не выдано.',
  navigationDrop:
    'Переход на другую страницу мог потерять ответы, которые ещё не пришли: Firefox не сообщает о них в DevTools.',
  navigationDropListener: 'Включите слушатель webRequest, чтобы увидеть их.',
  dismiss: 'Скрыть',

  pinsTitle: 'Закреплённые форматы',
  pinsHint:
    'Ответы закреплённого хоста сначала разбираются как его формат: так решается, чей конверт, когда его признают два формата. Закрепление действует на ответы, пойманные после него.',
  pinsNone:
    'Ничего не закреплено: каждый ответ достаётся самому специфичному формату, который его узнаёт.',
  pinHost: 'Хост для закрепления',
  pinHostPlaceholder: 'хост, напр. api.example.com',
  pinHostInvalid: 'Введите один точный хост, как в полосе хостов, напр. localhost:3000.',
  pinFormat: 'Какой формат пробовать первым',
  removePin: 'Открепить {host}',

  hostsMore: 'ещё {n}',
  hostsMoreTitle:
    'Хосты с меньшим числом ошибок здесь не показаны; чтобы увидеть один, введите в фильтр domain:ХОСТ.',
  statusBodiesDropped: 'Отброшено тел: {n} (бюджет тел {mb} МБ)',
  bodyDropped:
    'Тело отброшено, чтобы уложиться в бюджет тел {mb} МБ; расшифровка ошибки выше сохранена.',
  requestBody: 'Тело запроса',
  requestBodyTruncated: 'Тело запроса обрезано: {kept} КБ из {total} КБ',
  urlTruncated: 'URL обрезан: {kept} КБ из {total} КБ',
  colInitiator: 'Инициатор',
  initiator: 'Инициатор',
  initiatorOpen: 'Открыть {where} в панели Sources',
  initiatorNone:
    'DevTools не сообщили, какой скрипт сделал запрос (навигация, предзагрузка или запрос расширения).',
  initiatorOnlyLibraries: 'В стеке вызовов только код библиотек или расширений: {where}.',
  initiatorFirefox:
    'Firefox не сообщает расширениям, какой код сделал запрос; стек вызовов виден в его панели Network.',
  summaryByHost: 'По хостам',
  summaryByCallSite: 'По месту вызова',
  summaryCallSite: 'Место вызова',
  summaryStatuses: 'Ошибки',
  summaryNoCallSite: 'вызов неизвестен',
  summaryCallSiteEmpty: 'Места вызова неизвестны: DevTools сообщает их только в Chrome.',
  jsonTree: 'Дерево',
  jsonText: 'Текст',
  jsonExpandAll: 'Раскрыть всё',
  jsonCollapseAll: 'Свернуть всё',
  jsonFind: 'Найти в теле',
  jsonMatches: '{i} из {n}',
  jsonNoMatch: 'Не найдено',
  jsonPrev: 'Предыдущее',
  jsonNext: 'Следующее',
  jsonCopyValue: 'Копировать значение',
  jsonCopyPath: 'Копировать путь',
  jsonDecoderField: 'Это поле прочитал декодер',
  jsonLegend: 'Подсвечены поля, которые прочитал декодер',
  toggleHosts: 'Хосты',
  toggleHostsTitle: 'Показать или скрыть полосу хостов',
  toggleTimeline: 'Хронология',
  toggleTimelineTitle: 'Показать или скрыть хронологию',
  colPath: 'Путь',
  resizeColumn: 'Изменить ширину столбца «{name}»',
  capacityTitle: 'Объём',
  capacityErrors: 'Хранить ошибок',
  capacityBudget: 'Хранить тел (МБ)',
  capacityHint:
    'Сверх этого отбрасываются самые старые ошибки, а затем самые старые тела; строка без тела остаётся расшифрованной.',
};
