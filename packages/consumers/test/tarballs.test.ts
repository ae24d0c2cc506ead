// What `npm publish` would upload: each tarball holds what a user needs and nothing else, and passes
// publint --strict and Are the Types Wrong?.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { attw, publintFindings } from "../src/package-lint.js";

const tarballs = inject("tarballs");

describe.each(tarballs)("$name tarball", (tarball) => {
  it("says who made it, under which license, where its source and issue tracker are", () => {
    const manifest = JSON.parse(readFileSync(path.join(tarball.dir, "package.json"), "utf8"));
    expect(manifest).toMatchObject({
      license: "MIT",
      repository: {
        type: "git",
        url: "git+https://github.com/linekit/linekit.git",
        directory: path.relative(path.join(tarball.dir, "../.."), tarball.dir),
      },
      homepage: expect.stringMatching(/^https:\/\/github\.com\/linekit\/linekit\//),
      bugs: { url: "https://github.com/linekit/linekit/issues" },
      scripts: { prepack: expect.stringContaining("build") },
    });
    expect(readFileSync(path.join(tarball.dir, "LICENSE"), "utf8")).toContain(
      "Copyright (c) 2026 linekit contributors",
    );
  });

  it("holds built code, types, README, LICENSE and package.json, and no sources, tests or maps", () => {
    expect(tarball.files).toContain("LICENSE");
    expect(tarball.files).toContain("README.md");
    expect(tarball.files).toContain("package.json");
    expect(tarball.files).toContain("dist/index.js");
    expect(tarball.files).toContain("dist/index.d.ts");
    const unwanted = tarball.files.filter(
      (f) =>
        f.startsWith("src/") ||
        /\.test\.|\/test\/|\.map$|\.tsbuildinfo$/.test(f) ||
        !/^(dist\/|bin\/|static\/|[^/]+$)/.test(f),
    );
    expect(unwanted).toEqual([]);
  });

  it("passes publint --strict", async () => {
    expect(await publintFindings(tarball.file)).toEqual([]);
  });

  it("passes Are the Types Wrong? in every resolution mode", async () => {
    const result = await attw(tarball.file);
    expect(result.ok, result.output).toBe(true);
  });
});
