// Generic check for issue 20 item 3: after a refused submit, every control of a form shows what was submitted.
import { fireEvent, screen } from '@testing-library/react';
import type { ActionFailure, ActionResult } from '@/lib/action-result';
import { formValues } from '@/lib/action-result';

/** An action that refuses every submit the way the real ones do: message, a field error, the submitted values. */
export async function refuseAction(_prev: ActionResult | null, formData: FormData): Promise<ActionFailure> {
  return {
    ok: false,
    message: 'There is a problem',
    fieldErrors: { _form: 'Check the form' },
    values: formValues(formData),
  };
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function controls(form: HTMLFormElement): Control[] {
  return [...form.elements].filter(
    (e): e is Control =>
      (e instanceof HTMLInputElement || e instanceof HTMLSelectElement || e instanceof HTMLTextAreaElement) &&
      Boolean(e.name) &&
      !['hidden', 'file', 'submit', 'button'].includes(e.type),
  );
}

/** Every control's state: text, the chosen option, or whether each radio/checkbox is ticked. */
export function controlState(form: HTMLFormElement): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const c of controls(form)) {
    if (c instanceof HTMLInputElement && (c.type === 'radio' || c.type === 'checkbox'))
      out[`${c.name}=${c.value}`] = c.checked;
    else out[c.name] = c.value;
  }
  return out;
}

/** Moves every control away from its default: last option of each select and radio group, checkboxes flipped. */
export function changeEveryControl(form: HTMLFormElement): void {
  const seenRadio = new Set<string>();
  for (const c of controls(form).reverse()) {
    if (c instanceof HTMLSelectElement) {
      const options = [...c.options].filter((o) => o.value !== '');
      const pick = options.find((o) => o.value !== c.value) ?? options[0];
      if (pick) fireEvent.change(c, { target: { value: pick.value } });
    } else if (c instanceof HTMLInputElement && c.type === 'radio') {
      if (seenRadio.has(c.name)) continue;
      seenRadio.add(c.name);
      if (!c.checked) fireEvent.click(c);
      else {
        const other = controls(form).find((o) => o.name === c.name && o !== c) as HTMLInputElement | undefined;
        if (other) fireEvent.click(other);
      }
    } else if (c instanceof HTMLInputElement && c.type === 'checkbox') {
      fireEvent.click(c);
    } else if (c instanceof HTMLInputElement && c.type === 'date') {
      fireEvent.change(c, { target: { value: '2026-03-04' } });
    } else if (c instanceof HTMLInputElement && c.type === 'number') {
      fireEvent.change(c, { target: { value: '7' } });
    } else {
      fireEvent.change(c, { target: { value: `${c.value}x` } });
    }
  }
}

/** Changes every control, submits to a refusing action, and checks nothing went back to its default. */
export async function expectKeepsEveryValue(container: HTMLElement): Promise<void> {
  const form = container.querySelector('form');
  if (!form) throw new Error('no form rendered');
  changeEveryControl(form);
  const before = controlState(form);
  expect(Object.keys(before).length).toBeGreaterThan(0);
  fireEvent.submit(form);
  await screen.findByRole('alert', {}, { timeout: 15_000 });
  const after = controlState(container.querySelector('form')!);
  expect(after).toEqual(before);
}
