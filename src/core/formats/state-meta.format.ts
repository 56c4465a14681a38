import { fieldErrorsFromMap } from '../json/fieldErrors';
import { isObject, own, codeOrNull, stringOrNull, type JsonObject } from '../json/guards';
import { AFTER_AUTH, BACKOFF, CHECK_FIRST, NO_RETRY, WAIT_RETRY_AFTER } from '../retryRules';
import type { Text } from '../types';
import { catalogOf, type ErrorFormat } from './format';

// Seed 001 lists what to hand to support; the token itself must never leave the integration.
const SUPPORT: Text = {
  en: 'give them the X-Request-Id, endpoint, HTTP method, request time, HTTP status, error.code and the API key name (never the token itself)',
  ru: 'передайте X-Request-Id, endpoint, HTTP-метод, время запроса, HTTP-статус, error.code и название API-ключа (но не сам токен)',
};

// The top-level keys that set this envelope apart from a bare `{ error: { code, message } }`.
const MARKERS = ['state', 'meta', 'result', 'message'];

function markerCount(body: JsonObject): number {
  return MARKERS.filter((key) => own(body, key) !== undefined).length;
}

function requestIdOf(body: JsonObject): string | null {
  const meta = own(body, 'meta');
  return isObject(meta) ? stringOrNull(own(meta, 'request_id')) : null;
}

const ERROR_FIELDS = { code: '/error/code', fieldErrors: '/error/details' } as const;
const WITH_ID = { requestId: '/meta/request_id' } as const;
// [message from error.message, from the top-level message][no request id, meta.request_id]:
// shared, so decoding allocates nothing for them.
const POINTERS = [
  [
    { ...ERROR_FIELDS, message: '/error/message' },
    { ...ERROR_FIELDS, message: '/error/message', ...WITH_ID },
  ],
  [
    { ...ERROR_FIELDS, message: '/message' },
    { ...ERROR_FIELDS, message: '/message', ...WITH_ID },
  ],
] as const;

/** `{ state, message, result, error: { code, details }, meta: { request_id, timestamp } }`. */
export const stateMetaFormat: ErrorFormat = {
  id: 'state-meta',
  name: { en: 'state/meta envelope', ru: 'формат с полями state и meta' },
  source: 'seed 001 (exchanger API)',
  specificity: 20,
  errorOn2xx: false,
  requestIdField: 'meta.request_id',
  recognize(body) {
    if (!isObject(body)) return null;
    const error = own(body, 'error');
    if (error === null) {
      const success = own(body, 'state') !== undefined || own(body, 'meta') !== undefined;
      return success ? { errors: [], requestId: requestIdOf(body) } : null;
    }
    if (!isObject(error) || own(error, 'code') === undefined) return null;
    if (markerCount(body) < 2) return null;
    const details = own(error, 'details') ?? null;
    const requestId = requestIdOf(body);
    const topMessage = stringOrNull(own(body, 'message'));
    return {
      requestId,
      errors: [
        {
          code: codeOrNull(own(error, 'code')),
          message: topMessage ?? stringOrNull(own(error, 'message')),
          details,
          fieldErrors: fieldErrorsFromMap(details),
          pointers: POINTERS[topMessage === null ? 0 : 1][requestId === null ? 0 : 1],
        },
      ],
    };
  },
  statuses: catalogOf({
    '400': {
      title: { en: 'Bad request', ru: 'Неверный запрос' },
      meaning: {
        en: 'The request is malformed or its parameters are wrong.',
        ru: 'Запрос составлен неверно или содержит неверные параметры.',
      },
      action: {
        en: 'Fix the request; do not retry it as is.',
        ru: 'Исправьте запрос; не повторяйте его как есть.',
      },
      retry: NO_RETRY,
    },
    '401': {
      title: {
        en: 'Not authenticated or bad signature',
        ru: 'Нет авторизации или неверная подпись',
      },
      meaning: {
        en: 'The Bearer token is missing or invalid, or the HMAC signature did not match.',
        ru: 'Bearer-токен не передан или неверен, либо HMAC-подпись не совпала.',
      },
      action: {
        en: 'Do not retry until the token or the HMAC signature is fixed.',
        ru: 'Не повторяйте, пока не исправлены токен или HMAC-подпись.',
      },
      retry: AFTER_AUTH,
    },
    '403': {
      title: { en: 'Access denied', ru: 'Доступ запрещён' },
      meaning: {
        en: 'The API key lacks the rights, scopes or allowed IP for this request.',
        ru: 'У API-ключа нет нужных прав, scope или разрешённого IP для этого запроса.',
      },
      action: {
        en: "Do not retry until the key's rights, scopes or IP allow-list are changed.",
        ru: 'Не повторяйте, пока не изменены права, scope или allow-list IP ключа.',
      },
      retry: NO_RETRY,
    },
    '404': {
      title: { en: 'Resource not found', ru: 'Ресурс не найден' },
      meaning: {
        en: 'The requested resource does not exist.',
        ru: 'Запрошенного ресурса не существует.',
      },
      action: {
        en: 'Retrying usually does not help: check the endpoint and the resource ID.',
        ru: 'Повтор обычно не помогает: проверьте endpoint и идентификатор ресурса.',
      },
      retry: NO_RETRY,
    },
    '409': {
      title: { en: 'State or idempotency conflict', ru: 'Конфликт состояния или идемпотентности' },
      meaning: {
        en: "The request conflicts with the resource's current state or with an idempotency key.",
        ru: 'Запрос конфликтует с текущим состоянием ресурса или с ключом идемпотентности.',
      },
      action: {
        en: 'Retry only after analysis: check the resource state and the idempotency key first.',
        ru: 'Повторяйте только после анализа: сначала проверьте состояние ресурса и ключ идемпотентности.',
      },
      retry: CHECK_FIRST,
    },
    '422': {
      title: { en: 'Invalid data', ru: 'Ошибка данных' },
      meaning: {
        en: 'The request data failed validation.',
        ru: 'Данные запроса не прошли проверку.',
      },
      action: {
        en: 'Do not retry; show the user the fields from error.details.',
        ru: 'Не повторяйте; покажите пользователю поля из error.details.',
      },
      retry: NO_RETRY,
    },
    '429': {
      title: { en: 'Too many requests', ru: 'Слишком много запросов' },
      meaning: {
        en: 'The request rate limit has been hit.',
        ru: 'Превышен лимит частоты запросов.',
      },
      action: {
        en: 'Retry after the delay given in the Retry-After header.',
        ru: 'Повторите после задержки из заголовка Retry-After.',
      },
      retry: WAIT_RETRY_AFTER,
    },
    '5xx': {
      title: { en: 'Server error', ru: 'Ошибка сервера' },
      meaning: {
        en: 'The server failed to process the request.',
        ru: 'Сервер не смог обработать запрос.',
      },
      // "Yes, with backoff": the document gives no formula, so no schedule is claimed.
      action: {
        en: `Retry with backoff. If you contact support, ${SUPPORT.en}.`,
        ru: `Повторите с нарастающей задержкой (backoff). Если обращаетесь в поддержку, ${SUPPORT.ru}.`,
      },
      retry: BACKOFF,
    },
  }),
  // The code table has no status column: no code is paired with an HTTP status.
  catalog: catalogOf({
    authentication_required: {
      title: { en: 'Bearer token missing', ru: 'Не передан Bearer-токен' },
      meaning: {
        en: 'The request carries no Bearer token.',
        ru: 'В запросе нет Bearer-токена.',
      },
      action: {
        en: 'Add the header "Authorization: Bearer <token>", then retry.',
        ru: 'Добавьте заголовок «Authorization: Bearer <token>» и повторите.',
      },
      retry: AFTER_AUTH,
    },
    invalid_token: {
      title: { en: 'Invalid or disabled token', ru: 'Токен неверен или отключён' },
      meaning: {
        en: 'The token is wrong or has been disabled.',
        ru: 'Токен неверный или отключён.',
      },
      action: {
        en: 'Check the API key or create a new one, then retry.',
        ru: 'Проверьте API-ключ или создайте новый, затем повторите.',
      },
      retry: AFTER_AUTH,
    },
    signature_required: {
      title: { en: 'HMAC signature required', ru: 'Нужна HMAC-подпись' },
      meaning: {
        en: 'This request must be signed with HMAC.',
        ru: 'Этот запрос должен быть подписан HMAC.',
      },
      action: {
        en: 'Add the HMAC signature headers, then retry.',
        ru: 'Добавьте заголовки HMAC-подписи и повторите.',
      },
      retry: AFTER_AUTH,
    },
    invalid_signature: {
      title: { en: 'Signature mismatch', ru: 'Подпись не совпала' },
      meaning: {
        en: 'The HMAC signature does not match the one the server computed.',
        ru: 'HMAC-подпись не совпала с той, что вычислил сервер.',
      },
      action: {
        en: 'Check how the canonical string is built and signed, then retry.',
        ru: 'Проверьте, как собирается и подписывается canonical string, затем повторите.',
      },
      retry: AFTER_AUTH,
    },
    signature_replay: {
      title: { en: 'Nonce already used', ru: 'Nonce уже использован' },
      meaning: {
        en: 'The signature reuses a nonce, so the server treats it as a replay.',
        ru: 'Подпись содержит уже использованный nonce, и сервер считает её повтором.',
      },
      action: {
        en: 'Generate a new nonce, sign the request again, then retry.',
        ru: 'Сгенерируйте новый nonce, заново подпишите запрос и повторите.',
      },
      retry: AFTER_AUTH,
    },
    scope_denied: {
      title: { en: 'Missing scope', ru: 'Не хватает scope' },
      meaning: {
        en: 'The API key lacks the scope this request needs.',
        ru: 'У API-ключа нет scope, нужного для этого запроса.',
      },
      action: {
        en: 'Add the scope to the key; do not retry until then.',
        ru: 'Добавьте scope ключу; до этого не повторяйте.',
      },
      retry: NO_RETRY,
    },
    ip_not_allowed: {
      title: { en: 'IP not allowed', ru: 'IP не разрешён' },
      meaning: {
        en: "The caller's IP is not in the key's allow-list.",
        ru: 'IP отправителя нет в allow-list ключа.',
      },
      action: {
        en: "Add your server's IP to the allow-list; do not retry until then.",
        ru: 'Добавьте IP сервера в allow-list; до этого не повторяйте.',
      },
      retry: NO_RETRY,
    },
    validation_error: {
      title: { en: 'Invalid data', ru: 'Неверные данные' },
      meaning: {
        en: 'Some fields of the request failed validation.',
        ru: 'Некоторые поля запроса не прошли проверку.',
      },
      action: {
        en: 'Fix the fields listed in error.details; do not retry as is.',
        ru: 'Исправьте поля из error.details; не повторяйте запрос как есть.',
      },
      retry: NO_RETRY,
    },
    idempotency_conflict: {
      title: { en: 'Idempotency key reused', ru: 'Ключ идемпотентности уже использован' },
      meaning: {
        en: 'This idempotency key was already used for a different request.',
        ru: 'Этот ключ идемпотентности уже использован для другого запроса.',
      },
      action: {
        en: 'Do not repeat the request with this key.',
        ru: 'Не повторяйте запрос с этим ключом.',
      },
      retry: NO_RETRY,
    },
    rate_limit_exceeded: {
      title: { en: 'Rate limit exceeded', ru: 'Превышен частотный лимит' },
      meaning: {
        en: 'Too many requests were sent in a short time.',
        ru: 'Отправлено слишком много запросов за короткое время.',
      },
      action: {
        en: 'Wait for the Retry-After delay, then retry.',
        ru: 'Дождитесь задержки из Retry-After и повторите.',
      },
      retry: WAIT_RETRY_AFTER,
    },
    quota_exceeded: {
      title: { en: 'Quota exhausted', ru: 'Квота исчерпана' },
      meaning: {
        en: 'The daily or monthly quota is used up.',
        ru: 'Дневная или месячная квота исчерпана.',
      },
      action: {
        en: 'Raise the quota or reduce the load; retrying now will not help.',
        ru: 'Повысьте квоту или снизьте нагрузку; повтор сейчас не поможет.',
      },
      retry: NO_RETRY,
    },
  }),
};
