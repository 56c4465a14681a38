import type { Text } from '../types';

/** The support report's own words, in every UI language (the core keeps its texts as Text). */
export const REPORT_TEXTS = {
  heading: { en: 'API error report', ru: 'Отчёт об ошибке API' },
  requestId: { en: 'Request ID (X-Request-Id)', ru: 'ID запроса (X-Request-Id)' },
  bodyRequestId: { en: 'Request ID in the body', ru: 'ID запроса в теле ответа' },
  endpoint: { en: 'Endpoint', ru: 'Endpoint' },
  method: { en: 'HTTP method', ru: 'HTTP-метод' },
  time: { en: 'Request time (UTC)', ru: 'Время запроса (UTC)' },
  status: { en: 'HTTP status', ru: 'HTTP-статус' },
  code: { en: 'error.code', ru: 'error.code' },
  format: { en: 'Format', ru: 'Формат' },
  title: { en: 'Decoded as', ru: 'Расшифровка' },
  message: { en: 'Server message', ru: 'Сообщение сервера' },
  keyName: { en: 'API key name', ru: 'Название API-ключа' },
  keyNamePlaceholder: {
    en: "[fill in the key's name — never the token itself]",
    ru: '[впишите название ключа — но не сам токен]',
  },
  notSent: { en: 'not sent', ru: 'не передан' },
  none: { en: 'none', ru: 'нет' },
  unknown: { en: 'unknown', ru: 'неизвестно' },
  formatHttp: { en: 'HTTP status only', ru: 'только HTTP-статус' },
  formatNetwork: {
    en: 'network: no HTTP answer (`network`)',
    ru: 'сеть: нет HTTP-ответа (`network`)',
  },
  noError: {
    en: 'no error: a retry that broke a retry rule',
    ru: 'не ошибка: повтор, нарушивший правило повторов',
  },
  retryRules: {
    en: 'Retry rules broken (retry of entry)',
    ru: 'Нарушенные правила повторов (повтор записи)',
  },
  redactedNote: {
    en: 'Tokens, keys, cookies and passwords are replaced by [REDACTED].',
    ru: 'Токены, ключи, cookie и пароли заменены на [REDACTED].',
  },
} as const satisfies Record<string, Text>;
