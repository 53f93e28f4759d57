import { TextField } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button';

/** The public "check a certificate" form: a plain GET form, so it works without JavaScript and spends nothing. */
export function VerifyForm({ code, error }: { code?: string; error?: string }) {
  return (
    <form method="get" action="/verify" className="mt-6" noValidate>
      <TextField
        name="code"
        label="Verification code"
        hint="The 10 characters printed at the bottom of the certificate, for example KX7P2MQR9D."
        defaultValue={code}
        error={error}
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
        className="font-mono uppercase"
      />
      <button type="submit" className={buttonClass('primary')}>
        Check certificate
      </button>
    </form>
  );
}
