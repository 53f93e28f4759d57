import { z } from 'zod';
import { queryParams, route } from '@/lib/auth/action';
import { teamReportExport } from '@/lib/reports/team-queries';
import { reportKeySchema, reportQuerySchema } from '@/lib/reports/team-schemas';

// A team report's rows (the page's filters and sort) as a streamed Excel or CSV download.
export const GET = route(
  { params: z.object({ report: reportKeySchema, format: z.enum(['xlsx', 'csv']) }) },
  async (viewer, { params, request }) =>
    teamReportExport(viewer, params.report, queryParams(request, reportQuerySchema), params.format),
);
