import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PackageUpload } from '@/components/scorm/package-upload';

const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh }) }));

/** A stand-in for the browser's XMLHttpRequest that the test drives: progress events, then the answer. */
class FakeXhr {
  static last: FakeXhr | null = null;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  status = 0;
  responseText = '';
  headers: Record<string, string> = {};
  sent: unknown = null;
  url = '';
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.sent = body;
    FakeXhr.last = this;
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    act(() => this.onload?.());
  }
}

beforeEach(() => {
  FakeXhr.last = null;
  refresh.mockReset();
  (globalThis as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = FakeXhr;
});

const zip = (name = 'course.zip', bytes = 10) => new File([new Uint8Array(bytes)], name, { type: 'application/zip' });

async function choose(file: File) {
  const user = userEvent.setup({ applyAccept: false });
  render(<PackageUpload uploadUrl="/api/scorm/activities/7/package" hasPackage={false} maxMb={1} />);
  await user.upload(screen.getByLabelText('Upload a package'), file);
  await user.click(screen.getByRole('button', { name: 'Upload package' }));
}

describe('PackageUpload', () => {
  it('sends the zip as the body, shows a progress bar, then what the server found', async () => {
    await choose(zip('Fire Safety (v2).zip'));
    const xhr = FakeXhr.last!;
    expect(xhr.url).toBe('/api/scorm/activities/7/package');
    expect(xhr.headers['X-Filename']).toBe(encodeURIComponent('Fire Safety (v2).zip'));
    expect(xhr.sent).toBeInstanceOf(File);
    xhr.progress(40, 100);
    expect(screen.getByLabelText('Upload progress')).toHaveAttribute('value', '40');
    expect(screen.getByText('Uploading… 40%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload package' })).toBeDisabled();
    xhr.progress(100, 100);
    expect(screen.getByText('Checking and unpacking the package…')).toBeInTheDocument();
    xhr.answer(200, { message: 'Package uploaded: “Fire Safety” (SCORM 1.2).' });
    expect(screen.getByText('Package uploaded: “Fire Safety” (SCORM 1.2).')).toBeInTheDocument();
    expect(screen.queryByLabelText('Upload progress')).not.toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });

  it("shows the server's reason for refusing a package next to the field", async () => {
    await choose(zip());
    FakeXhr.last!.answer(400, { error: 'The package has no imsmanifest.xml at the top level of the zip.' });
    expect(screen.getByRole('alert')).toHaveTextContent('no imsmanifest.xml');
    expect(screen.getByLabelText('Upload a package')).toHaveAccessibleDescription(/no imsmanifest\.xml/);
    expect(screen.getByRole('button', { name: 'Upload package' })).toBeEnabled();
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refuses a file that is not a .zip before sending anything', async () => {
    await choose(new File(['x'], 'notes.pdf'));
    expect(screen.getByRole('alert')).toHaveTextContent('The file must be a .zip file (a SCORM package).');
    expect(FakeXhr.last).toBeNull();
  });

  it('refuses a package over the upload limit before sending it', async () => {
    await choose(zip('big.zip', 1024 * 1024 + 1));
    expect(screen.getByRole('alert')).toHaveTextContent('larger than the 1 MB upload limit');
    expect(FakeXhr.last).toBeNull();
  });

  it('says so when the connection fails', async () => {
    await choose(zip());
    act(() => FakeXhr.last!.onerror?.());
    expect(screen.getByRole('alert')).toHaveTextContent('The upload failed: check your connection and try again.');
  });
});
