import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ButtonLink } from '@/components/ui/button';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getActivityPage, type ActivityPage } from '@/lib/completion/activity-page';
import { recordOwnActivityView } from '@/lib/completion/commands';
import { sanitiseHtml } from '@/lib/html/sanitise';
import { parseIdParam } from '@/lib/validation';

type Props = { params: Promise<{ id: string }> };

async function load(id: string): Promise<ActivityPage> {
  const viewer = await requirePageViewer(`/activities/${id}`);
  return pageOrNotFound(() => getActivityPage(viewer, parseIdParam(id)));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).id);
  return { title: `${page.activity.name}` };
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export default async function ActivityRoute({ params }: Props) {
  const { id } = await params;
  const page = await load(id);
  const viewer = await requirePageViewer();
  // Opening the activity is what "viewed" means for pages, links and files.
  if (page.available) await recordOwnActivityView(viewer, page.activity.id);
  const courseHref = `/courses/${page.course.id}`;
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          ...page.trail.map((t) => ({ label: t.name, href: `/categories/${t.id}` })),
          { label: page.course.fullName, href: courseHref },
          { label: page.activity.name },
        ]}
      />
      <h1 className="text-3xl font-bold">{page.activity.name}</h1>
      {!page.available ? (
        <div className="mt-6 border-l-4 border-slate-500 pl-4">
          <p className="text-lg font-semibold">This activity is locked.</p>
          <ul className="mt-2 list-disc pl-6">
            {page.lockedReasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <p className="mt-4">
            <Link href={courseHref} className="text-[var(--link)] underline">
              Back to {page.course.fullName}
            </Link>
          </p>
        </div>
      ) : (
        <>
          {page.descriptionHtml ? (
            <div className="prose mt-4" dangerouslySetInnerHTML={{ __html: sanitiseHtml(page.descriptionHtml) }} />
          ) : null}
          {page.activity.type === 'PAGE' && page.contentHtml ? (
            <div
              className="prose mt-6 max-w-none"
              dangerouslySetInnerHTML={{ __html: sanitiseHtml(page.contentHtml) }}
            />
          ) : null}
          {page.activity.type === 'URL' && page.url ? (
            <p className="mt-6">
              <a
                href={page.url}
                target="_blank"
                rel="noopener noreferrer"
                className="text-lg text-[var(--link)] underline"
              >
                Open {page.activity.name} (opens in a new tab)
              </a>
            </p>
          ) : null}
          {page.activity.type === 'FILE' && page.file ? (
            <p className="mt-6">
              <a
                href={`/activities/${page.activity.id}/file`}
                className="text-lg text-[var(--link)] underline"
                download
              >
                Download {page.file.filename}
              </a>{' '}
              <span className="text-slate-700">({fileSize(page.file.sizeBytes)})</span>
            </p>
          ) : null}
          <p className="mt-6 text-slate-700">We have recorded that you opened this activity.</p>
          <ButtonLink href={courseHref} variant="secondary" className="mt-6">
            Back to the course
          </ButtonLink>
        </>
      )}
      <p className="mt-8">
        <Link
          href={`${courseHref}/report-problem?activity=${page.activity.id}`}
          className="inline-flex min-h-11 items-center text-[var(--link)] underline"
        >
          Report a problem with this content
        </Link>
      </p>
    </div>
  );
}
