import {
  ACTIVITY_SET_UP_LABEL,
  ACTIVITY_TYPE_HELP,
  activityAdminHref,
  addableActivityTypes,
} from '@/lib/activities/types';
import { ACTIVITY_TYPES } from '@/lib/completion/schemas';

describe('activity types offered under "Add an activity"', () => {
  it('offers only the types that are built, each with one line on what it does and how it completes', () => {
    const offered = addableActivityTypes(ACTIVITY_TYPES);
    expect(offered).toEqual([
      'PAGE',
      'URL',
      'FILE',
      'SCORM',
      'QUIZ',
      'WORKSHOP',
      'CERTIFICATE',
      'FEEDBACK',
      'ACCESS_REQUEST',
    ]);
    for (const type of offered) {
      const help = ACTIVITY_TYPE_HELP[type];
      expect(help).toMatch(/Completes when/);
      expect(help.split('\n')).toHaveLength(1);
    }
  });

  it('sends each type to where it is set up', () => {
    expect(activityAdminHref({ id: 7, type: 'QUIZ' })).toBe('/admin/quizzes/7');
    expect(activityAdminHref({ id: 7, type: 'WORKSHOP' })).toBe('/admin/workshops/7');
    expect(activityAdminHref({ id: 7, type: 'SCORM' })).toBe('/admin/activities/7/scorm');
    expect(activityAdminHref({ id: 7, type: 'FEEDBACK' })).toBe('/admin/feedback/7');
    expect(activityAdminHref({ id: 7, type: 'PAGE' })).toBe('/admin/activities/7');
  });

  it('names the page of every type set up beyond its settings, so each activity page can link to it', () => {
    for (const type of ACTIVITY_TYPES) {
      const ownPage = activityAdminHref({ id: 1, type }) !== '/admin/activities/1';
      expect(Boolean(ACTIVITY_SET_UP_LABEL[type])).toBe(ownPage);
    }
  });
});
