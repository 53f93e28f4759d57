// Inline links in help text: `[label](/path)`. Pure, shared by the renderer, the search and the link tests.
import type { HelpBlock, HelpTopic } from './types';

export type TextPart = { text: string } | { text: string; href: string };

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Splits text into plain runs and links, in order. */
export function parseInline(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[1]!, href: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The words of a text with link syntax removed. */
export function plainInline(text: string): string {
  return parseInline(text)
    .map((p) => p.text)
    .join('');
}

function blockTexts(block: HelpBlock): string[] {
  if (typeof block === 'string') return [block];
  switch (block.kind) {
    case 'heading':
    case 'inset':
      return [block.text];
    case 'list':
    case 'steps':
      return block.items;
    default:
      return [];
  }
}

/** Every piece of text in a topic's answer. */
export function topicTexts(topic: HelpTopic): string[] {
  return topic.body.flatMap(blockTexts);
}

/** Every link a topic shows: inline links in its answer and its "Go to" links. */
export function topicHrefs(topic: HelpTopic): string[] {
  const inline = topicTexts(topic).flatMap((t) => parseInline(t).flatMap((p) => ('href' in p ? [p.href] : [])));
  return [...inline, ...topic.links.map((l) => l.href)];
}
