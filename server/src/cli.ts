// The command-line tool (SPEC §7): `model-registry check [paths…]`. Exit codes: 0 nothing found, 1 findings,
// 2 usage, configuration or input error.
declare const MODEL_REGISTRY_VERSION: string;

const USAGE = `Usage: model-registry check [paths…] [--models] [--format text|json|sarif|github] [--config <file>] [--source <path>]…
       model-registry --version | --help`;

function main(argv: string[]): number {
  if (argv.includes('--version')) {
    process.stdout.write(`${MODEL_REGISTRY_VERSION}\n`);
    return 0;
  }
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const [command] = argv;
  if (command === 'check') {
    process.stderr.write('model-registry: the check command is not part of this build yet\n');
    return 2;
  }
  process.stderr.write(`model-registry: unknown command "${command}"\n${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
