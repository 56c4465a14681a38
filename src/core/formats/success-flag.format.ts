import { isObject, own, codeOrNull, stringOrNull, type JsonObject } from '../json/guards';
import { AFTER_AUTH, CHECK_FIRST, NO_RETRY, WAIT_RETRY_AFTER } from '../retryRules';
import type { CatalogEntry, RetryRule, Text } from '../types';
import { catalogOf, type ErrorFormat } from './format';
import { undocumentedCodeEntry } from './undocumentedCode';

// Seed 002: "Exponential backoff: BACKEND_ERROR, BACKEND_TIMEOUT — retry with 2^attempt delay".
// The formula is the document's; it names no unit, so none is claimed.
const TWO_TO_THE_ATTEMPT: RetryRule = {
  advice: 'backoff',
  schedule: { kind: 'exponential', base: 2 },
};

const RETRY_EXPONENTIAL: Text = {
  en: 'Retry with exponential backoff: a delay of 2^attempt.',
  ru: 'Повторите с экспоненциальной задержкой: 2 в степени номера попытки.',
};

const BACKEND_FAILURE: Pick<CatalogEntry, 'title' | 'meaning'> = {
  title: { en: 'Backend failure', ru: 'Сбой бэкенда' },
  meaning: { en: 'A backend service failed.', ru: 'Сбой сервиса на стороне бэкенда.' },
};

const BACKEND_TIMEOUT: Pick<CatalogEntry, 'title' | 'meaning'> = {
  title: { en: 'Backend timeout', ru: 'Таймаут бэкенда' },
  meaning: {
    en: 'A backend service did not answer in time.',
    ru: 'Сервис на стороне бэкенда не ответил вовремя.',
  },
};

const ERROR_POINTERS = { code: '/error/code', message: '/error/message' } as const;
const WITH_REQUEST_ID = { ...ERROR_POINTERS, requestId: '/meta/request_id' } as const;

function requestIdOf(body: JsonObject): string | null {
  const meta = own(body, 'meta');
  return isObject(meta) ? stringOrNull(own(meta, 'request_id')) : null;
}

/**
 * `{ success: false, data, error: { code, message, details }, meta: { request_id } }`, with
 * `success: true` for success. `details` holds context (balances…), not per-field messages.
 */
export const successFlagFormat: ErrorFormat = {
  id: 'success-flag',
  name: { en: 'success:false envelope', ru: 'формат с полем success' },
  source: 'seed 002 (sessions and products API)',
  specificity: 30,
  errorOn2xx: true,
  requestIdField: 'meta.request_id',
  undocumentedCode: undocumentedCodeEntry(
    { en: 'success: false', ru: 'success: false' },
    'error.message',
  ),
  recognize(body) {
    if (!isObject(body)) return null;
    const success = own(body, 'success');
    if (success === true) return { errors: [], requestId: requestIdOf(body) };
    if (success !== false) return null;
    const error = own(body, 'error');
    if (!isObject(error)) return null;
    const requestId = requestIdOf(body);
    return {
      requestId,
      errors: [
        {
          code: codeOrNull(own(error, 'code')),
          message: stringOrNull(own(error, 'message')),
          details: own(error, 'details') ?? null,
          fieldErrors: [],
          pointers: requestId === null ? ERROR_POINTERS : WITH_REQUEST_ID,
        },
      ],
    };
  },
  statuses: catalogOf({
    '400': {
      title: { en: 'Bad request', ru: 'Неверный запрос' },
      meaning: {
        en: 'The request parameters or body are invalid.',
        ru: 'Параметры или тело запроса неверны.',
      },
      action: {
        en: 'Fix the request body; do not retry it as is.',
        ru: 'Исправьте тело запроса; не повторяйте его как есть.',
      },
      retry: NO_RETRY,
    },
    '401': {
      title: { en: 'Not authenticated', ru: 'Не авторизован' },
      meaning: {
        en: 'The API key is invalid or the JWT has expired.',
        ru: 'API-ключ неверен или срок действия JWT истёк.',
      },
      action: {
        en: 'Check the API key or refresh the token, then retry.',
        ru: 'Проверьте API-ключ или обновите токен, затем повторите.',
      },
      retry: AFTER_AUTH,
    },
    '402': {
      title: { en: 'Balance too low', ru: 'Недостаточно средств' },
      meaning: {
        en: 'The account balance does not cover this request.',
        ru: 'Баланса счёта не хватает для этого запроса.',
      },
      action: {
        en: 'Recharge the balance; do not retry until then.',
        ru: 'Пополните баланс; до этого не повторяйте.',
      },
      retry: NO_RETRY,
    },
    '403': {
      title: { en: 'Forbidden', ru: 'Доступ запрещён' },
      meaning: {
        en: 'The key lacks permission, or the account is disabled.',
        ru: 'У ключа нет прав, или аккаунт отключён.',
      },
      action: {
        en: "Check the key's scopes; if the account is disabled, contact support.",
        ru: 'Проверьте права ключа (scope); если аккаунт отключён, обратитесь в поддержку.',
      },
      retry: NO_RETRY,
    },
    '404': {
      title: { en: 'Not found', ru: 'Не найдено' },
      meaning: {
        en: 'The session or product does not exist.',
        ru: 'Сессии или продукта не существует.',
      },
      action: {
        en: 'Check the session_id or the product; do not retry as is.',
        ru: 'Проверьте session_id или продукт; не повторяйте как есть.',
      },
      retry: NO_RETRY,
    },
    '409': {
      title: { en: 'Conflict', ru: 'Конфликт' },
      meaning: {
        en: 'The product is out of stock, or the idempotency key was already used.',
        ru: 'Товара нет в наличии, или ключ идемпотентности уже использован.',
      },
      action: {
        en: 'Look at error.code before retrying: a product may be back in stock later (or pick another one); a reused idempotency key needs a new key or the cached response.',
        ru: 'Перед повтором посмотрите error.code: товар может снова появиться в наличии (или выберите другой продукт), а для повторного ключа идемпотентности нужен новый ключ или сохранённый ответ.',
      },
      retry: CHECK_FIRST,
    },
    '410': {
      title: { en: 'Session expired', ru: 'Сессия истекла' },
      meaning: {
        en: 'The session is no longer valid.',
        ru: 'Сессия больше не действительна.',
      },
      action: {
        en: 'Create a new session; do not retry with the old one.',
        ru: 'Создайте новую сессию; не повторяйте запрос со старой.',
      },
      retry: NO_RETRY,
    },
    '429': {
      title: { en: 'Too many requests', ru: 'Слишком много запросов' },
      meaning: {
        en: 'The request rate limit or the session limit was reached.',
        ru: 'Достигнут лимит частоты запросов или лимит сессий.',
      },
      action: {
        en: 'Wait for Retry-After before retrying, unless error.code says the session limit was hit.',
        ru: 'Перед повтором дождитесь Retry-After, если только error.code не говорит о лимите сессий.',
      },
      retry: WAIT_RETRY_AFTER,
    },
    '500': {
      title: { en: 'Internal error', ru: 'Внутренняя ошибка' },
      meaning: { en: 'The service failed internally.', ru: 'Внутренний сбой сервиса.' },
      action: {
        en: 'Contact support with the request_id; do not retry blindly.',
        ru: 'Обратитесь в поддержку, указав request_id; не повторяйте вслепую.',
      },
      retry: NO_RETRY,
    },
    '502': { ...BACKEND_FAILURE, action: RETRY_EXPONENTIAL, retry: TWO_TO_THE_ATTEMPT },
    '504': { ...BACKEND_TIMEOUT, action: RETRY_EXPONENTIAL, retry: TWO_TO_THE_ATTEMPT },
  }),
  catalog: catalogOf({
    AUTH_INVALID_KEY: {
      title: { en: 'Invalid API key', ru: 'Неверный API-ключ' },
      meaning: { en: 'The API key was not accepted.', ru: 'API-ключ не принят.' },
      action: {
        en: 'Check the API key; do not retry with the same key.',
        ru: 'Проверьте API-ключ; не повторяйте запрос с тем же ключом.',
      },
      retry: NO_RETRY,
      status: 401,
    },
    AUTH_EXPIRED_TOKEN: {
      title: { en: 'JWT expired', ru: 'Срок JWT истёк' },
      meaning: { en: 'The JWT access token has expired.', ru: 'Срок действия JWT-токена истёк.' },
      action: {
        en: 'Refresh the token, then retry.',
        ru: 'Обновите токен, затем повторите запрос.',
      },
      retry: AFTER_AUTH,
      status: 401,
    },
    AUTH_INSUFFICIENT_PERMISSION: {
      title: { en: 'Permission denied', ru: 'Недостаточно прав' },
      meaning: {
        en: 'The key lacks the permission this request needs.',
        ru: 'У ключа нет прав, нужных для этого запроса.',
      },
      action: {
        en: "Check the key's scope; do not retry until it is granted.",
        ru: 'Проверьте права ключа (scope); не повторяйте, пока право не выдано.',
      },
      retry: NO_RETRY,
      status: 403,
    },
    RATE_LIMIT_EXCEEDED: {
      title: { en: 'Too many requests', ru: 'Слишком много запросов' },
      meaning: {
        en: 'The request rate limit for the window was reached.',
        ru: 'Исчерпан лимит запросов в текущем окне.',
      },
      action: {
        en: 'Sleep for the Retry-After seconds, then retry.',
        ru: 'Подождите столько секунд, сколько указано в Retry-After, затем повторите.',
      },
      retry: WAIT_RETRY_AFTER,
      status: 429,
    },
    ACCOUNT_DISABLED: {
      title: { en: 'Account disabled', ru: 'Аккаунт отключён' },
      meaning: { en: 'The account has been disabled.', ru: 'Аккаунт отключён.' },
      action: {
        en: 'Contact support; retrying will not help.',
        ru: 'Обратитесь в поддержку; повтор не поможет.',
      },
      retry: NO_RETRY,
      status: 403,
    },
    INSUFFICIENT_BALANCE: {
      title: { en: 'Balance too low', ru: 'Недостаточно средств' },
      meaning: {
        en: 'The balance is below the amount this request needs.',
        ru: 'На балансе меньше, чем нужно для этого запроса.',
      },
      action: {
        en: 'Recharge the balance (see error.details), then send the request again.',
        ru: 'Пополните баланс (см. error.details), затем отправьте запрос снова.',
      },
      retry: NO_RETRY,
      status: 402,
    },
    SESSION_NOT_FOUND: {
      title: { en: 'Session not found', ru: 'Сессия не найдена' },
      meaning: { en: 'No session has this session_id.', ru: 'Сессии с таким session_id нет.' },
      action: {
        en: 'Check the session_id; do not retry as is.',
        ru: 'Проверьте session_id; не повторяйте запрос как есть.',
      },
      retry: NO_RETRY,
      status: 404,
    },
    SESSION_EXPIRED: {
      title: { en: 'Session expired', ru: 'Сессия истекла' },
      meaning: { en: 'The session is no longer valid.', ru: 'Сессия больше не действительна.' },
      action: {
        en: 'Create a new session and use it instead.',
        ru: 'Создайте новую сессию и используйте её.',
      },
      retry: NO_RETRY,
      status: 410,
    },
    SESSION_LIMIT_REACHED: {
      title: { en: 'Session limit reached', ru: 'Достигнут лимит сессий' },
      meaning: {
        en: 'The account already has the maximum number of sessions.',
        ru: 'У аккаунта уже открыто максимальное число сессий.',
      },
      action: {
        en: 'Terminate old sessions first; waiting alone will not help.',
        ru: 'Сначала завершите старые сессии; простое ожидание не поможет.',
      },
      retry: NO_RETRY,
      status: 429,
    },
    PRODUCT_NOT_FOUND: {
      title: { en: 'Product not found', ru: 'Продукт не найден' },
      meaning: {
        en: 'The product is invalid or unknown.',
        ru: 'Неверный или неизвестный продукт.',
      },
      action: {
        en: 'List the products and pick a valid one.',
        ru: 'Получите список продуктов и выберите существующий.',
      },
      retry: NO_RETRY,
      status: 404,
    },
    PRODUCT_OUT_OF_STOCK: {
      title: { en: 'Out of stock', ru: 'Нет в наличии' },
      meaning: { en: 'The product is out of stock.', ru: 'Продукта нет в наличии.' },
      // "Retry or other product": a retry is allowed, so no "check first" is added.
      action: {
        en: 'Retry later, or pick another product.',
        ru: 'Повторите позже или выберите другой продукт.',
      },
      retry: WAIT_RETRY_AFTER,
      status: 409,
    },
    INVALID_REQUEST: {
      title: { en: 'Bad parameters', ru: 'Неверные параметры' },
      meaning: {
        en: 'The request body has invalid parameters.',
        ru: 'В теле запроса неверные параметры.',
      },
      action: {
        en: 'Fix the request body; do not retry as is.',
        ru: 'Исправьте тело запроса; не повторяйте как есть.',
      },
      retry: NO_RETRY,
      status: 400,
    },
    IDEMPOTENCY_CONFLICT: {
      title: { en: 'Duplicate idempotency key', ru: 'Повторный ключ идемпотентности' },
      meaning: {
        en: 'This idempotency key was already used.',
        ru: 'Этот ключ идемпотентности уже использован.',
      },
      action: {
        en: 'Use a new key, or reuse the cached response of the first request.',
        ru: 'Используйте новый ключ или возьмите сохранённый ответ первого запроса.',
      },
      retry: NO_RETRY,
      status: 409,
    },
    BACKEND_ERROR: {
      ...BACKEND_FAILURE,
      action: RETRY_EXPONENTIAL,
      retry: TWO_TO_THE_ATTEMPT,
      status: 502,
    },
    BACKEND_TIMEOUT: {
      ...BACKEND_TIMEOUT,
      action: RETRY_EXPONENTIAL,
      retry: TWO_TO_THE_ATTEMPT,
      status: 504,
    },
    INTERNAL_ERROR: {
      title: { en: 'Internal error', ru: 'Внутренняя ошибка' },
      meaning: { en: 'The service failed internally.', ru: 'Внутренний сбой сервиса.' },
      action: {
        en: 'Contact support with the request_id; do not retry blindly.',
        ru: 'Обратитесь в поддержку, указав request_id; не повторяйте вслепую.',
      },
      retry: NO_RETRY,
      status: 500,
    },
  }),
};
