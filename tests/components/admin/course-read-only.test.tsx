// Another team's course in Admin (README: read-only): its settings and activities to read, and no way to change
// them: no form, field or button, and no link to the admin pages that would 404.
import { render, screen, within } from '@testing-library/react';
import { CourseReadOnly } from '@/components/admin/course-read-only';
import type { CourseReadOnlyView } from '@/lib/catalogue/admin-queries';

const course: CourseReadOnlyView = {
  id: 3,
  shortName: 'FIRE',
  fullName: 'Fire Safety',
  summary: 'Stay safe at work',
  categoryName: 'Health and safety',
  ownerTeamName: 'HR L&D',
  format: 'BLENDED',
  lengthText: '2 hours',
  visibility: 'RESTRICTED',
  archived: false,
  contactText: 'Ask HR L&D',
  contactEmail: 'hr.ld@example.test',
  activities: [
    { id: 10, name: 'Fire quiz', type: 'QUIZ' },
    { id: 11, name: 'Fire warden day', type: 'WORKSHOP' },
  ],
  enrolled: 12,
};

describe('CourseReadOnly', () => {
  it('shows the settings and says who manages the course', () => {
    render(<CourseReadOnly course={course} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Fire Safety' })).toBeTruthy();
    expect(screen.getByText(/HR L&D manages this course/)).toBeTruthy();
    expect(screen.getByText('Health and safety')).toBeTruthy();
    expect(screen.getByText('Some organisations or audiences')).toBeTruthy();
    const activities = screen.getByRole('list', { name: 'Activities' });
    expect(within(activities).getByText('Fire quiz')).toBeTruthy();
  });

  it('offers nothing to change it with', () => {
    const { container } = render(<CourseReadOnly course={course} />);
    expect(container.querySelectorAll('form, input, select, textarea, button')).toHaveLength(0);
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    // Only the way back (Admin, the course list) and the learners' view: no admin page of this course.
    expect(hrefs.filter((h) => /^\/admin\/(courses\/\d|activities|quizzes|workshops)/.test(h ?? ''))).toEqual([]);
    expect(hrefs).toContain('/courses/3');
  });
});
