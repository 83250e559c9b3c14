import whoBacks from '../../../commands/who-backs.ts';
import { sharedCliCommand } from '../cliCommand.ts';

/** `briefbot who-backs <entity...> [--json] [--explain] [--svg FILE]` */
export default sharedCliCommand(
  whoBacks,
  [
    'briefbot who-backs haftar',
    'briefbot who-backs --explain haftar',
    'briefbot who-backs --json "Government of National Accord"',
    'briefbot who-backs haftar --since 2020-07-01 --svg haftar.svg',
  ],
  { explain: true, svg: true, searches: false },
);
