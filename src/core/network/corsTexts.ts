import type { Text } from '../types';
import type { CorsFinding } from './cors';

/** The meaning and action for one CORS refusal, naming the origins and headers involved. */
export function corsTexts(f: CorsFinding, status: number): { meaning: Text; action: Text } {
  const allowed = f.allowOrigin === null ? null : `"${f.allowOrigin}"`;
  const sendOrigin = {
    en: `${f.target} must answer with Access-Control-Allow-Origin: ${f.origin} (or *)`,
    ru: `${f.target} должен отвечать с Access-Control-Allow-Origin: ${f.origin} (или *)`,
  };
  const onPreflight = {
    en: ' on the OPTIONS preflight and on the request itself',
    ru: ' и на OPTIONS-preflight, и на сам запрос',
  };
  const noRetry = { en: ' Retrying will not help.', ru: ' Повтор не поможет.' };
  switch (f.problem) {
    case 'preflight-status':
      return {
        meaning: {
          en: `The CORS preflight (OPTIONS) from ${f.origin} got HTTP ${f.preflightStatus ?? 0}; a preflight must succeed with 2xx, so the browser never sent the ${f.method} request.`,
          ru: `CORS-preflight (OPTIONS) со страницы ${f.origin} получил HTTP ${f.preflightStatus ?? 0}; preflight должен завершаться 2xx, поэтому браузер так и не отправил запрос ${f.method}.`,
        },
        action: {
          en: `${f.target} must answer OPTIONS with 2xx and Access-Control-Allow-Origin: ${f.origin} (or *).${noRetry.en}`,
          ru: `${f.target} должен отвечать на OPTIONS кодом 2xx и Access-Control-Allow-Origin: ${f.origin} (или *).${noRetry.ru}`,
        },
      };
    case 'missing-allow-origin':
    case 'origin-mismatch': {
      const what =
        allowed === null
          ? { en: 'without Access-Control-Allow-Origin', ru: 'без Access-Control-Allow-Origin' }
          : {
              en: `with Access-Control-Allow-Origin ${allowed}, which is not ${f.origin}`,
              ru: `с Access-Control-Allow-Origin ${allowed}, а это не ${f.origin}`,
            };
      const meaning =
        f.stage === 'preflight'
          ? {
              en: `The CORS preflight (OPTIONS) was answered ${what.en}, so the browser refused origin ${f.origin} and never sent the ${f.method} request.`,
              ru: `CORS-preflight (OPTIONS) получил ответ ${what.ru}, поэтому браузер отказал источнику ${f.origin} и не отправил запрос ${f.method}.`,
            }
          : {
              en: `${f.target} answered HTTP ${status} ${what.en}, so the browser refused origin ${f.origin} and withheld the response from the page.`,
              ru: `${f.target} ответил HTTP ${status} ${what.ru}, поэтому браузер отказал источнику ${f.origin} и не отдал ответ странице.`,
            };
      const both = f.preflightStatus === null ? { en: '', ru: '' } : onPreflight;
      return {
        meaning,
        action: {
          en: `${sendOrigin.en}${both.en}.${noRetry.en}`,
          ru: `${sendOrigin.ru}${both.ru}.${noRetry.ru}`,
        },
      };
    }
    case 'method-not-allowed':
      return {
        meaning: {
          en: `The CORS preflight allowed origin ${f.origin}, but its Access-Control-Allow-Methods does not list ${f.missing ?? f.method}.`,
          ru: `CORS-preflight разрешил источник ${f.origin}, но в его Access-Control-Allow-Methods нет ${f.missing ?? f.method}.`,
        },
        action: {
          en: `${f.target} must list ${f.missing ?? f.method} in Access-Control-Allow-Methods on the OPTIONS preflight.${noRetry.en}`,
          ru: `${f.target} должен перечислить ${f.missing ?? f.method} в Access-Control-Allow-Methods ответа на OPTIONS-preflight.${noRetry.ru}`,
        },
      };
    case 'headers-not-allowed':
      return {
        meaning: {
          en: `The CORS preflight allowed origin ${f.origin}, but its Access-Control-Allow-Headers does not list ${f.missing ?? ''}.`,
          ru: `CORS-preflight разрешил источник ${f.origin}, но в его Access-Control-Allow-Headers нет ${f.missing ?? ''}.`,
        },
        action: {
          en: `${f.target} must list ${f.missing ?? ''} in Access-Control-Allow-Headers on the OPTIONS preflight, or the page must stop sending them.${noRetry.en}`,
          ru: `${f.target} должен перечислить ${f.missing ?? ''} в Access-Control-Allow-Headers ответа на OPTIONS-preflight, или страница должна перестать их отправлять.${noRetry.ru}`,
        },
      };
    case 'unproven':
      return {
        meaning: {
          en: `This cross-origin request from ${f.origin} failed with no response to read; browsers report a CORS refusal this way, and the console names the reason.`,
          ru: `Кросс-доменный запрос со страницы ${f.origin} не выполнен, ответа нет; так браузеры сообщают об отказе CORS, причину покажет консоль.`,
        },
        action: {
          en: `If the console reports CORS, ${sendOrigin.en}${f.preflightStatus === null ? '' : onPreflight.en}.`,
          ru: `Если консоль сообщает о CORS, ${sendOrigin.ru}${f.preflightStatus === null ? '' : onPreflight.ru}.`,
        },
      };
  }
}

/** The note on a request that a CORS preflight guarded: the preflight is folded into its row. */
export function preflightNote(status: number): Text {
  return {
    en: `Its CORS preflight (OPTIONS, HTTP ${status}) is folded into this row.`,
    ru: `Его CORS-preflight (OPTIONS, HTTP ${status}) включён в эту строку.`,
  };
}
