// Environment for the processes our scripts run (next start, next dev, npm run worker, test workers): switches off
// library notices that are expected here, so that a real warning stands out (issue 19 item 6).
export const QUIET_LIBRARY_ENV = {
  // @aws-sdk warns once per process that its releases after January 2027 need Node 22. iLearn+ supports Node 20
  // (package.json engines) and pins the SDK version; this is the SDK's own switch for that notice.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
} as const;

/** Applies QUIET_LIBRARY_ENV to this process (before any SDK client is made), keeping values already set. */
export function quietLibraries(): void {
  for (const [name, value] of Object.entries(QUIET_LIBRARY_ENV)) process.env[name] ??= value;
}
