// The two ways a run fails with exit code 2 (SPEC §7): a bad command line, and a configuration or input the
// tool cannot use. Both carry the message printed on stderr.

export class UsageError extends Error {}

export class InputError extends Error {}
