'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { isCurrentPath } from '@/components/layout/nav-items';

/** A task bar link that marks itself as the current page. */
export function NavLinkItem({ href, label, className = '' }: { href: string; label: string; className?: string }) {
  const pathname = usePathname() ?? '';
  return (
    <Link href={href} aria-current={isCurrentPath(href, pathname) ? 'page' : undefined} className={className}>
      {label}
    </Link>
  );
}
