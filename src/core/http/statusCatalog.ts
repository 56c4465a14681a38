import { AFTER_AUTH, BACKOFF, CHECK_FIRST, NO_RETRY, WAIT_RETRY_AFTER } from '../retryRules';
import type { CatalogEntry, RetryRule } from '../types';

/**
 * What an HTTP status means when no documented format explains the body (RFC 9110). No API
 * document stands behind these rules, so every one is marked `documented: false`, and none
 * carries a schedule: the RFC gives no delays.
 */
type Row = readonly [en: string, ru: string, meaningEn: string, meaningRu: string, RetryRule];

const FIX_EN = 'Fix the request before sending it again.';
const FIX_RU = 'Исправьте запрос, прежде чем отправлять его снова.';

const ROWS: Readonly<Record<string, Row>> = {
  '400': [
    'Bad request',
    'Неверный запрос',
    'The server could not understand the request: invalid syntax or parameters.',
    'Сервер не понял запрос: неверный синтаксис или параметры.',
    NO_RETRY,
  ],
  '401': [
    'Unauthorized',
    'Не авторизован',
    'Credentials are missing or were not accepted.',
    'Учётные данные не переданы или не приняты.',
    AFTER_AUTH,
  ],
  '402': [
    'Payment required',
    'Требуется оплата',
    'The account must pay or top up before this request can succeed.',
    'Для выполнения запроса нужна оплата или пополнение счёта.',
    NO_RETRY,
  ],
  '403': [
    'Forbidden',
    'Доступ запрещён',
    'The credentials are valid but do not grant access to this resource.',
    'Учётные данные верны, но не дают доступа к этому ресурсу.',
    NO_RETRY,
  ],
  '404': [
    'Not found',
    'Не найдено',
    'The resource does not exist at this URL.',
    'Ресурса по этому адресу не существует.',
    NO_RETRY,
  ],
  '405': [
    'Method not allowed',
    'Метод не разрешён',
    'This HTTP method is not allowed for the resource; the Allow header lists the allowed ones.',
    'Этот HTTP-метод не разрешён для ресурса; разрешённые перечислены в заголовке Allow.',
    NO_RETRY,
  ],
  '406': [
    'Not acceptable',
    'Неприемлемый формат',
    'The server cannot produce a response in the format the Accept header asks for.',
    'Сервер не может ответить в формате, запрошенном в Accept.',
    NO_RETRY,
  ],
  '408': [
    'Request timeout',
    'Истекло время запроса',
    'The server gave up waiting for the request.',
    'Сервер не дождался запроса.',
    WAIT_RETRY_AFTER,
  ],
  '409': [
    'Conflict',
    'Конфликт',
    'The request conflicts with the current state of the resource.',
    'Запрос конфликтует с текущим состоянием ресурса.',
    CHECK_FIRST,
  ],
  '410': [
    'Gone',
    'Удалено',
    'The resource existed but is gone for good.',
    'Ресурс существовал, но удалён навсегда.',
    NO_RETRY,
  ],
  '413': [
    'Content too large',
    'Слишком большой запрос',
    'The request body is larger than the server accepts.',
    'Тело запроса больше, чем принимает сервер.',
    NO_RETRY,
  ],
  '415': [
    'Unsupported media type',
    'Неподдерживаемый тип данных',
    'The server does not accept the Content-Type of the request.',
    'Сервер не принимает Content-Type запроса.',
    NO_RETRY,
  ],
  '422': [
    'Unprocessable content',
    'Ошибка данных',
    'The request is well-formed but its data failed validation.',
    'Запрос корректен, но данные не прошли проверку.',
    NO_RETRY,
  ],
  '423': [
    'Locked',
    'Заблокировано',
    'The resource is locked.',
    'Ресурс заблокирован.',
    CHECK_FIRST,
  ],
  '425': [
    'Too early',
    'Слишком рано',
    'The server will not risk processing a request that might be replayed.',
    'Сервер не обрабатывает запрос, который может быть повторён.',
    WAIT_RETRY_AFTER,
  ],
  '428': [
    'Precondition required',
    'Требуется условие',
    'The server requires a conditional request (If-Match).',
    'Сервер требует условный запрос (If-Match).',
    NO_RETRY,
  ],
  '429': [
    'Too many requests',
    'Слишком много запросов',
    'A rate limit was exceeded.',
    'Превышен лимит частоты запросов.',
    WAIT_RETRY_AFTER,
  ],
  '431': [
    'Headers too large',
    'Слишком большие заголовки',
    'The request headers are too large.',
    'Заголовки запроса слишком велики.',
    NO_RETRY,
  ],
  '500': [
    'Internal server error',
    'Внутренняя ошибка сервера',
    'The server failed while handling the request.',
    'Сервер дал сбой при обработке запроса.',
    BACKOFF,
  ],
  '501': [
    'Not implemented',
    'Не реализовано',
    'The server does not support this functionality.',
    'Сервер не поддерживает эту функцию.',
    NO_RETRY,
  ],
  '502': [
    'Bad gateway',
    'Ошибка шлюза',
    'A gateway or proxy got an invalid response from the upstream server.',
    'Шлюз или прокси получил неверный ответ от вышестоящего сервера.',
    BACKOFF,
  ],
  '503': [
    'Service unavailable',
    'Сервис недоступен',
    'The server is overloaded or down for maintenance.',
    'Сервер перегружен или на обслуживании.',
    WAIT_RETRY_AFTER,
  ],
  '504': [
    'Gateway timeout',
    'Таймаут шлюза',
    'A gateway or proxy timed out waiting for the upstream server.',
    'Шлюз или прокси не дождался ответа вышестоящего сервера.',
    BACKOFF,
  ],
  '4xx': [
    'Client error',
    'Ошибка клиента',
    'The server rejected the request as a client error.',
    'Сервер отклонил запрос как ошибку клиента.',
    NO_RETRY,
  ],
  '5xx': [
    'Server error',
    'Ошибка сервера',
    'The server failed to handle the request.',
    'Сервер не смог обработать запрос.',
    BACKOFF,
  ],
};

const ACTIONS: Readonly<Record<string, readonly [string, string]>> = {
  no: [FIX_EN, FIX_RU],
  'after-auth': [
    'Fix or refresh the credentials, then retry.',
    'Исправьте или обновите учётные данные, затем повторите.',
  ],
  wait: [
    'Wait (for Retry-After when sent), then retry.',
    'Подождите (Retry-After, если он передан), затем повторите.',
  ],
  backoff: [
    'Retry later, with a longer delay after each failed attempt.',
    'Повторите позже, увеличивая задержку после каждой неудачной попытки.',
  ],
  'check-first': [
    'Check the current state of the resource before retrying.',
    'Перед повтором проверьте текущее состояние ресурса.',
  ],
};

function entryOf(row: Row): CatalogEntry {
  const [en, ru, meaningEn, meaningRu, retry] = row;
  const [actionEn, actionRu] = ACTIONS[retry.advice] ?? [FIX_EN, FIX_RU];
  return {
    title: { en, ru },
    meaning: { en: meaningEn, ru: meaningRu },
    action: { en: actionEn, ru: actionRu },
    retry: { ...retry, documented: false },
  };
}

// Only the "HTTP status" line of an error under 2xx reads this: the error itself is explained
// by its format (see ErrorFormat.undocumentedCode), never by a success.
const SUCCESS: CatalogEntry = entryOf([
  'Success',
  'Успех',
  'The status reports success, but the body reports an error.',
  'Статус сообщает об успехе, но тело ответа сообщает об ошибке.',
  NO_RETRY,
]);

const ENTRIES: ReadonlyMap<string, CatalogEntry> = new Map(
  Object.entries(ROWS).map(([key, row]) => [key, entryOf(row)]),
);

/** Generic meaning of any status, by exact code first, then by class. */
export function httpStatusEntry(status: number): CatalogEntry {
  // Per status, once: String(status) and the Map lookup showed in every decoded error's profile.
  const known = BY_STATUS[status];
  if (known !== undefined) return known;
  const entry = lookUp(status);
  if (Number.isInteger(status) && status >= 0 && status < 600) BY_STATUS[status] = entry;
  return entry;
}

const BY_STATUS: CatalogEntry[] = [];

function lookUp(status: number): CatalogEntry {
  const exact = ENTRIES.get(String(status));
  if (exact) return exact;
  if (status >= 500) return ENTRIES.get('5xx') as CatalogEntry;
  if (status >= 400) return ENTRIES.get('4xx') as CatalogEntry;
  return SUCCESS;
}
