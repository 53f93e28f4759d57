'use client';
// Uploads a SCORM package with a progress bar. The zip is sent as the request body (no form encoding), so the
// server can validate it as a stream; the answer says what was found or exactly what is wrong with it.
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';

type Props = { uploadUrl: string; hasPackage: boolean; maxMb: number };

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'checking' }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

export function PackageUpload({ uploadUrl, hasPackage, maxMb }: Props) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const upload = () => {
    const file = input.current?.files?.[0];
    if (!file) {
      setState({ kind: 'error', message: 'Choose the SCORM package’s .zip file.' });
      return;
    }
    if (!/\.zip$/i.test(file.name)) {
      setState({ kind: 'error', message: 'The file must be a .zip file (a SCORM package).' });
      return;
    }
    if (file.size > maxMb * 1024 * 1024) {
      setState({ kind: 'error', message: `The package is larger than the ${maxMb} MB upload limit.` });
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', uploadUrl);
    xhr.setRequestHeader('Content-Type', 'application/zip');
    xhr.setRequestHeader('X-Filename', encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => {
      if (!event.lengthComputable) return;
      const percent = Math.round((event.loaded / event.total) * 100);
      setState(percent >= 100 ? { kind: 'checking' } : { kind: 'uploading', percent });
    };
    xhr.onerror = () => setState({ kind: 'error', message: 'The upload failed: check your connection and try again.' });
    xhr.onload = () => {
      let body: { message?: string; error?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        setState({ kind: 'done', message: body.message ?? 'Package uploaded.' });
        if (input.current) input.current.value = '';
        router.refresh();
      } else {
        setState({ kind: 'error', message: body.error ?? 'The package could not be uploaded.' });
      }
    };
    setState({ kind: 'uploading', percent: 0 });
    xhr.send(file);
  };

  const busy = state.kind === 'uploading' || state.kind === 'checking';
  return (
    <div className="mt-4">
      <label htmlFor="scorm-package" className="block text-lg font-semibold">
        {hasPackage ? 'Replace the package' : 'Upload a package'}
      </label>
      <p id="scorm-package-hint" className="text-slate-700">
        A SCORM 1.2 or SCORM 2004 package (.zip), up to {maxMb} MB. Replacing a package keeps learners’ progress.
      </p>
      {state.kind === 'error' ? (
        <p id="scorm-package-error" className="mt-1 font-semibold text-red-700" role="alert">
          {state.message}
        </p>
      ) : null}
      <input
        ref={input}
        id="scorm-package"
        type="file"
        accept=".zip,application/zip"
        aria-describedby={`scorm-package-hint${state.kind === 'error' ? ' scorm-package-error' : ''}`}
        className="mt-2 block"
        disabled={busy}
      />
      <button
        type="button"
        onClick={upload}
        disabled={busy}
        className="mt-3 bg-green-800 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Upload package
      </button>
      {state.kind === 'uploading' || state.kind === 'checking' ? (
        <div className="mt-3" role="status">
          <progress
            max={100}
            value={state.kind === 'uploading' ? state.percent : undefined}
            className="h-4 w-full max-w-md"
            aria-label="Upload progress"
          />
          <p>{state.kind === 'uploading' ? `Uploading… ${state.percent}%` : 'Checking and unpacking the package…'}</p>
        </div>
      ) : null}
      {state.kind === 'done' ? (
        <p className="mt-3 font-semibold text-green-800" role="status">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
