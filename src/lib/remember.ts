/*
 * A build formats, escapes and fills the same few hundred values on every page (a layer count, a
 * language's name, a UI template, a label's Markdown), and making one costs more than looking it
 * up. Each memo is bounded: cleared when it holds `max` keys, so a huge catalog's build cannot grow
 * it without end.
 */

/** A memo whose caller says how to make a key's value when it is missing. */
export function memo<T>(max = 10_000): (key: string, make: () => T) => T {
  const values = new Map<string, T>();
  return (key, make) => {
    let value = values.get(key);
    if (value === undefined) {
      value = make();
      if (values.size >= max) values.clear();
      values.set(key, value);
    }
    return value;
  };
}

/** `make(key)`, made once per key. */
export function remembered<T>(make: (key: string) => T, max?: number): (key: string) => T {
  const get = memo<T>(max);
  return (key) => get(key, () => make(key));
}
