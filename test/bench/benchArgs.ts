import { SECTION_NAMES } from './sectionTitles.ts';

export interface BenchArgs {
  /** Adds the 1,000,000-passage rows and the 512-passage embedding sample. */
  full: boolean;
  /** Runs only these sections (names as in SECTION_NAMES); all when empty. */
  only: string[];
  /** Writes a CPU profile of every worker under .briefbot/bench/profiles/. */
  profile: boolean;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { full: false, only: [], profile: false };
  for (const arg of argv) {
    if (arg === '--full') args.full = true;
    else if (arg === '--profile') args.profile = true;
    else if (arg.startsWith('--only=')) args.only = arg.slice('--only='.length).split(',').filter(Boolean);
    else if (arg === '--help' || arg === '-h') {
      console.log(`npm run bench [-- --full] [--only=${SECTION_NAMES.join(',')}] [--profile]`);
      process.exit(0);
    } else {
      console.error(`unknown argument ${arg}; try --help`);
      process.exit(2);
    }
  }
  const unknown = args.only.filter((name) => !(SECTION_NAMES as string[]).includes(name));
  if (unknown.length) {
    console.error(`unknown section ${unknown.join(', ')}; sections: ${SECTION_NAMES.join(', ')}`);
    process.exit(2);
  }
  return args;
}
