/**
 * The half of a catalogue text written as "中文 / English" in one language. Catalogue
 * definitions may carry a note in both languages after the first pair:
 * "中文。 / English. (中文注) / English note." — the Chinese note sits in the last
 * parenthesis of a middle part. A text without " / " (or one that does not follow this
 * shape) is returned whole, so nothing is ever lost.
 */
export function bilingualHalf(text: string, lang: 'zh' | 'en'): string {
  const parts = text.split(' / ');
  if (parts.length < 2) return text;
  const zh = [parts[0] ?? ''];
  const en: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i === parts.length - 1) {
      en.push(part);
      continue;
    }
    // A middle part: "English. (中文注)" — split before its last opening parenthesis.
    const at = Math.max(part.lastIndexOf(' ('), part.lastIndexOf(' （'));
    if (at < 0) return text;
    en.push(part.slice(0, at));
    zh.push(part.slice(at + 1));
  }
  return (lang === 'zh' ? zh : en).map((s) => s.trim()).join(' ');
}
