import { isObject, own } from '../../json/guards';
import type { Text } from '../../types';
import type { Behaviour } from './behaviour';

const PARTIAL_DATA: Text = {
  en: 'Partial data was returned alongside the errors: the fields without errors resolved.',
  ru: 'Вместе с ошибками вернулись частичные данные: поля без ошибок были получены.',
};

/**
 * `graphql-partial-data`: GraphQL spec §7.1.2, when execution started and failed part-way,
 * `data` holds what resolved. Each error's details say whether it did (`partialData`), and a
 * note says so once.
 */
export const graphqlPartialData: Behaviour = {
  finish(body, envelope) {
    const partialData = isObject(own(body, 'data'));
    const errors = envelope.errors.map((error) => ({
      ...error,
      details: isObject(error.details) ? { ...error.details, partialData } : error.details,
    }));
    return partialData ? { ...envelope, errors, notes: [PARTIAL_DATA] } : { ...envelope, errors };
  },
};
