import type { Text } from './types';

type NotRecognizedReason = 'empty' | 'unavailable' | 'too-large' | 'not-json' | 'no-format';

const WHY: Record<NotRecognizedReason, Text> = {
  empty: { en: 'the body is empty', ru: 'тело ответа пустое' },
  unavailable: {
    en: 'the body is unavailable (the browser did not give it)',
    ru: 'тело ответа недоступно (браузер его не отдал)',
  },
  'too-large': {
    en: 'the body is too large to inspect',
    ru: 'тело слишком велико для разбора',
  },
  'not-json': { en: 'the body is not JSON', ru: 'тело ответа не JSON' },
  'no-format': {
    en: 'the JSON matches no documented format',
    ru: 'JSON не соответствует ни одному описанному формату',
  },
};

// Built once: every unrecognized error body gets one of these five notes.
const NOT_RECOGNIZED = Object.fromEntries(
  Object.entries(WHY).map(([reason, why]) => [
    reason,
    {
      en: `Not recognized: ${why.en}. Explained by the HTTP status alone.`,
      ru: `Не распознано: ${why.ru}. Объяснение только по HTTP-статусу.`,
    },
  ]),
) as Record<NotRecognizedReason, Text>;

// Made once per status: every Slack or JSON-RPC error under 200 carries this note.
const UNDER_2XX: Text[] = [];

/** Sentences the decoder attaches to a result; kept apart so the decoder reads as logic. */
export const notes = {
  notRecognized(reason: NotRecognizedReason): Text {
    return NOT_RECOGNIZED[reason];
  },
  undocumented(code: string | number, formatName: Text): Text {
    return {
      en: `Code ${String(code)} is undocumented: the documentation (${formatName.en}) does not list it.`,
      ru: `Код ${String(code)} не описан в документации (${formatName.ru}).`,
    };
  },
  exampleOnly(code: string | number, formatName: Text): Text {
    return {
      en: `Code ${String(code)} appears in the documentation's example (${formatName.en}), not in its list of codes.`,
      ru: `Код ${String(code)} есть в примере из документации (${formatName.ru}), но не в её списке кодов.`,
    };
  },
  noCode(formatName: Text): Text {
    return {
      en: `The error carries no code (${formatName.en}).`,
      ru: `В ошибке нет кода (${formatName.ru}).`,
    };
  },
  pinnedStatus(formatName: Text): Text {
    return {
      en: `The host is pinned (${formatName.en}): the documentation's rules for this status apply.`,
      ru: `Хост закреплён (${formatName.ru}): действуют правила документации для этого статуса.`,
    };
  },
  apiHostStatus(formatName: Text): Text {
    return {
      en: `The ${formatName.en} documentation names this host as its API: its rules for this status apply.`,
      ru: `Документация ${formatName.ru} называет этот хост своим API: действуют её правила для этого статуса.`,
    };
  },
  statusMismatch(code: string | number, documented: number, actual: number): Text {
    return {
      en: `The documentation pairs ${String(code)} with HTTP ${documented}, but the response is HTTP ${actual}.`,
      ru: `По документации ${String(code)} приходит с HTTP ${documented}, а ответ — HTTP ${actual}.`,
    };
  },
  errorUnder2xx(status: number): Text {
    return (UNDER_2XX[status] ??= {
      en: `HTTP ${status} reports success, but the body reports an error.`,
      ru: `HTTP ${status} сообщает об успехе, но тело ответа сообщает об ошибке.`,
    });
  },
  allow(methods: string): Text {
    return { en: `Allowed methods: ${methods}.`, ru: `Разрешённые методы: ${methods}.` };
  },
  batch(count: number): Text {
    return {
      en: `A JSON-RPC batch with ${count} errors; the first is shown.`,
      ru: `Пакет JSON-RPC с ошибками (${count}); показана первая.`,
    };
  },
};
