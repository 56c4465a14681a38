import { isObject, own, stringOrNull } from '../json/guards';
import { AFTER_AUTH, BACKOFF, NO_RETRY, unstated, WAIT_RETRY_AFTER } from '../retryRules';
import type { CatalogEntry, Text } from '../types';
import { catalogOf, type ErrorFormat } from './format';

// Seed 004 gives a retry rule for 400 ("must not repeat without changes") and 429 (Retry-After
// says when to retry) only. For 401, 403, 404, 405 and 500 it gives a meaning and no rule, so
// their advice is what the HTTP status alone supports, marked as such.
const AFTER_AUTH_BY_STATUS = unstated(AFTER_AUTH);
const NO_RETRY_BY_STATUS = unstated(NO_RETRY);

// Seed 004: a 400 "client should not repeat this request without changes".
const NO_REPEAT: Text = {
  en: 'Do not repeat the request without changes.',
  ru: 'Не повторяйте запрос без изменений.',
};

/** A 400-class code: the title is the document's message, the action its 400 rule. */
function badData(title: Text, meaning: Text): CatalogEntry {
  return {
    title,
    meaning,
    action: {
      en: `Fix the request data. ${NO_REPEAT.en}`,
      ru: `Исправьте данные запроса. ${NO_REPEAT.ru}`,
    },
    retry: NO_RETRY,
    status: 400,
  };
}

/**
 * A finite number, or a string of digits such as "1008": some servers quote numeric codes.
 * The code is kept as sent; the catalog is keyed by `String(code)`, so both forms match.
 */
function numericCode(value: unknown): string | number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return value;
  return null;
}

const ERROR_POINTERS = { code: '/error/code', message: '/error/message' } as const;

/** `{ error: { code: <number>, message } }`: the bare envelope of seed 004. */
export const numericCodeFormat: ErrorFormat = {
  id: 'numeric-code',
  name: { en: 'numeric error code', ru: 'числовой код ошибки' },
  source: 'seed 004 (REST API with numeric codes)',
  specificity: 10,
  errorOn2xx: false,
  // The 405 example's code: shown once, absent from "the list of all possible codes".
  exampleCodes: ['1008'],
  recognize(body) {
    if (!isObject(body) || own(body, 'jsonrpc') !== undefined) return null;
    const error = own(body, 'error');
    if (!isObject(error)) return null;
    const code = numericCode(own(error, 'code'));
    if (code === null) return null;
    return {
      requestId: null,
      errors: [
        {
          code,
          message: stringOrNull(own(error, 'message')),
          details: null,
          fieldErrors: [],
          pointers: ERROR_POINTERS,
        },
      ],
    };
  },
  statuses: catalogOf({
    '400': {
      title: { en: 'Bad request', ru: 'Неверный запрос' },
      meaning: {
        en: 'The server could not understand the request because of invalid syntax.',
        ru: 'Сервер не смог понять запрос из-за недопустимого синтаксиса.',
      },
      action: NO_REPEAT,
      retry: NO_RETRY,
    },
    '401': {
      title: { en: 'Unauthorized', ru: 'Не авторизован' },
      meaning: {
        en: 'The user is not authorized or sent wrong credentials.',
        ru: 'Пользователь не авторизован или передал неверные данные аутентификации.',
      },
      action: {
        en: 'Log in or send valid credentials, then retry.',
        ru: 'Войдите или передайте верные учётные данные, затем повторите.',
      },
      retry: AFTER_AUTH_BY_STATUS,
    },
    '403': {
      title: { en: 'Forbidden', ru: 'Доступ запрещён' },
      meaning: {
        en: 'Authentication succeeded, but the user has no access to the resource.',
        ru: 'Аутентификация прошла, но у пользователя нет доступа к ресурсу.',
      },
      action: {
        en: 'Do not retry; get access to the resource first.',
        ru: 'Не повторяйте; сначала получите доступ к ресурсу.',
      },
      retry: NO_RETRY_BY_STATUS,
    },
    '404': {
      title: { en: 'Not found', ru: 'Не найдено' },
      meaning: {
        en: 'The requested resource does not exist.',
        ru: 'Запрошенного ресурса не существует.',
      },
      action: {
        en: 'Check the URL and the resource ID; do not retry as is.',
        ru: 'Проверьте URL и идентификатор ресурса; не повторяйте как есть.',
      },
      retry: NO_RETRY_BY_STATUS,
    },
    '405': {
      title: { en: 'Method not allowed', ru: 'Метод не разрешён' },
      meaning: {
        en: 'This HTTP method is not allowed for the authenticated user.',
        ru: 'Этот HTTP-метод не разрешён для аутентифицированного пользователя.',
      },
      action: {
        en: 'Use a method listed in the Allow header.',
        ru: 'Используйте метод из заголовка Allow.',
      },
      retry: NO_RETRY_BY_STATUS,
    },
    '429': {
      title: { en: 'Too many requests', ru: 'Слишком много запросов' },
      meaning: {
        en: 'The client sent too many requests in a short time.',
        ru: 'Клиент отправил слишком много запросов за короткое время.',
      },
      action: {
        en: 'Wait for the Retry-After delay, when sent, then retry.',
        ru: 'Дождитесь задержки из Retry-After, если он есть, и повторите.',
      },
      retry: WAIT_RETRY_AFTER,
    },
    '500': {
      title: { en: 'Internal server error', ru: 'Внутренняя ошибка сервера' },
      meaning: {
        en: 'An internal server error that no other status covers.',
        ru: 'Внутренняя ошибка сервера, не подпадающая под другие статусы.',
      },
      action: {
        en: 'The documentation gives no retry rule for 500. By the HTTP status alone, a server error may be temporary: a retry with a growing delay may succeed.',
        ru: 'Документация не даёт правила повтора для 500. Судя только по HTTP-статусу, ошибка сервера может быть временной: повтор с нарастающей задержкой может пройти.',
      },
      retry: unstated(BACKOFF),
    },
  }),
  catalog: catalogOf({
    '1001': badData(
      { en: 'Incorrect data', ru: 'Некорректные данные' },
      { en: 'The request data is incorrect.', ru: 'Данные запроса некорректны.' },
    ),
    '1002': badData(
      { en: 'Invalid email format', ru: 'Неверный формат электронной почты' },
      { en: 'The email address is malformed.', ru: 'Адрес электронной почты указан неверно.' },
    ),
    '1003': badData(
      {
        en: 'User with this email already exists',
        ru: 'Пользователь с такой электронной почтой уже существует',
      },
      {
        en: 'A user with this email is already registered.',
        ru: 'Пользователь с такой электронной почтой уже зарегистрирован.',
      },
    ),
    '1004': badData(
      { en: 'Resource with this id already exists', ru: 'Ресурс с таким id уже существует' },
      {
        en: 'A resource with this id already exists.',
        ru: 'Ресурс с таким id уже существует.',
      },
    ),
    '1005': badData(
      { en: 'No resource with this id', ru: 'Ресурса с таким id нет' },
      { en: 'No resource has this id.', ru: 'Ресурса с таким id не существует.' },
    ),
    '1006': {
      title: { en: 'Database access error', ru: 'Ошибка доступа к базе данных' },
      meaning: {
        en: 'The server could not access its database; the document files this under 400.',
        ru: 'Сервер не смог обратиться к базе данных; документация относит это к 400.',
      },
      action: NO_REPEAT,
      retry: NO_RETRY,
      status: 400,
    },
    '2001': {
      title: { en: 'Invalid login or password', ru: 'Неправильный логин или пароль' },
      meaning: {
        en: 'The login or the password is wrong.',
        ru: 'Логин или пароль указан неверно.',
      },
      action: {
        en: 'Fix the login or password, then retry.',
        ru: 'Исправьте логин или пароль, затем повторите.',
      },
      retry: AFTER_AUTH_BY_STATUS,
      status: 401,
    },
    '2002': {
      title: { en: 'Access token expired', ru: 'Срок access-токена истёк' },
      meaning: {
        en: 'The access token is no longer valid.',
        ru: 'Access-токен больше не действителен.',
      },
      action: {
        en: 'Get a new access token with the refresh token, then retry.',
        ru: 'Получите новый access-токен по refresh-токену, затем повторите.',
      },
      retry: AFTER_AUTH_BY_STATUS,
      status: 401,
    },
    '2003': {
      title: { en: 'Refresh token expired', ru: 'Срок refresh-токена истёк' },
      meaning: {
        en: 'The refresh token is no longer valid, so tokens cannot be renewed.',
        ru: 'Refresh-токен больше не действителен, обновить токены нельзя.',
      },
      action: {
        en: 'Log in again to get new tokens, then retry.',
        ru: 'Войдите заново, чтобы получить новые токены, затем повторите.',
      },
      retry: AFTER_AUTH_BY_STATUS,
      status: 401,
    },
    '2004': {
      title: { en: 'No access token', ru: 'Не передан access-токен' },
      meaning: {
        en: 'The request carries no access token.',
        ru: 'В запросе нет access-токена.',
      },
      action: {
        en: 'Send the access token with the request, then retry.',
        ru: 'Передайте access-токен в запросе и повторите.',
      },
      retry: AFTER_AUTH_BY_STATUS,
      status: 401,
    },
    '3001': {
      title: { en: 'Access denied', ru: 'Доступ запрещён' },
      meaning: {
        en: 'Access to this resource is denied for this user.',
        ru: 'Доступ к этому ресурсу для пользователя запрещён.',
      },
      action: {
        en: 'Do not retry; get access to the resource first.',
        ru: 'Не повторяйте; сначала получите доступ к ресурсу.',
      },
      retry: NO_RETRY_BY_STATUS,
      status: 403,
    },
    '4001': {
      title: { en: 'Resource not found', ru: 'Ресурс не найден' },
      meaning: { en: 'The resource was not found.', ru: 'Ресурс не был найден.' },
      action: {
        en: 'Check the URL and the resource ID; do not retry as is.',
        ru: 'Проверьте URL и идентификатор ресурса; не повторяйте как есть.',
      },
      retry: NO_RETRY_BY_STATUS,
      status: 404,
    },
    '5001': {
      title: { en: 'Method not supported', ru: 'Метод не поддерживается' },
      meaning: {
        en: 'This resource does not support the request method.',
        ru: 'Метод запроса не поддерживается данным ресурсом.',
      },
      action: {
        en: 'Use a method listed in the Allow header.',
        ru: 'Используйте метод из заголовка Allow.',
      },
      retry: NO_RETRY_BY_STATUS,
      status: 405,
    },
    '6001': {
      title: { en: 'Too many requests', ru: 'Слишком много запросов' },
      meaning: {
        en: 'Too many requests were sent; try again later.',
        ru: 'Слишком много запросов; попробуйте позже.',
      },
      action: {
        en: 'Wait for the Retry-After delay, when sent, then retry.',
        ru: 'Дождитесь задержки из Retry-After, если он есть, и повторите.',
      },
      retry: WAIT_RETRY_AFTER,
      status: 429,
    },
  }),
};
