/**
 * Puts `text` on the clipboard: the async Clipboard API where the page may use it, else a
 * selected off-screen textarea and the `copy` command (plain-http intranets have no
 * navigator.clipboard). Resolves to whether either worked; never throws.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, not focused): try the textarea.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '-10000px';
  document.body.append(area);
  area.select();
  try {
    // Deprecated, but the only way left where the Clipboard API is missing.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
