import { Tag } from '@/components/ui/tag';
import type { CertificationStateKey } from '@/lib/certifications/rules';

/** The tag for the one certification state (lib/certifications/rules.ts certificationState). */
export function CertificationStateTag({ state }: { state: CertificationStateKey }) {
  switch (state) {
    case 'certified':
      return <Tag tone="green">Certified</Tag>;
    case 'window_open':
      return <Tag tone="yellow">Window open</Tag>;
    case 'in_progress':
      return <Tag tone="blue">In progress</Tag>;
    case 'expired':
      return <Tag tone="red">Expired</Tag>;
    default:
      return <Tag>Not certified</Tag>;
  }
}

export function CertificationStatusTag({ status }: { status: string }) {
  switch (status) {
    case 'CERTIFIED':
      return <Tag tone="green">Certified</Tag>;
    case 'IN_PROGRESS':
      return <Tag tone="blue">In progress</Tag>;
    case 'EXPIRED':
      return <Tag tone="red">Expired</Tag>;
    default:
      return <Tag>Not certified</Tag>;
  }
}

export function RenewalStatusText({ status }: { status: string }) {
  if (status === 'DUE') return <Tag tone="yellow">Due for renewal</Tag>;
  if (status === 'EXPIRED') return <Tag tone="red">Renewal overdue</Tag>;
  return <>Not due for renewal</>;
}

export function CourseStatusTag({ status }: { status: string }) {
  if (status === 'COMPLETE' || status === 'COMPLETE_RPL') return <Tag tone="green">Complete</Tag>;
  if (status === 'IN_PROGRESS') return <Tag tone="blue">In progress</Tag>;
  return <Tag>Not started</Tag>;
}
