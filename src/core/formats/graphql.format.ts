import { isObject, own, stringOrNull, type JsonObject } from '../json/guards';
import { AFTER_AUTH, BACKOFF, NO_RETRY, unstated } from '../retryRules';
import type { FieldPointers, Text } from '../types';
import { catalogOf, type Envelope, type EnvelopeError, type ErrorFormat } from './format';
import { undocumentedCodeEntry } from './undocumentedCode';

// Neither the GraphQL specification nor Apollo's list of codes states retry rules: every
// advice below follows from the code's meaning, and is marked as not documented.
const GQL_NO_RETRY = unstated(NO_RETRY);
const GQL_AFTER_AUTH = unstated(AFTER_AUTH);

// A hostile body may list millions of errors; the panel needs only enough to act on.
const MAX_ERRORS = 1000;

// GraphQL spec §7.1: a response holds `data`, `errors` and `extensions`, and nothing else.
const RESPONSE_KEYS = new Set(['data', 'errors', 'extensions']);

// The top-level keys of the other formats' envelopes: a body holding one is not GraphQL.
const FOREIGN_KEYS = ['ok', 'success', 'jsonrpc', 'error'];

const PARTIAL_DATA: Text = {
  en: 'Partial data was returned alongside the errors: the fields without errors resolved.',
  ru: 'Вместе с ошибками вернулись частичные данные: поля без ошибок были получены.',
};

/**
 * RFC 9457's core members: a problem document with an `errors` extension belongs to problem-json,
 * even under 2xx, where decode() skips problem-json and would try this format next.
 */
function isProblemDocument(body: JsonObject): boolean {
  return typeof own(body, 'title') === 'string' && typeof own(body, 'status') === 'number';
}

/** Spec §7.1 to the letter: a success claims the body for good, so no other key is allowed. */
function onlyResponseKeys(body: JsonObject): boolean {
  for (const key in body) if (!RESPONSE_KEYS.has(key)) return false;
  return true;
}

function pointersAt(index: number): FieldPointers {
  return { code: `/errors/${index}/extensions/code`, message: `/errors/${index}/message` };
}

// Most responses carry one error: it shares these.
const FIRST_POINTERS = pointersAt(0);

/** One entry of `errors`, the `index`th; `null` when it is not a GraphQL error (no `message`). */
function graphQlError(item: unknown, index: number, partialData: boolean): EnvelopeError | null {
  if (!isObject(item)) return null;
  const message = own(item, 'message');
  if (typeof message !== 'string') return null;
  const path = own(item, 'path');
  const locations = own(item, 'locations');
  const extensions = own(item, 'extensions');
  const ext = isObject(extensions) ? extensions : null;
  return {
    code: ext === null ? null : stringOrNull(own(ext, 'code')),
    message,
    details: {
      path: Array.isArray(path) ? path : null,
      locations: Array.isArray(locations) ? locations : null,
      extensions: ext,
      partialData,
    },
    fieldErrors: [],
    pointers: index === 0 ? FIRST_POINTERS : pointersAt(index),
  };
}

/**
 * A GraphQL response `{ data, errors: [{ message, locations, path, extensions: { code } }] }`,
 * often under HTTP 200 and possibly with partial `data`. Every error is reported; a body with
 * `data` and no errors is a success.
 */
export const graphqlFormat: ErrorFormat = {
  id: 'graphql',
  name: { en: 'GraphQL', ru: 'GraphQL' },
  source:
    'GraphQL specification (October 2021), §7.1 Response Format; Apollo Server error codes (ApolloServerErrorCode, Apollo Server docs)',
  // Below the five seed formats (none of their envelopes passes the checks below, and being
  // tried after them means it cannot change how their bodies decode), and below problem-json,
  // whose documents may carry an `errors` extension of `{ message }` objects.
  specificity: 6,
  // GraphQL over HTTP answers 200 for any response it could produce, errors included.
  errorOn2xx: true,
  undocumentedCode: undocumentedCodeEntry(
    { en: 'GraphQL errors', ru: 'список errors GraphQL' },
    'errors[].message',
  ),
  recognize(body) {
    if (!isObject(body) || FOREIGN_KEYS.some((key) => own(body, key) !== undefined)) return null;
    if (isProblemDocument(body)) return null;
    const errors = own(body, 'errors');
    const data = own(body, 'data');
    if (errors === undefined || (Array.isArray(errors) && errors.length === 0)) {
      return isObject(data) && onlyResponseKeys(body) ? { errors: [], requestId: null } : null;
    }
    if (!Array.isArray(errors)) return null;
    // Spec §7.1.2: when execution started and failed part-way, `data` holds what resolved.
    const partialData = isObject(data);
    const found: EnvelopeError[] = [];
    const scanned = Math.min(errors.length, MAX_ERRORS);
    for (let i = 0; i < scanned; i++) {
      const error = graphQlError(errors[i], i, partialData);
      if (error === null) return null; // every GraphQL error has a message
      found.push(error);
    }
    const envelope: Envelope = { errors: found, requestId: null };
    return partialData ? { ...envelope, notes: [PARTIAL_DATA] } : envelope;
  },
  batchNote(count) {
    return {
      en: `The GraphQL response lists ${count} errors; the first is shown.`,
      ru: `В ответе GraphQL ошибок: ${count}; показана первая.`,
    };
  },
  // GraphQL over HTTP ties no code to a status: most errors come under 200.
  statuses: catalogOf({}),
  catalog: catalogOf({
    GRAPHQL_PARSE_FAILED: {
      title: { en: 'Query syntax error', ru: 'Синтаксическая ошибка в запросе' },
      meaning: {
        en: 'The GraphQL operation string contains a syntax error.',
        ru: 'В тексте операции GraphQL синтаксическая ошибка.',
      },
      action: {
        en: 'Fix the operation text at the reported location; do not retry as is.',
        ru: 'Исправьте текст операции в указанном месте (locations); не повторяйте как есть.',
      },
      retry: GQL_NO_RETRY,
    },
    GRAPHQL_VALIDATION_FAILED: {
      title: { en: 'Query does not match the schema', ru: 'Запрос не соответствует схеме' },
      meaning: {
        en: "The GraphQL operation is not valid against the server's schema.",
        ru: 'Операция GraphQL не проходит проверку по схеме сервера.',
      },
      action: {
        en: 'Check field and argument names and types against the schema; do not retry as is.',
        ru: 'Сверьте имена и типы полей и аргументов со схемой; не повторяйте как есть.',
      },
      retry: GQL_NO_RETRY,
    },
    BAD_USER_INPUT: {
      title: { en: 'Invalid argument value', ru: 'Неверное значение аргумента' },
      meaning: {
        en: 'The operation includes an invalid value for a field argument or a variable.',
        ru: 'В операции неверное значение аргумента поля или переменной.',
      },
      action: {
        en: 'Fix the value named in the message (see extensions); do not retry as is.',
        ru: 'Исправьте значение, названное в сообщении (см. extensions); не повторяйте как есть.',
      },
      retry: GQL_NO_RETRY,
    },
    UNAUTHENTICATED: {
      title: { en: 'Not authenticated', ru: 'Не аутентифицирован' },
      meaning: {
        en: 'The server could not authenticate the request: credentials are missing or invalid.',
        ru: 'Сервер не смог аутентифицировать запрос: учётные данные не переданы или неверны.',
      },
      action: {
        en: 'Sign in or refresh the token, then retry.',
        ru: 'Войдите или обновите токен, затем повторите.',
      },
      retry: GQL_AFTER_AUTH,
    },
    FORBIDDEN: {
      title: { en: 'Not allowed', ru: 'Нет доступа' },
      meaning: {
        en: 'The request is authenticated but not authorized for this operation or field.',
        ru: 'Запрос аутентифицирован, но не имеет прав на эту операцию или поле.',
      },
      action: {
        en: 'Check the permissions of the account or token; retrying will not help.',
        ru: 'Проверьте права аккаунта или токена; повтор не поможет.',
      },
      retry: GQL_NO_RETRY,
    },
    PERSISTED_QUERY_NOT_FOUND: {
      title: { en: 'Persisted query not found', ru: 'Сохранённый запрос не найден' },
      meaning: {
        en: "The client sent only the hash of a query (automatic persisted queries), and the hash is not in the server's cache.",
        ru: 'Клиент отправил только хеш запроса (automatic persisted queries), а в кеше сервера такого хеша нет.',
      },
      // Retrying the same hash-only request fails the same way: the fix is a different request.
      action: {
        en: 'Send the request again with the full query text and its hash; Apollo Client does this by itself. Repeating the hash-only request will not help.',
        ru: 'Отправьте запрос снова с полным текстом операции и её хешем; Apollo Client делает это сам. Повтор запроса только с хешем не поможет.',
      },
      retry: GQL_NO_RETRY,
    },
    PERSISTED_QUERY_NOT_SUPPORTED: {
      title: { en: 'Persisted queries disabled', ru: 'Сохранённые запросы отключены' },
      meaning: {
        en: 'The client sent the hash of a query, but the server has automatic persisted queries turned off.',
        ru: 'Клиент отправил хеш запроса, но на сервере automatic persisted queries отключены.',
      },
      action: {
        en: 'Send full query text: turn off persisted queries in the client, or enable them on the server.',
        ru: 'Отправляйте полный текст операции: отключите persisted queries в клиенте или включите их на сервере.',
      },
      retry: GQL_NO_RETRY,
    },
    OPERATION_RESOLUTION_FAILURE: {
      title: { en: 'Operation not determined', ru: 'Не удалось определить операцию' },
      meaning: {
        en: 'The document is valid, but the server could not tell which operation to run: operationName is missing or names no operation in the document.',
        ru: 'Документ корректен, но сервер не смог определить, какую операцию выполнить: operationName не указан или не совпадает ни с одной операцией документа.',
      },
      action: {
        en: 'Send an operationName that matches an operation in the document; do not retry as is.',
        ru: 'Передайте operationName, совпадающий с операцией в документе; не повторяйте как есть.',
      },
      retry: GQL_NO_RETRY,
    },
    BAD_REQUEST: {
      title: { en: 'Malformed HTTP request', ru: 'Неверный HTTP-запрос' },
      meaning: {
        en: 'The request failed before the GraphQL operation could be parsed: a wrong method, Content-Type or body.',
        ru: 'Запрос отклонён ещё до разбора операции GraphQL: неверный метод, Content-Type или тело.',
      },
      action: {
        en: 'Send a POST with Content-Type: application/json and a body with "query" (or a valid GET); do not retry as is.',
        ru: 'Отправьте POST с Content-Type: application/json и телом с полем "query" (или корректный GET); не повторяйте как есть.',
      },
      retry: GQL_NO_RETRY,
    },
    INTERNAL_SERVER_ERROR: {
      title: { en: 'Internal server error', ru: 'Внутренняя ошибка сервера' },
      meaning: {
        en: 'An unspecified error occurred while resolving the operation; servers use this code when no other is set.',
        ru: 'При выполнении операции произошла неуточнённая ошибка; серверы ставят этот код, когда другого нет.',
      },
      action: {
        en: 'Retry later, with a longer delay after each failed attempt. If the operation was a mutation, check whether it took effect first.',
        ru: 'Повторите позже, увеличивая задержку после каждой неудачной попытки. Если это была мутация, сначала проверьте, не применилась ли она.',
      },
      retry: unstated(BACKOFF),
    },
  }),
};
