// Under an eLearning activity on the course page: why it is not complete yet, from what the package
// reported, and the button that opens the player.
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { listOwnScormNotes } from '@/lib/scorm/queries';
import { OpenElearning } from './open-elearning';
import { HelpLink } from '@/components/help/help-link';

// One query per course page, however many eLearning activities it has.
const notesFor = cache(listOwnScormNotes);

type Props = { viewer: Viewer; courseId: number; activityId: number; activityName: string; openable: boolean };

export async function ScormLaunchPanel({ viewer, courseId, activityId, activityName, openable }: Props) {
  const note = (await notesFor(viewer, courseId)).get(activityId);
  if (!note?.hasPackage) return <p className="text-slate-700">This eLearning has no content yet.</p>;
  return (
    <>
      {note.whyIncomplete.length > 0 ? (
        <div className="mt-2 border-l-4 border-slate-500 bg-slate-100 p-3" data-testid={`why-${activityId}`}>
          <p className="font-semibold">Why this is not complete yet</p>
          {note.whyIncomplete.map((reason) => (
            <p key={reason} className="mt-1">
              {reason}
            </p>
          ))}
          <HelpLink slug="elearning-not-complete" className="mt-1">
            Why is my eLearning not showing as complete?
          </HelpLink>
        </div>
      ) : null}
      {openable ? <OpenElearning playerHref={`/scorm/${activityId}/play`} activityName={activityName} /> : null}
    </>
  );
}
