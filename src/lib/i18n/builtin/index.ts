import type { Dictionary } from '../dictionary.ts';
import { en } from './en.ts';
import { he } from './he.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

/** The languages whose whole interface ships with Salesbook. */
export const BUILTIN_DICTIONARIES: Readonly<Record<string, Dictionary>> = { en, ru, he, zh };

/** The built-in language codes, English first. */
export const BUILTIN_LANGUAGES = Object.keys(BUILTIN_DICTIONARIES);

export { en };
