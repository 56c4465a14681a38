import { describe, expect, it } from 'vitest';
import { notes } from './notes';

const stripe = { en: 'Stripe', ru: 'Stripe (рус.)' };

describe('notes: the sentences the decoder attaches, in both languages', () => {
  it('says why a body was not recognized', () => {
    expect(notes.notRecognized('not-json')).toEqual({
      en: 'Not recognized: the body is not JSON. Explained by the HTTP status alone.',
      ru: 'Не распознано: тело ответа не JSON. Объяснение только по HTTP-статусу.',
    });
  });

  it('names the code and the document', () => {
    expect(notes.undocumented('card_x', stripe)).toEqual({
      en: 'Code card_x is undocumented: the documentation (Stripe) does not list it.',
      ru: 'Код card_x не описан в документации (Stripe (рус.)).',
    });
    expect(notes.exampleOnly(42, stripe)).toEqual({
      en: "Code 42 appears in the documentation's example (Stripe), not in its list of codes.",
      ru: 'Код 42 есть в примере из документации (Stripe (рус.)), но не в её списке кодов.',
    });
    expect(notes.noCode(stripe)).toEqual({
      en: 'The error carries no code (Stripe).',
      ru: 'В ошибке нет кода (Stripe (рус.)).',
    });
  });

  it('explains a pinned host and a status the document pairs otherwise', () => {
    expect(notes.pinnedStatus(stripe)).toEqual({
      en: "The host is pinned (Stripe): the documentation's rules for this status apply.",
      ru: 'Хост закреплён (Stripe (рус.)): действуют правила документации для этого статуса.',
    });
    expect(notes.apiHostStatus(stripe)).toEqual({
      en: 'The Stripe documentation names this host as its API: its rules for this status apply.',
      ru: 'Документация Stripe (рус.) называет этот хост своим API: действуют её правила для этого статуса.',
    });
    expect(notes.statusMismatch('rate_limited', 429, 400)).toEqual({
      en: 'The documentation pairs rate_limited with HTTP 429, but the response is HTTP 400.',
      ru: 'По документации rate_limited приходит с HTTP 429, а ответ — HTTP 400.',
    });
  });

  it('notes an error under 2xx, made once per status', () => {
    const note = notes.errorUnder2xx(200);
    expect(note).toEqual({
      en: 'HTTP 200 reports success, but the body reports an error.',
      ru: 'HTTP 200 сообщает об успехе, но тело ответа сообщает об ошибке.',
    });
    expect(notes.errorUnder2xx(200)).toBe(note);
    expect(notes.errorUnder2xx(201).en).toBe(
      'HTTP 201 reports success, but the body reports an error.',
    );
  });

  it('lists allowed methods and counts a batch', () => {
    expect(notes.allow('GET, POST')).toEqual({
      en: 'Allowed methods: GET, POST.',
      ru: 'Разрешённые методы: GET, POST.',
    });
    expect(notes.batch(3)).toEqual({
      en: 'A JSON-RPC batch with 3 errors; the first is shown.',
      ru: 'Пакет JSON-RPC с ошибками (3); показана первая.',
    });
  });
});
