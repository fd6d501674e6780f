/**
 * Where a weight id may wrap: only after `/` or `-`, so `junnyu/microsoft-DialoGPT-small` never
 * breaks as `DialoG`/`PT`. Browsers do not reliably break after `/`, so every view puts a `<wbr>`
 * after each piece this returns and lets nothing else break the id (`overflow-wrap: normal`).
 */
export function breakableId(id: string): string[] {
  return id.split(/(?<=[/-])/);
}
