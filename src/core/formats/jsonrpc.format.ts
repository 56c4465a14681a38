import { fieldErrorsFromList } from '../json/fieldErrors';
import { isObject, own, codeOrNull, stringOrNull } from '../json/guards';
import { AFTER_AUTH, CHECK_FIRST, EXPONENTIAL_BACKOFF, NO_RETRY, unstated } from '../retryRules';
import type { FieldPointers } from '../types';
import { catalogOf, type CodeRange, type EnvelopeError, type ErrorFormat } from './format';
import { undocumentedCodeEntry } from './undocumentedCode';

// A hostile batch may hold millions of items; the panel needs only enough to act on.
const MAX_BATCH_ITEMS = 1000;

function pointersAt(at: string): FieldPointers {
  return {
    code: `${at}/error/code`,
    message: `${at}/error/message`,
    fieldErrors: `${at}/error/data/errors`,
  };
}

// Shared by every single (non-batch) response: no object per decoded error.
const SINGLE_POINTERS = pointersAt('');

/**
 * The error of one response object; `null` for a success; `undefined` when not JSON-RPC 2.0.
 * `at` is the object's JSON Pointer: "" alone, "/3" as the fourth of a batch.
 */
function responseError(item: unknown, at = ''): EnvelopeError | null | undefined {
  if (!isObject(item) || own(item, 'jsonrpc') !== '2.0') return undefined;
  const error = own(item, 'error');
  if (error === undefined || error === null) {
    return own(item, 'result') === undefined ? undefined : null;
  }
  if (!isObject(error)) return undefined;
  const data = own(error, 'data') ?? null;
  return {
    code: codeOrNull(own(error, 'code')),
    message: stringOrNull(own(error, 'message')),
    details: data,
    fieldErrors: isObject(data) ? fieldErrorsFromList(own(data, 'errors')) : [],
    pointers: at === '' ? SINGLE_POINTERS : pointersAt(at),
  };
}

// Seed 003, best practice 4: "retry with exponential delay for temporary errors (server
// errors)". It names the kind of delay, not a formula, so the schedule has no base.
const SERVER_ERROR_RETRY = EXPONENTIAL_BACKOFF;

// Seed 003: "-32000 to -32099 | Server error | reserved for implementation-defined server
// errors". The document lists the range itself, so its codes are documented.
const SERVER_ERROR_RANGE: CodeRange = {
  min: -32099,
  max: -32000,
  documented: true,
  entry: {
    title: {
      en: 'Server error (implementation-defined)',
      ru: 'Ошибка сервера (определяется реализацией)',
    },
    meaning: {
      en: 'The code is in the range -32099 to -32000, reserved for implementation-defined server errors.',
      ru: 'Код из диапазона от -32099 до -32000, зарезервированного для ошибок сервера, определяемых реализацией.',
    },
    action: {
      en: 'Treat it as a temporary server error: retry with exponential backoff, and log error.data for debugging.',
      ru: 'Это временная ошибка сервера: повторите запрос с экспоненциальной задержкой и запишите error.data для отладки.',
    },
    retry: SERVER_ERROR_RETRY,
  },
};

// The JSON-RPC 2.0 specification (not the seed) reserves -32768..-32000 for its own errors.
const RESERVED_RANGE: CodeRange = {
  min: -32768,
  max: -32000,
  documented: false,
  entry: {
    title: { en: 'Reserved JSON-RPC code', ru: 'Зарезервированный код JSON-RPC' },
    meaning: {
      en: 'The code is in the range -32768 to -32000, which the JSON-RPC 2.0 specification reserves for its own errors.',
      ru: 'Код из диапазона от -32768 до -32000, который спецификация JSON-RPC 2.0 резервирует для своих ошибок.',
    },
    action: {
      en: 'Check the request against the JSON-RPC 2.0 specification; do not retry as is.',
      ru: 'Сверьте запрос со спецификацией JSON-RPC 2.0; не повторяйте его как есть.',
    },
    retry: unstated(NO_RETRY),
  },
};

/**
 * A JSON-RPC 2.0 response `{ jsonrpc: "2.0", error: { code, message, data }, id }`, or a batch
 * of them. Every error of a batch is reported; a success-only batch is a success.
 */
export const jsonRpcFormat: ErrorFormat = {
  id: 'jsonrpc',
  name: { en: 'JSON-RPC 2.0', ru: 'JSON-RPC 2.0' },
  source: 'seed 003 (JSON-RPC API)',
  specificity: 40,
  errorOn2xx: true,
  recognize(body) {
    if (!Array.isArray(body)) {
      const error = responseError(body);
      if (error === undefined) return null;
      return { errors: error === null ? [] : [error], requestId: null };
    }
    const errors: EnvelopeError[] = [];
    let responses = 0;
    const scanned = Math.min(body.length, MAX_BATCH_ITEMS);
    for (let i = 0; i < scanned; i++) {
      const error = responseError(body[i], `/${i}`);
      if (error === undefined) continue;
      responses++;
      if (error !== null) errors.push(error);
    }
    return responses === 0 ? null : { errors, requestId: null };
  },
  // The narrower range first: the first range holding the code explains it.
  codeRanges: [SERVER_ERROR_RANGE, RESERVED_RANGE],
  undocumentedCode: undocumentedCodeEntry(
    { en: 'a JSON-RPC error object', ru: 'объект error в ответе JSON-RPC' },
    'error.message',
  ),
  // The document gives no HTTP statuses: JSON-RPC errors travel in the body.
  statuses: catalogOf({}),
  catalog: catalogOf({
    '-32700': {
      title: { en: 'Parse error', ru: 'Ошибка разбора' },
      meaning: { en: 'The server received invalid JSON.', ru: 'Сервер получил недопустимый JSON.' },
      action: {
        en: 'Fix the JSON the client sends; do not retry as is.',
        ru: 'Исправьте JSON, который отправляет клиент; не повторяйте как есть.',
      },
      retry: NO_RETRY,
    },
    '-32600': {
      title: { en: 'Invalid request', ru: 'Неверный запрос' },
      meaning: {
        en: 'The JSON sent is not a valid request object.',
        ru: 'Отправленный JSON не является допустимым объектом запроса.',
      },
      action: {
        en: 'Send a valid JSON-RPC 2.0 request object (jsonrpc, method, params, id).',
        ru: 'Отправьте корректный объект запроса JSON-RPC 2.0 (jsonrpc, method, params, id).',
      },
      retry: NO_RETRY,
    },
    '-32601': {
      title: { en: 'Method not found', ru: 'Метод не найден' },
      meaning: {
        en: 'The method does not exist or is not available.',
        ru: 'Метод не существует или недоступен.',
      },
      action: {
        en: 'Check the method name; do not retry as is.',
        ru: 'Проверьте имя метода; не повторяйте как есть.',
      },
      retry: NO_RETRY,
    },
    '-32602': {
      title: { en: 'Invalid params', ru: 'Неверные параметры' },
      meaning: { en: "The method's parameters are invalid.", ru: 'Параметры метода недопустимы.' },
      action: {
        en: 'Fix the parameters; do not retry as is.',
        ru: 'Исправьте параметры; не повторяйте как есть.',
      },
      retry: NO_RETRY,
    },
    '-32603': {
      title: { en: 'Internal error', ru: 'Внутренняя ошибка' },
      meaning: {
        en: 'An internal JSON-RPC error occurred on the server.',
        ru: 'На сервере произошла внутренняя ошибка JSON-RPC.',
      },
      action: {
        en: 'Retry with exponential backoff, and log error.data for debugging.',
        ru: 'Повторите с экспоненциальной задержкой и запишите error.data для отладки.',
      },
      retry: SERVER_ERROR_RETRY,
    },
    '-32001': {
      title: { en: 'Validation error', ru: 'Ошибка валидации' },
      meaning: {
        en: 'The request parameters failed validation; data.errors lists the fields.',
        ru: 'Параметры запроса не прошли валидацию; поля перечислены в data.errors.',
      },
      action: {
        en: 'Fix the listed fields; do not retry as is.',
        ru: 'Исправьте перечисленные поля; не повторяйте как есть.',
      },
      retry: NO_RETRY,
    },
    '-32002': {
      title: { en: 'Authorization error', ru: 'Ошибка авторизации' },
      meaning: {
        en: 'The request lacks valid authentication credentials.',
        ru: 'В запросе нет действительных учётных данных для аутентификации.',
      },
      action: {
        en: 'Provide valid credentials, then retry.',
        ru: 'Передайте действительные учётные данные и повторите.',
      },
      // The document states no retry rule for it: the advice follows from its meaning.
      retry: unstated(AFTER_AUTH),
    },
    '-32003': {
      title: { en: 'Resource not found', ru: 'Ресурс не найден' },
      meaning: {
        en: 'The requested resource was not found.',
        ru: 'Запрошенный ресурс не найден.',
      },
      action: {
        en: 'Check the resource identifier; do not retry as is.',
        ru: 'Проверьте идентификатор ресурса; не повторяйте как есть.',
      },
      retry: NO_RETRY,
    },
    '-32004': {
      title: { en: 'Resource conflict', ru: 'Конфликт ресурса' },
      meaning: {
        en: "The request conflicts with the resource's current state.",
        ru: 'Запрос конфликтует с текущим состоянием ресурса.',
      },
      action: {
        en: "Check the resource's current state before retrying.",
        ru: 'Перед повтором проверьте текущее состояние ресурса.',
      },
      retry: unstated(CHECK_FIRST),
    },
    // The document mentions no Retry-After: the code lies in the server-error range, whose rule
    // is exponential backoff. A Retry-After the server sends still sets the first delay.
    '-32005': {
      title: { en: 'Rate limit exceeded', ru: 'Превышен лимит запросов' },
      meaning: {
        en: 'The request rate limit was exceeded.',
        ru: 'Превышен лимит скорости запросов.',
      },
      action: {
        en: 'Retry with exponential backoff; when the response sends Retry-After, wait that long first.',
        ru: 'Повторите с экспоненциальной задержкой; если в ответе есть Retry-After, сначала подождите указанное в нём время.',
      },
      retry: SERVER_ERROR_RETRY,
    },
    '-32006': {
      title: { en: 'Command execution error', ru: 'Ошибка выполнения команды' },
      meaning: {
        en: 'A command failed while executing.',
        ru: 'При выполнении команды произошла ошибка.',
      },
      action: {
        en: 'See data.command, data.reason and data.details, and fix the cause before sending again.',
        ru: 'Посмотрите data.command, data.reason и data.details и устраните причину, прежде чем отправлять снова.',
      },
      retry: NO_RETRY,
    },
  }),
};
