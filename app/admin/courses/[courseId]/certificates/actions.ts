'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/auth/action';
import { requestIp } from '@/lib/auth/request-info';
import {
  adminIssueCertificate,
  issueCertificateSchema,
  revokeCertificate,
  revokeCertificateSchema,
} from '@/lib/certificates/admin';
import { idSchema } from '@/lib/validation';

export const issueCertificateAction = formAction(
  issueCertificateSchema.safeExtend({ courseId: idSchema }),
  async (viewer, { courseId, ...input }) => {
    const issued = await adminIssueCertificate(viewer, courseId, input, { ip: await requestIp() });
    revalidatePath(`/admin/courses/${courseId}/certificates`);
    return { ok: true, message: `Certificate issued. Its verification code is ${issued.code}.` };
  },
);

export const revokeCertificateAction = formAction(
  revokeCertificateSchema.safeExtend({ courseId: idSchema, issueId: idSchema }),
  async (viewer, { courseId, issueId, reason }) => {
    await revokeCertificate(viewer, courseId, issueId, { reason }, { ip: await requestIp() });
    revalidatePath(`/admin/courses/${courseId}/certificates`);
    redirect(`/admin/courses/${courseId}/certificates?revoked=1`);
  },
);
