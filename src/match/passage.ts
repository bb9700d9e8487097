/**
 * A span's text as a reader sees it: its paragraphs joined by a space, with an ellipsis where the
 * span skips text (a rewrite that merged sentences of two paragraphs some way apart), so the
 * sidebar and the JSON never show two distant paragraphs as if they were one passage.
 */
export function joinParagraphs(parts: readonly { text: string; afterGap: boolean }[]): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) out += parts[i]!.afterGap ? ' … ' : ' ';
    out += parts[i]!.text;
  }
  return out;
}
