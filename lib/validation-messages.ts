// Plain-English form messages for zod issues that kept zod's own wording ("Too small: expected number to be >=6").
// Every message names the field: "Minimum password length must be 6 or more". Schemas that give their own
// message keep it.
import type { core } from 'zod';

// zod's default English messages all start like this; messages written in our schemas never do.
const ZOD_DEFAULT = /^(Too small|Too big|Invalid|Expected|Required)\b/;

/** "minLength" → "Min length", "contact_email" → "Contact email": the fallback when a form gives no label. */
export function humaniseFieldName(key: string): string {
  const words = key
    .replace(/\.\d+$/, '')
    .split('.')
    .pop()!
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\bid$/, '')
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'This field';
}

function lower(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** The plain message for one issue, or the schema's own message when it wrote one. */
export function plainIssueMessage(issue: core.$ZodIssue, label: string): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? `Enter ${lower(label)}` : `${label} must be ${min} characters or more`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return min <= 1 ? `Choose at least one ${lower(label)}` : `Choose at least ${min} for ${lower(label)}`;
      return issue.inclusive === false ? `${label} must be more than ${min}` : `${label} must be ${min} or more`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `${label} must be ${max} characters or fewer`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Choose no more than ${max} for ${lower(label)}`;
      return issue.inclusive === false ? `${label} must be less than ${max}` : `${label} must be ${max} or less`;
    }
    case 'invalid_type':
      if (issue.expected === 'int') return `${label} must be a whole number`;
      if (issue.expected === 'number' || issue.expected === 'bigint') return `${label} must be a number`;
      if (issue.expected === 'date') return `${label} must be a real date`;
      return `Enter ${lower(label)}`;
    case 'invalid_value':
      return `Choose ${lower(label)} from the list`;
    case 'invalid_format':
      if (issue.format === 'email') return `${label} must be an email address, like name@example.com`;
      if (issue.format === 'url') return `${label} must be a web address starting with https://`;
      return `${label} is not in the right format`;
    case 'not_multiple_of':
      return `${label} must be a multiple of ${String(issue.divisor)}`;
    default:
      return `Check ${lower(label)}`;
  }
}
