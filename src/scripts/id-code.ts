import { breakableId } from '../lib/ids.ts';

/** A weight id as `<code>` that wraps only where `breakableId` allows: Id.astro's markup, in the browser. */
export function idCode(id: string, tag: 'code' | 'span' = 'code'): HTMLElement {
  const code = document.createElement(tag);
  code.className = 'id';
  breakableId(id).forEach((part, i) => {
    if (i > 0) code.append(document.createElement('wbr'));
    const span = document.createElement('span');
    span.className = 'id-part';
    span.textContent = part;
    code.append(span);
  });
  return code;
}
