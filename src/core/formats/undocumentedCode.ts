import type { CatalogEntry } from '../types';

/**
 * The explanation of an error whose code is missing or not in the documentation, when neither a
 * code range nor the HTTP status explains it (as under HTTP 200), for a pack that gives no
 * `undocumentedCode` of its own. No document gives a rule for such a code: the advice is plain
 * caution, marked as not documented.
 */
export const UNDOCUMENTED_CODE: CatalogEntry = {
  title: { en: 'Undocumented error', ru: 'Ошибка, не описанная в документации' },
  meaning: {
    en: 'The body reports an error (an error object), but its code is missing or not in the documentation.',
    ru: 'Тело ответа сообщает об ошибке (объект ошибки), но кода в нём нет или он не описан в документации.',
  },
  action: {
    en: "Read the server's message (message) to learn what failed. The documentation gives no rule for this code: do not retry blindly, check the state first.",
    ru: 'Прочитайте сообщение сервера (message), чтобы понять, что не так. Документация не даёт правила для этого кода: не повторяйте запрос вслепую, сначала проверьте состояние.',
  },
  retry: { advice: 'check-first', documented: false },
};
