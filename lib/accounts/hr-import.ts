// HR feed: staff from a CSV (personnel number = username). Idempotent: an existing username is updated, never
// duplicated. Each row is its own small write, so a bad row never stops the good ones.
// New starters get their login details by email, queued in the transaction that creates (or completes) the
// account: people with an email address get them directly (automatic login for organisations with single sign-on,
// otherwise a temporary password to change at first login); people without one get a manual-login account whose
// temporary password goes to their manager, or, with no manager to email, are listed for a site admin to hand over.
import { unsafeRecalculateDynamicAudiences } from '@/lib/audiences/refresh';
import { unsafeSyncProgramAssignments } from '@/lib/programs/assignments';
import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/accounts/password';
import { getPasswordPolicy } from '@/lib/accounts/settings';
import { generateTemporaryPassword } from '@/lib/accounts/policy-rules';
import { loginDetailsInput } from '@/lib/accounts/emails';
import { prepareEmail, sendEmailWithin, wakeEmailWorkers } from '@/lib/notifications/send-email';
import { readHrFile, validateHrRow, type HrRow } from '@/lib/accounts/hr-rules';
import { writeAudit } from '@/lib/accounts/audit';
import { assertSiteAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { ValidationError } from '@/lib/errors';
import { log } from '@/lib/log';

export type HrImportReport = {
  created: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; personnelNumber: string; reason: string }[];
  warnings: { line: number; personnelNumber: string; message: string }[];
  /** Where each new account's login details went ("admin": nobody could be emailed, a site admin hands them over). */
  loginDetails: LoginDetailsOutcome[];
};

export type LoginDetailsOutcome = {
  line: number;
  personnelNumber: string;
  userId: number;
  signIn: 'automatic' | 'manual';
  sentTo: 'person' | 'manager' | 'admin';
  /** The address emailed (person or manager); null for "admin". */
  address: string | null;
};

type Tx = Prisma.TransactionClient;

async function temporaryPassword(): Promise<{ password: string; hash: string }> {
  const password = generateTemporaryPassword(await getPasswordPolicy(), (max) => randomInt(max));
  return { password, hash: await hashPassword(password) };
}

type Org = { id: number; ssoEnabled: boolean; keys: string[] };

function findOrganisation(orgs: Org[], value: string): Org | undefined {
  const key = value.trim().toLowerCase();
  return orgs.find((o) => o.keys.includes(key));
}

/** Imports a CSV for a site admin (Admin › Users › Import). */
export async function importUsers(viewer: Viewer, csv: string): Promise<HrImportReport> {
  assertSiteAdmin(viewer);
  return runImport(viewer, csv);
}

/**
 * The command line's import (`npm run import:users`): no viewer and no permission check, since whoever can run
 * it already holds the database credentials. Audited as the command line. Never call it from a request.
 */
export async function unsafeImportUsersFromCommandLine(csv: string): Promise<HrImportReport> {
  return runImport(null, csv);
}

async function runImport(viewer: Viewer | null, csv: string): Promise<HrImportReport> {
  const file = readHrFile(csv);
  if (!file.ok) throw new ValidationError({ file: file.message });
  const report: HrImportReport = {
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    warnings: [],
    loginDetails: [],
  };
  await prepareEmail();
  const orgs: Org[] = (
    await db.organisation.findMany({ select: { id: true, ssoEnabled: true, slug: true, name: true, shortName: true } })
  ).map((o) => ({
    id: o.id,
    ssoEnabled: o.ssoEnabled,
    keys: [o.slug, o.name, o.shortName].map((k) => k.toLowerCase()),
  }));
  const seen = new Set<string>();
  const good: { line: number; row: HrRow; userId: number; needsDetails: boolean }[] = [];
  for (const { line, cells } of file.rows) {
    const personnelNumber = cells.personnel_number?.trim() ?? '';
    const reject = (reason: string) => report.rejected.push({ line, personnelNumber, reason });
    const checked = validateHrRow(cells);
    if (!checked.ok) {
      reject(checked.reason);
      continue;
    }
    const row = checked.row;
    if (seen.has(row.personnel_number)) {
      reject('This personnel number appears more than once in the file');
      continue;
    }
    seen.add(row.personnel_number);
    const org = findOrganisation(orgs, row.organisation);
    if (!org) {
      reject(`Unknown organisation "${row.organisation}"`);
      continue;
    }
    try {
      const result = await upsertRow(row, org);
      if (result.kind === 'rejected') reject(result.reason);
      else {
        report[result.kind] += 1;
        good.push({ line, row, userId: result.userId, needsDetails: result.needsDetails });
        if (result.emailed) {
          report.loginDetails.push({
            line,
            personnelNumber: row.personnel_number,
            userId: result.userId,
            signIn: result.emailed.signIn,
            sentTo: 'person',
            address: result.emailed.address,
          });
        }
      }
    } catch (error) {
      log.error('HR import row failed', error, { line });
      reject('Could not be saved (unexpected error); try the file again');
    }
  }
  // Managers last, so a manager further down the file is found; then the login details of people without an email
  // address, which go to that manager.
  for (const { line, row, userId, needsDetails } of good) {
    let manager: { id: number; firstName: string; email: string | null } | null = null;
    if (row.manager_personnel_number) {
      manager = await db.user.findFirst({
        where: { username: row.manager_personnel_number, status: { not: 'DELETED' } },
        select: { id: true, firstName: true, email: true },
      });
      if (!manager) {
        report.warnings.push({
          line,
          personnelNumber: row.personnel_number,
          message: `Manager ${row.manager_personnel_number} was not found, so no manager was set. Fix the manager's personnel number (or import the manager) and import the file again.`,
        });
      }
    }
    if (!needsDetails) {
      if (manager) {
        await db.jobAssignment.updateMany({ where: { userId, idNumber: 'primary' }, data: { managerId: manager.id } });
      }
      continue;
    }
    try {
      report.loginDetails.push(await issueDetailsViaManager(line, row, userId, manager));
    } catch (error) {
      log.error('hr import: login details could not be sent', error, { line });
      report.warnings.push({
        line,
        personnelNumber: row.personnel_number,
        message: 'The account was saved but its login details could not be sent; import the file again to retry',
      });
    }
  }
  if (report.loginDetails.some((d) => d.sentTo !== 'admin')) wakeEmailWorkers();
  await writeAudit({
    actorId: viewer?.id ?? null,
    action: 'users.hr-import',
    entityType: 'User',
    details: {
      source: viewer ? 'admin' : 'cli',
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      rejected: report.rejected.length,
      loginDetails: {
        person: report.loginDetails.filter((d) => d.sentTo === 'person').length,
        manager: report.loginDetails.filter((d) => d.sentTo === 'manager').length,
        admin: report.loginDetails.filter((d) => d.sentTo === 'admin').length,
      },
    },
  });
  // Rule-based audiences and the programs assigned through them or to organisations follow the imported
  // profiles now, not at the next hourly run.
  if (report.created + report.updated > 0) {
    await unsafeRecalculateDynamicAudiences();
    await unsafeSyncProgramAssignments();
  }
  return report;
}

/**
 * Someone without an email address: a manual-login account whose temporary password goes to their manager, set in
 * the same transaction as the manager and the email. With no manager to email, nothing is set and a site admin
 * hands the details over (Admin › Users › Reset password shows them on screen).
 */
async function issueDetailsViaManager(
  line: number,
  row: HrRow,
  userId: number,
  manager: { id: number; firstName: string; email: string | null } | null,
): Promise<LoginDetailsOutcome> {
  const outcome = { line, personnelNumber: row.personnel_number, userId, signIn: 'manual' as const };
  if (!manager?.email) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { authMethod: 'MANUAL', mustChangePassword: true } });
      if (manager) await setManager(tx, userId, manager.id);
    });
    return { ...outcome, sentTo: 'admin', address: null };
  }
  const temp = await temporaryPassword();
  const managerEmail = manager.email;
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { authMethod: 'MANUAL', passwordHash: temp.hash, mustChangePassword: true, passwordChangedAt: new Date() },
    });
    await setManager(tx, userId, manager.id);
    const input = loginDetailsInput(
      {
        userId,
        username: row.personnel_number,
        temporaryPassword: temp.password,
        delivery: {
          kind: 'manager',
          to: managerEmail,
          managerFirstName: manager.firstName,
          userName: `${row.first_name} ${row.last_name}`,
        },
      },
      'created',
    );
    if (input) await sendEmailWithin(tx, input);
  });
  return { ...outcome, sentTo: 'manager', address: managerEmail };
}

async function setManager(tx: Tx, userId: number, managerId: number): Promise<void> {
  await tx.jobAssignment.updateMany({ where: { userId, idNumber: 'primary' }, data: { managerId } });
}

/** An account nobody can sign in to: no password, and no email for automatic login or "Forgotten password". */
function cannotSignIn(user: { email: string | null; passwordHash: string | null; ssoSubject: string | null }) {
  return !user.email && !user.passwordHash && !user.ssoSubject;
}

async function upsertRow(
  row: HrRow,
  org: Org,
): Promise<
  | {
      kind: 'created' | 'updated' | 'unchanged';
      userId: number;
      /** No email address and no way to sign in yet: details go to the manager once managers are known. */
      needsDetails: boolean;
      emailed?: { signIn: 'automatic' | 'manual'; address: string };
    }
  | { kind: 'rejected'; reason: string }
> {
  // Hashed before the transaction opens: only used if the row turns out to be a new manual-login account.
  const temp = row.email && !org.ssoEnabled ? await temporaryPassword() : null;
  return db.$transaction(async (tx) => {
    const email = row.email || null;
    if (email) {
      const other = await tx.user.findFirst({
        where: {
          email: { equals: email, mode: 'insensitive' },
          username: { not: row.personnel_number },
          status: { not: 'DELETED' },
        },
        select: { username: true },
      });
      if (other)
        return { kind: 'rejected' as const, reason: `Email address is already used by the account ${other.username}` };
    }
    const existing = await tx.user.findUnique({
      where: { username: row.personnel_number },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        organisationId: true,
        personnelNumber: true,
        passwordHash: true,
        ssoSubject: true,
        jobAssignments: { where: { idNumber: 'primary' }, select: { title: true } },
      },
    });
    const title = row.job_title || null;
    if (!existing) {
      // Automatic login needs an email address to match; without one the account is manual login, with its
      // temporary password sent to the manager after the import has set managers.
      const automatic = org.ssoEnabled && email !== null;
      const password = !automatic && email ? temp : null;
      const user = await tx.user.create({
        data: {
          username: row.personnel_number,
          personnelNumber: row.personnel_number,
          firstName: row.first_name,
          lastName: row.last_name,
          email,
          organisationId: org.id,
          authMethod: automatic ? 'SSO' : 'MANUAL',
          passwordHash: password?.hash ?? null,
          passwordChangedAt: password ? new Date() : null,
          mustChangePassword: !automatic,
          jobAssignments: { create: { title, organisationId: org.id } },
        },
        select: { id: true },
      });
      if (!email) return { kind: 'created' as const, userId: user.id, needsDetails: true };
      const input = loginDetailsInput(
        {
          userId: user.id,
          username: row.personnel_number,
          temporaryPassword: password?.password ?? null,
          delivery: { kind: 'user', to: email, firstName: row.first_name },
        },
        'created',
      );
      if (input) await sendEmailWithin(tx, input);
      return {
        kind: 'created' as const,
        userId: user.id,
        needsDetails: false,
        emailed: { signIn: automatic ? ('automatic' as const) : ('manual' as const), address: email },
      };
    }
    const same =
      existing.firstName === row.first_name &&
      existing.lastName === row.last_name &&
      existing.email === email &&
      existing.organisationId === org.id &&
      existing.personnelNumber === row.personnel_number &&
      (existing.jobAssignments[0]?.title ?? null) === title;
    // An account an earlier import left with no way in (no email, no password, never signed in by SSO) gets its
    // login details now.
    const needsDetails = cannotSignIn({ ...existing, email });
    if (same) return { kind: 'unchanged' as const, userId: existing.id, needsDetails };
    await tx.user.update({
      where: { id: existing.id },
      data: {
        firstName: row.first_name,
        lastName: row.last_name,
        email,
        organisationId: org.id,
        personnelNumber: row.personnel_number,
      },
    });
    await tx.jobAssignment.upsert({
      where: { userId_idNumber: { userId: existing.id, idNumber: 'primary' } },
      create: { userId: existing.id, title, organisationId: org.id },
      update: { title, organisationId: org.id },
    });
    return { kind: 'updated' as const, userId: existing.id, needsDetails };
  });
}
