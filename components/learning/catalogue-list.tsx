import Link from 'next/link';
import { Tag } from '@/components/ui/tag';
import type { CatalogueItem } from '@/lib/catalogue/search';
import { formatMoney } from '@/lib/format';

const KIND_LABEL = { course: 'Course', program: 'Program', certification: 'Certification' } as const;
const FORMAT_LABEL: Record<string, string> = {
  ELEARNING: 'eLearning',
  WORKSHOP: 'Workshop',
  BLENDED: 'Blended',
  OTHER: 'Other',
};

export function itemHref(item: Pick<CatalogueItem, 'kind' | 'id'>): string {
  return item.kind === 'course' ? `/courses/${item.id}` : `/programs/${item.id}`;
}

/** Search and category results: title link, type, format, cost and summary. */
export function CatalogueList({ items }: { items: CatalogueItem[] }) {
  return (
    <ul className="list-none divide-y divide-slate-300 border-y border-slate-300">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`} className="py-4">
          <h3 className="text-lg font-semibold">
            <Link href={itemHref(item)} className="text-[var(--link)] underline underline-offset-2">
              {item.name}
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap gap-2 text-sm">
            <Tag tone={item.kind === 'course' ? 'blue' : item.kind === 'program' ? 'purple' : 'orange'}>
              {KIND_LABEL[item.kind]}
            </Tag>
            {item.format ? <Tag>{FORMAT_LABEL[item.format] ?? item.format}</Tag> : null}
            {item.costPence ? <Tag tone="yellow">{formatMoney(item.costPence)}</Tag> : null}
            {item.categoryName ? <span className="text-slate-700">in {item.categoryName}</span> : null}
          </p>
          {item.summary ? <p className="mt-1">{item.summary}</p> : null}
        </li>
      ))}
    </ul>
  );
}
