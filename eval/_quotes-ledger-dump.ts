/**
 * Debug: one development set's quote ledger as the dossier shows it — every quote with its file, speaker and
 * statement id, then its quote-wording flags. Usage: npx tsx eval/_quotes-ledger-dump.ts devN [substring] (never blind).
 */
import { DEV_SET_NAMES, type DevSetName } from '../src/demo-gold/index.ts';
import { flagRun } from './_flags-setup.ts';

const [name, grep] = process.argv.slice(2);
if (!(DEV_SET_NAMES as readonly string[]).includes(name)) throw new Error(`${name}: not an open dev set`);
const { run } = flagRun(name as DevSetName);
const fileOf = (id: string): string => (run.fileOf.get(id) ?? id).replace(/^eval\/dev\d+\//u, '');
for (const q of [...run.dossier.quotes].sort((a, b) => (a.statementId ?? '').localeCompare(b.statementId ?? ''))) {
  if (grep && !q.text.toLowerCase().includes(grep.toLowerCase()) && !(q.speakerText ?? '').toLowerCase().includes(grep.toLowerCase())) continue;
  console.log(`${q.statementId}\t${fileOf(q.documentId)}\t${q.speakerId ?? '-'} (${q.speakerText ?? '-'})${q.partial ? ' P' : ''}\t«${q.text.slice(0, 110)}»`);
}
for (const f of run.dossier.flags) if (f.kind === 'quote-wording') console.log(`FLAG ${f.documentIds.map(fileOf).join(',')}: ${f.message.slice(0, 300)}`);
