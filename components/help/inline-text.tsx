import Link from 'next/link';
import { parseInline } from '@/lib/help/text';

const A = 'text-[var(--link)] underline underline-offset-2';

/** Help text with its `[label](/path)` links as real links. */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((part, i) =>
        'href' in part ? (
          <Link key={i} href={part.href} className={A}>
            {part.text}
          </Link>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
