// Issue 20 item 3: every select, radio and checkbox of every admin form keeps its value after a refused submit
// (Add a course lost its Category). Each form is rendered with an action that refuses, every control is changed
// from its default, and after the submit each control must show what was submitted.
import { render } from '@testing-library/react';
import { ActivityForm } from '@/components/admin/activity-form';
import { AudienceForm } from '@/components/admin/audience-form';
import { CategoryForm } from '@/components/admin/category-form';
import { CompletionCriteriaForm } from '@/components/admin/completion-criteria-form';
import { CourseForm } from '@/components/admin/course-form';
import { EnrolUsersForm } from '@/components/admin/enrol-users-form';
import { RestrictionsForm } from '@/components/admin/restrictions-form';
import { RequestAccountForm } from '@/components/accounts/request-account-form';
import { CreateUserForm } from '@/components/admin-accounts/create-user-form';
import { RolesForm } from '@/components/admin-accounts/roles-form';
import { SecuritySettingsForm } from '@/components/admin-accounts/security-settings-form';
import { OrganisationBrandingForm } from '@/components/admin/organisation-branding-form';
import { EvidenceForm } from '@/components/learning/evidence-form';
import { AttemptSettingsForm } from '@/components/scorm/attempt-settings-form';
import { DEFAULT_LOCKOUT } from '@/lib/accounts/lockout-rules';
import { DEFAULT_PASSWORD_POLICY } from '@/lib/accounts/policy-rules';
import { DEFAULT_SSO } from '@/lib/accounts/sso-rules';
import { CreateQuizForm } from '@/components/quiz/admin/create-quiz-form';
import { QuestionForm as QuizQuestionForm } from '@/components/quiz/admin/question-form';
import { QuizSettingsForm } from '@/components/quiz/admin/quiz-settings-form';
import { QuestionForm as WorkshopQuestionForm } from '@/components/workshops/admin/question-form';
import { RoomForm } from '@/components/workshops/admin/room-form';
import { SessionForm } from '@/components/workshops/admin/session-form';
import {
  AttendanceForm,
  CancelSessionForm,
  MoveBookingForm,
  WaitlistForm,
} from '@/components/workshops/admin/session-forms';
import { WorkshopSettingsForm } from '@/components/workshops/admin/settings-form';
import { expectKeepsEveryValue, refuseAction } from '../../helpers/form-values';

const options = {
  categories: [
    { id: 1, name: 'Health and safety', depth: 0 },
    { id: 2, name: 'Fire', depth: 1 },
  ],
  teams: [
    { id: 1, name: 'HR L&D' },
    { id: 2, name: 'Libraries L&D' },
  ],
  organisations: [
    { id: 1, name: 'Hertfordshire County Council' },
    { id: 2, name: 'Hertfordshire Schools' },
  ],
  audiences: [
    { id: 1, name: 'Managers' },
    { id: 2, name: 'Drivers' },
  ],
};

describe('course admin forms keep every value after a refused submit', () => {
  const activities = [
    { id: 1, name: 'Read me' },
    { id: 2, name: 'Quiz' },
  ];
  it.each<[string, () => React.ReactElement]>([
    ['Add a course', () => <CourseForm action={refuseAction} options={options} submitText="Save" />],
    [
      'Edit course',
      () => (
        <CourseForm
          action={refuseAction}
          options={options}
          initial={{ categoryId: '1', ownerTeamId: '1', fullName: 'Fire safety' }}
          lists={{ organisationIds: ['1'] }}
          courseId={1}
          submitText="Save"
        />
      ),
    ],
    ['Category', () => <CategoryForm action={refuseAction} categories={options.categories} teams={options.teams} />],
    [
      'Add an activity',
      () => (
        <ActivityForm
          action={refuseAction}
          submitText="Add"
          courseId={1}
          types={[
            { value: 'PAGE', label: 'Page' },
            { value: 'QUIZ', label: 'Quiz' },
          ]}
        />
      ),
    ],
    [
      'Edit activity',
      () => (
        <ActivityForm
          action={refuseAction}
          submitText="Save"
          activityId={1}
          initial={{ type: 'PAGE', name: 'Read me' }}
        />
      ),
    ],
    [
      'Restrictions',
      () => (
        <RestrictionsForm
          action={refuseAction}
          activityId={3}
          others={activities}
          required={[1]}
          requirement="COMPLETE"
          aggregation="ALL"
        />
      ),
    ],
    [
      'Completion criteria',
      () => (
        <CompletionCriteriaForm
          action={refuseAction}
          courseId={1}
          activities={activities}
          courses={[{ id: 9, name: 'Other course' }]}
          initial={{
            completionEnabled: true,
            aggregation: 'ALL',
            activityIds: ['2'],
            requiredCourseIds: [],
            selfCompletion: false,
          }}
        />
      ),
    ],
    ['Audience', () => <AudienceForm action={refuseAction} rows={3} />],
    ['Enrol people', () => <EnrolUsersForm action={refuseAction} courseId={1} />],
  ])('%s', async (_name, ui) => {
    const { container } = render(ui());
    await expectKeepsEveryValue(container);
  });
});

describe('plain admin forms keep every value after a refused submit', () => {
  const quizSettings = {
    name: 'Fire safety quiz',
    introHtml: null,
    maxGrade: 10,
    passPercent: 80,
    attemptsAllowed: 0,
    gradingMethod: 'HIGHEST',
    timeLimitSeconds: null,
    overdueHandling: 'AUTOSUBMIT',
    questionsPerPage: 1,
    navigation: 'FREE',
    shuffleChoices: true,
    reviewShowCorrectness: true,
    reviewShowMarks: true,
    reviewShowFeedback: true,
    reviewShowRightAnswer: false,
    reviewShowGeneralFeedback: true,
    reviewShowOverallFeedback: true,
    feedbackBands: [{ minPercent: 80, feedback: 'Well done' }],
  };
  const question = {
    id: null,
    type: 'SINGLE_CHOICE',
    name: 'Exits',
    textHtml: 'Where is the exit?',
    generalFeedback: null,
    defaultMark: 1,
    shuffleChoices: true,
    choices: [
      { id: 1, textHtml: 'Left', percent: 100, feedback: '' },
      { id: 2, textHtml: 'Right', percent: 0, feedback: '' },
    ],
  };
  const people = [
    { bookingId: 1, name: 'Sam Taylor', username: '90011', status: 'BOOKED' },
    { bookingId: 2, name: 'Jo Bloggs', username: '90012', status: 'BOOKED' },
  ];
  const rooms = [
    { id: 1, name: 'Room 1' },
    { id: 2, name: 'Room 2' },
  ];
  it.each<[string, () => React.ReactElement]>([
    ['Quiz settings', () => <QuizSettingsForm action={refuseAction} activityId={1} initial={quizSettings} />],
    ['Quiz question', () => <QuizQuestionForm action={refuseAction} courseId={1} initial={question} />],
    [
      'Add a quiz',
      () => (
        <CreateQuizForm
          action={refuseAction}
          courses={[
            { id: 1, fullName: 'A' },
            { id: 2, fullName: 'B' },
          ]}
        />
      ),
    ],
    [
      'Workshop settings',
      () => (
        <WorkshopSettingsForm
          action={refuseAction}
          activityId={1}
          defaults={{}}
          audiences={[{ id: 1, name: 'Managers' }]}
        />
      ),
    ],
    ['Workshop question', () => <WorkshopQuestionForm action={refuseAction} activityId={1} />],
    [
      'Session',
      () => (
        <SessionForm
          action={refuseAction}
          activityId={1}
          defaults={{ timezone: 'Europe/London' }}
          dateRows={2}
          rooms={rooms}
        />
      ),
    ],
    ['Room', () => <RoomForm action={refuseAction} />],
    ['Attendance', () => <AttendanceForm action={refuseAction} sessionId={1} people={people} />],
    [
      'Move booking',
      () => (
        <MoveBookingForm
          action={refuseAction}
          sessionId={1}
          people={people}
          sessions={[
            { id: 2, label: 'Tuesday' },
            { id: 3, label: 'Wednesday' },
          ]}
        />
      ),
    ],
    ['Cancel session', () => <CancelSessionForm action={refuseAction} sessionId={1} />],
    ['Waiting list', () => <WaitlistForm action={refuseAction} sessionId={1} people={people} />],
  ])('%s', async (_name, ui) => {
    const { container } = render(ui());
    await expectKeepsEveryValue(container);
  });
});

describe('account, organisation and learner forms keep every value after a refused submit', () => {
  const organisations = [
    { value: '1', label: 'Hertfordshire County Council' },
    { value: '2', label: 'Hertfordshire Schools' },
  ];
  it.each<[string, () => React.ReactElement]>([
    [
      'Security settings',
      () => (
        <SecuritySettingsForm
          action={refuseAction}
          password={DEFAULT_PASSWORD_POLICY}
          lockout={DEFAULT_LOCKOUT}
          sso={DEFAULT_SSO}
        />
      ),
    ],
    [
      'Roles',
      () => (
        <RolesForm
          action={refuseAction}
          userId={1}
          isSiteAdmin={false}
          teamIds={[1]}
          teams={[
            { id: 1, name: 'HR L&D' },
            { id: 2, name: 'Libraries L&D' },
          ]}
        />
      ),
    ],
    ['Create user', () => <CreateUserForm action={refuseAction} organisations={organisations} />],
    ['Request an account', () => <RequestAccountForm action={refuseAction} organisations={organisations} />],
    [
      'Organisation branding',
      () => (
        <OrganisationBrandingForm
          action={refuseAction}
          initial={{
            id: 1,
            logoText: 'HCC',
            primaryColour: '#1d4f91',
            accentColour: '#00703c',
            contactEmail: '',
            contactPhone: '',
            contactHours: '',
            helpHtml: '',
            dashboardBlocks: ['compliance', 'due'],
          }}
        />
      ),
    ],
    [
      'eLearning attempt settings',
      () => <AttemptSettingsForm action={refuseAction} activityId={4} maxAttempts={3} newAttemptOnCompletion={false} />,
    ],
    [
      'Other evidence',
      () => (
        <EvidenceForm
          action={refuseAction}
          initial={{
            id: 3,
            title: 'First aid',
            description: '',
            provider: '',
            completedOn: '2026-01-02',
            hours: '',
            filename: 'cert.pdf',
          }}
          accept=".pdf"
          typesText="PDF"
          submitText="Save"
        />
      ),
    ],
  ])('%s', async (_name, ui) => {
    const { container } = render(ui());
    await expectKeepsEveryValue(container);
  });
});
