// What `npm publish` would upload: each tarball holds what a user needs and nothing else, and passes
// publint --strict and Are the Types Wrong?.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { attw, publintFindings } from "../src/package-lint.js";
import { consumersDir } from "../src/paths.js";
import { isBundled, unreachableScripts } from "../src/reachable.js";

const tarballs = inject("tarballs");

describe("the consumer suite", () => {
  it("lists every package it packs among its devDependencies, so turbo builds each one before it", () => {
    const own = JSON.parse(readFileSync(path.join(consumersDir, "package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    expect(tarballs.map((t) => t.name).filter((name) => !(name in own.devDependencies))).toEqual([]);
  });

  it("finds the bundled packages, whose tarballs get the reachability check below", () => {
    const bundled = tarballs.filter((t) => isBundled(t.dir)).map((t) => t.name);
    expect(bundled).toEqual(expect.arrayContaining(["@linekit/core", "@linekit/messaging", "@linekit/webhook"]));
  });
});

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
      // dist/ is cleared first: turbo restores a cached build over what is there, so a file an
      // earlier build left (a chunk under an old name) would otherwise be packed.
      scripts: { prepack: expect.stringMatching(/^node \.\.\/\.\.\/scripts\/clean-dist\.mjs && turbo run build /) },
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

describe.each(tarballs.filter((t) => isBundled(t.dir)))("$name tarball (bundled)", (tarball) => {
  it("ships no script that its entry points never load", async () => {
    expect(tarball.files.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(0);
    expect(await unreachableScripts(tarball.dir, tarball.files)).toEqual([]);
  });
});
