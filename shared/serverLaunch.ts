// How Node runs the language server when the VS Code client starts it (and how `npm run bench` measures it).
// A 2 MB semi-space: V8's young generation otherwise grows to 16 MB × 2 while the index is built (nearly everything
// allocated then survives) and never shrinks back, which keeps ~30 MB of empty young-generation pages resident
// for the server's whole life. Requests allocate little that lives, so the smaller young generation costs them
// nothing measurable (docs/benchmarks.md). Other editors may pass the same flag: `node --max-semi-space-size=2 …`.
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];
