import type { Lang } from '../../core/types';
import { en, type MessageKey, type Messages } from './en';
import { ru } from './ru';

const MESSAGES: Readonly<Record<Lang, Messages>> = { en, ru };
const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', ru: 'ru-RU' };
// The order in which a `{n#…|…}` placeholder lists its forms, per language.
const PLURAL_ORDER: Readonly<Record<Lang, readonly Intl.LDMLPluralRule[]>> = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many'],
};

export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

// Intl objects are costly to build, and rows mount and unmount as the list scrolls: one each.
const cache = new Map<Lang, Translate>();

/** A translator for one language; numbers are formatted for its locale (5,000 / 5 000). */
export function translator(lang: Lang): Translate {
  let t = cache.get(lang);
  if (t === undefined) {
    t = createTranslator(lang);
    cache.set(lang, t);
  }
  return t;
}

function createTranslator(lang: Lang): Translate {
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  const plurals = new Intl.PluralRules(LOCALES[lang]);
  const show = (v: string | number) => (typeof v === 'number' ? numbers.format(v) : v);
  return (key, vars = {}) =>
    MESSAGES[lang][key].replace(
      /\{(\w+)(?:#([^}]*))?\}/g,
      (whole, name: string, forms?: string) => {
        const value = vars[name];
        if (value === undefined) return whole;
        if (forms === undefined) return show(value);
        const options = forms.split('|');
        const index = PLURAL_ORDER[lang].indexOf(plurals.select(Number(value)));
        return options[index] ?? options[options.length - 1] ?? '';
      },
    );
}
