// Loaded with NODE_OPTIONS=--require by scripts that run the Prisma CLI. The wasm schema engine and the
// pg pool leave long timers behind, so the CLI lingers 10-60 s after its work is done. Timers of 5 s or
// more must not keep the process alive.
const LONG_MS = 5000;
for (const name of ['setTimeout', 'setInterval']) {
  const original = globalThis[name];
  globalThis[name] = Object.assign(function patched(fn, ms, ...rest) {
    const timer = original.call(this, fn, ms, ...rest);
    if (Number(ms) >= LONG_MS && timer && typeof timer.unref === 'function') timer.unref();
    return timer;
  }, original);
}
