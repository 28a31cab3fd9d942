import { th, type MessageKey } from './th';
import { en } from './en';

export type Lang = 'th' | 'en';
export type { MessageKey };
export const LANG_COOKIE = 'lang';

const messages: Record<Lang, Record<MessageKey, string>> = { th, en };

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(th, key);
}

export function parseLang(value: string | undefined | null): Lang {
	return value === 'en' ? 'en' : 'th';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `t('key', { name })` in the chosen language; `{name}` placeholders are filled in. */
export function translator(lang: Lang): Translate {
	const table = messages[lang];
	return (key, params) => {
		const text = table[key] ?? th[key] ?? key;
		return params ? text.replace(/\{(\w+)\}/g, (m, p) => String(params[p] ?? m)) : text;
	};
}
