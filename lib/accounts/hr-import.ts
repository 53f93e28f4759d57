// HR feed: staff from a CSV (personnel number = username). Idempotent: an existing username is updated, never
// duplicated. Each row is its own small write, so a bad row never stops the good ones.
import { db } from '@/lib/db';
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
};

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
  const report: HrImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [], warnings: [] };
  const orgs: Org[] = (
    await db.organisation.findMany({ select: { id: true, ssoEnabled: true, slug: true, name: true, shortName: true } })
  ).map((o) => ({
    id: o.id,
    ssoEnabled: o.ssoEnabled,
    keys: [o.slug, o.name, o.shortName].map((k) => k.toLowerCase()),
  }));
  const seen = new Set<string>();
  const good: { line: number; row: HrRow; userId: number }[] = [];
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
        good.push({ line, row, userId: result.userId });
      }
    } catch (error) {
      log.error('HR import row failed', error, { line });
      reject('Could not be saved (unexpected error); try the file again');
    }
  }
  // Managers last, so a manager further down the file is found.
  for (const { line, row, userId } of good) {
    if (!row.manager_personnel_number) continue;
    const manager = await db.user.findUnique({
      where: { username: row.manager_personnel_number },
      select: { id: true },
    });
    if (!manager) {
      report.warnings.push({
        line,
        personnelNumber: row.personnel_number,
        message: `Manager ${row.manager_personnel_number} was not found, so no manager was set`,
      });
      continue;
    }
    await db.jobAssignment.updateMany({ where: { userId, idNumber: 'primary' }, data: { managerId: manager.id } });
  }
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
    },
  });
  return report;
}

async function upsertRow(
  row: HrRow,
  org: Org,
): Promise<{ kind: 'created' | 'updated' | 'unchanged'; userId: number } | { kind: 'rejected'; reason: string }> {
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
        jobAssignments: { where: { idNumber: 'primary' }, select: { title: true } },
      },
    });
    const title = row.job_title || null;
    if (!existing) {
      const user = await tx.user.create({
        data: {
          username: row.personnel_number,
          personnelNumber: row.personnel_number,
          firstName: row.first_name,
          lastName: row.last_name,
          email,
          organisationId: org.id,
          // Staff of organisations with single sign-on use it; others set a password with "Forgotten password".
          authMethod: org.ssoEnabled ? 'SSO' : 'MANUAL',
          jobAssignments: { create: { title, organisationId: org.id } },
        },
        select: { id: true },
      });
      return { kind: 'created' as const, userId: user.id };
    }
    const same =
      existing.firstName === row.first_name &&
      existing.lastName === row.last_name &&
      existing.email === email &&
      existing.organisationId === org.id &&
      existing.personnelNumber === row.personnel_number &&
      (existing.jobAssignments[0]?.title ?? null) === title;
    if (same) return { kind: 'unchanged' as const, userId: existing.id };
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
    return { kind: 'updated' as const, userId: existing.id };
  });
}
