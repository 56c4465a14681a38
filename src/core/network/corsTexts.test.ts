import { describe, expect, it } from 'vitest';
import type { CorsFinding } from './cors';
import { corsTexts, preflightNote } from './corsTexts';

const BASE: CorsFinding = {
  problem: 'unproven',
  stage: 'response',
  origin: 'https://app.test',
  target: 'https://api.test',
  method: 'PUT',
  allowOrigin: null,
  preflightStatus: null,
  missing: null,
};

// The sentences a CORS refusal shows, in both languages: each names the origins, the method
// or headers involved, and what the server must send.
describe('corsTexts', () => {
  it('a failed preflight names its status and the method never sent', () => {
    expect(
      corsTexts(
        { ...BASE, ...{ problem: 'preflight-status', stage: 'preflight', preflightStatus: 404 } },
        502,
      ),
    ).toEqual({
      meaning: {
        en: 'The CORS preflight (OPTIONS) from https://app.test got HTTP 404; a preflight must succeed with 2xx, so the browser never sent the PUT request.',
        ru: 'CORS-preflight (OPTIONS) со страницы https://app.test получил HTTP 404; preflight должен завершаться 2xx, поэтому браузер так и не отправил запрос PUT.',
      },
      action: {
        en: 'https://api.test must answer OPTIONS with 2xx and Access-Control-Allow-Origin: https://app.test (or *). Retrying will not help.',
        ru: 'https://api.test должен отвечать на OPTIONS кодом 2xx и Access-Control-Allow-Origin: https://app.test (или *). Повтор не поможет.',
      },
    });
  });

  it('a response without Access-Control-Allow-Origin names the status and the origin', () => {
    expect(corsTexts({ ...BASE, ...{ problem: 'missing-allow-origin' } }, 502)).toEqual({
      meaning: {
        en: 'https://api.test answered HTTP 502 without Access-Control-Allow-Origin, so the browser refused origin https://app.test and withheld the response from the page.',
        ru: 'https://api.test ответил HTTP 502 без Access-Control-Allow-Origin, поэтому браузер отказал источнику https://app.test и не отдал ответ странице.',
      },
      action: {
        en: 'https://api.test must answer with Access-Control-Allow-Origin: https://app.test (or *). Retrying will not help.',
        ru: 'https://api.test должен отвечать с Access-Control-Allow-Origin: https://app.test (или *). Повтор не поможет.',
      },
    });
  });

  it('a preflight allowing another origin quotes it, and asks for the header on both', () => {
    expect(
      corsTexts(
        {
          ...BASE,
          ...{
            problem: 'origin-mismatch',
            stage: 'preflight',
            allowOrigin: 'https://other.test',
            preflightStatus: 204,
          },
        },
        502,
      ),
    ).toEqual({
      meaning: {
        en: 'The CORS preflight (OPTIONS) was answered with Access-Control-Allow-Origin "https://other.test", which is not https://app.test, so the browser refused origin https://app.test and never sent the PUT request.',
        ru: 'CORS-preflight (OPTIONS) получил ответ с Access-Control-Allow-Origin "https://other.test", а это не https://app.test, поэтому браузер отказал источнику https://app.test и не отправил запрос PUT.',
      },
      action: {
        en: 'https://api.test must answer with Access-Control-Allow-Origin: https://app.test (or *) on the OPTIONS preflight and on the request itself. Retrying will not help.',
        ru: 'https://api.test должен отвечать с Access-Control-Allow-Origin: https://app.test (или *) и на OPTIONS-preflight, и на сам запрос. Повтор не поможет.',
      },
    });
  });

  it('a method the preflight did not allow names it', () => {
    expect(
      corsTexts(
        {
          ...BASE,
          ...{
            problem: 'method-not-allowed',
            stage: 'preflight',
            preflightStatus: 204,
            missing: 'DELETE',
          },
        },
        502,
      ),
    ).toEqual({
      meaning: {
        en: 'The CORS preflight allowed origin https://app.test, but its Access-Control-Allow-Methods does not list DELETE.',
        ru: 'CORS-preflight разрешил источник https://app.test, но в его Access-Control-Allow-Methods нет DELETE.',
      },
      action: {
        en: 'https://api.test must list DELETE in Access-Control-Allow-Methods on the OPTIONS preflight. Retrying will not help.',
        ru: 'https://api.test должен перечислить DELETE в Access-Control-Allow-Methods ответа на OPTIONS-preflight. Повтор не поможет.',
      },
    });
  });

  it('a refused method falls back to the request method', () => {
    expect(
      corsTexts(
        { ...BASE, ...{ problem: 'method-not-allowed', stage: 'preflight', preflightStatus: 204 } },
        502,
      ),
    ).toEqual({
      meaning: {
        en: 'The CORS preflight allowed origin https://app.test, but its Access-Control-Allow-Methods does not list PUT.',
        ru: 'CORS-preflight разрешил источник https://app.test, но в его Access-Control-Allow-Methods нет PUT.',
      },
      action: {
        en: 'https://api.test must list PUT in Access-Control-Allow-Methods on the OPTIONS preflight. Retrying will not help.',
        ru: 'https://api.test должен перечислить PUT в Access-Control-Allow-Methods ответа на OPTIONS-preflight. Повтор не поможет.',
      },
    });
  });

  it('headers the preflight did not allow are listed', () => {
    expect(
      corsTexts(
        {
          ...BASE,
          ...{
            problem: 'headers-not-allowed',
            stage: 'preflight',
            preflightStatus: 204,
            missing: 'x-api-key, x-trace',
          },
        },
        502,
      ),
    ).toEqual({
      meaning: {
        en: 'The CORS preflight allowed origin https://app.test, but its Access-Control-Allow-Headers does not list x-api-key, x-trace.',
        ru: 'CORS-preflight разрешил источник https://app.test, но в его Access-Control-Allow-Headers нет x-api-key, x-trace.',
      },
      action: {
        en: 'https://api.test must list x-api-key, x-trace in Access-Control-Allow-Headers on the OPTIONS preflight, or the page must stop sending them. Retrying will not help.',
        ru: 'https://api.test должен перечислить x-api-key, x-trace в Access-Control-Allow-Headers ответа на OPTIONS-preflight, или страница должна перестать их отправлять. Повтор не поможет.',
      },
    });
  });

  it('an unproven refusal points at the console', () => {
    expect(corsTexts({ ...BASE, ...{ problem: 'unproven' } }, 502)).toEqual({
      meaning: {
        en: 'This cross-origin request from https://app.test failed with no response to read; browsers report a CORS refusal this way, and the console names the reason.',
        ru: 'Кросс-доменный запрос со страницы https://app.test не выполнен, ответа нет; так браузеры сообщают об отказе CORS, причину покажет консоль.',
      },
      action: {
        en: 'If the console reports CORS, https://api.test must answer with Access-Control-Allow-Origin: https://app.test (or *).',
        ru: 'Если консоль сообщает о CORS, https://api.test должен отвечать с Access-Control-Allow-Origin: https://app.test (или *).',
      },
    });
  });

  it('an unproven refusal after a preflight asks for the header on both', () => {
    expect(corsTexts({ ...BASE, ...{ problem: 'unproven', preflightStatus: 200 } }, 502)).toEqual({
      meaning: {
        en: 'This cross-origin request from https://app.test failed with no response to read; browsers report a CORS refusal this way, and the console names the reason.',
        ru: 'Кросс-доменный запрос со страницы https://app.test не выполнен, ответа нет; так браузеры сообщают об отказе CORS, причину покажет консоль.',
      },
      action: {
        en: 'If the console reports CORS, https://api.test must answer with Access-Control-Allow-Origin: https://app.test (or *) on the OPTIONS preflight and on the request itself.',
        ru: 'Если консоль сообщает о CORS, https://api.test должен отвечать с Access-Control-Allow-Origin: https://app.test (или *) и на OPTIONS-preflight, и на сам запрос.',
      },
    });
  });

  it('notes a folded preflight with its status', () => {
    expect(preflightNote(204)).toEqual({
      en: 'Its CORS preflight (OPTIONS, HTTP 204) is folded into this row.',
      ru: 'Его CORS-preflight (OPTIONS, HTTP 204) включён в эту строку.',
    });
  });
});
