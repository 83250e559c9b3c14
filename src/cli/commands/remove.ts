import remove from '../../../commands/remove.ts';
import { sharedCliCommand } from '../cliCommand.ts';
import { localEditor } from '../localFile.ts';

/** `briefbot remove <document> [--json]`: moves the document into the trash folder beside the index. */
export default sharedCliCommand(remove, ['briefbot remove ceasefire-talks.html'], { actor: localEditor() });
