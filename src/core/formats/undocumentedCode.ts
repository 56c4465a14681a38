import { CHECK_FIRST, unstated } from '../retryRules';
import type { CatalogEntry, Text } from '../types';

/**
 * The explanation of an error whose code is missing or not in the documentation, when neither a
 * code range nor the HTTP status explains it, as under HTTP 200. `envelope` names what marks the
 * body as an error ("ok: false"); `messageField` is where the server's own words are. No
 * document gives a rule for such a code: the advice is plain caution, marked as not documented.
 */
export function undocumentedCodeEntry(envelope: Text, messageField: string): CatalogEntry {
  return {
    title: { en: 'Undocumented error', ru: 'Ошибка, не описанная в документации' },
    meaning: {
      en: `The body reports an error (${envelope.en}), but its code is missing or not in the documentation.`,
      ru: `Тело ответа сообщает об ошибке (${envelope.ru}), но кода в нём нет или он не описан в документации.`,
    },
    action: {
      en: `Read the server's message (${messageField}) to learn what failed. The documentation gives no rule for this code: do not retry blindly, check the state first.`,
      ru: `Прочитайте сообщение сервера (${messageField}), чтобы понять, что не так. Документация не даёт правила для этого кода: не повторяйте запрос вслепую, сначала проверьте состояние.`,
    },
    retry: unstated(CHECK_FIRST),
  };
}

/** The decoder's default, for a format that states no envelope of its own. */
export const UNDOCUMENTED_CODE: CatalogEntry = undocumentedCodeEntry(
  { en: 'an error object', ru: 'объект ошибки' },
  'message',
);
