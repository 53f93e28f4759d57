import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SubmitButton } from '@/components/ui/submit-button';
import { SummaryList } from '@/components/ui/summary-list';
import { formatDate } from '@/lib/format';

export const ENROLMENT_SOURCE: Record<string, string> = {
  SELF: 'Self',
  MANUAL: 'Admin',
  PROGRAM: 'Program',
  CERTIFICATION: 'Certification',
  AUDIENCE: 'Audience',
};

type Removal = {
  course: { id: number; fullName: string };
  user: { id: number; username: string; firstName: string; lastName: string };
  source: string;
  programName: string | null;
  enrolledAt: Date;
  completion: { status: string; progressPercent: number; timeCompleted: Date | null } | null;
  workshopPlaces: number;
};

/** What the person keeps and loses: removing deletes the enrolment, and the record only if nothing was started. */
function consequences(r: Removal): string[] {
  const out = [`${r.user.firstName} can no longer open the course's activities unless they are enrolled again.`];
  const c = r.completion;
  if (!c || c.status === 'NOT_STARTED') {
    out.push('They have not started the course, so it is removed from their Record of Learning.');
  } else if (c.status === 'COMPLETE' || c.status === 'COMPLETE_RPL') {
    out.push(
      `They completed the course${c.timeCompleted ? ` on ${formatDate(c.timeCompleted)}` : ''}. The completion and its date stay in their Record of Learning.`,
    );
  } else {
    out.push(
      `Their progress (${c.progressPercent}%) stays in their Record of Learning as In progress. If they are enrolled again, they carry on where they left off.`,
    );
  }
  if (r.workshopPlaces > 0) {
    out.push(
      `They keep their ${r.workshopPlaces === 1 ? 'workshop place' : `${r.workshopPlaces} workshop places`}: cancel ${r.workshopPlaces === 1 ? 'it' : 'them'} from the session page if they should not attend.`,
    );
  }
  if (r.programName) out.push(`They were enrolled by ${r.programName}, which may enrol them again.`);
  return out;
}

/** The confirmation step before removing someone from a course (a page, so it works without JavaScript). */
export function RemoveEnrolmentConfirm({
  removal: r,
  action,
}: {
  removal: Removal;
  action: (formData: FormData) => Promise<void>;
}) {
  const name = `${r.user.firstName} ${r.user.lastName}`;
  const back = `/admin/courses/${r.course.id}/enrolments`;
  const c = r.completion;
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Courses', href: '/admin/courses' },
          { label: r.course.fullName, href: back },
          { label: 'Remove' },
        ]}
      />
      <h1 className="text-3xl font-bold">
        Remove {name} from {r.course.fullName}?
      </h1>
      <SummaryList
        className="mt-6"
        rows={[
          { key: 'Name', value: name },
          { key: 'Username', value: r.user.username },
          { key: 'Enrolled by', value: r.programName ?? ENROLMENT_SOURCE[r.source] ?? r.source },
          { key: 'Enrolled on', value: formatDate(r.enrolledAt) },
          {
            key: 'Progress',
            value: !c
              ? 'Not started'
              : c.status === 'COMPLETE' || c.status === 'COMPLETE_RPL'
                ? 'Complete'
                : `${c.progressPercent}%`,
          },
        ]}
      />
      <h2 className="mt-8 text-2xl font-bold">What happens</h2>
      <ul className="mt-2 list-disc space-y-2 pl-6 text-lg">
        {consequences(r).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <form action={action} className="mt-8 flex flex-wrap items-center gap-6">
        <input type="hidden" name="courseId" value={r.course.id} />
        <input type="hidden" name="userId" value={r.user.id} />
        <SubmitButton variant="warning" pendingText="Removing…">
          Yes, remove {name}
        </SubmitButton>
        <Link href={back} className="text-lg text-[var(--link)] underline">
          No, keep them enrolled
        </Link>
      </form>
    </div>
  );
}
