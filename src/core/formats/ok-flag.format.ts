import { isObject, own, codeOrNull, stringOrNull } from '../json/guards';
import { AFTER_AUTH, NO_RETRY } from '../retryRules';
import type { RetryRule } from '../types';
import { catalogOf, type ErrorFormat } from './format';
import { undocumentedCodeEntry } from './undocumentedCode';

// Seed 000: "for provider_error and 5xx: retry after 10–30 seconds, 1–3 attempts". Ten seconds
// is the documented minimum: a shorter Retry-After does not shorten it.
const GENTLE_RETRY: RetryRule = {
  advice: 'wait',
  minDelaySeconds: 10,
  maxAttempts: 3,
  schedule: { kind: 'range', minSeconds: 10, maxSeconds: 30 },
};

const ERROR_POINTERS = { code: '/error/code', message: '/error/message' } as const;

/** `{ ok: false, error: { code, message, details } }`, with `{ ok: true, data }` for success. */
export const okFlagFormat: ErrorFormat = {
  id: 'ok-flag',
  name: { en: 'ok:false envelope', ru: 'формат с полем ok' },
  source: 'seed 000 (proxy API)',
  specificity: 30,
  errorOn2xx: true,
  recognize(body) {
    if (!isObject(body)) return null;
    const ok = own(body, 'ok');
    if (ok === true) return { errors: [], requestId: null };
    if (ok !== false) return null;
    const error = own(body, 'error');
    if (!isObject(error)) return null;
    return {
      requestId: null,
      errors: [
        {
          code: codeOrNull(own(error, 'code')),
          message: stringOrNull(own(error, 'message')),
          details: own(error, 'details') ?? null,
          fieldErrors: [],
          pointers: ERROR_POINTERS,
        },
      ],
    };
  },
  // Seed 000: "do not retry purchases/renewals blindly (check the state/balance first)". A
  // request cannot tell whether it was one, so any that may buy or renew gets the condition.
  checkFirst: {
    methods: ['POST', 'PUT', 'PATCH'],
    warning: {
      en: 'If this was a purchase or renewal, do not repeat it blindly: check the state and the balance first.',
      ru: 'Если это была покупка или продление, не повторяйте запрос «вслепую»: сначала проверьте состояние и баланс.',
    },
  },
  undocumentedCode: undocumentedCodeEntry({ en: 'ok: false', ru: 'ok: false' }, 'error.message'),
  statuses: catalogOf({
    '400': {
      title: { en: 'Bad request', ru: 'Неверный запрос' },
      meaning: {
        en: 'The parameters or their validation failed.',
        ru: 'Неверные параметры или не пройдена валидация.',
      },
      action: {
        en: 'Fix the parameters, their types and format. Do not retry as is.',
        ru: 'Исправьте параметры, типы и формат. Не повторяйте запрос как есть.',
      },
      retry: NO_RETRY,
    },
    '401': {
      title: { en: 'Missing or invalid token', ru: 'Токен отсутствует или неверен' },
      meaning: {
        en: 'The Authorization token is missing or was not accepted.',
        ru: 'Токен в заголовке Authorization отсутствует или не принят.',
      },
      action: {
        en: 'Check the Authorization header; reset the token if needed and update it in the integration.',
        ru: 'Проверьте заголовок Authorization; при необходимости сбросьте токен и обновите его в интеграции.',
      },
      retry: AFTER_AUTH,
    },
    '5xx': {
      title: { en: 'Upstream or internal error', ru: 'Ошибка upstream или внутренняя ошибка' },
      meaning: {
        en: 'The service or its upstream provider failed.',
        ru: 'Сбой сервиса или его поставщика (upstream).',
      },
      action: {
        en: 'Retry later: after 10–30 seconds, at most 3 attempts.',
        ru: 'Повторите позже: через 10–30 секунд, не более 3 попыток.',
      },
      retry: GENTLE_RETRY,
    },
  }),
  // The code table has no status column: no code is paired with an HTTP status.
  catalog: catalogOf({
    invalid_token: {
      title: { en: 'Token not accepted', ru: 'Токен не принят' },
      meaning: {
        en: 'The API did not accept the bearer token.',
        ru: 'API не принял токен Bearer.',
      },
      action: {
        en: 'Check the header "Authorization: Bearer <token>".',
        ru: 'Проверьте заголовок «Authorization: Bearer <token>».',
      },
      retry: AFTER_AUTH,
    },
    invalid_request: {
      title: { en: 'Invalid parameters or format', ru: 'Неверные параметры или формат' },
      meaning: {
        en: 'The request parameters or their format are wrong.',
        ru: 'Неверные параметры запроса или их формат.',
      },
      action: {
        en: 'Check the fields, their types and the required parameters. Do not retry as is.',
        ru: 'Сверьте поля, типы и обязательные параметры. Не повторяйте запрос как есть.',
      },
      retry: NO_RETRY,
    },
    insufficient_funds: {
      title: { en: 'Insufficient funds', ru: 'Недостаточно средств' },
      meaning: {
        en: 'The balance does not cover this purchase.',
        ru: 'Баланса недостаточно для этой покупки.',
      },
      action: {
        en: 'Top up the balance or reduce the purchase volume.',
        ru: 'Пополните баланс или уменьшите объём покупки.',
      },
      retry: NO_RETRY,
    },
    provider_error: {
      title: { en: 'Temporary provider error', ru: 'Временная ошибка поставщика' },
      meaning: {
        en: 'The upstream provider failed temporarily.',
        ru: 'Поставщик (upstream) временно дал сбой.',
      },
      action: {
        en: 'Retry carefully: after 10–30 seconds, at most 3 attempts.',
        ru: 'Аккуратно повторите: через 10–30 секунд, не более 3 попыток.',
      },
      retry: GENTLE_RETRY,
    },
    internal_error: {
      title: { en: 'Internal service error', ru: 'Внутренняя ошибка сервиса' },
      meaning: { en: 'The service failed internally.', ru: 'Внутренний сбой сервиса.' },
      action: {
        en: 'Retry carefully (after 10–30 seconds, at most 3 attempts); if it repeats, contact support.',
        ru: 'Аккуратно повторите (через 10–30 секунд, не более 3 попыток); если ошибка повторяется — обратитесь в поддержку.',
      },
      retry: GENTLE_RETRY,
    },
  }),
};
