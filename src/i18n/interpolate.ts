import type { Dictionary, UiKey } from './en.ts';
import { remembered } from '../lib/remember.ts';

/** `t(key, values)`: a UI string of one language, its `{name}` placeholders filled in. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * A template cut at its placeholders: literal text at even indexes, placeholder names at odd
 * ones. Every page fills the same few hundred templates, so each is cut once.
 */
const cut = remembered((template) => template.split(/\{(\w+)\}/));

/** Fills a template's `{name}` placeholders. */
export function interpolate(
  template: string,
  values: Record<string, string | number> = {},
): string {
  const parts = cut(template);
  if (parts.length === 1) return template;
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    if (!Object.hasOwn(values, name)) {
      // A placeholder with no value is a programming error; showing "{count}" to a reader is worse.
      throw new Error(`No value for placeholder {${name}} in "${template}"`);
    }
    text += String(values[name]) + parts[i + 1]!;
  }
  return text;
}

/**
 * The `t()` of a dictionary, or of the part of one a browser script was given (the compare page
 * gets the fact strings only, not both languages' whole dictionaries). A key it was not given is
 * a programming error, named rather than shown as "undefined".
 */
export function translator(dictionary: Partial<Dictionary>): Translate {
  return (key, values) => {
    const template = dictionary[key];
    if (template === undefined) throw new Error(`No UI string "${key}" in this dictionary`);
    return interpolate(template, values);
  };
}

/**
 * A UI string cut where one placeholder goes, `[before, after]`: for a sentence whose placeholder
 * is markup (a link, or a Chinese title marked with its language in an English sentence), which a
 * string cannot carry. Each language keeps its own word order around it.
 */
export function around(
  t: Translate,
  key: UiKey,
  placeholder: string,
  values: Record<string, string | number> = {},
): [before: string, after: string] {
  const mark = '\u0000';
  const parts = t(key, { ...values, [placeholder]: mark }).split(mark);
  if (parts.length !== 2) {
    throw new Error(`The UI string "${key}" must use {${placeholder}} exactly once`);
  }
  return [parts[0]!, parts[1]!];
}
