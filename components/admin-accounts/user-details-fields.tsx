import { SelectField, TextField } from '@/components/ui/field';

export type UserDetailValues = Partial<
  Record<
    'firstName' | 'lastName' | 'email' | 'organisationId' | 'jobTitle' | 'managerUsername' | 'personnelNumber',
    string
  >
>;

/** Fields shared by "create an account" and "change details". */
export function UserDetailsFields({
  values,
  errors,
  organisations,
}: {
  values: UserDetailValues;
  errors: Record<string, string>;
  organisations: { value: string; label: string }[];
}) {
  return (
    <>
      <TextField name="firstName" label="First name" defaultValue={values.firstName} error={errors.firstName} />
      <TextField name="lastName" label="Last name" defaultValue={values.lastName} error={errors.lastName} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        optional
        hint="Leave empty if the person has no email address: their login details then go to their manager."
        defaultValue={values.email}
        error={errors.email}
      />
      <SelectField
        name="organisationId"
        label="Organisation"
        options={organisations}
        defaultValue={values.organisationId}
        error={errors.organisationId}
      />
      <TextField
        name="personnelNumber"
        label="Personnel number"
        optional
        defaultValue={values.personnelNumber}
        error={errors.personnelNumber}
      />
      <TextField name="jobTitle" label="Job title" optional defaultValue={values.jobTitle} error={errors.jobTitle} />
      <TextField
        name="managerUsername"
        label="Manager's username"
        optional
        hint="The manager sees this person in My Team."
        defaultValue={values.managerUsername}
        error={errors.managerUsername}
      />
    </>
  );
}
