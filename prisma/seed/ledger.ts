// Collects learning records in memory so enrolment, course completion, activity completion, quiz attempts and
// certificate issues always agree with each other and with the completion rules; flushed with bulk inserts.
import type { Prisma } from '../../lib/generated/prisma/client';
import type { Catalogue, SeededActivity, SeededCourse } from './catalogue';
import { bulkInsert, bulkInsertReturning } from './bulk';
import type { Person, SeedContext } from './context';
import { addDays, addMonths } from './random';

export type CourseState = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETE';
export type Source = 'SELF' | 'MANUAL' | 'PROGRAM' | 'CERTIFICATION';

export type RecordOptions = {
  state: CourseState;
  source: Source;
  enrolledAt: Date;
  /** COMPLETE: when the course was completed. */
  completedAt?: Date;
  /** IN_PROGRESS: how many steps of the completion path are done (capped so the course stays incomplete). */
  steps?: number;
  programId?: number;
  createdById?: number;
};

type CertificateItem = { user: Person; course: SeededCourse; activity: SeededActivity; at: Date; archivedAt?: Date };

type Entry = { user: Person; course: SeededCourse; options: RecordOptions };

export class Ledger {
  private readonly entries = new Map<string, Entry>();
  readonly history: Prisma.CourseCompletionHistoryCreateManyInput[] = [];
  /** Extra failed quiz attempts (before the passing one) by user and course short name. */
  readonly failedAttempts: { user: Person; course: string; at: Date }[] = [];

  constructor(
    private readonly ctx: SeedContext,
    readonly catalogue: Catalogue,
  ) {}

  course(shortName: string): SeededCourse {
    const course = this.catalogue.courses.get(shortName);
    if (!course) throw new Error(`Seed: unknown course ${shortName}`);
    return course;
  }

  has(user: Person, shortName: string): boolean {
    return this.entries.has(`${user.id}:${this.course(shortName).id}`);
  }

  state(user: Person, shortName: string): CourseState | undefined {
    return this.entries.get(`${user.id}:${this.course(shortName).id}`)?.options.state;
  }

  completedAt(user: Person, shortName: string): Date | undefined {
    return this.entries.get(`${user.id}:${this.course(shortName).id}`)?.options.completedAt;
  }

  /** Records one learner's state on a course; the first record for a learner and course wins. */
  record(user: Person, shortName: string, options: RecordOptions): boolean {
    const course = this.course(shortName);
    const key = `${user.id}:${course.id}`;
    if (this.entries.has(key)) return false;
    let state = options.state;
    if (state === 'COMPLETE' && course.criteria.length === 0) state = 'IN_PROGRESS';
    this.entries.set(key, { user, course, options: { ...options, state } });
    return true;
  }

  archive(
    user: Person,
    shortName: string,
    timeCompleted: Date,
    reason: 'RECERTIFICATION' | 'ADMIN_RESET',
    archivedAt: Date,
  ): void {
    this.history.push({ userId: user.id, courseId: this.course(shortName).id, timeCompleted, reason, archivedAt });
  }

  /** The ordered activities to finish for completion: the criteria and the activities they are locked behind. */
  static path(course: SeededCourse): SeededActivity[] {
    const needed = new Set<string>();
    const add = (a: SeededActivity) => {
      if (needed.has(a.key)) return;
      needed.add(a.key);
      for (const r of a.after ?? []) {
        const before = course.activities.find((x) => x.key === r.key);
        if (before) add(before);
      }
    };
    const criteria = course.spec.aggregation === 'ANY' ? course.criteria.slice(0, 1) : course.criteria;
    criteria.forEach(add);
    return course.activities.filter((a) => needed.has(a.key) && a.tracked);
  }

  async flush(): Promise<void> {
    const { db } = this.ctx;
    const enrolments: Prisma.EnrolmentCreateManyInput[] = [];
    const completions: Prisma.CourseCompletionCreateManyInput[] = [];
    const activity: Prisma.ActivityCompletionCreateManyInput[] = [];
    const passes: { user: Person; course: SeededCourse; at: Date }[] = [];
    const certificates: CertificateItem[] = [];
    const methodIds = await db.enrolmentMethod.findMany({ select: { id: true, courseId: true, type: true } });
    const method = (courseId: number, source: Source) =>
      methodIds.find(
        (m) =>
          m.courseId === courseId &&
          (source === 'SELF'
            ? m.type.startsWith('SELF')
            : source === 'MANUAL'
              ? m.type === 'MANUAL'
              : m.type === 'PROGRAM'),
      )?.id ?? null;

    for (const { user, course, options } of this.entries.values()) {
      const { state, enrolledAt } = options;
      enrolments.push({
        userId: user.id,
        courseId: course.id,
        methodId: method(course.id, options.source),
        source: options.source,
        sourceProgramId: options.programId ?? null,
        enrolledAt,
        createdById: options.createdById ?? null,
      });
      const path = Ledger.path(course);
      const criteriaKeys = new Set(
        (course.spec.aggregation === 'ANY' ? course.criteria.slice(0, 1) : course.criteria).map((a) => a.key),
      );
      let done = 0;
      if (state === 'COMPLETE') done = path.length;
      else if (state === 'IN_PROGRESS') {
        // Never enough to complete the course: stop before the last criterion on the path.
        const lastCriterion = path.reduce((last, a, i) => (criteriaKeys.has(a.key) ? i : last), -1);
        done = Math.max(0, Math.min(options.steps ?? 1, lastCriterion));
      }
      const completedAt = options.completedAt ?? addDays(enrolledAt, 3);
      const startedAt = state === 'NOT_STARTED' ? null : addDays(enrolledAt, state === 'COMPLETE' ? 0 : 1);
      let criteriaDone = 0;
      path.forEach((a, index) => {
        if (index < done) {
          const at =
            state === 'COMPLETE'
              ? new Date(completedAt.getTime() - (done - 1 - index) * 3600_000)
              : addDays(enrolledAt, 1 + index);
          activity.push({
            activityId: a.id,
            userId: user.id,
            state: a.type === 'QUIZ' ? 'COMPLETE_PASS' : 'COMPLETE',
            viewedAt: at,
            completedAt: at,
          });
          if (criteriaKeys.has(a.key)) criteriaDone++;
          if (a.type === 'QUIZ') passes.push({ user, course, at });
        } else if (index === done && state === 'IN_PROGRESS') {
          activity.push({
            activityId: a.id,
            userId: user.id,
            state: 'INCOMPLETE',
            viewedAt: addDays(enrolledAt, 1 + index),
          });
        }
      });
      const totalCriteria = course.spec.aggregation === 'ANY' ? 1 : course.criteria.length;
      const certificate = course.activities.find((a) => a.type === 'CERTIFICATE');
      if (state === 'COMPLETE' && certificate)
        certificates.push({ user, course, activity: certificate, at: completedAt });
      completions.push({
        userId: user.id,
        courseId: course.id,
        status: state,
        progressPercent:
          state === 'COMPLETE' ? 100 : totalCriteria ? Math.floor((criteriaDone * 100) / totalCriteria) : 0,
        timeEnrolled: enrolledAt,
        timeStarted: startedAt,
        timeCompleted: state === 'COMPLETE' ? completedAt : null,
      });
    }

    await bulkInsert(db, 'Enrolment', enrolments);
    await bulkInsert(db, 'CourseCompletion', completions);
    await bulkInsert(db, 'ActivityCompletion', activity);
    await bulkInsert(db, 'CourseCompletionHistory', this.history);
    await this.flushQuizAttempts(passes);
    // Certificates of archived completions were archived with them (re-issued only on recertification).
    for (const h of this.history) {
      const course = [...this.catalogue.courses.values()].find((c) => c.id === h.courseId);
      const activity = course?.activities.find((a) => a.type === 'CERTIFICATE');
      const user = this.ctx.people.find((x) => x.id === h.userId);
      if (course && activity && user) {
        certificates.push({
          user,
          course,
          activity,
          at: new Date(h.timeCompleted),
          archivedAt: new Date(h.archivedAt as Date),
        });
      }
    }
    await this.flushCertificates(certificates);
  }

  private async flushQuizAttempts(passes: { user: Person; course: SeededCourse; at: Date }[]): Promise<void> {
    const attempts: Prisma.QuizAttemptCreateManyInput[] = [];
    const responses: { key: string; slot: number; questionId: number; selected: number[]; fraction: number }[] = [];
    const add = (user: Person, course: string, at: Date, attemptNumber: number, pass: boolean) => {
      const quiz = this.catalogue.quizzes.get(course);
      if (!quiz) return;
      const wrongSlots = pass ? new Set<number>() : new Set(quiz.slots.slice(0, 2).map((s) => s.slot));
      let sum = 0;
      for (const s of quiz.slots) {
        const right = !wrongSlots.has(s.slot);
        const fraction = right ? 1 : 0;
        sum += fraction * s.maxMark;
        responses.push({
          key: `${quiz.quizId}:${user.id}:${attemptNumber}`,
          slot: s.slot,
          questionId: s.questionId,
          selected: right ? s.correctIds : s.wrongIds.slice(0, 1),
          fraction,
        });
      }
      const totalMarks = quiz.slots.reduce((t, s) => t + s.maxMark, 0);
      attempts.push({
        quizId: quiz.quizId,
        userId: user.id,
        attemptNumber,
        state: 'FINISHED',
        openFlag: null,
        layout: {
          slots: quiz.slots.map((s, i) => ({
            slot: s.slot,
            questionId: s.questionId,
            page: i + 1,
            choiceOrder: s.choiceIds,
          })),
        },
        currentPage: quiz.slots.length,
        startedAt: new Date(at.getTime() - 12 * 60_000),
        finishedAt: at,
        lastSavedAt: at,
        sumMarks: sum,
        grade: Math.round(((sum * quiz.maxGrade) / totalMarks) * 100000) / 100000,
      });
    };
    for (const { user, course, at } of passes) {
      const failed = this.failedAttempts.filter((f) => f.user.id === user.id && f.course === course.spec.shortName);
      failed.forEach((f, index) => add(user, course.spec.shortName, f.at, index + 1, false));
      add(user, course.spec.shortName, at, failed.length + 1, true);
    }
    if (attempts.length === 0) return;
    const rows = await bulkInsertReturning<{ id: number; quizId: number; userId: number; attemptNumber: number }>(
      this.ctx.db,
      'QuizAttempt',
      attempts,
      ['id', 'quizId', 'userId', 'attemptNumber'],
    );
    const idOf = new Map(rows.map((r) => [`${r.quizId}:${r.userId}:${r.attemptNumber}`, r.id]));
    await bulkInsert(
      this.ctx.db,
      'QuizResponse',
      responses.map((r) => ({
        attemptId: idOf.get(r.key) as number,
        slot: r.slot,
        questionId: r.questionId,
        selectedChoiceIds: r.selected,
        fraction: r.fraction,
        mark: r.fraction,
      })),
    );
  }

  private async flushCertificates(items: CertificateItem[]): Promise<void> {
    if (items.length === 0) return;
    const certs = await this.ctx.db.certificate.findMany({ select: { id: true, activityId: true } });
    await this.ctx.db.certificateIssue.createMany({
      data: items.map(({ user, course, activity, at, archivedAt }) => ({
        certificateId: certs.find((c) => c.activityId === activity.id)?.id as number,
        userId: user.id,
        code: this.ctx.rng.code(10),
        issuedAt: new Date(at.getTime() + 5 * 60_000),
        completedAt: at,
        learnerName: `${user.firstName} ${user.lastName}`,
        courseName: course.spec.fullName,
        validUntil: course.spec.shortName === 'DATAPROT' ? addMonths(at, 24) : null,
        currentFlag: archivedAt ? null : true,
        archivedAt: archivedAt ?? null,
      })),
    });
  }
}
