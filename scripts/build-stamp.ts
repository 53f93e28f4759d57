// `npm run build` runs this after `next build`: records which sources the build was made from (scripts/lib/build-stamp.ts).
import { writeBuildStamp } from './lib/build-stamp';

writeBuildStamp(process.cwd());
