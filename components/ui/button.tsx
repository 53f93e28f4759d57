import Link from 'next/link';
import type { ComponentProps } from 'react';

type Variant = 'primary' | 'secondary' | 'warning' | 'link';

const BASE =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded px-4 py-2 text-base font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-[var(--focus)] disabled:cursor-not-allowed disabled:opacity-60';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-[var(--brand-accent)] text-white shadow-[0_2px_0_#002d18] hover:brightness-90',
  secondary: 'bg-slate-200 text-slate-900 shadow-[0_2px_0_#858686] hover:bg-slate-300',
  warning: 'bg-red-700 text-white shadow-[0_2px_0_#55150b] hover:bg-red-800',
  link: 'min-h-0 px-0 py-0 text-[var(--link)] underline underline-offset-2 hover:decoration-2',
};

export function buttonClass(variant: Variant = 'primary', extra = ''): string {
  return `${BASE} ${VARIANTS[variant]} ${extra}`.trim();
}

export function Button({
  variant = 'primary',
  className = '',
  ...props
}: ComponentProps<'button'> & { variant?: Variant }) {
  return <button type="button" {...props} className={buttonClass(variant, className)} />;
}

export function ButtonLink({
  variant = 'primary',
  className = '',
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link {...props} className={buttonClass(variant, className)} />;
}
