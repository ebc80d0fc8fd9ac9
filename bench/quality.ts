// Answer quality on realistic code (issue 12), over stdio with the catalogs a user has (the bundled one plus the
// real LiteLLM and OpenRouter files): for each completion query of the corpus (test/corpus/completion.json) the rank
// of the wanted ID; hover identity; the first "did you mean" for typos; and unknown-model false alarms per 10,000
// lines over code that names no wrong model (the look-alike files and the four project shapes).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS, CorpusSession, listFiles, measureCorpus, SHARED_CATALOGS } from '../test/helpers/corpusQuality';
import { languageOfFile } from '../shared/languages';

const pct = (part: number, whole: number): string => `${part}/${whole} (${((part / whole) * 100).toFixed(0)} %)`;

export async function qualityBenchmark(): Promise<void> {
  if (!fs.existsSync(SHARED_CATALOGS)) {
    console.log(`\n(answer quality skipped: the real catalogs are not at ${SHARED_CATALOGS})`);
    return;
  }
  const session = new CorpusSession();
  await session.start();
  try {
    const report = await measureCorpus(session);
    const projectFiles = listFiles(path.join(CORPUS, 'projects')).filter(f => languageOfFile(f) !== undefined);
    let projectLines = 0;
    const projectAlarms: string[] = [];
    for (const file of projectFiles) {
      const text = fs.readFileSync(file, 'utf8');
      projectLines += text.split('\n').length;
      const language = languageOfFile(file)!.id;
      // Named as in its project (test files are told by their path from the project's root).
      const project = path.join(
        CORPUS,
        'projects',
        path.relative(path.join(CORPUS, 'projects'), file).split(path.sep)[0],
      );
      const found = await session.diagnose(path.relative(project, file), language, text);
      for (const d of found.filter(x => x.code === 'unknown-model'))
        projectAlarms.push(`${path.relative(CORPUS, file)}:${d.range.start.line + 1} ${d.message.split('\n')[0]}`);
    }
    printCompletion(report.completion);
    const hovers = report.hover.filter(h => h.got === h.expected).length;
    const typos = report.typos.filter(t => t.kind === 'typo');
    const typoFirst = typos.filter(t => t.got[0] === t.want).length;
    const variants = report.typos.filter(t => t.kind !== 'typo');
    const variantsQuiet = variants.filter(t => !t.codes.includes('unknown-model')).length;
    const lookalikeLines = report.lookalikes.reduce((sum, f) => sum + f.lines, 0);
    const lookalikeAlarms = report.lookalikes.reduce((sum, f) => sum + f.falseAlarms.length, 0);
    const perTenThousand = (alarms: number, lines: number): string => ((alarms / lines) * 10_000).toFixed(1);
    console.log('\n| other answers | result |');
    console.log('|---|---:|');
    console.log(`| hover names the wanted provider and model | ${pct(hovers, report.hover.length)} |`);
    console.log(`| typo: the intended ID is the first suggestion | ${pct(typoFirst, typos.length)} |`);
    console.log(`| case or \`.\`/\`-\` variant of a known ID: not reported | ${pct(variantsQuiet, variants.length)} |`);
    console.log(
      `| unknown-model false alarms, look-alike files (${report.lookalikes.length} files, ${lookalikeLines} lines) | ${lookalikeAlarms} = ${perTenThousand(lookalikeAlarms, lookalikeLines)} per 10,000 lines |`,
    );
    console.log(
      `| unknown-model false alarms, project shapes (${projectFiles.length} files, ${projectLines} lines) | ${projectAlarms.length} = ${perTenThousand(projectAlarms.length, projectLines)} per 10,000 lines |`,
    );
    if (projectAlarms.length) console.log(`\nReported in the project shapes: ${projectAlarms.join('; ')}`);
  } finally {
    await session.close();
  }
}

function printCompletion(rows: Awaited<ReturnType<typeof measureCorpus>>['completion']): void {
  console.log(`\n## Answer quality on realistic code (${rows.length} completion queries, test/corpus; over stdio)\n`);
  console.log('| library | queries | wanted ID first | in the top 3 | missing |');
  console.log('|---|---:|---:|---:|---:|');
  const libraries = [...new Set(rows.map(r => r.library))].sort();
  for (const library of [...libraries, 'all']) {
    const of = library === 'all' ? rows : rows.filter(r => r.library === library);
    const first = of.filter(r => r.rank === 1).length;
    const top3 = of.filter(r => r.rank >= 1 && r.rank <= 3).length;
    const missing = of.filter(r => r.rank === 0).length;
    const name = library === 'all' ? '**all**' : library;
    console.log(`| ${name} | ${of.length} | ${pct(first, of.length)} | ${pct(top3, of.length)} | ${missing} |`);
  }
  const notFirst = rows.filter(r => r.rank !== 1);
  if (notFirst.length === 0) return;
  console.log(
    '\nNot first: ' +
      notFirst.map(r => `${r.id} (\`${r.want}\` at ${r.rank || 'none'}; first \`${r.top[0]}\`)`).join('; '),
  );
}
