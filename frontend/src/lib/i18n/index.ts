import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './common';

export type Messages = { [key: string]: string | Messages };
/** Each feature's labels: `features/<name>/i18n.ts` exports `{ vi, en }`, loaded under the namespace <name>. */
export interface FeatureMessages {
  vi: Messages;
  en: Messages;
}

const featureModules = import.meta.glob<{ default: FeatureMessages }>('../../features/*/i18n.ts', {
  eager: true,
});

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'ocop.language';

function savedLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'vi';
}

const resources: Record<Language, Record<string, Messages>> = {
  vi: { common: common.vi },
  en: { common: common.en },
};
for (const [path, module] of Object.entries(featureModules)) {
  const namespace = /features\/([^/]+)\/i18n\.ts$/.exec(path)?.[1];
  if (!namespace) continue;
  resources.vi[namespace] = module.default.vi;
  resources.en[namespace] = module.default.en;
}

void i18n.use(initReactI18next).init({
  resources,
  lng: savedLanguage(),
  fallbackLng: 'vi',
  defaultNS: 'common',
  ns: Object.keys(resources.vi),
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function changeLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

export default i18n;
