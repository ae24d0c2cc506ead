// The first step of every published package's `prepack`: removes dist/ so that the build after it
// (turbo, often from its cache) leaves exactly that build's files. turbo restores a cached dist/ by
// writing its files over whatever is there, so a file an earlier build left (a chunk under an old
// name) would otherwise be packed and published.
import { rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
