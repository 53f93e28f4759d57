// What a site admin may change about an organisation's branding and help/contact details.
import { z } from 'zod';
import { contrastRatio, isHexColour } from '@/lib/organisations/rules';
import { DASHBOARD_BLOCKS } from '@/lib/records/blocks';

const trimmed = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .transform((value) => (value === '' ? null : value));

const brandColour = (label: string) =>
  z
    .string()
    .trim()
    .refine(isHexColour, `Enter the ${label} as a hex colour, like #1d4f91`)
    .refine(
      (value) => !isHexColour(value) || contrastRatio(value, '#ffffff') >= 4.5,
      `Choose a darker ${label}: white text on it must have a contrast ratio of at least 4.5 to 1`,
    )
    .transform((value) => value.toLowerCase());

export const organisationBrandingSchema = z.object({
  logoText: trimmed(40, 'Logo text'),
  primaryColour: brandColour('main colour'),
  accentColour: brandColour('button colour'),
  contactEmail: z
    .string()
    .trim()
    .max(254, 'Email address must be 254 characters or fewer')
    .refine(
      (value) => value === '' || z.email().safeParse(value).success,
      'Enter an email address in the correct format, like ilearn@example.gov.uk',
    )
    .transform((value) => (value === '' ? null : value)),
  contactPhone: trimmed(60, 'Phone number'),
  contactHours: trimmed(120, 'Opening hours'),
  helpHtml: trimmed(5000, 'Help text'),
  dashboardBlocks: z
    .array(z.string())
    .min(1, 'Choose at least one block for the Home page')
    .refine(
      (blocks) => blocks.every((b) => (DASHBOARD_BLOCKS as readonly string[]).includes(b)),
      'Choose blocks from the list',
    )
    .transform((blocks) => DASHBOARD_BLOCKS.filter((b) => blocks.includes(b))),
});

export type OrganisationBrandingInput = z.output<typeof organisationBrandingSchema>;
