// Prisma 6.19 prints a warning on every CLI run because the schema keeps `url = env("DATABASE_URL")` while the CLI
// uses the driver adapter of prisma.config.ts. The url must stay (without it the CLI tries to download an engine,
// see prisma/schema/base.prisma), so the warning is expected: dropped here, so that a real warning stands out.
// Everything else the CLI prints passes through unchanged.
const START = 'WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter';
const END = 'We recommend you to remove those properties from your schema';

/** A line filter for a stream of CLI output: feed chunks, get back what to print (whole lines only). */
export function createPrismaNoiseFilter(): { write(chunk: string): string; end(): string } {
  let pending = '';
  let dropping = false;
  const lines = (text: string) =>
    text
      .split(/(?<=\n)/)
      .filter((line) => {
        if (line.startsWith(START)) dropping = true;
        if (!dropping) return true;
        if (line.startsWith(END)) dropping = false;
        return false;
      })
      .join('');
  return {
    write(chunk) {
      const text = pending + chunk;
      const cut = text.lastIndexOf('\n') + 1;
      pending = text.slice(cut);
      return lines(text.slice(0, cut));
    },
    end() {
      const rest = lines(pending);
      pending = '';
      return rest;
    },
  };
}
