// Append-only audit log of admin actions and security events.
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';

export type AuditEntry = {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
};

type Tx = Pick<typeof db, 'auditLog'>;

export async function writeAudit(entry: AuditEntry, tx: Tx = db): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      details: entry.details,
      ip: entry.ip ?? null,
    },
  });
}
